"""`offertui list`: the offers and any broken files, for a quick look or a script."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser(
        "list", parents=[common], help="print the offers and any broken files"
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace, root: Path) -> int:
    from offertui.domain.summary import deadline_text
    from offertui.storage.store import OfferStore

    store = OfferStore(root)
    summaries, broken = store.scan()
    summaries.sort(key=lambda s: (s.reply_deadline or date.max, s.company.lower()))
    if args.json:
        rows: list[dict[str, object]] = [
            {
                "id": s.id,
                "company": s.company,
                "position": s.position,
                "stage": s.stage,
                "deadline": s.reply_deadline.isoformat() if s.reply_deadline else None,
            }
            for s in summaries
        ]
        rows += [
            {"id": b.id, "broken": True, "file": b.path.name, "line": b.line, "reason": b.reason}
            for b in broken
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not summaries and not broken:
        print("No offers yet. Run `offertui` and press n to add one.")
        return 0
    today = date.today()
    for s in summaries:
        deadline = deadline_text(s.reply_deadline, today)
        print(f"{s.id}\t{s.company}\t{s.position}\t{s.stage}\t{deadline}")
    for b in broken:
        print(f"{b.id}\tBROKEN\t{b}")
    return 0
