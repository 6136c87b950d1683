"""Pay: the offer's pay as the letter states it, what it adds up to, and what to ask."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Label, OptionList, Static

from offertui.commands import bindings
from offertui.domain.offer import Offer, Question
from offertui.domain.pay import compute
from offertui.domain.pay_checks import PayFinding, check
from offertui.domain.pay_rules import DISCLAIMER
from offertui.domain.questions import pay_keys_asked, pay_question_id, question_for_pay_finding
from offertui.domain.revisions import terms_summary
from offertui.resources import stylesheet
from offertui.screens.offer_screen import OfferScreen
from offertui.widgets.pay_form import PayForm
from offertui.widgets.pay_results import FindingList, PayResults

if TYPE_CHECKING:
    from offertui.session import OfferSession

# The glossary entry that explains a finding, by the start of its key.
_FINDING_TERMS = (
    ("fixed_overtime", "固定残業代"),
    ("bonus", "賞与"),
    ("annual_salary", "年俸制"),
)

NO_FINDINGS = (
    "Nothing to ask yet. Enter what the letter says: fixed overtime, the bonus and a "
    "stated annual total are what the checks look at."
)


def finding_question_id(finding: PayFinding) -> str:
    return pay_question_id(finding.key)


def question_for(finding: PayFinding) -> Question:
    """The question a pay finding becomes in the question bank."""
    return question_for_pay_finding(finding)


class PayScreen(OfferScreen):
    """Base pay, fixed overtime, allowances and bonus; totals, hourly rate and red flags."""

    NAME = "pay"
    CSS_PATH = stylesheet("pay")
    # Textual types this as a plain (not ClassVar) list, so it is assigned as Textual does.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    HELP = (
        "Enter the pay as the offer letter states it. Base pay never includes fixed "
        "overtime (固定残業代 / みなし残業): if the letter says 月給 35万円 including 7万円 "
        "for 45 hours, enter 280,000 as base, 45 hours and 70,000. The right side adds it "
        "up and lists what to ask ({key:next} goes there); select a finding and press enter to "
        "add it to your "
        f"questions. {DISCLAIMER}"
    )
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("pay"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("offer", "pay")
    FIELDS = ("pay", "annual_pay")

    def __init__(self, session: OfferSession, **options: Any) -> None:
        super().__init__(session)

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="pay-main"):
            yield PayForm(self.offer.pay, self.offer.annual_pay, id="pay-form")
            with Vertical(id="pay-side"):
                yield Static("", id="pay-terms", markup=False)
                yield Label("What it adds up to", classes="section-title")
                yield PayResults(id="pay-results")
                yield Label("What to ask", classes="section-title", id="pay-findings-title")
                yield FindingList(id="pay-findings")
                yield Static(NO_FINDINGS, id="pay-no-findings")
        yield Static(DISCLAIMER, classes="disclaimer")

    def on_mount(self) -> None:
        self._refresh()
        self.show_terms(self.offer)
        self.set_focus(self._first_field())  # at once: see OverviewScreen.on_mount

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        self._refresh()

    def _first_field(self) -> Widget:
        field = "#annual_salary" if self.offer.pay.basis == "annual" else "#monthly_base"
        return self.query_one(f"{field} Input")

    # --- showing --------------------------------------------------------------------

    @property
    def findings(self) -> FindingList:
        return self.query_one(FindingList)

    def _asked(self) -> set[str]:
        """Keys of the findings already in the question bank."""
        return pay_keys_asked(self.offer.questions)

    def _refresh(self) -> None:
        pay = self.offer.pay
        self.query_one(PayResults).show(pay, compute(pay))
        found = check(pay, self.app.now().date(), self.offer.annual_pay)
        self.findings.show(found, self._asked())
        self.findings.display = bool(found)
        self.query_one("#pay-no-findings").display = not found

    def show_terms(self, offer: Offer) -> None:
        """Above the totals, once the company has revised its offer: the latest terms,
        the first beside them (the form holds the letter's, the first offer's)."""
        terms = self.query_one("#pay-terms", Static)
        summary = terms_summary(offer)
        terms.update(f"{summary}. The form below is the letter's first offer." if summary else "")
        terms.display = bool(summary)

    @on(PayForm.Changed)
    def _pay_changed(self, event: PayForm.Changed) -> None:
        self.update(replace(self.offer, pay=event.model))
        self._refresh()

    @on(PayForm.AnnualPayChanged)
    def _annual_pay_changed(self, event: PayForm.AnnualPayChanged) -> None:
        self.update(replace(self.offer, annual_pay=event.annual_pay))
        self._refresh()

    @on(OptionList.OptionSelected, "#pay-findings")
    def _selected(self) -> None:
        self.action_add_finding()

    # --- actions --------------------------------------------------------------------

    def action_add_finding(self) -> None:
        """Put the selected finding's question in the question bank, once."""
        finding = self.findings.selected_finding
        if finding is None:
            self.notify("No finding to add: the checks have found nothing to ask yet.")
            return
        if self.session.read_only:
            self.notify("This offer is read-only here.", severity="warning")
            return
        if any(q.id == finding_question_id(finding) for q in self.offer.questions):
            self.notify("That one is already in your questions.")
            return
        question = question_for(finding)
        self.update(replace(self.offer, questions=(*self.offer.questions, question)))
        self._refresh()
        self.notify(f"Added to your questions: {question.text}", title="Question added")

    def action_next(self) -> None:
        findings = self.findings
        # At once, as on the Letter: keys queued behind ctrl+n belong to the new place.
        if findings.has_focus or not findings.display:
            self.set_focus(self._first_field())
        else:
            self.set_focus(findings)

    def action_glossary(self) -> None:
        finding = self.findings.selected_finding
        term = None
        if finding is not None:
            term = next((t for prefix, t in _FINDING_TERMS if finding.key.startswith(prefix)), None)
        self.app.action_glossary(term)
