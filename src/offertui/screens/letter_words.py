"""What the Letter screen says: its text while no letter is in, and the names of the pay
fields it copies into Pay."""

from __future__ import annotations

from collections.abc import Iterable

EMPTY = (
    "Paste the offer letter or 労働条件通知書 into the box (or load it from a PDF, a .docx "
    "or a text file: {key:load_letter}). offertui then marks which of the "
    "items the law requires in writing it states (✓), which are missing (✗), which it "
    "mentions in words the check cannot confirm (?) and which do not apply (–)."
)


# How each pay field the letter fills is named in the notice that says so.
CARRIED = {
    "monthly_base": "monthly salary",
    "annual_salary": "annual salary",
    "includes_fixed_overtime": "note that it includes fixed overtime",
    "fixed_overtime_hours": "fixed-overtime hours",
    "fixed_overtime_amount": "fixed-overtime amount",
    "commute_allowance": "commute allowance",
    "housing_allowance": "housing allowance",
    "housing_allowance_flat": "note that housing is flat",
    "family_allowance": "family allowance",
    "other_allowance": "other allowances",
    "daily_hours": "hours a day",
    "annual_days_off": "days off a year",
    "prefecture": "prefecture",
}


def carried_names(fields: Iterable[str]) -> str:
    """The pay fields copied from the letter (`fields`), named for the notice."""
    return ", ".join(CARRIED.get(name, name) for name in fields)
