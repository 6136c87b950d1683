"""The command line: `offertui` opens the app; subcommands answer without a full screen."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from offertui import __version__


class _Parser(argparse.ArgumentParser):
    """argparse, with one plain line for errors instead of the whole usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="where offers are kept (default: $OFFERTUI_DATA_DIR, else the user data folder)",
    )
    parser = _Parser(
        prog="offertui",
        description="Prepare for the offer meeting, take notes in it, decide, and write "
        "the emails, in English and Japanese.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"offertui {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    listing = commands.add_parser(
        "list", parents=[common], help="print the offers and any broken files"
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    email = commands.add_parser(
        "email",
        parents=[common],
        help="print an email draft for an offer: the saved one, else a freshly filled one",
        description="Print the draft as a Subject line, a blank line and the body. KIND is "
        "one of: request-letter, request-meeting, need-time, negotiate, accept, decline.",
    )
    email.add_argument("id", metavar="ID", help="the offer's id (see `offertui list`)")
    email.add_argument("kind", metavar="KIND", help="which email (see above)")
    email.add_argument(
        "--lang", metavar="en|ja", help="English or Japanese (default: your profile's choice)"
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help="print a Markdown brief of one offer, to share with a partner, mentor or lawyer",
    )
    export.add_argument("id", metavar="ID", help="the offer's id (see `offertui list`)")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write the brief to FILE instead of printing it"
    )
    return parser


def _fail(message: str, code: int = 1) -> int:
    print(f"offertui: error: {message}", file=sys.stderr)
    return code


def _list(store_root: Path, as_json: bool) -> int:
    from offertui.domain.summary import deadline_text
    from offertui.storage.store import OfferStore

    store = OfferStore(store_root)
    summaries, broken = store.scan()
    summaries.sort(key=lambda s: (s.reply_deadline or date.max, s.company.lower()))
    if as_json:
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


def _email(store_root: Path, offer_id: str, kind: str, lang: str | None) -> int:
    from offertui.domain.email_context import draft_for
    from offertui.domain.emails import KINDS, LANGS, draft_as_text, find_placeholders
    from offertui.domain.offer import Profile
    from offertui.storage.store import BrokenFile, OfferStore

    if kind not in KINDS:
        return _fail(f"unknown email kind {kind!r}; choose one of: {', '.join(KINDS)}", 2)
    if lang is not None and lang not in LANGS:
        return _fail(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}", 2)
    store = OfferStore(store_root)
    offer = store.load(offer_id)
    try:
        profile = store.load_profile()
    except BrokenFile as error:
        print(f"offertui: warning: {error}; signing without the profile", file=sys.stderr)
        profile = Profile()
    draft = draft_for(offer, profile, kind, lang or profile.email_lang)
    text = draft_as_text(draft.subject, draft.body)
    # UTF-8 whatever the locale says, so Japanese survives any pipe.
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
    left = find_placeholders(f"{draft.subject}\n{draft.body}")
    if left:
        print(f"offertui: note: still to fill: {', '.join(left)}", file=sys.stderr)
    return 0


def _export(store_root: Path, offer_id: str, output: str | None) -> int:
    from datetime import datetime

    from offertui.domain.brief import render_brief
    from offertui.storage.export import ExportError, export_path, write_export
    from offertui.storage.store import OfferStore

    offer = OfferStore(store_root).load(offer_id)
    now = datetime.now().astimezone()
    text = render_brief(offer, now.date(), now)
    if output is None:
        # UTF-8 whatever the locale says, so Japanese survives any pipe.
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return 0
    try:
        path = write_export(export_path(output), text)
    except ExportError as error:
        return _fail(str(error))
    print(f"offertui: brief of {offer_id} written to {path}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from offertui.storage.paths import data_dir
    from offertui.storage.store import BrokenFile, OfferStore, StoreError

    root = data_dir(getattr(args, "data_dir", None))
    try:
        store = OfferStore(root)
        store.prepare()
        if args.command == "list":
            return _list(root, args.json)
        if args.command == "email":
            return _email(root, args.id, args.kind, args.lang)
        if args.command == "export":
            return _export(root, args.id, args.output)
        # The garbage collector would sweep the ~50,000 objects of start-up several
        # times before the first frame (20-40 ms). It is off until the home is on
        # screen; then the start-up objects are frozen out of its way and it resumes
        # (OfferTUI.on_mount).
        gc.disable()
        from offertui.app import OfferTUI

        app = OfferTUI(store)
        app.run()
        return app.return_code or 0
    except (StoreError, BrokenFile) as error:
        return _fail(str(error))
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a traceback. (Before
        # OSError, which it is a kind of.)
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as error:
        return _fail(f"{error.filename or root}: {error.strerror or error}")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
