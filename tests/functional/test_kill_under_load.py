"""Nothing typed more than a second before a kill -9 is lost, even on a loaded machine.

The real `offertui` runs in a pseudo-terminal beside a CPU hog: busy processes, six
per core (a load average of about 13 on two cores), started by the test, bounded in
time and stopped by it. Notes are typed into the Meeting screen at a brisk typist's
pace, the app is killed with SIGKILL at a random moment, and the file must hold
everything that was typed more than one second before the kill.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from offertui.storage.store import OfferStore
from tests.terminal import offertui_in_terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")

KILLS = 4
BOUND_SECONDS = 1.0
KEY_GAP_SECONDS = 0.06  # about 16 characters a second
HOGS_PER_CORE = 6


@pytest.fixture
def cpu_hog() -> Iterator[int]:
    """Busy processes on every core for at most two minutes; stopped when the test ends."""
    count = HOGS_PER_CORE * (os.cpu_count() or 1)
    code = "import time\nend = time.monotonic() + 120\nwhile time.monotonic() < end: pass\n"
    hogs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(count)]
    try:
        yield count
    finally:
        for hog in hogs:
            hog.kill()
        for hog in hogs:
            hog.wait()


def _notes(path: Path) -> str:
    return str(tomllib.loads(path.read_text("utf-8")).get("meeting", {}).get("notes", ""))


def test_a_kill_under_load_loses_nothing_typed_a_second_before(
    tmp_path: Path, cpu_hog: int
) -> None:
    rng = random.Random(15)
    for kill in range(KILLS):
        store = OfferStore(tmp_path / f"data-{kill}")
        store.prepare()
        offer = store.create("Acme", "Dev")
        terminal = offertui_in_terminal(store.root)
        try:
            terminal.wait_for("Acme", timeout=60)
            terminal.type("m")  # straight to the Meeting screen, the notes focused
            terminal.wait_for("Notes", timeout=60)
            mark = len(terminal.output)
            terminal.type("start ")
            terminal.wait_for("start", since=mark, timeout=60)  # it is reading keys
            typed: list[tuple[float, str]] = [(time.monotonic(), "start ")]
            stop = time.monotonic() + rng.uniform(2.0, 4.0)
            n = 0
            while time.monotonic() < stop:
                key = "abcdefghij klmnopqrst"[n % 21]
                terminal.type(key)
                typed.append((time.monotonic(), key))
                n += 1
                time.sleep(KEY_GAP_SECONDS)
            killed_at = time.monotonic()
            terminal.process.send_signal(signal.SIGKILL)
            terminal.process.wait(timeout=30)
        finally:
            terminal.close()
        saved = _notes(store.path_for(offer.id))
        required = "".join(key for at, key in typed if at < killed_at - BOUND_SECONDS)
        everything = "".join(key for _, key in typed)
        assert everything.startswith(saved), "the file holds something never typed"
        assert saved.startswith(required), (
            f"kill {kill + 1}: {len(required)} characters typed over a second before the "
            f"kill, {len(saved)} on disk"
        )
