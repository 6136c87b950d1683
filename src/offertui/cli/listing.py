"""`offertui list`: the offers and any broken files, for a quick look or a script."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from offertui.cli.output import one_line, write_json, write_out


def _name(text: str) -> str:
    """An id or file name as a person reads it: a name the locale could not decode
    (kept with surrogate escapes, to open the file) shown as its UTF-8 text, and bytes
    that are not UTF-8 at all as \\xNN."""
    try:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a surrogate no file name decoding makes
        return text


def run(args: argparse.Namespace, root: Path) -> int:
    from offertui.domain.summary import deadline_text
    from offertui.storage.store import OfferStore, SyncConflict

    store = OfferStore(root)
    summaries, broken = store.scan()
    summaries.sort(key=lambda s: (s.reply_deadline or date.max, s.company.lower()))
    conflicts = [b for b in broken if isinstance(b, SyncConflict)]
    broken = [b for b in broken if not isinstance(b, SyncConflict)]
    if args.json:
        rows: list[dict[str, object]] = [
            {
                "id": _name(s.id),
                "company": s.company,
                "position": s.position,
                "stage": s.stage,
                "deadline": s.reply_deadline.isoformat() if s.reply_deadline else None,
            }
            for s in summaries
        ]
        rows += [
            {
                "id": _name(b.id),
                "broken": True,
                "file": _name(b.path.name),
                "line": b.line,
                "reason": b.reason,
            }
            for b in broken
        ]
        rows += [
            {
                "id": _name(c.offer_id),
                "conflict": True,
                "file": _name(c.path.name),
                "line": c.line,
                "source": c.source,
                "reason": c.reason,
            }
            for c in conflicts
        ]
        write_json(rows)
        return 0
    if not summaries and not broken and not conflicts:
        write_out("No offers yet. Run `offertui` and press n to add one.\n")
        return 0
    today = date.today()
    lines = []
    for s in summaries:
        fields = (s.id, s.company, s.position, s.stage, deadline_text(s.reply_deadline, today))
        lines.append("\t".join(one_line(_name(f)) for f in fields))
    for b in broken:
        lines.append(f"{one_line(_name(b.id))}\tBROKEN\t{one_line(_name(str(b)))}")
    for c in conflicts:
        lines.append(f"{one_line(_name(c.offer_id))}\tCONFLICT\t{one_line(_name(str(c)))}")
    write_out("".join(f"{line}\n" for line in lines))
    return 0
