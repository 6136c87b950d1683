"""`offertui due`: what needs doing now across offers, one short line each.

Short enough for a tmux status line (`#(offertui due | head -1)`) or a shell prompt,
and its exit status says whether anything is due: 0 nothing, 1 something, 2 an error.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from offertui.cli.output import fail, write_out

if TYPE_CHECKING:
    from offertui.domain.due import DueItem

#: The exit status of an error, so a script can tell it from "something is due" (1).
ERROR_STATUS = 2


def _now(text: str | None) -> datetime:
    if text is None:
        return datetime.now().astimezone()
    moment = datetime.fromisoformat(text)
    # A time without a zone is local time, like the times in an offer file.
    return moment.astimezone() if moment.tzinfo is None else moment


def _when(item: DueItem, now: datetime) -> str:
    when = item.when
    if isinstance(when, datetime):
        return when.replace(tzinfo=now.tzinfo).isoformat(timespec="minutes")
    assert isinstance(when, date)
    return when.isoformat()


def run(args: argparse.Namespace, root: Path) -> int:
    from offertui.domain.due import DEFAULT_DAYS, due_items, due_line, short_name
    from offertui.storage.due import store_timelines
    from offertui.storage.store import OfferStore

    try:
        now = _now(args.at)
    except ValueError:
        return fail(f"--at {args.at!r} is not a time like 2026-12-01T09:00", ERROR_STATUS)
    days = DEFAULT_DAYS if args.days is None else args.days
    if days < 0:
        return fail("--days cannot be negative", ERROR_STATUS)
    store = OfferStore(root)
    # The summary cache holds each offer's timeline: only new or changed files are read.
    summaries, broken = store.scan()
    timelines, unreadable = store_timelines(store, summaries)
    broken += unreadable
    items = due_items(timelines, now, days)
    if args.json:
        rows: list[dict[str, object]] = [
            {
                "kind": item.kind,
                "offer": item.offer_id,
                "company": item.company,
                "when": _when(item, now),
                "overdue": item.overdue,
                "text": item.text,
            }
            for item in items
        ]
        rows += [
            {
                "kind": "broken",
                "offer": b.id,
                "company": None,
                "when": None,
                "overdue": True,
                "text": f"cannot read {b}",
            }
            for b in broken
        ]
        document = {"now": now.isoformat(timespec="seconds"), "days": days, "items": rows}
        write_out(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = [due_line(item) for item in items]
        lines += [f"! cannot read {short_name(str(b), 60)}" for b in broken]
        write_out("".join(f"{line}\n" for line in lines))
    return 1 if items or broken else 0
