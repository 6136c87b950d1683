"""Prep's third part: the question bank, by topic or only the must-ask ones, with the
selected question's wording, follow-up, topic and mark open for editing below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Checkbox, Label, OptionList, Select, Static

from offertui.domain.offer import Question, clean_text
from offertui.domain.prep import (
    effective_must_ask,
    insert_question,
    move_question,
    must_ask_reason,
    remove_question,
    replace_question,
    restore_default,
    valid_question_text,
)
from offertui.domain.question_bank import TOPICS, topic_label
from offertui.domain.wording import other_lang, with_words, words_in
from offertui.widgets.choice import Choice
from offertui.widgets.offer_part import OfferPart
from offertui.widgets.question_list import DERIVED_MARK, OWN_MARK, QuestionList
from offertui.widgets.text_field import TextField

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

# The language the switch key shows, in the few cells the legend has left.
_SHORT = {"en": "EN", "ja": "日本語"}


def _text(text: str) -> str:
    return clean_text(text.strip())


def topic_options(offer: Offer) -> list[tuple[str, str]]:
    """The topics a question can be filed under: the bank's, then any others the offer's
    questions use (a hand-edited file may have its own)."""
    options = [(t.label, t.key) for t in TOPICS]
    known = {key for _label, key in options}
    for q in offer.questions:
        if q.topic not in known:
            known.add(q.topic)
            options.append((q.topic, q.topic))
    return options


class QuestionsPart(OfferPart):
    """The question list and the editor of the selected question, in one language at a
    time (`lang`): the editor writes the selected question's words in that language."""

    #: The language the questions are shown and edited in; the screen sets it.
    lang = "en"

    def compose(self) -> ComposeResult:
        with Vertical(id="questions-pane"):
            yield QuestionList(id="question-list")
            yield Static(id="question-why")
            with Vertical(id="question-editor"):
                with Horizontal(id="question-meta"):
                    yield Label("Topic", classes="field--label")
                    yield Choice(
                        topic_options(self.offer),
                        allow_blank=False,
                        compact=True,
                        id="question-topic",
                    )
                    yield Checkbox("Must-ask (your mark)", compact=True, id="question-must")
                yield TextField("Question", "", self._parse_text, id="question-text")
                yield TextField(
                    "So to confirm",
                    "",
                    self._parse_follow_up,
                    placeholder="A closed follow-up for a vague answer: So to confirm, …?",
                    id="question-follow-up",
                )

    def on_mount(self) -> None:
        self.question_list.lang = self.lang
        self.show_offer(self.offer)

    @property
    def question_list(self) -> QuestionList:
        return self.query_one(QuestionList)

    def first_focus(self) -> QuestionList:
        return self.question_list

    @property
    def selected(self) -> Question | None:
        qid = self.question_list.selected_id
        return next((q for q in self.offer.questions if q.id == qid), None)

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        self.question_list.show_offer(offer)
        self._load_editor()

    def show_lang(self, lang: str) -> None:
        """Show and edit the questions in `lang` ("en" or "ja")."""
        self.lang = lang
        self.question_list.lang = lang
        self.question_list.show_offer(self.offer)
        self._load_editor()

    def _parse_text(self, text: str) -> str:
        """The question's words in the shown language; empty only where the other
        language still holds the question."""
        question = self.selected
        other = other_lang(self.lang)
        if question is not None and not text.strip() and words_in(question, other)[0]:
            return ""
        return valid_question_text(text)

    # --- edits ---------------------------------------------------------------------

    def set_questions(self, questions: tuple[Question, ...], select: str | None = None) -> None:
        """Make `questions` the offer's, with `select` (or the same one) selected."""
        self.edit(lambda offer: replace(offer, questions=questions))
        self.question_list.show_offer(self.offer, select)
        self._load_editor()

    def _change_question(self, question_id: str, change: Callable[[Question], Question]) -> None:
        """Edit one question where it is now in the offer, leaving the rest as they are."""

        def edit(offer: Offer) -> Offer:
            found = next((q for q in offer.questions if q.id == question_id), None)
            if found is None:
                return offer
            return replace(offer, questions=replace_question(offer.questions, change(found)))

        self.edit(edit)

    def add(self, question: Question, after: str | None) -> None:
        self.set_questions(insert_question(self.offer.questions, question, after), question.id)
        self.question_list.focus()

    def remove_question(self, question_id: str) -> None:
        self.set_questions(remove_question(self.offer.questions, question_id))
        self.question_list.focus()

    def restore(self, key: str) -> None:
        self.set_questions(restore_default(self.offer.questions, key), key)
        self.question_list.focus()

    def toggle_must_ask(self) -> None:
        question = self.selected
        if question is not None and self.editable():
            self._set_must_ask(question, not question.must_ask)

    def _set_must_ask(self, question: Question, value: bool) -> None:
        self._change_question(question.id, lambda q: replace(q, must_ask=value))
        question = replace(question, must_ask=value)
        if self.question_list.must_ask_only:
            self.question_list.show_offer(self.offer)
            self._load_editor()
        else:
            self.question_list.refresh_question(self.offer, question)
            must = self.query_one("#question-must", Checkbox)
            with must.prevent(Checkbox.Changed):
                must.value = value
            self._show_why(question)

    def move(self, step: int) -> None:
        """Ask the selected question earlier (-1) or later (1), within its topic or in
        the must-ask order."""
        question = self.selected
        if question is None or not self.editable():
            return
        offer = self.offer
        must_ask_only = self.question_list.must_ask_only
        if must_ask_only:
            moved = move_question(
                offer.questions, question.id, step, lambda q: effective_must_ask(offer, q)
            )
            where = "must-ask list"
        else:
            moved = move_question(
                offer.questions, question.id, step, lambda q: q.topic == question.topic
            )
            where = f"{topic_label(question.topic)} questions"
        if moved is offer.questions:
            edge = "first" if step < 0 else "last"
            hint = "" if must_ask_only else " Switch the view to order the must-ask ones."
            self.notify(f"Already {edge} of the {where}.{hint}")
            return
        self.set_questions(moved, question.id)

    def toggle_view(self) -> None:
        questions = self.question_list
        questions.must_ask_only = not questions.must_ask_only
        questions.show_offer(self.offer)
        self._load_editor()
        questions.focus()

    def edit_selected(self) -> None:
        """Put the cursor at the end of the selected question's wording."""
        if self.selected is None:
            self.notify("Select a question first (up and down keys).")
            return
        area = self.query_one("#question-text", TextField).area
        area.focus()
        area.move_cursor(area.document.end)

    # --- showing the selected question ---------------------------------------------

    def _load_editor(self) -> None:
        question = self.selected
        editor = self.query_one("#question-editor")
        editor.disabled = question is None or self.read_only
        text_field = self.query_one("#question-text", TextField)
        follow_field = self.query_one("#question-follow-up", TextField)
        self._show_why(question)
        self._show_labels()
        if question is None:
            text_field.show("")
            follow_field.show("")
            return
        text, follow_up = words_in(question, self.lang)
        text_field.show(text)
        follow_field.show(follow_up)
        other_text, other_follow_up = words_in(question, other_lang(self.lang))
        # The other language's words show through an empty field, to translate from.
        text_field.area.placeholder = other_text
        follow_field.area.placeholder = other_follow_up or self._follow_hint()
        topic = self.query_one("#question-topic", Select)
        with topic.prevent(Select.Changed):
            topic.value = question.topic
        must = self.query_one("#question-must", Checkbox)
        with must.prevent(Checkbox.Changed):
            must.value = question.must_ask

    def _parse_follow_up(self, text: str) -> str:
        """The follow-up as typed; refused (with why) where it has no question to follow."""
        follow_up = _text(text)
        question = self.selected
        if question is not None and follow_up:
            with_words(question, self.lang, follow_up=follow_up)  # ValueError: says why
        return follow_up

    def _show_labels(self) -> None:
        ja = self.lang == "ja"
        labels = (
            ("#question-text", "質問 (日本語)", "Question"),
            ("#question-follow-up", "確認 (日本語)", "So to confirm"),
        )
        for selector, label_ja, label_en in labels:
            field = self.query_one(selector, TextField)
            field.query_one(".field--label", Label).update(label_ja if ja else label_en)

    def _follow_hint(self) -> str:
        if self.lang == "ja":
            return "曖昧な答えへの確認：〜という理解でよろしいでしょうか。"
        return "A closed follow-up for a vague answer: So to confirm, …?"

    def _show_why(self, question: Question | None) -> None:
        """Why the selected question is must-ask, and what the marks and the view mean."""
        legend = Content.assemble(
            (f"{OWN_MARK} your must-ask  ", "$text-warning"),
            (f"{DERIVED_MARK} until its fact is confirmed  ", "$text-accent"),
            (
                "· must-ask only" if self.question_list.must_ask_only else "· all, by topic",
                "$foreground-muted",
            ),
            (f"  {self._switch_key()} {_SHORT[other_lang(self.lang)]}", "$foreground-muted"),
        )
        if question is None:
            add = self.app.how_to("add_question")
            restore = self.app.how_to("restore_question")
            line = Content.styled(
                f"No question selected. {add} adds one, or restore a built-in one ({restore}).",
                "$foreground-muted",
            )
        elif effective_must_ask(self.offer, question):
            reason = must_ask_reason(self.offer, question)
            line = Content.assemble(("Must-ask: ", "bold"), reason)
        else:
            line = Content.styled(
                "Not must-ask. Tick “Must-ask (your mark)” below to mark it.", "$foreground-muted"
            )
        self.query_one("#question-why", Static).update(Content.assemble(line, "\n", legend))

    # --- events --------------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#question-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._load_editor()

    @on(OptionList.OptionSelected, "#question-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.edit_selected()

    @on(QuestionList.MoveAsked)
    def _move_asked(self, event: QuestionList.MoveAsked) -> None:
        event.stop()
        self.move(event.step)

    def _switch_key(self) -> str:
        return self.app.how_to("question_lang")

    @on(TextField.Changed, "#question-text")
    def _text_changed(self, event: TextField.Changed) -> None:
        event.stop()
        question = self.selected
        if question is not None and event.value != words_in(question, self.lang)[0]:
            text, lang = clean_text(event.value), self.lang
            self._change_question(question.id, lambda q: with_words(q, lang, text=text))
            self.question_list.refresh_question(self.offer, with_words(question, lang, text=text))

    @on(TextField.Changed, "#question-follow-up")
    def _follow_up_changed(self, event: TextField.Changed) -> None:
        event.stop()
        question = self.selected
        if question is None or event.value == words_in(question, self.lang)[1]:
            return
        follow_up, lang = event.value, self.lang
        self._change_question(question.id, lambda q: with_words(q, lang, follow_up=follow_up))

    @on(TextField.Submitted)
    def _field_done(self, event: TextField.Submitted) -> None:
        event.stop()
        self.question_list.focus()

    @on(Select.Changed, "#question-topic")
    def _topic_changed(self, event: Select.Changed) -> None:
        event.stop()
        question = self.selected
        if question is None or not isinstance(event.value, str) or event.value == question.topic:
            return
        moved = replace(question, topic=event.value)
        # A new topic puts the question at the end of that topic's group.
        questions = insert_question(remove_question(self.offer.questions, question.id), moved)
        self.set_questions(questions, moved.id)

    @on(Checkbox.Changed, "#question-must")
    def _must_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        question = self.selected
        if question is not None and question.must_ask != event.value:
            self._set_must_ask(question, event.value)
