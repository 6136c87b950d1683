"""The command line: `offertui` opens the app; subcommands answer without a full screen.

Each subcommand's arguments are declared in `offertui.cli.arguments`; its work is
done by `run(args, root)` in a module of its own in this package, which returns the
exit status and is imported only when that subcommand runs. The app itself is
imported only when it is run, so `offertui list` and friends start without Textual,
and the app starts without the subcommands.
"""

from __future__ import annotations

import argparse
import gc
import importlib
from collections.abc import Sequence

from offertui import __version__
from offertui.cli import output
from offertui.cli.arguments import SUBCOMMANDS, add_subcommands
from offertui.cli.output import fail

__all__ = ["SUBCOMMANDS", "main"]


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
    add_subcommands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything opens a file: a closed descriptor 1 would otherwise be handed to
    # the first file opened, and output meant for the terminal would land in it.
    stdout_closed = output.guard_streams()
    try:
        status = _main(argv, stdout_closed)
        output.finish()
        return status
    except output.StdoutError as error:
        return fail(str(error), error.code)
    except KeyboardInterrupt:
        return 130


def _main(argv: Sequence[str] | None, stdout_closed: bool) -> int:
    args = _parser().parse_args(argv)
    from offertui.storage.paths import data_dir
    from offertui.storage.store import BrokenFile, OfferStore, StoreError

    override = getattr(args, "data_dir", None)
    if override is not None and not override.strip():
        return fail("--data-dir is empty; give the folder to keep offers in", 2)
    root = data_dir(override)
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
            output.finish()
            return status
        if stdout_closed:
            return fail("standard output is closed; the app needs a terminal")
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
    except output.StdoutError as error:
        # Its own status for a broken pipe (141); else the subcommand's for errors.
        return fail(str(error), error_status if error.code == 1 else error.code)
    except OSError as error:
        return fail(f"{error.filename or root}: {error.strerror or error}", error_status)
