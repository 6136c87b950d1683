"""What a pay model adds up to, and the checks on it, for any screen that shows pay."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

from offertui.domain.money import format_hours as _hours
from offertui.domain.money import format_man, format_yen
from offertui.domain.pay import PayModel, PayResult
from offertui.domain.pay_checks import PayFinding, Severity
from offertui.widgets.accordion import AccordionList

LABEL_WIDTH = 16

# How each severity is shown: a word a candidate understands, and its style.
SEVERITY_LOOK: dict[Severity, tuple[str, str]] = {
    "high": ("Red flag", "bold $text-error"),
    "medium": ("Ask", "bold $text-warning"),
    "low": ("Ask", "$text-warning"),
    "info": ("Note", "$text-muted"),
}


def _amount(amount: int) -> str:
    if amount < 10_000:
        return format_yen(amount)
    return f"{format_yen(amount)} · {format_man(amount)}"


def _row(label: str, value: str, note: str = "") -> Content:
    parts: list[Content | tuple[str, str] | str] = [
        (label.ljust(LABEL_WIDTH), "$text-muted"),
        (value, "bold"),
    ]
    if note:
        parts.append((f" {note}", "$text-muted"))
    return Content.assemble(*parts)


def result_lines(model: PayModel, result: PayResult) -> list[Content]:
    """The computed figures, one labelled line each; what is unknown says what to enter."""
    lines: list[Content] = []
    if result.annual_guaranteed is None or result.annual_expected is None:
        base = "annual salary (年俸)" if model.basis == "annual" else "monthly base pay (月給)"
        lines.append(Content.styled(f"Enter the {base} to see the totals.", "$text-muted"))
    else:
        lines.append(Content.styled("A year, without commute", "$text-muted"))
        lines.append(_row("  guaranteed", _amount(result.annual_guaranteed)))
        if result.annual_expected != result.annual_guaranteed:
            lines.append(_row("  expected", _amount(result.annual_expected)))
        lines.append(_row("A month", format_yen(result.monthly_guaranteed or 0), "guaranteed"))
    if result.monthly_base is not None:
        note = "at most: OT amount?" if result.base_estimated else "no fixed OT"
        lines.append(_row("Base a month", format_yen(result.monthly_base), note))
    if result.payment_per_part is not None and model.annual_parts != 12:
        lines.append(
            _row("Each payment", format_yen(result.payment_per_part), f"× {model.annual_parts}")
        )
    if result.hourly_base is not None:
        lines.append(
            _row(
                "Hourly base",
                format_yen(round(result.hourly_base)),
                f"÷ {_hours(round(result.scheduled_hours, 1))}",
            )
        )
        # How the scheduled hours were arrived at, so an assumed 160 h can be corrected.
        lines.append(Content.styled(f"  = {result.scheduled_hours_basis}", "$text-muted"))
        if model.housing_allowance:
            # Whether the 住宅手当 is in the base decides the legal minimum below.
            housing = "with flat housing" if model.housing_allowance_flat else "housing left out"
            lines.append(Content.styled(f"  {housing}", "$text-muted"))
    if model.has_fixed_overtime:
        hours = model.fixed_overtime_hours
        amount = model.fixed_overtime_amount
        lines.append(
            _row(
                "Fixed overtime",
                format_yen(amount) if amount is not None else "amount ?",
                f"for {_hours(hours)}" if hours else "for ? h",
            )
        )
        if result.minimum_fixed_overtime_pay is not None:
            lines.append(
                _row("  legal minimum", format_yen(result.minimum_fixed_overtime_pay), "+25%")
            )
        if result.fixed_overtime_premium is not None:
            lines.append(_row("  premium paid", f"{result.fixed_overtime_premium:+.0%}"))
    if result.monthly_allowances:
        lines.append(_row("Allowances", format_yen(result.monthly_allowances), "a month"))
    if result.monthly_commute:
        lines.append(_row("Commute", format_yen(result.monthly_commute), "a month, apart"))
    if result.annual_bonus is not None:
        note = "guaranteed" if model.bonus_guaranteed else "not promised"
        lines.append(_row("Bonus a year", format_yen(result.annual_bonus), note))
    return lines


class PayResults(Static):
    """The figures a `PayModel` adds up to: annual totals, monthly base, hourly rate."""

    def show(self, model: PayModel, result: PayResult) -> None:
        self.update(Content("\n").join(result_lines(model, result)))


def finding_prompt(finding: PayFinding, asked: bool) -> Content:
    word, style = SEVERITY_LOOK[finding.severity]
    parts: list[Content | tuple[str, str] | str] = [(f"{word}: ", style), finding.title]
    if asked:
        parts.append((" ✓ in questions", "$text-success"))
    return Content.assemble(*parts)


def finding_detail(finding: PayFinding, asked: bool) -> Content:
    """A finding with why it matters and what to ask, for when it is selected."""
    action = "Already in your questions." if asked else "enter: add it to your questions"
    return Content("\n").join(
        [
            finding_prompt(finding, asked),
            Content.assemble(("Why: ", "bold"), finding.why),
            Content.assemble(("Ask: ", "bold"), finding.ask),
            Content.assemble(("Then: ", "bold"), finding.follow_up),
            Content.styled(action, "$text-muted"),
        ]
    )


class FindingList(AccordionList):
    """The pay checks, most serious first; the selected one shows why and what to ask."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.findings: list[PayFinding] = []
        self.asked: set[str] = set()

    def prompt_at(self, index: int, expanded: bool) -> Content:
        finding = self.findings[index]
        asked = finding.key in self.asked
        return finding_detail(finding, asked) if expanded else finding_prompt(finding, asked)

    def show(self, findings: Iterable[PayFinding], asked: set[str]) -> None:
        """List `findings`; those whose key is in `asked` are marked as already asked."""
        previous = self.selected_finding
        self.findings = list(findings)
        self.asked = set(asked)
        self.reset_accordion()
        self.clear_options()
        self.add_options(Option(finding_prompt(f, f.key in asked), id=f.key) for f in self.findings)
        if self.findings:
            keys = [f.key for f in self.findings]
            self.highlighted = keys.index(previous.key) if previous and previous.key in keys else 0

    @property
    def selected_finding(self) -> PayFinding | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.findings):
            return None
        return self.findings[index]
