"""The local zone's name where the system keeps it (`storage.local_zone`), at the
edges the calendar tests do not reach: paths that hold no zone, the database's
variants, and /etc files that say nothing."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

import pytest

from offertui.storage.local_zone import local_zone, zone_name

NOWHERE = Path("/nonexistent")


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        ("/usr/share/zoneinfo/right/Asia/Tokyo", "Asia/Tokyo"),
        ("/usr/share/zoneinfo/posix/right/Asia/Tokyo", "Asia/Tokyo"),
        ("/usr/share/zoneinfo/Asia/Tokyo", "Asia/Tokyo"),
        (":/usr/share/zoneinfo/Europe/Paris", "Europe/Paris"),
        ("/etc/my-zone-file", None),
        ("/usr/share/zoneinfo/", None),
        ("/usr/share/zoneinfo/posix/", None),
        (":", "UTC"),
    ],
)
def test_a_zone_named_by_its_path_in_tz(tz: str, expected: str | None) -> None:
    assert zone_name({"TZ": tz}, NOWHERE) == expected


def test_a_zone_folder_named_within_the_key_is_kept() -> None:
    path = "/usr/share/zoneinfo/America/Argentina/Buenos_Aires"
    assert zone_name({"TZ": path}, NOWHERE) == "America/Argentina/Buenos_Aires"


def _etc(tmp_path: Path) -> Path:
    etc = tmp_path / "etc"
    etc.mkdir()
    return etc


def test_a_localtime_outside_the_zone_database_leaves_it_to_etc_timezone(
    tmp_path: Path,
) -> None:
    etc = _etc(tmp_path)
    (tmp_path / "a-copy").write_bytes(b"")
    (etc / "localtime").symlink_to(tmp_path / "a-copy")
    (etc / "timezone").write_text("  Asia/Tokyo  \n", "utf-8")
    assert zone_name({}, etc) == "Asia/Tokyo"


@pytest.mark.parametrize("content", [b"", b"  \n", b"\xff\xfe"])
def test_an_etc_timezone_that_says_nothing_gives_no_name(tmp_path: Path, content: bytes) -> None:
    etc = _etc(tmp_path)
    (etc / "timezone").write_bytes(content)
    assert zone_name({}, etc) is None


def test_the_environment_of_the_process_is_read_when_none_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert zone_name(etc=NOWHERE) == "Europe/Berlin"
    assert getattr(local_zone(etc=NOWHERE), "key", None) == "Europe/Berlin"


def test_without_a_name_the_zone_is_the_offset_of_now(tmp_path: Path) -> None:
    zone = local_zone({}, tmp_path)
    assert getattr(zone, "key", None) is None
    assert isinstance(zone, timezone)
    assert isinstance(zone.utcoffset(None), timedelta)
