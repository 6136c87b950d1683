"""Offers side by side: one row per thing worth comparing, the best value in each marked.

The rules for "best" are deliberately plain: more pay is better, more time left before
the reply deadline is better, fewer open questions and fewer red flags are better.
Rows of text (company, contract type, remote policy, …) have no best: only the reader
can weigh those. A row marks nothing when fewer than two offers have a value, or when
all of them are equal; ties for the best are all marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, Literal

from offertui.domain.business_days import describe_deadline
from offertui.domain.money import format_number, format_yen
from offertui.domain.offer import STAGE_LABELS, Offer
from offertui.domain.pay import compute
from offertui.domain.prep import effective_must_ask
from offertui.domain.red_flags import MustAsk, red_flags
from offertui.domain.revisions import latest_terms, pay_with_first

__all__ = ["UNKNOWN", "Better", "Cell", "Comparison", "Row", "best_indices", "compare"]

Better = Literal["higher", "lower"]

#: What a cell shows when the offer does not say.
UNKNOWN: Final = "—"

# Stages in which the reply is given, so the deadline no longer counts.
_SETTLED: Final = ("accepted", "declined", "withdrawn")


@dataclass(frozen=True)
class Cell:
    """One offer's value in a row, as text, and whether it is the best of the row."""

    text: str
    best: bool = False


@dataclass(frozen=True)
class Row:
    """One thing compared across the offers; ``better`` is None for rows of text."""

    key: str
    label: str
    cells: tuple[Cell, ...]
    better: Better | None = None


@dataclass(frozen=True)
class Comparison:
    """The offers compared: a heading per offer and the rows."""

    ids: tuple[str, ...]
    headings: tuple[str, ...]
    rows: tuple[Row, ...]

    def row(self, key: str) -> Row:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)


def best_indices(values: Sequence[float | None], better: Better) -> frozenset[int]:
    """The positions holding the best of `values` (None is unknown and never best).

    Empty when fewer than two values are known or all known values are equal: a mark
    is only worth showing when there is something to choose between.
    """
    known = [(index, value) for index, value in enumerate(values) if value is not None]
    if len(known) < 2 or len({value for _i, value in known}) == 1:
        return frozenset()
    pick = max if better == "higher" else min
    top = pick(value for _i, value in known)
    return frozenset(index for index, value in known if value == top)


def _text_row(key: str, label: str, texts: Sequence[str]) -> Row:
    return Row(key, label, tuple(Cell(text or UNKNOWN) for text in texts))


def _number_row(
    key: str, label: str, entries: Sequence[tuple[float | None, str]], better: Better
) -> Row:
    best = best_indices([value for value, _text in entries], better)
    cells = tuple(Cell(text or UNKNOWN, index in best) for index, (_v, text) in enumerate(entries))
    return Row(key, label, cells, better)


def _fact_text(offer: Offer, key: str) -> str:
    fact = offer.fact(key)
    if not fact.known:
        return ""
    value = " ".join(fact.value.split())
    return value if fact.confirmed else f"{value} (unconfirmed)"


def _annual(offer: Offer) -> tuple[float | None, str]:
    # The latest terms weigh, with the first offer beside them once revised.
    latest = latest_terms(offer).annual_pay
    if latest is not None:
        return latest, pay_with_first(offer)
    expected = compute(offer.pay).annual_expected
    if expected is None:
        return None, ""
    return expected, f"{format_yen(expected)} (from pay model)"


def _base(offer: Offer) -> tuple[float | None, str]:
    monthly = compute(offer.pay).monthly_base
    if monthly is None:
        return None, ""
    return monthly, f"{format_yen(monthly)} a month"


def _bonus(offer: Offer) -> tuple[float | None, str]:
    pay = offer.pay
    bonus = compute(pay).annual_bonus
    if bonus is None or pay.bonus_months is None:
        return None, ""
    months = f"{format_number(pay.bonus_months)} month" + ("" if pay.bonus_months == 1 else "s")
    kind = "guaranteed" if pay.bonus_guaranteed else "not guaranteed"
    return bonus, f"{format_yen(bonus)} ({months}, {kind})"


def _revised(offer: Offer) -> str:
    terms = latest_terms(offer)
    if not terms.revised:
        return ""
    rounds = f"{terms.round} round" + ("" if terms.round == 1 else "s")
    when = f", {terms.date.isoformat()}" if terms.date else ""
    changes = "; ".join(" ".join(change.split()) for change in terms.changes)
    return f"{changes} ({rounds}{when})" if changes else f"pay only ({rounds}{when})"


def _deadline(offer: Offer, today: date) -> tuple[float | None, str]:
    deadline = offer.reply_deadline
    if deadline is None:
        return None, ""
    if offer.stage in _SETTLED:
        return None, f"{deadline.isoformat()} (answered)"
    return (deadline - today).days, f"{deadline.isoformat()}, {describe_deadline(today, deadline)}"


def _flags(offer: Offer, today: date, now: datetime | None, must_ask: MustAsk) -> tuple[int, str]:
    flags = red_flags(offer, today, now, must_ask)
    high = sum(1 for flag in flags if flag.severity == "high")
    text = str(len(flags)) + (f" ({high} high)" if high else "")
    return len(flags), text


def compare(
    offers: Sequence[Offer],
    today: date,
    now: datetime | None = None,
    must_ask: MustAsk = effective_must_ask,
) -> Comparison:
    """The offers side by side, in the order given.

    Pay is compared on the latest terms; a "Revised terms" row appears when any of the
    offers was revised in negotiation.
    """
    revised = (
        (_text_row("revised", "Revised terms", [_revised(o) for o in offers]),)
        if any(o.revisions for o in offers)
        else ()
    )
    rows = (
        _text_row("company", "Company", [o.company for o in offers]),
        _text_row("position", "Position", [o.position for o in offers]),
        _text_row("stage", "Stage", [STAGE_LABELS.get(o.stage, o.stage) for o in offers]),
        _number_row("annual", "Annual pay", [_annual(o) for o in offers], "higher"),
        _number_row("base", "Base pay", [_base(o) for o in offers], "higher"),
        _number_row("bonus", "Bonus", [_bonus(o) for o in offers], "higher"),
        *revised,
        _text_row("contract", "Contract", [_fact_text(o, "contract") for o in offers]),
        _text_row("probation", "Probation", [_fact_text(o, "probation") for o in offers]),
        _text_row("remote", "Remote work", [_fact_text(o, "remote") for o in offers]),
        _text_row("start", "Start date", [_fact_text(o, "start") for o in offers]),
        _number_row("deadline", "Reply by", [_deadline(o, today) for o in offers], "higher"),
        _number_row(
            "questions",
            "Open questions",
            [(o.open_questions, str(o.open_questions)) for o in offers],
            "lower",
        ),
        _number_row(
            "flags", "Red flags", [_flags(o, today, now, must_ask) for o in offers], "lower"
        ),
    )
    return Comparison(
        ids=tuple(o.id for o in offers),
        headings=tuple(o.company for o in offers),
        rows=rows,
    )
