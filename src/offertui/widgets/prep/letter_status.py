"""Prep's first part: has the written offer come, in which language, and by when the
company wants an answer. Without a letter, the first step is to ask for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Select, Static

from offertui.commands import BY_ID
from offertui.domain.parse import format_date, parse_date
from offertui.widgets.form import ChoiceRow, FlagRow, Form, FormRow, TextRow, form_paths
from offertui.widgets.offer_part import OfferPart

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

NO_LETTER_ADVICE = (
    "[b]Start here: ask for the written offer.[/b] Reading the letter (or 労働条件通知書) "
    "before the meeting gives you time to check every fact and look up unfamiliar terms. "
    "Asking for it is normal and polite. Meanwhile, fill in the facts from the job "
    "description, your interview notes and the company's emails."
)
LETTER_ADVICE = (
    "[b]Read it line by line against the eight facts[/b] (next section, {key:next}). Anything "
    "it leaves out or words vaguely becomes a question for the meeting."
)
JAPANESE_LETTER_ADVICE = (
    " It is only in Japanese: mark every word you are unsure of and ask about it (the "
    "Glossary, {key:glossary}, explains the usual terms)."
)

# What the two rows under the tick box say while it is not ticked: Tab skips them then.
CLOSED = "tick the box above to fill this in"
DATE_PLACEHOLDER = "YYYY-MM-DD"
LANGUAGE_PROMPT = "Not set"

FORM: tuple[FormRow, ...] = (
    FlagRow(
        "letter.received",
        "I have the written offer (offer letter or 労働条件通知書)",
        id="letter-received",
    ),
    TextRow(
        "letter.date",
        "Received on",
        parse_date,
        format_date,
        placeholder=DATE_PLACEHOLDER,
        id="letter-date",
    ),
    ChoiceRow(
        "letter.language",
        "Written in",
        [("Japanese only", "ja"), ("English only", "en"), ("Japanese and English", "both")],
        prompt=LANGUAGE_PROMPT,
        id="letter-language",
    ),
    TextRow(
        "reply_deadline",
        "Reply deadline",
        parse_date,
        format_date,
        placeholder="YYYY-MM-DD, when they need your answer",
        id="reply-deadline",
    ),
)


class LetterStatus(OfferPart):
    """Whether the letter came, with advice for either case."""

    #: What the part holds in fields.
    FIELDS = form_paths(FORM)

    @dataclass
    class RequestLetter(Message):
        """The user asked to draft the email that requests the letter."""

    def compose(self) -> ComposeResult:
        # No Tab stop of its own: its fields are, and the focus scrolls them into view;
        # the focus on the scroll itself would be on nothing to see.
        with VerticalScroll(id="letter-pane", can_focus=False):
            with Vertical(id="letter-next"):
                yield Static(id="letter-advice")
                yield Button(
                    "Draft the request email",
                    id="request-letter",
                    variant="primary",
                    compact=True,
                )
            yield Form(FORM, self.offer)

    def on_mount(self) -> None:
        self.show_offer(self.offer)

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        letter = self.offer.letter
        if letter.received:
            text = LETTER_ADVICE
            key = self.app.key_words(BY_ID["letter"])
            text += (
                f" Paste it into the Letter screen ({key}) to see what it states and what it "
                "leaves out."
            )
            if letter.language == "ja":
                text += JAPANESE_LETTER_ADVICE
        else:
            text = NO_LETTER_ADVICE
        self.query_one("#letter-advice", Static).update(self.app.with_keys(text))
        self.query_one("#letter-next").set_class(not letter.received, "-missing")
        self.query_one("#request-letter").display = not letter.received
        # The whole row, so that its label is dimmed with its field; an empty field
        # says how to open it.
        closed = not letter.received
        self.query_one("#letter-date").disabled = closed
        self.query_one("#letter-language-row").disabled = closed
        self.query_one("#letter-date Input", Input).placeholder = (
            CLOSED if closed else DATE_PLACEHOLDER
        )
        self.query_one("#letter-language", Select).prompt = (
            CLOSED.capitalize() if closed else LANGUAGE_PROMPT
        )

    def first_focus(self) -> Widget:
        if self.offer.letter.received:
            return self.query_one("#letter-received")
        return self.query_one("#request-letter")

    @on(Form.Changed)
    def _changed(self, event: Form.Changed) -> None:
        event.stop()
        self.edit(event.apply)
        self.show_offer(self.offer)

    @on(Button.Pressed, "#request-letter")
    def _request(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.RequestLetter())
