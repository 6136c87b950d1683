"""Second versions of one offer: sync tools' conflicting copies and unresolved merges.

A folder kept in sync between machines (Syncthing, Dropbox, Nextcloud) gets a copy
beside the file when two machines changed it at once; a folder kept in git gets both
versions inside the file, between conflict markers. Either way it is one offer with
two versions to choose from, never one more offer.
"""

from __future__ import annotations

import re

# x.sync-conflict-20261201-120000-ABCDEF7 (Syncthing)
_SYNCTHING = re.compile(r"^(?P<base>.+)\.sync-conflict-\d{8}-\d{6}(?:-[0-9A-Za-z]+)?$")
# x (conflicted copy 2026-12-01), x (Jane's conflicted copy 2026-12-01 (1)) (Dropbox);
# x (conflicted copy 2026-12-01 120000) (Nextcloud)
_CONFLICTED_COPY = re.compile(
    r"^(?P<base>.+?) \([^()]*?conflicted copy[^()]*?\d{4}-\d{2}-\d{2}[^()]*?(?: \(\d+\))?\)$"
)


def conflict_copy_of(offer_id: str) -> tuple[str, str] | None:
    """(the offer's id, the tool that made it) if `offer_id` names a sync tool's
    conflicting copy of another offer's file, else None."""
    match = _SYNCTHING.match(offer_id)
    if match:
        return match.group("base"), "Syncthing"
    match = _CONFLICTED_COPY.match(offer_id)
    if match:
        return match.group("base"), "Dropbox or Nextcloud"
    return None


def merge_sides(text: str) -> tuple[str, str]:
    """Both versions of a file holding conflict markers: (ours, theirs).

    Lines outside the markers belong to both; a diff3 base section (`|||||||`) is in
    neither."""
    ours: list[str] = []
    theirs: list[str] = []
    side = "both"
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if side == "both" and bare.startswith("<<<<<<<") and bare[7:8] in ("", " "):
            side = "ours"
        elif side in ("ours", "base") and bare == "=======":
            side = "theirs"
        elif side == "ours" and bare.startswith("|||||||"):
            side = "base"
        elif side == "theirs" and bare.startswith(">>>>>>>") and bare[7:8] in ("", " "):
            side = "both"
        else:
            if side in ("both", "ours"):
                ours.append(line)
            if side in ("both", "theirs"):
                theirs.append(line)
    return "".join(ours), "".join(theirs)
