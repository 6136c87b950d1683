"""The commands of Pay and of the Letter: their checks become questions."""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command, keyless

# fmt: off
PAY_LETTER: Final[tuple[Command, ...]] = (
    keyless(
        "add_finding", "Add pay finding as question",
        "Put the selected pay check in your questions for the meeting (enter does the same)",
        "Pay",
    ),
    keyless(
        "add_item", "Add missing item as question",
        "Put the selected missing letter item in your questions (enter does the same)",
        "Letter",
    ),
    keyless(
        "add_all", "Add all missing items as questions",
        "One question for each item the letter should state but does not", "Letter",
    ),
    Command(
        "load_letter", "Load letter from file",
        "Read the letter from a PDF, a .docx or a text file", "Letter", ("letter",),
        action="load",
    ),
    keyless(
        "to_pay", "Copy letter's pay into Pay",
        "Salary, fixed overtime, allowances, hours and prefecture, into Pay's empty fields",
        "Letter",
    ),
)
# fmt: on
