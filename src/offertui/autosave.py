"""Autosave: every change reaches the disk within a second, without freezing the screen.

A change schedules its save; the save runs on a background thread at most `delay`
seconds after the *first* unsaved change (not the last), so even non-stop typing is
on disk several times a second. `flush` saves everything at once on the calling
thread, for quitting, leaving a screen, and the signals of a dropped connection
(`ExitOnSignal`).

What a keystroke waits for before it is on disk: the app reading it, then up to one
save already running (which took its snapshot just before), then `delay`, then its
own save. Each save merges only what changed and takes milliseconds, and `delay` is
0.3 s, which leaves the one-second promise room for a machine under heavy load. The
first save of a file costs more (tomlkit imported, the file parsed), so opening an
offer does that part at once, on this thread (`prepare`), before anything is typed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SaveJob = Callable[[], bool]


@dataclass(frozen=True)
class SaveResult:
    """What one save did: written or not, or the error that stopped it."""

    key: str
    written: bool
    error: Exception | None = None


class Autosaver:
    """Runs save jobs soon after they are scheduled, one at a time, off the UI thread."""

    def __init__(self, report: Callable[[SaveResult], None], delay: float = 0.3) -> None:
        self.delay = delay
        self._report = report
        self._pending: dict[str, SaveJob] = {}
        self._due: float | None = None
        # Run now, before any save: readying a file for its first save.
        self._ahead: list[Callable[[], object]] = []
        self._mutex = threading.Lock()
        self._wake = threading.Condition(self._mutex)
        self._saving = threading.Lock()  # one save at a time, thread or flush
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="offertui-autosave", daemon=True)
        self._thread.start()

    def schedule(self, key: str, job: SaveJob) -> None:
        """Save `key` with `job` soon; a later schedule of the same key replaces the job."""
        with self._mutex:
            self._pending[key] = job
            if self._due is None:
                self._due = time.monotonic() + self.delay
                self._wake.notify()

    def prepare(self, job: Callable[[], object]) -> None:
        """Run `job` on the saver thread now, ahead of any save and without a report.

        Opening an offer readies its first save here (the TOML library imported, the
        file's document parsed: about 80 ms of CPU), so the first keystroke's save is
        as quick as the others; on a machine with many busy processes those 80 ms took
        most of the one-second promise."""
        with self._mutex:
            self._ahead.append(job)
            self._wake.notify()

    @property
    def pending(self) -> bool:
        with self._mutex:
            return bool(self._pending)

    def _take(self) -> dict[str, SaveJob]:
        with self._mutex:
            jobs, self._pending, self._due = self._pending, {}, None
            return jobs

    def _save(self, jobs: dict[str, SaveJob]) -> list[SaveResult]:
        results = []
        with self._saving:
            for key, job in jobs.items():
                try:
                    results.append(SaveResult(key, job()))
                except Exception as error:  # reported to the user, never lost silently
                    results.append(SaveResult(key, False, error))
        return results

    def _run(self) -> None:
        while True:
            with self._mutex:
                while not self._stopped and not self._ahead and not self._is_due():
                    timeout = None if self._due is None else self._due - time.monotonic()
                    self._wake.wait(timeout)
                if self._stopped:
                    return
                ahead, self._ahead = self._ahead, []
            if ahead:
                with self._saving:
                    for job in ahead:
                        with contextlib.suppress(Exception):  # the save reports it
                            job()
                continue
            for result in self._save(self._take()):
                self._report(result)

    def _is_due(self) -> bool:
        return self._due is not None and time.monotonic() >= self._due

    def flush(self) -> list[SaveResult]:
        """Save everything pending now, on this thread, and return what happened."""
        return self._save(self._take())

    def stop(self) -> list[SaveResult]:
        """Flush, and end the background thread."""
        results = self.flush()
        with self._mutex:
            self._stopped = True
            self._wake.notify()
        return results


class ExitOnSignal:
    """Saves everything and ends the process on a hang-up or a request to stop, even
    when the event loop is stuck (a terminal that stopped reading blocks every write,
    and with it the loop).

    The handler is a plain `signal.signal` handler, not one run by the event loop: it
    runs on the main thread whatever the loop is waiting for, and only starts a thread
    that saves, asks the loop to exit (which restores the terminal when it can), and
    ends the process `grace` seconds later if the loop never got to it. An alarm set
    as the signal arrives ends the process `limit` seconds later in any case.
    """

    SIGNALS = ("SIGHUP", "SIGTERM")

    def __init__(
        self,
        flush: Callable[[], object],
        request_exit: Callable[[int], None],
        *,
        grace: float = 3.0,
        limit: int = 20,
    ) -> None:
        self._flush = flush
        self._request_exit = request_exit
        self.grace = grace
        self.limit = limit
        self._started = threading.Event()
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        """Take over the signals (from the main thread)."""
        for name in self.SIGNALS:
            number = getattr(signal, name, None)
            if number is None:  # pragma: no cover - not on this system
                continue
            with contextlib.suppress(ValueError, OSError):  # not the main thread
                self._previous[number] = signal.signal(number, self._handle)

    def uninstall(self) -> None:
        """Give the signals back to whoever had them (the app has stopped)."""
        for number, previous in self._previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()

    def _handle(self, number: int, _frame: object) -> None:
        if self._started.is_set():
            return  # already on the way out
        self._started.set()
        if hasattr(signal, "alarm") and self.limit:
            # Delivered by the kernel: ends the process even if no Python runs any more.
            with contextlib.suppress(ValueError, OSError):
                signal.signal(signal.SIGALRM, signal.SIG_DFL)
                signal.alarm(self.limit)
        threading.Thread(
            target=self._finish, args=(number,), name="offertui-exit", daemon=True
        ).start()

    def _finish(self, number: int) -> None:
        code = 128 + number
        with contextlib.suppress(Exception):
            self._flush()
        with contextlib.suppress(Exception):
            self._request_exit(code)
        time.sleep(self.grace)
        os._exit(code)
