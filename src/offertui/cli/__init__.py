"""The command line: `offertui` opens the app; subcommands answer without a full screen.

Each subcommand lives in a module of its own in this package, with two functions:
`add_parser(commands, common)` declares its arguments and `run(args, root)` does the
work and returns the exit status. The app itself is imported only when it is run, so
`offertui list` and friends start without Textual.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from offertui import __version__
from offertui.cli.output import fail

# The subcommands, in the order `--help` lists them: name -> module in this package.
SUBCOMMANDS: dict[str, str] = {
    "list": "listing",
    "export": "export",
    "email": "email",
    "calendar": "calendar",
    "due": "due",
    "letter": "letter",
}


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
    for module in SUBCOMMANDS.values():
        importlib.import_module(f"offertui.cli.{module}").add_parser(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from offertui.storage.paths import data_dir
    from offertui.storage.store import BrokenFile, OfferStore, StoreError

    root = data_dir(getattr(args, "data_dir", None))
    module = None
    if args.command is not None:
        module = importlib.import_module(f"offertui.cli.{SUBCOMMANDS[args.command]}")
    # A subcommand whose exit statuses mean something else (`due`: 1 is "something is
    # due") names the one it uses for errors.
    error_status: int = getattr(module, "ERROR_STATUS", 1)
    try:
        store = OfferStore(root)
        store.prepare()
        if module is not None:
            status: int = module.run(args, root)
            return status
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
        return fail(str(error), error_status)
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a traceback. (Before
        # OSError, which it is a kind of.)
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as error:
        return fail(f"{error.filename or root}: {error.strerror or error}", error_status)
    except KeyboardInterrupt:
        return 130
