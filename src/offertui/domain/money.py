"""Yen amounts: reading what a person types and showing amounts back.

Offer letters and people write yen in many ways: ``9,000,000``, ``900万円``,
``¥9,000,000``, full-width ``９００万``. :func:`parse_yen` turns any of these into
a whole number of yen, and :func:`format_yen` / :func:`format_man` show amounts
in the two forms a candidate in Japan meets most often.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "MAX_YEN",
    "format_hours",
    "format_man",
    "format_number",
    "format_optional_yen",
    "format_yen",
    "letter_yen",
    "parse_optional_yen",
    "parse_yen",
]

#: Largest amount accepted (¥100 billion). Anything above is certainly a typo, and
#: the limit keeps later arithmetic and formatting sane.
MAX_YEN = 10**11

#: One 万 (man) is ten thousand yen.
MAN = 10_000

_HINT = "Enter an amount in yen, like 9,000,000 or 900万."

# After NFKC normalisation: an optional currency mark, a number with optional
# thousands separators and decimals, then an optional unit. The grouping check
# (commas every three digits) is done separately so "9,00,000" is rejected.
_AMOUNT_RE = re.compile(
    r"""
    ^(?:¥|jpy)?\s*
    (?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)
    \s*(?P<unit>万円|万|円|yen|jpy)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_GROUPED_RE = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+$|^[0-9]+$")
# Signs people use for negative amounts, after NFKC: minus, hyphen, U+2212, and the
# ▲ / △ marks used in Japanese accounts.
_NEGATIVE_MARKS = ("-", "\u2212", "▲", "△")


def parse_yen(text: str) -> int:
    """Read a yen amount typed by a person or copied from a letter.

    Accepts plain or comma-grouped yen (``9000000``, ``9,000,000``), an optional
    ``¥``/``JPY`` mark or ``円``/``yen`` unit, ``万`` amounts with up to four
    decimals (``1,050.5万`` is ¥10,505,000), full-width characters, and spaces
    around the whole. Raises :class:`ValueError` with a message suitable for
    showing next to the input field for anything else, including an empty string
    (the caller decides whether empty means "unknown").
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise ValueError(_HINT)
    if cleaned.startswith(_NEGATIVE_MARKS) or cleaned.lstrip("¥ ").startswith(_NEGATIVE_MARKS):
        raise ValueError("The amount can't be negative.")
    match = _AMOUNT_RE.match(cleaned)
    if match is None:
        raise ValueError(_HINT)
    number = match.group("number")
    unit = (match.group("unit") or "").lower()
    integer_part, _, fraction = number.partition(".")
    if not _GROUPED_RE.match(integer_part):
        raise ValueError("Put commas every three digits, like 9,000,000.")
    try:
        value = Decimal(integer_part.replace(",", "") + ("." + fraction if fraction else ""))
    except InvalidOperation:  # pragma: no cover - the regex already guarantees digits
        raise ValueError(_HINT) from None
    if unit.startswith("万"):
        value *= MAN
    if value != value.to_integral_value():
        # Fractions of a yen are never meant; "9.5" is almost surely a typo for 9.5万.
        raise ValueError("Use whole yen, or 万 for ten-thousands (like 1,050.5万).")
    amount = int(value)
    if amount > MAX_YEN:
        raise ValueError("That amount is too large; check the digits.")
    return amount


def letter_yen(digits: str, man: str | None) -> int:
    """An amount as a letter's regex found it: `digits` with or without commas, in 万
    when `man` (the unit's match) is there, in yen otherwise."""
    return int(digits.replace(",", "")) * (MAN if man else 1)


def format_yen(amount: int) -> str:
    """Show an exact amount the way letters do: ``¥9,000,000`` (``-¥1,000`` if negative)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,}"


def format_man(amount: int) -> str:
    """Show an amount in the short 万円 form used when talking about pay: ``900万円``.

    The result is rounded half-up to one decimal of 万 (the nearest ¥1,000), so
    ``10,505,000`` is ``1,050.5万円`` and ``9,123,456`` is ``912.3万円``. Use
    :func:`format_yen` where the exact figure matters.
    """
    sign = "-" if amount < 0 else ""
    man = (Decimal(abs(amount)) / MAN).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    whole = int(man)
    tenths = int((man - whole) * 10)
    text = f"{whole:,}" if tenths == 0 else f"{whole:,}.{tenths}"
    return f"{sign}{text}万円"


def parse_optional_yen(text: str) -> int | None:
    """Yen as :func:`parse_yen` reads them, where an empty field means "not known"."""
    return parse_yen(text) if text.strip() else None


def format_optional_yen(amount: int | None) -> str:
    """:func:`format_yen`, or an empty string for an unknown amount (a field's text)."""
    return "" if amount is None else format_yen(amount)


def format_number(value: float) -> str:
    """A count of hours, months or days as a person writes it: ``45``, ``37.5``, ``2.25``."""
    return f"{value:g}"


def format_hours(hours: float) -> str:
    """Hours as shown next to figures: ``45 h``, ``7.5 h``."""
    return f"{format_number(hours)} h"
