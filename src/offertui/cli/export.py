"""`offertui export ID`: a Markdown brief of one offer, printed or written to a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from offertui.cli.output import write_out_or_export


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
