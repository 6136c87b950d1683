"""Meeting: the screen that stays open during the offer meeting, for about an hour.

Everything typed here goes into the offer at once and reaches the disk through the
app's autosave; the keys that matter during the meeting work while typing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from offertui.commands import bindings
from offertui.domain import meeting as m
from offertui.domain.offer import Attendee, Offer, Question
from offertui.domain.prep import effective_must_ask
from offertui.domain.questions import own_question
from offertui.domain.terminal_text import visible
from offertui.domain.wording import LANG_NAMES, other_lang, wording
from offertui.resources import stylesheet
from offertui.screens.dialogs import MessageDialog
from offertui.screens.meeting_dialogs import ending_dialog, leaving_dialog, question_dialog
from offertui.screens.offer_screen import OfferScreen
from offertui.screens.prompts import AttendeeDialog
from offertui.screens.typing_guard import to_end_of_text
from offertui.widgets.enter_moves_on import ChooseOnEnter
from offertui.widgets.long_text import QuietTextArea
from offertui.widgets.meeting_parts import (
    MeetingClock,
    NotesArea,
    group_of,
    question_line,
    status_words,
    where_line,
)


class MeetingScreen(OfferScreen):
    """Clock, attendees, questions with answers, the notes log, and the pressure flag."""

    NAME = "meeting"
    # Typing goes into the notes from the moment the screen is composed.
    AUTO_FOCUS = "#notes"
    TYPING_HOME = "#notes"
    CSS_PATH: ClassVar = [stylesheet("meeting")]
    HELP = (
        "Take notes during the offer meeting. The keys below work while you type. Start "
        "the meeting with {key:start_or_end} so the clock runs; end it with "
        "{key:start_or_end} to see what is still open."
    )
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("meeting"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("offer", "meeting")
    # The answers are loaded again only when they differ (see `_show_selected`).
    FIELDS = ("meeting",)

    def __init__(self, session: Any, **options: Any) -> None:
        super().__init__(session)
        self._selected: str | None = options.get("question")
        self._order: list[Question] = []
        # The question whose answer the Answer box holds.
        self._answer_of: str | None = None

    # --- layout ------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        offer = self.offer
        with Horizontal(id="meeting-bar"):
            # Held, not queried each second: a tick can come while the app takes the
            # screen apart on quitting, its widgets already gone.
            self._clock = MeetingClock(id="clock")
            yield self._clock
            yield Label("", id="attendees", markup=False)
            yield Label("", id="pressure")
        # Where to go, until the meeting starts.
        yield Label("", id="meeting-where")
        with Horizontal(id="meeting-main"):
            yield ChooseOnEnter(id="questions", choose=self._chosen)
            with Vertical(id="question-detail"):
                yield Static("", id="q-text")
                yield Static("", id="q-follow", markup=False)
                yield QuietTextArea("", id="answer", soft_wrap=True)
        notes = NotesArea(
            offer.meeting.notes,
            stamp=self._stamp,
            stamp_lines=self.app.profile.timestamp_notes,
            id="notes",
        )
        notes.border_title = "Notes"
        yield notes

    def on_mount(self) -> None:
        self.query_one("#q-follow").display = False
        self.query_one("#answer", TextArea).border_title = "Answer"
        self._refresh_questions()
        self._refresh_bar()
        self.set_interval(1.0, self._refresh_clock)
        notes = self.query_one("#notes", NotesArea)
        notes.move_cursor(notes.document.end)

    def show_options(self, question: str | None = None, **_options: Any) -> None:
        if question is not None:
            self._selected = question
            self._refresh_questions()

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        self._refresh_questions()
        self._refresh_bar()

    def _key(self, command_id: str) -> str:
        """The key of a command as a sentence says it, the user's own if they set one."""
        return self.app.how_to(command_id)

    def _stamp(self) -> str:
        return m.timestamp(self.app.now())

    # --- showing state -----------------------------------------------------------------

    def _refresh_clock(self) -> None:
        state = m.clock(self.offer.meeting, self.app.now())
        label = f"{self._key('start_or_end')} to start" if state.level == "idle" else state.text
        self._clock.show(label, state.level)

    def _refresh_bar(self) -> None:
        meeting = self.offer.meeting
        names = (f"{a.name} ({a.role})" if a.role else a.name for a in meeting.attendees)
        people = visible(", ".join(names), keep="")
        self.query_one("#attendees", Label).update(
            people or f"{self._key('add_attendee')}: who attends"
        )
        pressure = self.query_one("#pressure", Label)
        if meeting.pressure:
            last = meeting.pressure[-1]
            pressure.update(f"⚑ pressured {last:%H:%M}")
        else:
            pressure.update("")
        self._refresh_where()
        self._refresh_clock()

    def _refresh_where(self) -> None:
        meeting = self.offer.meeting
        where = self.query_one("#meeting-where", Label)
        line = where_line(meeting, self._key("copy_link"))
        where.update(line)
        where.display = bool(line) and meeting.started_at is None

    def _line(self, question: Question) -> Text:
        answering = question.id == self._selected and self._answering
        return question_line(self.offer, question, self.session.shown_lang, answering=answering)

    @property
    def _answering(self) -> bool:
        return self.focused is not None and self.focused.id == "answer"

    def _refresh_questions(self) -> None:
        self._order = m.meeting_order(self.offer, effective_must_ask)
        options = self.query_one("#questions", OptionList)
        options.clear_options()
        heading = ""
        for question in self._order:
            group = group_of(self.offer, question)
            if group != heading:
                heading = group
                options.add_option(Option(Text(group), disabled=True))
            options.add_option(Option(self._line(question), id=question.id))
        if self._selected is None or not any(q.id == self._selected for q in self._order):
            first = next((q for q in self._order if q.status == "open"), None)
            self._selected = first.id if first else (self._order[0].id if self._order else None)
        if self._selected is not None:
            options.highlighted = options.get_option_index(self._selected)
        self._show_selected()

    def _refresh_selected_line(self) -> None:
        question = self.selected
        if question is not None:
            options = self.query_one("#questions", OptionList)
            options.replace_option_prompt(question.id, self._line(question))
        self._show_selected()

    def on_descendant_focus(self) -> None:
        self._refresh_selected_line()

    def on_descendant_blur(self) -> None:
        self._refresh_selected_line()

    @property
    def selected(self) -> Question | None:
        return next((q for q in self.offer.questions if q.id == self._selected), None)

    def _show_selected(self) -> None:
        question = self.selected
        text = self.query_one("#q-text", Static)
        follow = self.query_one("#q-follow", Static)
        answer = self.query_one("#answer", TextArea)
        if question is None:
            text.update(f"No questions yet: {self._key('add_question')} adds one.")
            follow.update("")
            answer.disabled = True
            return
        answer.disabled = False
        status = status_words(question)
        lang = self.session.shown_lang
        words = wording(question, lang)
        switch = f"{self._key('question_lang')} {LANG_NAMES[other_lang(lang)]}"
        if words.lang != lang:
            switch = f"only in {LANG_NAMES[words.lang]}; {switch}"
        shown = visible(words.text)
        if self._answering:
            text.update(Text.assemble(("✎ Answering: ", "bold reverse"), (shown, "bold")))
        else:
            text.update(Text.assemble((shown, "bold"), "  ", (f"({status} · {switch})", "dim")))
        answer.border_title = "Answer ✎ typing" if self._answering else "Answer"
        follow.update(visible(words.follow_up) or "(no follow-up written for this question)")
        # Words typed into the box that the offer has not taken in yet (a burst right
        # after Tab) are kept: the box is filled from the offer only for another
        # question, or when the answer changed elsewhere while the box is not in use.
        stale = answer.text != question.answer and not answer.has_focus
        if self._answer_of != question.id or stale:
            answer.load_text(question.answer)
            self._answer_of = question.id

    # --- edits -------------------------------------------------------------------------

    @on(TextArea.Changed, "#notes")
    def _notes_changed(self, event: TextArea.Changed) -> None:
        offer = self.offer
        text = event.text_area.text
        if text != offer.meeting.notes:
            self.update(replace(offer, meeting=replace(offer.meeting, notes=text)))

    @on(TextArea.Changed, "#answer")
    def _answer_changed(self, event: TextArea.Changed) -> None:
        question = self.selected
        if question is not None and event.text_area.text != question.answer:
            self.update(m.set_answer(self.offer, question.id, event.text_area.text))

    @on(OptionList.OptionHighlighted, "#questions")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id != self._selected:
            self._selected = event.option.id
            self._show_selected()

    @on(OptionList.OptionSelected, "#questions")  # a click; Enter calls it at once
    def _chosen(self) -> None:
        answer = self.query_one("#answer", TextArea)
        self.set_focus(answer)  # now: the keys typed behind Enter are the answer's
        to_end_of_text(answer)

    # --- actions -----------------------------------------------------------------------

    def action_mark(self, status: str) -> None:
        question = self.selected
        if question is None:
            return
        new = m.new_mark(question, status)
        self.update(m.set_status(self.offer, question.id, new))
        if new != status and new != "open":
            self.notify(f"Kept as {new}: Skip moves on without changing a mark.")
        if status in ("answered", "skipped") and new != "open":
            following = self._next_open(question.id)
            if following is not None:
                self._selected = following.id
        self._refresh_questions()
        self.query_one("#notes", NotesArea).end_line_later()

    def _next_open(self, after: str | None) -> Question | None:
        """The next open question, the must-ask ones first."""
        offer = self.offer
        return m.next_open(self._order, after, lambda q: effective_must_ask(offer, q))

    def action_next(self) -> None:
        following = self._next_open(self._selected)
        if following is None:
            self.notify("No open questions left.")
            return
        self._selected = following.id
        self._refresh_questions()

    def show_lang(self, lang: str) -> None:
        self._refresh_questions()

    def action_follow_up(self) -> None:
        follow = self.query_one("#q-follow", Static)
        follow.display = not follow.display

    def typing_arrives(self, home: TextArea) -> None:
        # A sentence begun on the question list is a new note: on a line of its own at
        # the end, not glued onto the last one.
        notes = self.query_one("#notes", NotesArea)
        if home is not notes:
            return
        end = notes.document.end
        notes.move_cursor(end)
        if notes.document.get_line(end[0]).strip():
            notes.insert(f"\n{self._stamp()} " if notes.stamp_lines else "\n")

    def action_timestamp(self) -> None:
        notes = self.query_one("#notes", NotesArea)
        # The time of the key, put in behind the keys the notes have still to take.
        notes.call_later(notes.add_time, self._stamp())
        # At once: `focus()` waits behind queued keys, which went to the Answer box.
        self.set_focus(notes)

    def action_pressure(self) -> None:
        now = self.app.now()
        self.update(m.flag_pressure(self.offer, now))
        self._refresh_bar()
        self.query_one("#notes", NotesArea).end_line_later()
        self.notify(
            f"Noted at {now:%H:%M}: pressed to decide now. You owe no answer in the "
            "meeting; thank them and say when you will reply.",
            severity="warning",
            timeout=8,
        )

    def action_start_or_end(self) -> None:
        meeting = self.offer.meeting
        if meeting.started_at is None or meeting.ended_at is not None:
            self.update(m.start(self.offer, self.app.now()))
            self._refresh_bar()
            self.notify("Meeting started. The clock is running.")
            return

        def finish(yes: bool | None) -> None:
            if yes:
                self.update(m.end(self.offer, self.app.now()))
                self._refresh_bar()
                self.action_summary()

        self.app.push_screen(ending_dialog(), finish)

    # --- leaving a running meeting -----------------------------------------------------

    @property
    def running(self) -> bool:
        meeting = self.offer.meeting
        return meeting.started_at is not None and meeting.ended_at is None

    def confirm_leaving(self, leave: Callable[[], object], what: str, again: str = "") -> None:
        """Run `leave` now, or, while the meeting runs, once the user says so."""
        if not self.running:
            leave()
            return

        def answer(yes: bool | None) -> None:
            if yes:
                leave()

        self.app.push_screen(leaving_dialog(what, self._key("start_or_end"), again), answer)

    def action_back(self) -> None:
        self.confirm_leaving(super().action_back, "Leave")

    def action_goto(self, name: str) -> None:
        if name != self.NAME:
            self.confirm_leaving(
                lambda: super(MeetingScreen, self).action_goto(name), "Leave", again=name
            )

    def action_summary(self) -> None:
        summary = m.summarize_meeting(self.offer, effective_must_ask)
        self.app.push_screen(MessageDialog("After the meeting", m.summary_text(summary)))

    def action_add_question(self) -> None:
        def add(typed: Awaitable[str]) -> None:
            answer = self.query_one("#answer", TextArea)
            # Now, as Enter is handled: the keys typed behind it queue up behind the question.
            self.set_focus(answer)
            answer.call_later(added, typed)

        async def added(typed: Awaitable[str]) -> None:
            text = await typed
            if not text:
                return
            question = own_question(text)
            self.update(replace(self.offer, questions=(*self.offer.questions, question)))
            self._selected = question.id
            self._refresh_questions()

        self.app.push_screen(question_dialog(add))

    def action_add_attendee(self) -> None:
        def add(attendee: Attendee | None) -> None:
            if attendee is None:
                return
            meeting = self.offer.meeting
            attendees = (*meeting.attendees, attendee)
            self.update(replace(self.offer, meeting=replace(meeting, attendees=attendees)))
            self._refresh_bar()

        self.app.push_screen(AttendeeDialog(), add)
