"""`offertui export ID`: a Markdown brief of one offer, printed or written to a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from offertui.cli.output import write_out_or_export


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[common],
        help="print a Markdown brief of one offer, to share with a partner, mentor or lawyer",
    )
    export.add_argument("id", metavar="ID", help="the offer's id (see `offertui list`)")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write the brief to FILE instead of printing it"
    )


def run(args: argparse.Namespace, root: Path) -> int:
    from datetime import datetime

    from offertui.domain.brief import render_brief
    from offertui.storage.store import OfferStore

    offer = OfferStore(root).load(args.id)
    now = datetime.now().astimezone()
    text = render_brief(offer, now.date(), now)

    def done(path: Path) -> str:
        return f"brief of {args.id} written to {path}"

    return write_out_or_export(text, args.output, done)
