"""The dialogs of the Prep screen: a question of one's own, and a built-in one back."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from offertui.commands import bindings
from offertui.domain.offer import Question
from offertui.domain.prep import valid_question_text
from offertui.domain.question_bank import DefaultQuestion, topic_label
from offertui.domain.questions import own_question
from offertui.screens.form_dialog import FormDialog
from offertui.screens.form_footer import ADD_HINT, form_footer
from offertui.widgets.choice import Choice


class QuestionDialog(FormDialog[Question]):
    """A new question of the user's own: topic, wording and the closed follow-up."""

    OK_ID = "add"

    def __init__(self, topic: str, topics: Iterable[tuple[str, str]]) -> None:
        super().__init__()
        self._topic = topic
        self._topics = list(topics)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("New question", classes="dialog--title")
            yield Label("Question (open-ended: how, what, could you tell me…)")
            yield Input(
                placeholder="e.g. How is on-call work arranged in the team?",
                id="text",
                select_on_focus=False,
            )
            yield Label("", id="text-error", classes="dialog--error")
            yield Label("Follow-up, if the answer stays vague (optional)")
            yield Input(placeholder="So to confirm, …?", id="follow-up", select_on_focus=False)
            yield Label("Topic")
            # Compact, so that the hint and the buttons still fit at 80x24.
            yield Choice(
                self._topics, value=self._topic, allow_blank=False, id="topic", compact=True
            )
            yield from form_footer(ADD_HINT, "Add", "add")

    @on(Input.Changed, "#text")
    def _clear_error(self) -> None:
        self.query_one("#text-error", Label).update("")

    @on(Input.Submitted, "#text")
    def _text_done(self) -> None:
        if self._check_text() is not None:
            self.query_one("#follow-up", Input).focus()

    @on(Input.Submitted, "#follow-up")
    def _follow_up_done(self) -> None:
        self.submit()

    def _check_text(self) -> str | None:
        """The question as typed, or None after saying at the field why it can't be used."""
        try:
            return valid_question_text(self.query_one("#text", Input).value)
        except ValueError as problem:
            self.query_one("#text-error", Label).update(str(problem))
            self.query_one("#text", Input).focus()
            return None

    def submit(self) -> None:
        text = self._check_text()
        if text is None:
            return
        topic = self.query_one("#topic", Select).value
        self.dismiss(
            own_question(
                text,
                topic if isinstance(topic, str) else "other",
                self.query_one("#follow-up", Input).value.strip(),
            )
        )


class RestoreDialog(ModalScreen[str | None]):
    """Pick one of the built-in questions the user deleted, to put it back."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("dialog"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog",)

    def __init__(self, missing: Iterable[DefaultQuestion]) -> None:
        super().__init__()
        self._missing = list(missing)

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        topic = ""
        for default in self._missing:
            if default.topic != topic:
                topic = default.topic
                options.append(
                    Option(Content.styled(topic_label(topic), "bold"), id=f"topic:{topic}")
                )
                options[-1].disabled = True
            options.append(Option(default.text, id=default.key))
        with Vertical(classes="dialog restore-dialog"):
            yield Label("Restore a built-in question", classes="dialog--title")
            yield Static(
                "These came with offertui and were deleted from this offer. Enter puts the "
                "selected one back at the end of its topic.",
                classes="dialog--body",
            )
            yield OptionList(*options, id="restore-list")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        options = self.query_one("#restore-list", OptionList)
        options.focus()
        options.highlighted = next(
            (i for i, o in enumerate(options.options) if not o.disabled), None
        )

    @on(OptionList.OptionSelected, "#restore-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_back(self) -> None:
        self.dismiss(None)
