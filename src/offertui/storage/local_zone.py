"""The user's time zone, by its IANA name when the system says it.

Python's `datetime.astimezone()` gives the local UTC offset but not the zone's name, and
a calendar file needs the name to write the zone's rules (daylight saving included).
The name comes from `TZ` if set, else from where `/etc/localtime` points, else from
`/etc/timezone`; without one, the fixed offset of now is used.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path

__all__ = ["local_zone", "zone_name"]

_ZONEINFO = "/zoneinfo/"
# Variants of the zone database under which the same names appear.
_VARIANTS = ("posix/", "right/")


def _key_from_path(path: str) -> str | None:
    if _ZONEINFO not in path:
        return None
    key = path.split(_ZONEINFO, 1)[1]
    for variant in _VARIANTS:
        key = key.removeprefix(variant)
    return key or None


def zone_name(environ: Mapping[str, str] | None = None, etc: Path = Path("/etc")) -> str | None:
    """The IANA name of the local zone ("Asia/Tokyo"), or None if the system has none."""
    env = os.environ if environ is None else environ
    tz = env.get("TZ")
    if tz is not None:
        tz = tz.removeprefix(":")
        if tz.startswith("/"):
            return _key_from_path(tz)
        return tz or "UTC"  # an empty TZ means UTC
    try:
        key = _key_from_path(os.path.realpath(etc / "localtime"))
    except OSError:
        key = None
    if key is not None:
        return key
    try:
        return (etc / "timezone").read_text("utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def local_zone(environ: Mapping[str, str] | None = None, etc: Path = Path("/etc")) -> tzinfo:
    """The local zone: a `ZoneInfo` when its name is known and valid, else the fixed
    UTC offset of now."""
    from zoneinfo import ZoneInfo

    name = zone_name(environ, etc)
    if name:
        try:
            return ZoneInfo(name)
        except (KeyError, ValueError, OSError):  # not found (a KeyError), malformed
            pass
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone
