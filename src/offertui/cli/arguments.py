"""The subcommands' arguments, declared apart from what each subcommand does.

Building the parser imports nothing of the subcommands themselves: `offertui` with no
subcommand opens the app, and that start-up should not pay for the code of `export`,
`email` or `letter`. A subcommand's module (`offertui.cli.<name>`) is imported only
when that subcommand runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

__all__ = ["SUBCOMMANDS", "add_subcommands"]


def _listing(commands: Any, common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser(
        "list",
        parents=[common],
        help="print the offers, any broken files and any conflicting copies",
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")


def _export(commands: Any, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[common],
        help="print a Markdown brief of one offer, to share with a partner, mentor or lawyer",
    )
    export.add_argument("id", metavar="ID", help="the offer's id (see `offertui list`)")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write the brief to FILE instead of printing it"
    )


def _email(commands: Any, common: argparse.ArgumentParser) -> None:
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


def _calendar(commands: Any, common: argparse.ArgumentParser) -> None:
    calendar = commands.add_parser(
        "calendar",
        parents=[common],
        help="write an iCalendar (.ics) file of the meetings, reply deadlines and reminders",
        description="One event per offer meeting, reply deadline (all day, reminded one "
        "business day before) and thank-you reminder (the evening after the meeting). "
        "Import the file into any calendar; importing a newer one updates the events.",
    )
    calendar.add_argument(
        "ids", metavar="ID", nargs="*", help="the offers to include (default: every offer)"
    )
    calendar.add_argument(
        "-o", "--output", metavar="FILE", help="write the calendar to FILE instead of printing it"
    )


def _due(commands: Any, common: argparse.ArgumentParser) -> None:
    due = commands.add_parser(
        "due",
        parents=[common],
        help="print what needs doing today and in the next days, one line each",
        description="Meetings, replies due, thanks not sent, deadlines passed: one line "
        "each, overdue ones first and marked '!'. Exit status: 0 nothing is due, 1 "
        "something is, 2 an error.",
    )
    due.add_argument("--json", action="store_true", help="print JSON for scripts")
    due.add_argument(
        "--days",
        metavar="N",
        type=int,
        default=None,
        help="how many days ahead to look (default: 3)",
    )
    due.add_argument(
        "--at",
        metavar="TIME",
        help="as if it were TIME (like 2026-12-01T09:00), instead of now",
    )


def _letter(commands: Any, common: argparse.ArgumentParser) -> None:
    letter = commands.add_parser(
        "letter",
        parents=[common],
        help="check an offer letter (text in any Japanese encoding, PDF or .docx)",
        description="Check an offer letter or 労働条件通知書 for the items the law requires "
        "it to state in writing, and spot fixed overtime hidden in its pay. Exits 0 when "
        "nothing required is missing, 3 when something is, 1 when the file cannot be read.",
    )
    letter.add_argument("file", metavar="FILE", help="the letter's file, or - for standard input")
    letter.add_argument("--json", action="store_true", help="print the result as JSON")


def _conflict(commands: Any, common: argparse.ArgumentParser) -> None:
    conflict = commands.add_parser(
        "conflict",
        parents=[common],
        help="compare the two versions of a conflicted offer, and keep one",
        description="NAME is the offer's id, or the conflicting copy's file name when the "
        "offer has several (both as `offertui list` prints them). The version not kept "
        "goes to trash/.",
    )
    conflict.add_argument("name", metavar="NAME", help="the offer's id or the copy's file name")
    conflict.add_argument(
        "--keep",
        type=int,
        choices=(1, 2),
        metavar="1|2",
        help="keep this version as the offer's file (the numbers the comparison shows)",
    )


# The subcommands, in the order `--help` lists them: name -> (module in this package,
# the function that declares its arguments).
_DECLARED: dict[str, tuple[str, Callable[[Any, argparse.ArgumentParser], None]]] = {
    "list": ("listing", _listing),
    "export": ("export", _export),
    "email": ("email", _email),
    "calendar": ("calendar", _calendar),
    "due": ("due", _due),
    "letter": ("letter", _letter),
    "conflict": ("conflict", _conflict),
}

#: Subcommand name -> the module in `offertui.cli` that runs it.
SUBCOMMANDS: dict[str, str] = {name: module for name, (module, _) in _DECLARED.items()}


def add_subcommands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Declare every subcommand's arguments on `commands` (argparse's subparsers)."""
    for _module, declare in _DECLARED.values():
        declare(commands, common)
