"""Overview: the offer's basic facts: who, what, when, and where things stand."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, Label, Select

from offertui.domain.money import format_yen, parse_optional_yen
from offertui.domain.offer import STAGE_LABELS, STAGES
from offertui.domain.parse import (
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    parse_email,
)
from offertui.screens.workspace import WorkspaceScreen
from offertui.widgets.field import Field


def _required(what: str) -> Any:
    def parse(text: str) -> str:
        if not text.strip():
            raise ValueError(f"{what} is required.")
        return text.strip()

    return parse


def _text(text: str) -> str:
    return text.strip()


_optional_yen = parse_optional_yen


class OverviewScreen(WorkspaceScreen):
    """Company, position, stage, contact, letter, deadline and meeting time."""

    NAME = "overview"

    def compose_body(self) -> ComposeResult:
        offer = self.offer
        with VerticalScroll(id="overview"):
            yield Label("The offer", classes="section-title")
            yield Field("Company", offer.company, _required("Company"), id="company")
            yield Field("Position", offer.position, _required("Position"), id="position")
            with Horizontal(classes="row"):
                yield Label("Stage", classes="field--label")
                yield Select(
                    [(STAGE_LABELS[s], s) for s in STAGES],
                    value=offer.stage,
                    allow_blank=False,
                    compact=True,
                    id="stage",
                )
            yield Field(
                "Annual pay (yen)",
                format_yen(offer.annual_pay) if offer.annual_pay is not None else "",
                _optional_yen,
                placeholder="e.g. 9,000,000 or 900万",
                id="annual_pay",
            )
            yield Field(
                "Reply deadline",
                format_date(offer.reply_deadline),
                parse_date,
                placeholder="YYYY-MM-DD",
                id="reply_deadline",
            )
            yield Label("Offer letter", classes="section-title")
            yield Checkbox(
                "Written offer letter (or 労働条件通知書) received",
                offer.letter.received,
                id="letter_received",
                compact=True,
            )
            yield Field(
                "Letter date",
                format_date(offer.letter.date),
                parse_date,
                placeholder="YYYY-MM-DD",
                id="letter_date",
            )
            yield Label("Contact", classes="section-title")
            yield Field(
                "Name", offer.contact.name, _text, placeholder="e.g. Tanaka", id="contact_name"
            )
            yield Field(
                "Role",
                offer.contact.role,
                _text,
                placeholder="e.g. HR, recruiter",
                id="contact_role",
            )
            yield Field(
                "Email",
                offer.contact.email,
                parse_email,
                placeholder="name@example.com",
                id="contact_email",
            )
            yield Label("Offer meeting", classes="section-title")
            yield Field(
                "Date and time",
                format_datetime(offer.meeting.scheduled),
                parse_datetime,
                placeholder="YYYY-MM-DD HH:MM",
                id="meeting_scheduled",
            )
            with Horizontal(classes="row"):
                yield Label("Format", classes="field--label")
                yield Select(
                    [("Online", "online"), ("In person", "in-person")],
                    value=offer.meeting.format or Select.NULL,
                    prompt="Not known yet",
                    compact=True,
                    id="meeting_format",
                )

    def on_mount(self) -> None:
        # set_focus, not focus(): focused before the screen counts as open, so keys
        # typed while it opened land here (see OfferTUI.on_event).
        self.set_focus(self.query_one("#company Input"))

    @on(Field.Changed)
    def _field_changed(self, event: Field.Changed) -> None:
        offer = self.offer
        value = event.value
        match event.field.id:
            case "company":
                offer = replace(offer, company=value)
            case "position":
                offer = replace(offer, position=value)
            case "annual_pay":
                offer = replace(offer, annual_pay=value)
            case "reply_deadline":
                offer = replace(offer, reply_deadline=value)
            case "letter_date":
                offer = replace(offer, letter=replace(offer.letter, date=value))
            case "contact_name":
                offer = replace(offer, contact=replace(offer.contact, name=value))
            case "contact_role":
                offer = replace(offer, contact=replace(offer.contact, role=value))
            case "contact_email":
                offer = replace(offer, contact=replace(offer.contact, email=value))
            case "meeting_scheduled":
                offer = replace(offer, meeting=replace(offer.meeting, scheduled=value))
        self.update(offer)

    @on(Checkbox.Changed, "#letter_received")
    def _letter_changed(self, event: Checkbox.Changed) -> None:
        self.update(replace(self.offer, letter=replace(self.offer.letter, received=event.value)))

    @on(Select.Changed, "#stage")
    def _stage_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.update(replace(self.offer, stage=event.value))

    @on(Select.Changed, "#meeting_format")
    def _format_changed(self, event: Select.Changed) -> None:
        value = event.value if isinstance(event.value, str) else ""
        self.update(replace(self.offer, meeting=replace(self.offer.meeting, format=value)))
