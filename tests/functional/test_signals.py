"""The real `offertui` in a pseudo-terminal: a dropped connection loses nothing."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from offertui.domain.offer import Offer
from offertui.storage.store import OfferStore, SyncConflict
from tests.terminal import Terminal, offertui_in_terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")

# How long to wait for an autosave here. The README's promise (on disk within a second
# of the keystroke, beside six busy processes a core) is proven by
# test_kill_under_load.py, which makes that load itself; this file's tests run beside
# whatever else the machine is doing, so they only wait for the save to happen.
AUTOSAVE_WAIT = 30.0


@pytest.fixture
def offer(store: OfferStore) -> Offer:
    """The one offer, on disk before the app starts: an app that scanned the folder
    first would show an empty home."""
    return store.create("Acme", "Dev")


@pytest.fixture
def terminal(store: OfferStore, offer: Offer) -> Iterator[Terminal]:
    term = offertui_in_terminal(store.root)
    yield term
    term.close()


def _loop_stuck(pid: int) -> bool:
    """Whether the app's main thread waits on a lock while another thread is blocked
    writing to the terminal: the event loop is stuck behind a full output queue. (Linux
    shows it in /proc; elsewhere a fixed number of repaints is taken to be enough.)"""
    tasks = Path(f"/proc/{pid}/task")
    if not tasks.is_dir():
        time.sleep(0.1)
        return False
    wchans = {}
    for task in tasks.iterdir():
        with contextlib.suppress(OSError):
            wchans[task.name] = (task / "wchan").read_text()
    writing = any(w in ("wait_woken", "n_tty_write") for w in wchans.values())
    return writing and wchans.get(str(pid), "").startswith("futex")


def _stick_the_event_loop(terminal: Terminal) -> None:
    """The terminal stops reading (a frozen SSH connection): once the pty's buffer is
    full, every write blocks, and with it the app's event loop. Repaints fill it."""
    terminal.pause_reading()
    deadline = time.monotonic() + 20
    n = 0
    while not _loop_stuck(terminal.process.pid):
        if time.monotonic() > deadline:
            assert not Path("/proc").is_dir(), "the app's event loop never got stuck"
            break
        terminal.resize(60 if n % 2 else 24, 200 if n % 2 else 80)
        n += 1
        time.sleep(0.05)


def _type_into_the_company(terminal: Terminal, text: str) -> float:
    """Open the offer (the company field has focus) and type `text` after the name,
    returning once the app has shown it, with the moment it was typed."""
    terminal.wait_for("Acme", timeout=60)  # a backstop: start-up is slow under load
    terminal.type("\r")
    # The company field has the focus once the Overview is drawn, and keys typed while
    # it opens wait for it (OfferTUI.on_event).
    terminal.wait_for("Overview")
    mark = len(terminal.output)
    typed_at = time.monotonic()
    terminal.type(text)
    terminal.wait_for(text.split()[-1], since=mark)
    return typed_at


def _company(store: OfferStore, offer_id: str) -> str:
    data = tomllib.loads(store.path_for(offer_id).read_text("utf-8"))
    return str(data["company"])


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM])
def test_signal_right_after_typing_saves_everything(
    store: OfferStore, offer: Offer, terminal: Terminal, sig: int
) -> None:
    # Hang up as soon as the app has shown the keys: well within the autosave delay.
    _type_into_the_company(terminal, " Japan 日本")
    terminal.process.send_signal(sig)
    code = terminal.process.wait(timeout=10)
    assert code == 128 + sig
    assert _company(store, offer.id) == "Acme Japan 日本"
    # The lock died with the process: the next session may edit.
    handle = OfferStore(store.root).open(offer.id)
    assert not handle.read_only
    handle.close()


def test_kill_9_between_autosaves_keeps_a_valid_file(
    store: OfferStore, offer: Offer, terminal: Terminal
) -> None:
    typed_at = _type_into_the_company(terminal, " Holdings")
    # Autosave reaches the disk on its own, without quitting.
    while _company(store, offer.id) != "Acme Holdings":
        assert time.monotonic() - typed_at < AUTOSAVE_WAIT, "autosave never wrote"
        time.sleep(0.02)
    terminal.type(" Late")
    terminal.process.send_signal(signal.SIGKILL)
    terminal.process.wait(timeout=10)
    # The file parses, and holds what was saved and at most what was typed since.
    company = _company(store, offer.id)
    assert company.startswith("Acme Holdings")
    assert "Acme Holdings Late".startswith(company)
    leftovers = [p.name for p in store.offers_dir.iterdir() if ".tmp-" in p.name]
    assert leftovers == []


def test_hangup_in_the_meeting_keeps_every_note(
    store: OfferStore, offer: Offer, terminal: Terminal
) -> None:
    terminal.wait_for("Acme", timeout=60)  # a backstop: start-up is slow under load
    terminal.type("\r")
    terminal.wait_for("Overview")
    terminal.type("\x1bOS")  # F4: the Meeting screen, notes focused
    terminal.wait_for("Notes")
    notes = "基本給は40万円\rbonus twice a year 👍"
    mark = len(terminal.output)
    terminal.type(notes)
    terminal.wait_for("year 👍", since=mark)  # the last keys typed are on screen
    terminal.process.send_signal(signal.SIGHUP)
    assert terminal.process.wait(timeout=10) == 128 + signal.SIGHUP
    assert store.load(offer.id).meeting.notes == notes.replace("\r", "\n")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_ends_the_app_even_when_its_event_loop_is_stuck(
    store: OfferStore, offer: Offer, terminal: Terminal, sig: int
) -> None:
    _type_into_the_company(terminal, " Frozen")
    _stick_the_event_loop(terminal)
    terminal.process.send_signal(sig)
    try:
        code = terminal.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        pytest.fail("the app ignored the signal while its event loop was stuck")
    assert code == 128 + sig
    assert _company(store, offer.id) == "Acme Frozen"


@pytest.mark.parametrize("stuck", [False, True], ids=["loop running", "loop stuck"])
@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM])
def test_a_signal_before_a_changed_file_is_settled_keeps_both_versions(
    store: OfferStore, offer: Offer, terminal: Terminal, sig: int, stuck: bool
) -> None:
    typed_at = _type_into_the_company(terminal, " Japan")
    while _company(store, offer.id) != "Acme Japan":
        assert time.monotonic() - typed_at < AUTOSAVE_WAIT, "autosave never wrote"
        time.sleep(0.02)
    # Another program rewrites the file (a sync tool, an editor).
    path = store.path_for(offer.id)
    outside = path.read_bytes().replace(b'"Acme Japan"', b'"Acme Outside"')
    path.write_bytes(outside)
    # The next save finds it changed: the banner says so and saving stops.
    mark = len(terminal.output)
    terminal.type(" More")
    terminal.wait_for("changed by another program", since=mark, timeout=AUTOSAVE_WAIT)
    mark = len(terminal.output)
    terminal.type(" Still")  # typed while the change is unsettled: never saved to x
    terminal.wait_for("Still", since=mark)
    if stuck:  # nothing the event loop would do on the way out gets done
        _stick_the_event_loop(terminal)
    terminal.process.send_signal(sig)
    assert terminal.process.wait(timeout=15) == 128 + sig
    # The outside version is untouched, and the text typed here is a new offer.
    assert path.read_bytes() == outside
    summaries, broken = OfferStore(store.root).scan()
    assert [s.id for s in summaries] == [offer.id]  # a second version, not an offer
    [kept] = broken
    assert isinstance(kept, SyncConflict) and kept.offer_id == offer.id
    assert store.load(kept.id).company == "Acme Japan More Still"
