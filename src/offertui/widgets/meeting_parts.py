"""The Meeting's pieces that hold no state of the screen: the clock, the notes log, and
how a question is drawn in its list (mark, group heading, status words)."""

from __future__ import annotations

from typing import Any, Final

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import Label

from offertui.domain.offer import Meeting, Offer, Question
from offertui.domain.prep import effective_must_ask, is_derived_must_ask
from offertui.domain.terminal_text import visible
from offertui.domain.wording import wording
from offertui.widgets.long_text import LongTextArea
from offertui.widgets.question_list import DERIVED_MARK, OWN_MARK

STATUS_MARKS: Final = {"open": "○", "answered": "✓", "unclear": "?", "skipped": "–"}


def group_of(offer: Offer, question: Question) -> str:
    """The heading a question is listed under in the meeting."""
    if question.status in ("answered", "skipped"):
        return "Done"
    return "Must-ask" if effective_must_ask(offer, question) else "If there is time"


def status_words(question: Question) -> str:
    """A question's status beside its text. An open one with an answer typed was asked:
    the answer is there after a restart, and "not asked yet" would be wrong."""
    if question.status != "open":
        return question.status
    return "answer noted, not marked" if question.answer.strip() else "not asked yet"


def where_line(meeting: Meeting, copy_key: str) -> Text:
    """Where the meeting is: its link (and the key that copies it) and its place."""
    link, place = meeting.link.strip(), " ".join(meeting.place.split())
    parts: list[str | tuple[str, str]] = []
    if link:
        parts += [("Link ", "bold"), link, (f" ({copy_key} copies it)", "dim")]
    if place:
        parts += [("  Place " if link else "Place ", "bold"), place]
    return Text.assemble(*parts, no_wrap=True, overflow="ellipsis")


def question_line(offer: Offer, question: Question, lang: str, *, answering: bool) -> Text:
    """One line of the Meeting's question list; `answering`: its answer is being typed."""
    mark = STATUS_MARKS.get(question.status, "?")
    # One line per question, so the list shows many at 80x24; the full text is beside it.
    text = Text(no_wrap=True, overflow="ellipsis")
    if answering:
        text.append("✎ ", style="bold reverse")
    else:
        text.append(f"{mark} ", style=f"bold {'green' if mark == '✓' else ''}".strip())
    # Must-ask is marked as in Prep: ★ your own mark, ◇ an unsettled fact's question.
    if question.must_ask:
        text.append(f"{OWN_MARK} ", style="bold")
    elif is_derived_must_ask(offer, question):
        text.append(f"{DERIVED_MARK} ", style="bold")
    words = wording(question, lang)
    if words.lang != lang:
        text.append(f"[{words.lang}] ", style="dim")
    text.append(visible(words.text, keep=""))
    if question.status in ("answered", "skipped"):
        text.stylize("dim")
    return text


class NotesArea(LongTextArea):
    """The notes log; with `stamp_lines`, each new line starts with the time."""

    def __init__(self, text: str, stamp: Any, stamp_lines: bool, **kwargs: Any) -> None:
        super().__init__(text, soft_wrap=True, **kwargs)
        self._stamp = stamp
        self.stamp_lines = stamp_lines
        self._line_ends = False

    def end_line_later(self) -> None:
        """After a key that marks something while the notes are typed in (a question
        answered, the pressure): what is typed next starts a line of its own instead of
        gluing onto the last word. Behind the keys still to be taken, so it is the line
        as it will be that ends."""
        if self.has_focus:
            self.call_later(setattr, self, "_line_ends", True)

    def add_time(self, stamp: str) -> None:
        """Put `stamp` in at the cursor, at the start of a line: a new one unless there."""
        row, column = self.cursor_location
        start_new_line = column > 0 and bool(self.document.get_line(row)[:column].strip())
        self.insert(("\n" if start_new_line else "") + f"{stamp} ")

    def _after_a_word(self) -> bool:
        row, column = self.cursor_location
        line = self.document.get_line(row)
        return column == len(line) and bool(line[column - 1 : column].strip())

    async def _on_key(self, event: events.Key) -> None:
        line_ends, self._line_ends = self._line_ends, False
        if line_ends and event.is_printable and not self.read_only and self._after_a_word():
            self.insert(f"\n{self._stamp()} " if self.stamp_lines else "\n")
        if self.stamp_lines and event.key == "enter" and not self.read_only:
            event.stop()
            event.prevent_default()
            self.insert(f"\n{self._stamp()} ")
            return
        await super()._on_key(event)


class MeetingClock(Label):
    """The time since the meeting started (of about an hour), or how to start it."""

    LEVELS: Final = ("idle", "running", "wrap-up", "over", "ended")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        self._text = ""

    def show(self, label: str, level: str) -> None:
        """Show `label` at `level` (one of `LEVELS`, a class for its colour)."""
        # Once a second: only a clock that reads differently is drawn again, and only
        # its own cells unless its width changed (a layout repaints the scrollbars).
        if self._text != label:
            resized = cell_len(label) != cell_len(self._text)
            self._text = label
            self.update(f"⏱ {label}", layout=resized)
        for name in self.LEVELS:
            self.set_class(name == level, f"-{name}")
