"""Shared pieces of the benchmarks: a real pseudo-terminal, data generation, statistics.

Everything here uses the standard library only, so the benchmarks run anywhere the
project's tests run (POSIX: they need a pseudo-terminal and /proc for memory).
"""

from __future__ import annotations

import compileall
import fcntl
import os
import pty
import signal
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS, LINES = 100, 30


def compile_offertui() -> None:
    """Write offertui's bytecode, as installing it does, before anything is timed.

    An editable install, or a shell with PYTHONDONTWRITEBYTECODE set, leaves the
    package as source only, and every run would then compile fifty modules before its
    first frame (about 100 ms here) while Textual, installed from a wheel, has its
    bytecode: that measures the compiler, not the app."""
    import offertui

    compileall.compile_dir(Path(offertui.__file__).parent, quiet=1)


compile_offertui()


class PtyProcess:
    """A program running in its own pseudo-terminal, with its output timestamped."""

    def __init__(self, argv: Sequence[str], *, env: dict[str, str] | None = None) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        environment = dict(os.environ if env is None else env)
        environment.update(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(LINES))
        environment.pop("TEXTUAL", None)
        self.master = master
        self._buffer = bytearray()
        # (arrival time, buffer length after the chunk) of every chunk read.
        self.chunks: list[tuple[float, int]] = []
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=environment,
            start_new_session=True,
        )
        os.close(slave)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 1 << 16)
            except OSError:
                chunk = b""
            with self._changed:
                if not chunk:
                    self._buffer += b"\0EOF"
                    self._changed.notify_all()
                    return
                self._buffer += chunk
                self.chunks.append((time.perf_counter(), len(self._buffer)))
                self._changed.notify_all()

    def mark(self) -> int:
        """A position in the output; `wait_for` can look only at what comes after it."""
        with self._lock:
            return len(self._buffer)

    def wait_for(self, needle: bytes, since: int = 0, timeout: float = 30.0) -> float:
        """Block until `needle` appears after `since`; return the perf_counter time."""
        deadline = time.perf_counter() + timeout
        with self._changed:
            while needle not in self._buffer[since:]:
                if self._buffer.endswith(b"\0EOF"):
                    tail = bytes(self._buffer[-3000:]).decode("utf-8", "replace")
                    raise RuntimeError(f"program exited before showing {needle!r}:\n{tail}")
                left = deadline - time.perf_counter()
                if left <= 0:
                    tail = bytes(self._buffer[-1500:]).decode("utf-8", "replace")
                    raise TimeoutError(
                        f"{needle!r} did not appear in {timeout} s; last output:\n{tail!r}"
                    )
                self._changed.wait(left)
            return time.perf_counter()

    def change(
        self, since: int, marker: bytes, quiet: float = 0.25, timeout: float = 30.0
    ) -> tuple[float, int]:
        """The end of the change that began at `since` and shows `marker`: wait for the
        marker, then for `quiet` seconds with nothing written. Return the time of the
        last chunk before that pause and the output's length there (so the change cost
        that minus `since` bytes). Output after the pause (a clock's tick) is not part
        of the change."""
        self.wait_for(marker, since=since, timeout=timeout)
        with self._lock:
            found = self._buffer.find(marker, since) + len(marker)
        deadline = time.perf_counter() + timeout
        while True:
            with self._lock:
                chunks = [c for c in self.chunks if c[1] >= found]
            now = time.perf_counter()
            for (at, end), following in zip(chunks, [*chunks[1:], None], strict=True):
                if (following[0] if following else now) - at >= quiet:
                    return at, end
            if now > deadline:
                raise TimeoutError("the screen never settled")
            time.sleep(quiet / 5)

    def send(self, data: bytes) -> float:
        sent = time.perf_counter()
        os.write(self.master, data)
        return sent

    def peak_rss_kib(self) -> int | None:
        """The process's peak resident memory so far (Linux /proc), in KiB."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return None

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        # Close the descriptor only once the reader has stopped (it stops at the end of
        # the output, when the program is gone). A descriptor closed under a running
        # reader gets its number reused by the next terminal, and the old reader then
        # steals the start of that program's output: a first frame that never "arrives".
        self._reader.join(timeout=10)
        os.close(self.master)


def offertui_argv(data_dir: Path) -> list[str]:
    """The real entry point, unmodified: `python -m offertui --data-dir DIR`."""
    return [sys.executable, "-m", "offertui", "--data-dir", str(data_dir)]


def bare_argv(script: str, *args: str) -> list[str]:
    return [sys.executable, str(HERE / script), *args]


def make_offers(data_dir: Path, count: int, notes: str = "") -> list[str]:
    """`count` realistic offers (default questions, a few facts), generated through
    offertui's own store so the files are exactly what the app writes."""
    from dataclasses import replace
    from datetime import date, timedelta

    from offertui.domain.offer import Fact
    from offertui.storage.store import OfferStore

    store = OfferStore(data_dir)
    store.prepare()
    ids = []
    first = date(2026, 12, 1)
    for n in range(count):
        offer = store.create(f"Company {n:04d} K.K.", f"Software Engineer {n}")
        handle = store.open(offer.id)
        handle.save(
            replace(
                offer,
                reply_deadline=first + timedelta(days=n % 60),
                annual_pay=7_000_000 + 10_000 * n,
                facts=(Fact("position", "Backend, payments team", "interview", True),),
                meeting=replace(offer.meeting, notes=notes),
            )
        )
        handle.close()
        ids.append(offer.id)
    return ids


def notes_of_size(size: int) -> str:
    """Meeting notes of about `size` bytes, in lines like real ones (some Japanese)."""
    lines = []
    total = 0
    n = 0
    while total < size:
        line = f"[14:{n % 60:02d}] point {n}: salary breakdown, 賞与は年2回, remote 2 days/week"
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
        n += 1
    return "\n".join(lines)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def table(rows: list[list[str]], headings: list[str]) -> str:
    """A Markdown table, ready to paste into the README."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headings)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headings, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    return "\n".join([line, rule, *body])
