"""The real `offertui` on a pseudo-terminal, for tests that need a real process: signals,
kills, a terminal that stops reading."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class Terminal:
    """A child process on a pty, with everything it prints collected on a thread.

    `pause_reading()` stops taking its output, as a frozen SSH connection would: once
    the pty's buffer is full, the child blocks on every write."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.master = master
        self.output = b""
        self._reading = threading.Event()
        self._reading.set()
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        self._slave = slave
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            self._reading.wait()
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def pause_reading(self) -> None:
        self._reading.clear()

    def resize(self, rows: int, columns: int) -> None:
        fcntl.ioctl(self._slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.killpg(self.process.pid, signal.SIGWINCH)

    def wait_for(self, text: str, timeout: float = 20.0, since: int = 0) -> None:
        deadline = time.monotonic() + timeout
        needle = text.encode()
        while needle not in self.output[since:]:
            if time.monotonic() > deadline:
                tail = self.output[-1500:].decode("utf-8", "replace")
                raise AssertionError(f"{text!r} never appeared on screen; last output:\n{tail}")
            if self.process.poll() is not None:
                raise AssertionError(f"offertui exited early: {self.output[-2000:]!r}")
            time.sleep(0.05)

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._reading.set()
        os.close(self._slave)
        # Only once the reader has stopped: a descriptor closed under a running reader
        # can get its number reused by the next test's terminal, and the old reader would
        # then steal the start of that terminal's output.
        self._reader.join(timeout=10)
        os.close(self.master)


def offertui_in_terminal(data_dir: Path, **env: str) -> Terminal:
    """`offertui --data-dir data_dir` at 80x24 in a fresh pseudo-terminal."""
    environment = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24", **env)
    environment.pop("TEXTUAL", None)
    return Terminal([sys.executable, "-m", "offertui", "--data-dir", str(data_dir)], environment)


@contextlib.contextmanager
def cpu_hogs(count: int, seconds: float) -> Iterator[None]:
    """`count` busy processes, each ending by itself after `seconds`; stopped on exit."""
    code = f"import time\nend = time.monotonic() + {seconds}\nwhile time.monotonic() < end: pass\n"
    hogs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(count)]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
        for hog in hogs:
            hog.wait()


@dataclass(frozen=True)
class KillRound:
    """What one kill -9 while typing left: the keys typed with when each was written to
    the terminal, the moment of the kill, and the notes the file holds after it."""

    typed: list[tuple[float, str]]
    killed_at: float
    saved: str

    def typed_before(self, moment: float) -> str:
        return "".join(key for at, key in self.typed if at < moment)

    @property
    def everything(self) -> str:
        return "".join(key for _, key in self.typed)

    def oldest_unsaved_age(self) -> float:
        """How long before the kill the first key missing from the file was typed (0
        when nothing typed is missing)."""
        length = 0
        for at, key in self.typed:
            length += len(key)
            if length > len(self.saved):
                return self.killed_at - at
        return 0.0


def type_then_kill(root: Path, seconds: float, key_gap: float) -> KillRound:
    """Open the only offer of the data folder `root` on its Meeting screen in the real
    app, type notes for `seconds` (a key every `key_gap`), kill it with SIGKILL, and
    read what its file holds."""
    [path] = (root / "offers").glob("*.toml")
    terminal = offertui_in_terminal(root)
    try:
        terminal.wait_for(tomllib.loads(path.read_text("utf-8"))["company"], timeout=60)
        terminal.type("m")  # straight to the Meeting screen, the notes focused
        terminal.wait_for("Notes", timeout=60)
        mark = len(terminal.output)
        # A first word no screen shows ("start" is on the Meeting's own hint), so seeing
        # it drawn proves the app is reading keys before the clock of the test starts.
        terminal.type("qzx ")
        terminal.wait_for("qzx", since=mark, timeout=60)
        typed: list[tuple[float, str]] = [(time.monotonic(), "qzx ")]
        stop = time.monotonic() + seconds
        n = 0
        while time.monotonic() < stop:
            key = "abcdefghij klmnopqrst"[n % 21]
            terminal.type(key)
            typed.append((time.monotonic(), key))
            n += 1
            time.sleep(key_gap)
        killed_at = time.monotonic()
        terminal.process.send_signal(signal.SIGKILL)
        terminal.process.wait(timeout=30)
    finally:
        terminal.close()
    notes = tomllib.loads(path.read_text("utf-8")).get("meeting", {}).get("notes", "")
    return KillRound(typed, killed_at, str(notes))
