"""Prep's fourth part: what feels off about the offer, one doubt a line, each of which
can become a must-ask question."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Static

from offertui.domain.offer import clean_text
from offertui.domain.prep import doubt_has_question, insert_question, question_from_doubt
from offertui.domain.question_bank import topic_label
from offertui.widgets.doubt_list import DoubtList
from offertui.widgets.offer_part import OfferPart

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

DOUBTS_HINT = (
    'Push past "something feels off" to the cause, one line each: not "the role feels '
    'vague" but "nobody said who I would report to". {key} on a line turns it into a '
    "must-ask question (✓); ? marks the ones still without one."
)


class DoubtsPart(OfferPart):
    """The list of doubts and the line to write a new one, or edit the selected one."""

    def __init__(self, offer: Offer, *, read_only: bool = False, id: str | None = None) -> None:
        super().__init__(offer, read_only=read_only, id=id)
        # The doubt being edited in the entry line; None when it writes a new one.
        self._editing: int | None = None

    def compose(self) -> ComposeResult:
        key = self.app.how_to("add_question")
        with Vertical(id="doubts-pane"):
            yield Static(DOUBTS_HINT.format(key=key), classes="hint", id="doubts-hint")
            yield DoubtList(id="doubt-list")
            with Horizontal(id="doubt-entry"):
                yield Label("New doubt", id="doubt-entry-label", classes="field--label")
                yield Input(
                    placeholder="What feels off, and why? Enter adds it.",
                    compact=True,
                    select_on_focus=False,
                    id="doubt-input",
                )
            yield Label("", id="doubt-error", classes="dialog--error")

    def on_mount(self) -> None:
        self.show_offer(self.offer)

    @property
    def doubt_list(self) -> DoubtList:
        return self.query_one(DoubtList)

    @property
    def entry(self) -> Input:
        return self.query_one("#doubt-input", Input)

    def show_offer(self, offer: Offer, select: int | None = None) -> None:
        super().show_offer(offer)
        self.doubt_list.show_offer(offer, select)

    def first_focus(self) -> Widget:
        return self.doubt_list if self.offer.doubts else self.entry

    @property
    def selected(self) -> int | None:
        """The index of the highlighted doubt, if there is one."""
        index = self.doubt_list.highlighted
        return index if index is not None and index < len(self.offer.doubts) else None

    def _set_mode(self, editing: int | None) -> None:
        self._editing = editing
        label = "Edit doubt" if editing is not None else "New doubt"
        self.query_one("#doubt-entry-label", Label).update(label)
        self.query_one("#doubt-error", Label).update("")

    def start_new(self) -> None:
        self._set_mode(None)
        self.entry.value = ""
        self.entry.focus()

    def start_edit(self) -> None:
        index = self.selected
        if index is None:
            self.notify("No doubt selected. Write one in the field below.")
            return
        self._set_mode(index)
        self.entry.value = self.offer.doubts[index]
        self.entry.focus()

    def remove_doubt(self, doubt: str) -> None:
        if doubt not in self.offer.doubts:
            return

        def change(offer: Offer) -> Offer:
            doubts = list(offer.doubts)
            if doubt in doubts:
                doubts.remove(doubt)
            return replace(offer, doubts=tuple(doubts))

        self.edit(change)
        self.show_offer(self.offer)
        self._set_mode(None)
        self.doubt_list.focus()

    def to_question(self) -> None:
        """Make the selected doubt a must-ask question."""
        index = self.selected
        if index is None:
            self.notify("No doubt selected. Write one first, then make it a question.")
            return
        if not self.editable():
            return
        doubt = self.offer.doubts[index]
        if doubt_has_question(self.offer, doubt):
            self.notify("This doubt already has its question in Questions.")
            return
        question = question_from_doubt(doubt)
        self.edit(
            lambda offer: replace(offer, questions=insert_question(offer.questions, question))
        )
        self.show_offer(self.offer, index)
        self.notify(
            f"Added to Questions under {topic_label(question.topic)}, marked must-ask. "
            "Reword it there if you like."
        )

    @on(OptionList.OptionSelected, "#doubt-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.start_edit()

    @on(Input.Submitted, "#doubt-input")
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        if not self.editable():
            return
        text = clean_text(event.value.strip())
        if not text:
            self.query_one("#doubt-error", Label).update(
                "Write what feels off first, in a few words."
            )
            return
        doubts = list(self.offer.doubts)
        editing = self._editing
        if editing is not None and editing < len(doubts):
            doubts[editing] = text
            index = editing
        else:
            doubts.append(text)
            index = len(doubts) - 1
        self.edit(lambda offer: replace(offer, doubts=tuple(doubts)))
        self.show_offer(self.offer, index)
        self._set_mode(None)
        event.input.value = ""

    @on(Input.Changed, "#doubt-input")
    def _typing(self, event: Input.Changed) -> None:
        event.stop()
        self.query_one("#doubt-error", Label).update("")
