"""The pay model as a form: one row per piece of pay, each checked as it is typed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from offertui.domain.figures import (
    count_text,
    parse_bonus_months,
    parse_daily_hours,
    parse_days_off,
    parse_optional_hours,
    parse_scheduled_hours,
)
from offertui.domain.minimum_wage import find_prefecture
from offertui.domain.money import format_optional_yen, parse_optional_yen
from offertui.domain.pay import PayModel
from offertui.widgets.field import Field
from offertui.widgets.form import ChoiceRow, FlagRow, Form, FormRow, Heading, TextRow


def parse_prefecture(text: str) -> str:
    """A prefecture as 東京都, 東京 or Tokyo; empty means "not known"."""
    if not text.strip():
        return ""
    found = find_prefecture(text)
    if found is None:
        raise ValueError("Enter a prefecture, like 東京都, 大阪 or Kanagawa.")
    return found.name


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


def _yen(path: str, label: str, placeholder: str) -> TextRow:
    return TextRow(path, label, parse_optional_yen, format_optional_yen, placeholder=placeholder)


def _count(path: str, label: str, parse: Any, placeholder: str) -> TextRow:
    return TextRow(path, label, parse, count_text, placeholder=placeholder)


#: The rows of the form, in the order the letter usually gives them; each path is an
#: attribute of the `PayModel` (the bonus choice stands for two of them).
PAY_ROWS: tuple[FormRow, ...] = (
    Heading("Salary as written"),
    ChoiceRow("basis", "Basis", BASIS_OPTIONS),
    _yen("monthly_base", "Per month", "e.g. 280,000"),
    _yen("annual_salary", "Per year", "e.g. 720万"),
    ChoiceRow("annual_parts", "Paid in", PARTS_OPTIONS, id="parts"),
    ChoiceRow("includes_fixed_overtime", "That figure is", INCLUDES_OPTIONS),
    Heading("Fixed overtime 固定残業代, a month"),
    _count("fixed_overtime_hours", "Hours covered", parse_optional_hours, "e.g. 30"),
    _yen("fixed_overtime_amount", "Amount", "e.g. 50,000 or 5万"),
    Heading("Allowances 手当, a month"),
    _yen("commute_allowance", "Commute", "e.g. 15,000"),
    _yen("housing_allowance", "Housing", "e.g. 20,000"),
    FlagRow(
        "housing_allowance_flat",
        "Flat housing: counts in OT base",
        id="housing-flat",
    ),
    _yen("family_allowance", "Family", "家族手当 e.g. 1万"),
    _yen("other_allowance", "Other", "職務手当 e.g. 1万"),
    Heading("Bonus 賞与"),
    _count("bonus_months", "Months a year", parse_bonus_months, "e.g. 2 or 4.5"),
    ChoiceRow("bonus_kind", "The bonus is", BONUS_OPTIONS, read=bonus_kind),
    Heading("Hours and place, from the letter"),
    _count("daily_hours", "Hours a day", parse_daily_hours, "所定 e.g. 7.5"),
    _count("annual_days_off", "Days off a year", parse_days_off, "年間休日 e.g. 120"),
    TextRow("prefecture", "Prefecture", parse_prefecture, placeholder="of the workplace"),
    _count(
        "scheduled_hours_per_month",
        "Scheduled hours",
        parse_scheduled_hours,
        "a month, if stated",
    ),
)


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
        yield Static(
            "Enter the pay as the letter writes it: yen as 9,000,000, 900万 or 9000000; "
            "empty = not known.",
            classes="hint",
        )
        yield Form(PAY_ROWS, self.model)
        yield Field(
            "Stated total",
            format_optional_yen(self.annual_pay),
            parse_optional_yen,
            placeholder="想定年収, a year",
            id="stated_annual_total",
        )

    def on_mount(self) -> None:
        self._show_basis()

    def _show_basis(self) -> None:
        annual = self.model.basis == "annual"
        self.query_one("#monthly_base").display = not annual
        self.query_one("#annual_salary").display = annual
        self.query_one("#parts-row").display = annual

    def _change(self, **changes: Any) -> None:
        try:
            model = replace(self.model, **changes)
        except ValueError as problem:  # the parsers should have caught it; never crash
            self.notify(str(problem), severity="error")
            return
        if model != self.model:
            self.model = model
            self.post_message(self.Changed(self, model))

    @on(Form.Changed)
    def _row_changed(self, event: Form.Changed) -> None:
        event.stop()
        if event.row.path == "bonus_kind":
            self._change(
                bonus_guaranteed=event.value == "guaranteed",
                bonus_performance_only=event.value == "performance",
            )
            return
        self._change(**{event.row.path: event.value})
        if event.row.path == "basis":
            self._show_basis()

    @on(Field.Changed, "#stated_annual_total")
    def _annual_pay_changed(self, event: Field.Changed) -> None:
        event.stop()
        if event.value != self.annual_pay:
            self.annual_pay = event.value
            self.post_message(self.AnnualPayChanged(self, event.value))
