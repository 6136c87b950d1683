"""The offer's questions as a list: grouped by topic, or only the must-ask ones in asking order."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from offertui.commands import bindings
from offertui.domain.offer import Offer, Question
from offertui.domain.prep import effective_must_ask, grouped, is_derived_must_ask
from offertui.domain.question_bank import topic_label
from offertui.domain.terminal_text import visible
from offertui.domain.wording import wording

OWN_MARK = "★"
DERIVED_MARK = "◇"
_HEADING = "topic:"


def question_prompt(offer: Offer, question: Question, lang: str = "en") -> Content:
    """One line for a question: its must-ask mark, its status if not open, and its text
    in `lang` (marked when it has none in that language). The status comes before the
    text: a row too long for the list is cut at its end, and at 80 columns most are."""
    if question.must_ask:
        mark = Content.styled(f"{OWN_MARK} ", "bold $text-warning")
    elif is_derived_must_ask(offer, question):
        mark = Content.styled(f"{DERIVED_MARK} ", "$text-accent")
    else:
        mark = Content("  ")
    words = wording(question, lang)
    parts = [mark]
    if question.status != "open":
        parts.append(Content.styled(f"({question.status}) ", "bold $text-muted"))
    if words.lang != lang:
        parts.append(Content.styled(f"[{words.lang}] ", "$text-warning"))
    parts.append(Content(visible(words.text, keep="")))
    return Content.assemble(*parts)


class QuestionList(OptionList):
    """The questions of one offer. Topic headings are disabled options; a question's
    option id is the question's id. Its keys ask for the highlighted question to move
    or go; whoever shows the list does it."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("question_list"))

    @dataclass
    class MoveAsked(Message):
        """Move the highlighted question: -1 earlier, 1 later."""

        step: int

    @dataclass
    class DeleteAsked(Message):
        """Delete the highlighted question (the screen asks first)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.must_ask_only = False
        #: The language the questions are shown in.
        self.lang = "en"

    def action_move_question(self, step: int) -> None:
        self.post_message(self.MoveAsked(step))

    def action_delete(self) -> None:
        self.post_message(self.DeleteAsked())

    @property
    def selected_id(self) -> str | None:
        """The id of the highlighted question, if a question (not a heading) is highlighted."""
        option = self.highlighted_option
        if option is None or option.id is None or option.id.startswith(_HEADING):
            return None
        return option.id

    def show_offer(self, offer: Offer, select: str | None = None) -> None:
        """Fill the list from `offer`, keeping (or moving to) the question `select`."""
        keep = select or self.selected_id
        old_index = self.highlighted
        options: list[Option] = []
        if self.must_ask_only:
            for q in offer.questions:
                if effective_must_ask(offer, q):
                    options.append(Option(question_prompt(offer, q, self.lang), id=q.id))
        else:
            for topic, questions in grouped(offer.questions):
                heading = Content.assemble(
                    (topic_label(topic), "bold"), (f"  {len(questions)}", "dim")
                )
                options.append(Option(heading, id=f"{_HEADING}{topic}", disabled=True))
                options.extend(
                    Option(question_prompt(offer, q, self.lang), id=q.id) for q in questions
                )
        self.set_options(options)
        self._highlight(keep, old_index)

    def _highlight(self, question_id: str | None, fallback: int | None) -> None:
        index: int | None = None
        if question_id is not None:
            try:
                index = self.get_option_index(question_id)
            except OptionDoesNotExist:  # the question is not shown in this view
                index = None
        if index is None:
            enabled = [i for i, o in enumerate(self.options) if not o.disabled]
            if not enabled:
                self.highlighted = None
                return
            target = fallback if fallback is not None else 0
            index = next((i for i in enabled if i >= target), enabled[-1])
        self.highlighted = index

    def select_question(self, question_id: str) -> None:
        self._highlight(question_id, self.highlighted)

    def refresh_question(self, offer: Offer, question: Question) -> None:
        """Redraw one question after its wording or mark changed."""
        with contextlib.suppress(OptionDoesNotExist):  # not shown in this view
            self.replace_option_prompt(question.id, question_prompt(offer, question, self.lang))
