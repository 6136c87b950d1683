"""The offer's questions as a list: grouped by topic, or only the must-ask ones in asking order."""

from __future__ import annotations

import contextlib
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from offertui.domain.offer import Offer, Question
from offertui.domain.prep import effective_must_ask, grouped, is_derived_must_ask
from offertui.domain.question_bank import topic_label

OWN_MARK = "★"
DERIVED_MARK = "◇"
_HEADING = "topic:"


def question_prompt(offer: Offer, question: Question) -> Content:
    """One line for a question: its must-ask mark, its text, and its status if not open."""
    if question.must_ask:
        mark = Content.styled(f"{OWN_MARK} ", "bold $text-warning")
    elif is_derived_must_ask(offer, question):
        mark = Content.styled(f"{DERIVED_MARK} ", "$text-accent")
    else:
        mark = Content("  ")
    parts = [mark, Content(question.text)]
    if question.status != "open":
        parts.append(Content.styled(f"  ({question.status})", "dim"))
    return Content.assemble(*parts)


class QuestionList(OptionList):
    """The questions of one offer. Topic headings are disabled options; a question's
    option id is the question's id. The keys act on the highlighted question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a", "screen.add_question", "Add", tooltip="Add a question of your own", id="q.add"
        ),
        Binding(
            "m,space",
            "screen.toggle_must_ask",
            "Must-ask",
            tooltip="Mark the question as must-ask, or remove your mark",
            id="q.must_ask",
        ),
        Binding(
            "shift+up",
            "screen.move_question(-1)",
            "Up",
            key_display="⇧↑",
            tooltip="Move the question up (ask it earlier)",
            id="q.up",
        ),
        Binding(
            "shift+down",
            "screen.move_question(1)",
            "Down",
            key_display="⇧↓",
            tooltip="Move the question down (ask it later)",
            id="q.down",
        ),
        Binding(
            "e",
            "screen.edit_question",
            "Edit",
            show=False,
            tooltip="Edit the question's wording (enter does the same)",
            id="q.edit",
        ),
        Binding(
            "d,delete",
            "screen.delete_question",
            "Delete",
            tooltip="Delete the question (asks first)",
            id="q.delete",
        ),
        Binding(
            "r",
            "screen.restore_question",
            "Restore",
            show=False,
            tooltip="Bring back a built-in question you deleted",
            id="q.restore",
        ),
        Binding(
            "v",
            "screen.toggle_view",
            "View",
            show=False,
            tooltip="Switch between all questions by topic and the must-ask ones only",
            id="q.view",
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.must_ask_only = False

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
                    options.append(Option(question_prompt(offer, q), id=q.id))
        else:
            for topic, questions in grouped(offer.questions):
                heading = Content.assemble(
                    (topic_label(topic), "bold"), (f"  {len(questions)}", "dim")
                )
                options.append(Option(heading, id=f"{_HEADING}{topic}", disabled=True))
                options.extend(Option(question_prompt(offer, q), id=q.id) for q in questions)
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
            self.replace_option_prompt(question.id, question_prompt(offer, question))
