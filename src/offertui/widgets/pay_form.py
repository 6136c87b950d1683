"""The pay model as a form: one field per piece of pay, each checked as it is typed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Label, Select, Static

from offertui.domain.money import format_number, format_optional_yen, parse_optional_yen
from offertui.domain.pay import PayModel
from offertui.widgets.field import Field

# Hours in the longest month: anything above is a typo.
_MAX_MONTH_HOURS = 31 * 24
_MAX_BONUS_MONTHS = 24.0
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)$")
_HOUR_UNITS = ("hours", "hour", "hrs", "hr", "h", "時間")
_MONTH_UNITS = ("months", "month", "mo", "か月", "ヶ月", "カ月", "ヵ月", "箇月", "月分")


def _number(text: str, units: tuple[str, ...], hint: str) -> float | None:
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    if not cleaned:
        return None
    if cleaned.startswith(("-", "\u2212")):
        raise ValueError("It can't be negative.")
    for unit in units:
        if cleaned.endswith(unit):
            cleaned = cleaned.removesuffix(unit).strip()
            break
    match = _NUMBER.match(cleaned)
    if match is None:
        raise ValueError(hint)
    return float(match.group(1))


def parse_optional_hours(text: str) -> float | None:
    """Hours per month, like 45, 37.5 or 45時間; empty means "not known"."""
    hours = _number(text, _HOUR_UNITS, "Enter hours per month, like 45 or 37.5.")
    if hours is not None and hours > _MAX_MONTH_HOURS:
        raise ValueError(f"A month has at most {_MAX_MONTH_HOURS} hours.")
    return hours


def parse_scheduled_hours(text: str) -> float | None:
    """Scheduled (所定) hours per month; empty means "work it out from the letter"."""
    hours = parse_optional_hours(text)
    if hours is None:
        return None
    if hours <= 0:
        raise ValueError("Scheduled hours must be more than zero.")
    return hours


def parse_bonus_months(text: str) -> float | None:
    """Bonus per year in months of base pay, like 2, 4.5 or 2か月; empty: not known."""
    months = _number(text, _MONTH_UNITS, "Enter months of base pay, like 2 or 4.5.")
    if months is not None and months > _MAX_BONUS_MONTHS:
        raise ValueError(f"More than {_MAX_BONUS_MONTHS:g} months is surely a typo.")
    return months


_yen = format_optional_yen


def _hours(value: float | None) -> str:
    return "" if value is None else format_number(value)


def parse_daily_hours(text: str) -> float | None:
    """Scheduled hours of a working day, like 7.5 or 8時間; empty means "not known"."""
    hours = _number(text, _HOUR_UNITS, "Enter hours a day, like 7.5 or 8.")
    if hours is not None and not 0 < hours <= 24:
        raise ValueError("A working day has more than 0 and at most 24 hours.")
    return hours


def parse_days_off(text: str) -> int | None:
    """Days off a year (年間休日), like 120 or 125日; empty means "not known"."""
    days = _number(text, ("days", "day", "日"), "Enter the days off a year, like 120.")
    if days is None:
        return None
    if days != int(days) or not 0 <= days < 365:
        raise ValueError("Days off a year are a whole number from 0 to 364.")
    return int(days)


def parse_prefecture(text: str) -> str:
    """A prefecture as 東京都, 東京 or Tokyo; empty means "not known"."""
    from offertui.domain.minimum_wage import find_prefecture

    if not text.strip():
        return ""
    found = find_prefecture(text)
    if found is None:
        raise ValueError("Enter a prefecture, like 東京都, 大阪 or Kanagawa.")
    return found.name


# Field id -> the PayModel attribute it edits.
_FIELDS = {
    "monthly_base": "monthly_base",
    "annual_salary": "annual_salary",
    "bonus_months": "bonus_months",
    "fixed_overtime_hours": "fixed_overtime_hours",
    "fixed_overtime_amount": "fixed_overtime_amount",
    "commute_allowance": "commute_allowance",
    "housing_allowance": "housing_allowance",
    "family_allowance": "family_allowance",
    "other_allowance": "other_allowance",
    "daily_hours": "daily_hours",
    "annual_days_off": "annual_days_off",
    "prefecture": "prefecture",
    "scheduled_hours_per_month": "scheduled_hours_per_month",
}

BASIS_OPTIONS = [("Monthly 月給", "monthly"), ("Annual 年俸", "annual")]
INCLUDES_OPTIONS = [("Without fixed OT", False), ("Includes fixed OT", True)]
PARTS_OPTIONS = [("12 payments", 12), ("14 payments", 14), ("16 payments", 16)]
BONUS_OPTIONS = [
    ("Not stated", "unstated"),
    ("Guaranteed in writing", "guaranteed"),
    ("Performance-based", "performance"),
]


def bonus_kind(model: PayModel) -> str:
    """Which of BONUS_OPTIONS describes the model's bonus."""
    if model.bonus_guaranteed:
        return "guaranteed"
    if model.bonus_performance_only:
        return "performance"
    return "unstated"


