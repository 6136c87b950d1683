"""`offertui calendar [ID...] [-o FILE]`: the .ics printed or written safely, in the user's zone."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from offertui.__main__ import main
from offertui.domain.calendar import event_uid
from offertui.storage.store import OfferStore
from tests.timeline_offers import timeline_offers, write_offers


@pytest.fixture(autouse=True)
def _tokyo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "calendar", *args])


def uids(data: bytes) -> set[str]:
    return {str(e["uid"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_prints_the_chosen_offers_in_the_users_zone(
    store: OfferStore, data_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write_offers(store, timeline_offers())
    assert run(data_dir, "meeting-today", "reply-due") == 0
    out = capsysbinary.readouterr().out
    assert uids(out) == {
        event_uid("meeting", "meeting-today"),
        event_uid("thank-you", "meeting-today"),
        event_uid("deadline", "reply-due"),
    }
    assert b"DTSTART;TZID=Asia/Tokyo:20261125T160000\r\n" in out
    assert b"BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n" in out


def test_writes_every_offer_to_a_private_file_and_again_with_the_same_uids(
    store: OfferStore, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_offers(store, timeline_offers())
    target = tmp_path / "offers.ics"
    assert run(data_dir, "-o", str(target)) == 0
    first = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "events written to" in capsys.readouterr().err
    assert run(data_dir, "-o", str(target)) == 0
    assert uids(target.read_bytes()) == uids(first)
    assert len(uids(first)) == 19


def test_a_broken_offer_is_left_out_with_a_warning(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_offers(store, [o for o in timeline_offers() if o.id == "reply-due"])
    (store.offers_dir / "mangled.toml").write_text("company = \n")
    assert run(data_dir) == 0
    captured = capsys.readouterr()
    assert "warning: left out mangled.toml" in captured.err
    assert "UID:deadline-reply-due@offertui" in captured.out


def test_the_profiles_new_year_closure_sets_the_deadline_reminder(
    store: OfferStore, data_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    from dataclasses import replace

    from offertui.domain.offer import Profile

    offer = next(o for o in timeline_offers() if o.id == "reply-due")
    write_offers(store, [replace(offer, reply_deadline=date(2027, 1, 4))])
    assert run(data_dir) == 0
    default = capsysbinary.readouterr().out
    store.save_profile(Profile(new_year_closure="12-31..01-03"))
    assert run(data_dir) == 0
    custom = capsysbinary.readouterr().out

    def reminder(data: bytes) -> datetime:
        (alarm,) = icalendar.Calendar.from_ical(data).walk("VALARM")
        return datetime(2027, 1, 4) + alarm.decoded("trigger")

    assert reminder(default) == datetime(2026, 12, 28, 9)
    assert reminder(custom) == datetime(2026, 12, 30, 9)


def test_an_unknown_offer_is_an_error(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "nope") == 1
    assert capsys.readouterr().err == "offertui: error: no offer with id 'nope'\n"


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _symlink(path: Path) -> Path:
    real = path.with_name("real.ics")
    real.write_text("mine")
    path.symlink_to(real)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_fifo, "not a regular file"),
        (_symlink, "is a symbolic link"),
        (_folder, "is a folder"),
    ],
)
def test_refuses_targets_that_are_not_regular_files(
    store: OfferStore,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    reason: str,
) -> None:
    write_offers(store, timeline_offers()[:1])
    target = make(tmp_path / "target.ics")  # type: ignore[operator]
    before = os.lstat(target)
    assert run(data_dir, "-o", str(target)) == 1
    assert reason in capsys.readouterr().err
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    if (tmp_path / "real.ics").exists():
        assert (tmp_path / "real.ics").read_text() == "mine"


def test_icalendar_is_imported_only_to_write_a_calendar(data_dir: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from offertui.cli import main; "
        f"main(['--data-dir', {str(data_dir)!r}, sys.argv[1]]); "
        "print('icalendar' in sys.modules, file=sys.stderr)"
    )
    for command, imported in (("list", "False"), ("due", "False"), ("calendar", "True")):
        result = subprocess.run(
            [sys.executable, "-c", code, command], capture_output=True, text=True, check=False
        )
        assert result.stderr.strip().splitlines()[-1] == imported, (command, result.stderr)
