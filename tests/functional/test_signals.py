"""The real `offertui` in a pseudo-terminal: a dropped connection loses nothing."""

from __future__ import annotations

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
from pathlib import Path

import pytest

from offertui.storage.store import OfferStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")


class Terminal:
    """A child process on a pty, with everything it prints collected on a thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.master = master
        self.output = b""
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

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
        # Only once the reader has stopped: a descriptor closed under a running reader
        # can get its number reused by the next test's terminal, and the old reader would
        # then steal the start of that terminal's output.
        self._reader.join(timeout=10)
        os.close(self.master)


@pytest.fixture
def terminal(data_dir: Path) -> Iterator[Terminal]:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    env.pop("TEXTUAL", None)
    term = Terminal([sys.executable, "-m", "offertui", "--data-dir", str(data_dir)], env)
    yield term
    term.close()


def _company(store: OfferStore, offer_id: str) -> str:
    data = tomllib.loads(store.path_for(offer_id).read_text("utf-8"))
    return str(data["company"])


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM])
def test_signal_right_after_typing_saves_everything(
    store: OfferStore, terminal: Terminal, sig: int
) -> None:
    offer = store.create("Acme", "Dev")
    terminal.wait_for("Acme")
    terminal.type("\r")  # open the offer; the company field has focus
    terminal.wait_for("Overview")
    time.sleep(0.3)
    mark = len(terminal.output)
    terminal.type(" Japan 日本")
    # Hang up as soon as the app has shown the keys: well within the autosave delay.
    terminal.wait_for("日本", since=mark)
    terminal.process.send_signal(sig)
    code = terminal.process.wait(timeout=10)
    assert code == 128 + sig
    assert _company(store, offer.id) == "Acme Japan 日本"
    # The lock died with the process: the next session may edit.
    handle = OfferStore(store.root).open(offer.id)
    assert not handle.read_only
    handle.close()


def test_kill_9_between_autosaves_keeps_a_valid_file(store: OfferStore, terminal: Terminal) -> None:
    offer = store.create("Acme", "Dev")
    terminal.wait_for("Acme")
    terminal.type("\r")
    terminal.wait_for("Overview")
    time.sleep(0.3)
    mark = len(terminal.output)
    terminal.type(" Holdings")
    terminal.wait_for("Holdings", since=mark)
    # Autosave reaches the disk on its own, without quitting, well within a second
    # (three allowed here for a loaded test machine).
    deadline = time.monotonic() + 3
    while _company(store, offer.id) != "Acme Holdings":
        assert time.monotonic() < deadline, "autosave did not write within 3 s"
        time.sleep(0.05)
    terminal.type(" Late")
    terminal.process.send_signal(signal.SIGKILL)
    terminal.process.wait(timeout=10)
    # The file parses, and holds at least what was typed over a second ago.
    company = _company(store, offer.id)
    assert company in ("Acme Holdings", "Acme Holdings Late")
    leftovers = [p.name for p in store.offers_dir.iterdir() if ".tmp-" in p.name]
    assert leftovers == []


def test_hangup_in_the_meeting_keeps_every_note(store: OfferStore, terminal: Terminal) -> None:
    offer = store.create("Acme", "Dev")
    terminal.wait_for("Acme")
    terminal.type("\r")
    terminal.wait_for("Overview")
    terminal.type("\x1bOS")  # F4: the Meeting screen, notes focused
    terminal.wait_for("Notes")
    time.sleep(0.3)
    notes = "基本給は40万円\rbonus twice a year 👍"
    mark = len(terminal.output)
    terminal.type(notes)
    terminal.wait_for("year 👍", since=mark)  # the last keys typed are on screen
    terminal.process.send_signal(signal.SIGHUP)
    assert terminal.process.wait(timeout=10) == 128 + signal.SIGHUP
    assert store.load(offer.id).meeting.notes == notes.replace("\r", "\n")