class PayForm(VerticalScroll):
    """Inputs for every part of a `PayModel`; posts `PayForm.Changed` with each valid edit.

    Amounts take 9,000,000, 900万 or 9000000 alike; a field left empty is "not known".
    What cannot be read is explained under the field and leaves the model as it was.
    """

    # The fields are the tab stops; the form scrolls to whichever has focus.
    can_focus = False

    @dataclass
    class Changed(Message):
        form: PayForm
        model: PayModel

        @property
        def control(self) -> PayForm:
            return self.form

    @dataclass
    class AnnualPayChanged(Message):
        """The annual pay the letter states: the offer's one annual figure, not the model's."""

        form: PayForm
        annual_pay: int | None

        @property
        def control(self) -> PayForm:
            return self.form

    def __init__(
        self, model: PayModel, annual_pay: int | None = None, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.model = model
        self.annual_pay = annual_pay

    def compose(self) -> ComposeResult:
        m = self.model
        yield Static(
            "Enter the pay as the letter writes it: yen as 9,000,000, 900万 or 9000000; "
            "empty = not known.",
            classes="hint",
        )
        yield Label("Salary as written", classes="section-title")
        with Horizontal(classes="row"):
            yield Label("Basis", classes="field--label")
            yield Select(BASIS_OPTIONS, value=m.basis, allow_blank=False, compact=True, id="basis")
        yield Field(
            "Per month",
            _yen(m.monthly_base),
            parse_optional_yen,
            placeholder="e.g. 280,000",
            id="monthly_base",
        )
        yield Field(
            "Per year",
            _yen(m.annual_salary),
            parse_optional_yen,
            placeholder="e.g. 720万",
            id="annual_salary",
        )
        with Horizontal(classes="row", id="annual_parts_row"):
            yield Label("Paid in", classes="field--label")
            yield Select(
                PARTS_OPTIONS, value=m.annual_parts, allow_blank=False, compact=True, id="parts"
            )
        with Horizontal(classes="row"):
            yield Label("That figure is", classes="field--label")
            yield Select(
                INCLUDES_OPTIONS,
                value=m.includes_fixed_overtime,
                allow_blank=False,
                compact=True,
                id="includes_fixed_overtime",
            )
        yield Label("Fixed overtime 固定残業代, a month", classes="section-title")
        yield Field(
            "Hours covered",
            _hours(m.fixed_overtime_hours),
            parse_optional_hours,
            placeholder="e.g. 30",
            id="fixed_overtime_hours",
        )
        yield Field(
            "Amount",
            _yen(m.fixed_overtime_amount),
            parse_optional_yen,
            placeholder="e.g. 50,000 or 5万",
            id="fixed_overtime_amount",
        )
        yield Label("Allowances 手当, a month", classes="section-title")
        yield Field(
            "Commute",
            _yen(m.commute_allowance),
            parse_optional_yen,
            placeholder="e.g. 15,000",
            id="commute_allowance",
        )
        yield Field(
            "Housing",
            _yen(m.housing_allowance),
            parse_optional_yen,
            placeholder="e.g. 20,000",
            id="housing_allowance",
        )
        yield Field(
            "Family",
            _yen(m.family_allowance),
            parse_optional_yen,
            placeholder="家族手当 e.g. 10,000",
            id="family_allowance",
        )
        yield Field(
            "Other",
            _yen(m.other_allowance),
            parse_optional_yen,
            placeholder="職務手当 e.g. 10,000",
            id="other_allowance",
        )
        yield Label("Bonus 賞与", classes="section-title")
        yield Field(
            "Months a year",
            _hours(m.bonus_months),
            parse_bonus_months,
            placeholder="e.g. 2 or 4.5",
            id="bonus_months",
        )
        with Horizontal(classes="row"):
            yield Label("The bonus is", classes="field--label")
            yield Select(
                BONUS_OPTIONS, value=bonus_kind(m), allow_blank=False, compact=True, id="bonus_kind"
            )
        yield Label("Hours and place, from the letter", classes="section-title")
        yield Field(
            "Hours a day",
            _hours(m.daily_hours),
            parse_daily_hours,
            placeholder="所定 e.g. 7.5",
            id="daily_hours",
        )
        yield Field(
            "Days off a year",
            "" if m.annual_days_off is None else str(m.annual_days_off),
            parse_days_off,
            placeholder="年間休日 e.g. 120",
            id="annual_days_off",
        )
        yield Field(
            "Prefecture",
            m.prefecture,
            parse_prefecture,
            placeholder="of the workplace",
            id="prefecture",
        )
        yield Field(
            "Scheduled hours",
            _hours(m.scheduled_hours_per_month),
            parse_scheduled_hours,
            placeholder="a month, if stated",
            id="scheduled_hours_per_month",
        )
        yield Field(
            "Stated total",
            _yen(self.annual_pay),
            parse_optional_yen,
            placeholder="想定年収, a year (as on Overview)",
            id="stated_annual_total",
        )

    def on_mount(self) -> None:
        self._show_basis()

    def _show_basis(self) -> None:
        annual = self.model.basis == "annual"
        self.query_one("#monthly_base").display = not annual
        self.query_one("#annual_salary").display = annual
        self.query_one("#annual_parts_row").display = annual

    def _change(self, **changes: Any) -> None:
        try:
            model = replace(self.model, **changes)
        except ValueError as problem:  # the parsers should have caught it; never crash
            self.notify(str(problem), severity="error")
            return
        if model != self.model:
            self.model = model
            self.post_message(self.Changed(self, model))

    @on(Field.Changed)
    def _field_changed(self, event: Field.Changed) -> None:
        event.stop()
        if event.field.id == "stated_annual_total":
            if event.value != self.annual_pay:
                self.annual_pay = event.value
                self.post_message(self.AnnualPayChanged(self, event.value))
            return
        attribute = _FIELDS.get(event.field.id or "")
        if attribute is not None:
            self._change(**{attribute: event.value})

    @on(Select.Changed, "#basis")
    def _basis_changed(self, event: Select.Changed) -> None:
        event.stop()
        if event.value in ("monthly", "annual"):
            self._change(basis=event.value)
            self._show_basis()

    @on(Select.Changed, "#includes_fixed_overtime")
    def _includes_changed(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, bool):
            self._change(includes_fixed_overtime=event.value)

    @on(Select.Changed, "#parts")
    def _parts_changed(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, int):
            self._change(annual_parts=event.value)

    @on(Select.Changed, "#bonus_kind")
    def _bonus_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._change(
            bonus_guaranteed=event.value == "guaranteed",
            bonus_performance_only=event.value == "performance",
        )
