"""Recording the company's answer to a negotiation: one round of revised terms, typed
anew or corrected."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static
from textual.widgets.input import Selection

from offertui.domain.money import format_yen
from offertui.domain.offer import Offer, Revision
from offertui.domain.revisions import (
    RevisionError,
    first_terms,
    parse_revision,
    revision_line,
)
from offertui.domain.terminal_text import visible
from offertui.screens.form_dialog import FormDialog
from offertui.widgets.visible import SHOWN_SAFE

# The fields in the order Tab and enter go through them: (id, label, placeholder).
FIELDS = (
    ("date", "Date", "YYYY-MM-DD: when the company answered"),
    ("pay", "Annual pay", "e.g. 9,500,000 or 950万; empty if unchanged"),
    ("terms", "Changed terms", "e.g. start in April, signing bonus ¥300,000"),
    ("note", "Your note", "e.g. said this is their final offer"),
)


def rounds_text(offer: Offer) -> str:
    """The first offer and every round recorded so far, a line each."""
    first = first_terms(offer).annual_pay
    lines = [f"First offer: {format_yen(first) if first is not None else 'pay not recorded'}"]
    lines += [f"Round {n}: {revision_line(r)}" for n, r in enumerate(offer.revisions, 1)]
    return "\n".join(lines)


def recent_rounds_text(offer: Offer) -> str:
    """As `rounds_text`, but the first offer and the latest round only: with every round
    listed, a long negotiation pushed the dialog's buttons off an 80x24 screen."""
    lines = rounds_text(offer).splitlines()
    if len(lines) <= 2:
        return "\n".join(lines)
    return f"{lines[0]}\n{lines[-1]}"


def _value(revision: Revision, field_id: str) -> str:
    """What the field `field_id` of the form holds for a round already recorded."""
    if field_id == "date":
        return revision.date.isoformat() if revision.date else ""
    if field_id == "pay":
        return f"{revision.annual_pay:,}" if revision.annual_pay is not None else ""
    return revision.terms if field_id == "terms" else revision.note


class RevisionDialog(FormDialog[Revision]):
    """The date, annual pay, changed terms and a note of the company's answer; what is
    wrong is said under the fields and nothing typed is lost.

    With `editing`, the round of that index (from 0) is shown to be corrected; `select`
    then names a field ("terms", "note") and the span of its text to select in it."""

    OK_ID = "record"

    def __init__(
        self,
        offer: Offer,
        today: date,
        editing: int | None = None,
        select: tuple[str, int, int] | None = None,
    ) -> None:
        super().__init__()
        self._offer = offer
        self._today = today
        self._editing = editing
        self._select = select

    def compose(self) -> ComposeResult:
        editing = self._editing
        if editing is None:
            title = f"Revised offer, round {len(self._offer.revisions) + 1}"
            record = "Record (enter)"
        else:
            title = f"Correct round {editing + 1}"
            record = "Save (enter)"
        with Vertical(classes="dialog", id="revision-dialog"):
            yield Label(
                f"{title}: {visible(self._offer.title, keep='')}",
                classes="dialog--title",
                markup=False,
            )
            yield Static(recent_rounds_text(self._offer), classes="dialog--body", markup=False)
            for field_id, label, placeholder in FIELDS:
                with Horizontal(classes="revision--row"):
                    yield Label(label, classes="revision--label")
                    if editing is not None:
                        value = _value(self._offer.revisions[editing], field_id)
                    else:
                        value = self._today.isoformat() if field_id == "date" else ""
                    yield Input(
                        value,
                        placeholder=placeholder,
                        highlighter=SHOWN_SAFE,
                        id=f"revision-{field_id}",
                        compact=True,
                        select_on_focus=False,
                    )
            yield Static("", id="revision-error", classes="dialog--error", markup=False)
            yield Label(
                "Enter: next field, then Record · Tab moves · esc cancels",
                classes="dialog--hint",
            )
            with Horizontal(classes="dialog--buttons"):
                yield Button(record, variant="primary", id="record")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        if self._select is not None:
            # A search match: its field focused, the match selected in it.
            field_id, start, end = self._select
            field = self._field(field_id)
            field.focus()
            field.selection = Selection(start, end)
            return
        # The date is usually today: the pay is what is typed first.
        self.query_one("#revision-pay", Input).focus()

    def _field(self, field_id: str) -> Input:
        return self.query_one(f"#revision-{field_id}", Input)

    @on(Input.Changed)
    def _changed(self) -> None:
        self.query_one("#revision-error", Static).update("")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # As in NewOfferDialog: the field's own message comes after every key typed.
        ids = [f"revision-{field_id}" for field_id, _label, _placeholder in FIELDS]
        index = ids.index(event.input.id or "")
        if index + 1 < len(ids):
            self.set_focus(self.query_one(f"#{ids[index + 1]}", Input))
        else:
            self.submit()

    def submit(self) -> None:
        values = {field_id: self._field(field_id).value for field_id, _l, _p in FIELDS}
        try:
            revision = parse_revision(
                values["date"], values["pay"], values["terms"], values["note"]
            )
        except RevisionError as error:
            self.query_one("#revision-error", Static).update(str(error))
            self.set_focus(self._field(error.field))
            return
        self.dismiss(revision)
