"""The command line: `offertui` opens the app; subcommands answer without a full screen."""

from __future__ import annotations

import argparse
import json
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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from offertui.storage.paths import data_dir
    from offertui.storage.store import BrokenFile, OfferStore, StoreError

    root = data_dir(getattr(args, "data_dir", None))
    try:
        OfferStore(root).prepare()
        if args.command == "list":
            return _list(root, args.json)
        from offertui.app import make_app

        app = make_app(data_dir=root)
        app.run()
        return app.return_code or 0
    except (StoreError, BrokenFile) as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{error.filename or root}: {error.strerror or error}")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
