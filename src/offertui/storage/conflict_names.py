"""How a sync tool, or offertui itself, names a conflicting copy of an offer's file.

The store recognises the copies while it lists the folder; `storage.conflicts`, which
works on a store, compares and settles them.
"""

from __future__ import annotations

import re
from datetime import datetime

# The tool named for the copies offertui makes itself: the user's unsaved version of
# an offer whose file changed on disk ("Keep both", or closing before settling it).
OWN = "offertui"

# x.offertui-conflict-20261201-120000, or ...-120000-2 for a second within that second
_OWN = re.compile(r"^(?P<base>.+)\.offertui-conflict-\d{8}-\d{6}(?:-\d+)?$")
# x.sync-conflict-20261201-120000-ABCDEF7 (Syncthing)
_SYNCTHING = re.compile(r"^(?P<base>.+)\.sync-conflict-\d{8}-\d{6}(?:-[0-9A-Za-z]+)?$")
# x (conflicted copy 2026-12-01), x (Jane's conflicted copy 2026-12-01 (1)) (Dropbox);
# x (conflicted copy 2026-12-01 120000) (Nextcloud)
_CONFLICTED_COPY = re.compile(
    r"^(?P<base>.+?) \([^()]*?conflicted copy[^()]*?\d{4}-\d{2}-\d{2}[^()]*?(?: \(\d+\))?\)$"
)

# What each of the patterns above cannot match without.
_WORDS = (".offertui-conflict-", ".sync-conflict-", "conflicted copy")


def conflict_copy_of(offer_id: str) -> tuple[str, str] | None:
    """(the offer's id, the tool that made it) if `offer_id` names a sync tool's
    conflicting copy of another offer's file, else None."""
    # Each pattern holds its tool's words; most names hold none of them, and a thousand
    # offers are listed on every start: one test of the word all of them share first.
    if "conflict" not in offer_id or not any(words in offer_id for words in _WORDS):
        return None
    match = _OWN.match(offer_id)
    if match:
        return match.group("base"), OWN
    match = _SYNCTHING.match(offer_id)
    if match:
        return match.group("base"), "Syncthing"
    match = _CONFLICTED_COPY.match(offer_id)
    if match:
        return match.group("base"), "Dropbox or Nextcloud"
    return None


def own_copy_name(offer_id: str, now: datetime | None = None) -> str:
    """The name offertui gives its copy of `offer_id` made at `now` (before any -2)."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{offer_id}.offertui-conflict-{stamp}"
