"""Overview: the offer's basic facts: who, what, when, and where things stand."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll

from offertui.domain.parse import (
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    parse_email,
)
from offertui.domain.stages import STAGE_LABELS, STAGES
from offertui.screens.offer_screen import OfferScreen
from offertui.widgets.form import (
    AreaRow,
    ChoiceRow,
    FlagRow,
    Form,
    FormRow,
    Heading,
    TextRow,
    form_paths,
    optional_yen,
    plain_text,
    required,
    yen_text,
)

FORM: tuple[FormRow, ...] = (
    Heading("The offer"),
    TextRow("company", "Company", required("Company")),
    TextRow("position", "Position", required("Position")),
    ChoiceRow("stage", "Stage", [(STAGE_LABELS[s], s) for s in STAGES]),
    TextRow(
        "annual_pay",
        "Annual pay (yen)",
        optional_yen,
        yen_text,
        placeholder="e.g. 9,000,000 or 900万",
    ),
    TextRow("reply_deadline", "Reply deadline", parse_date, format_date, placeholder="YYYY-MM-DD"),
    Heading("Offer letter"),
    FlagRow("letter.received", "Written offer letter (or 労働条件通知書) received"),
    TextRow("letter.date", "Letter date", parse_date, format_date, placeholder="YYYY-MM-DD"),
    Heading("Contact"),
    TextRow("contact.name", "Name", plain_text, placeholder="as written, e.g. 田中 花子"),
    TextRow(
        "contact.name_en",
        "Name in Latin",
        plain_text,
        placeholder="for English emails, e.g. Hana Tanaka",
    ),
    TextRow("contact.role", "Role", plain_text, placeholder="e.g. HR, recruiter"),
    TextRow("contact.email", "Email", parse_email, placeholder="name@example.com"),
    Heading("Offer meeting"),
    TextRow(
        "meeting.scheduled",
        "Date and time",
        parse_datetime,
        format_datetime,
        placeholder="YYYY-MM-DD HH:MM",
    ),
    ChoiceRow(
        "meeting.format",
        "Format",
        [("Online", "online"), ("In person", "in-person")],
        prompt="Not known yet",
    ),
    TextRow(
        "meeting.link",
        "Video link",
        plain_text,
        placeholder="https://… (Zoom, Meet, Teams); {key:copy_link} copies it",
    ),
    AreaRow("meeting.place", "Place", placeholder="Address, floor, who to ask for at reception"),
    ChoiceRow(
        "meeting.language",
        "Language",
        [("English", "en"), ("日本語 (Japanese)", "ja")],
        # An offer saved before the field existed says nothing: its meeting is in English.
        read=lambda offer: offer.meeting.language or "en",
    ),
    Heading("Visa"),
    ChoiceRow(
        "visa_support",
        "Visa support",
        [("Needed from the company", True), ("Not needed", False)],
        prompt="Not known yet",
        blank=None,
    ),
)


class OverviewScreen(OfferScreen):
    """Company, position, stage, contact, letter, deadline, and the meeting's time and place."""

    NAME = "overview"
    FIELDS = form_paths(FORM)

    def compose_body(self) -> ComposeResult:
        # No Tab stop of its own: its fields are, and the focus scrolls them into view;
        # the focus on the scroll itself would be on nothing to see.
        with VerticalScroll(id="overview", can_focus=False):
            yield Form(FORM, self.offer)

    def on_mount(self) -> None:
        # set_focus, not focus(): focused before the screen counts as open, so keys
        # typed while it opened land here (see OfferTUI.on_event).
        self.set_focus(self.query_one("#company Input"))

    @on(Form.Changed)
    def _changed(self, event: Form.Changed) -> None:
        if event.row.path == "meeting.language":
            if event.value == (self.offer.meeting.language or "en"):
                return  # as shown: an older file's unset language stays unset
            # Prep and the Meeting now show the questions in the language just set.
            self.session.question_lang = None
        self.update(event.apply(self.offer))
