"""Search: one dialog that finds text across every offer, and opens the one chosen on
the screen where the match is, with the match selected."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.widgets.text_area import Selection

from offertui.commands import bindings
from offertui.domain.offer import Offer
from offertui.domain.search import Match, excerpt, line_col, search
from offertui.domain.terminal_text import visible
from offertui.storage.store import BrokenFile

#: At most this many results are listed.
SHOWN = 200

# Where each searched field is shown: the widget that holds it on its screen.
_WIDGETS = {
    ("overview", "company"): "#company Input",
    ("overview", "position"): "#position Input",
    ("overview", "contact"): "#contact_name Input",
    ("overview", "link"): "#meeting_link Input",
    ("overview", "place"): "#meeting_place",
    ("prep", "fact"): "#fact-{key}-value",
    ("prep", "reasons"): "#negotiation-reasons",
    ("prep", "reasons_ja"): "#negotiation-reasons-ja",
    ("meeting", "notes"): "#notes",
    ("meeting", "answer"): "#answer",
    ("decision", "reason"): "#reason Input",
    ("decision", "reason_ja"): "#reason-ja Input",
    ("emails", "email_subject"): "SubjectInput",
    ("emails", "email_body"): "EmailBody",
    ("letter", "letter"): "#letter-text",
}

# Where each searched item of a list is shown: the list, and whether the option is
# found by its id (the question's id, "own_" and the flag's index) or is the item's index.
_LISTS = {
    ("prep", "question"): ("#question-list", "{key}"),
    ("prep", "question_ja"): ("#question-list", "{key}"),
    ("prep", "follow_up"): ("#question-list", "{key}"),
    ("prep", "follow_up_ja"): ("#question-list", "{key}"),
    ("prep", "doubt"): ("#doubt-list", ""),
    ("decision", "pro"): ("#pros", ""),
    ("decision", "con"): ("#cons", ""),
    ("decision", "own_flag"): ("#flags", "own_{key}"),
    ("decision", "next_step"): ("#next-steps", ""),
}

# The part of Prep each field is on.
_PREP_SECTIONS = {
    "fact": "facts",
    "question": "questions",
    "question_ja": "questions",
    "follow_up": "questions",
    "follow_up_ja": "questions",
    "doubt": "doubts",
    "reasons": "negotiation",
    "reasons_ja": "negotiation",
}


def open_options(match: Match) -> dict[str, Any]:
    """The options that open the match's screen on its item: the question of an
    answer, the draft of an email, the part of Prep."""
    place = match.place
    if place.screen == "meeting" and place.field == "answer":
        return {"question": place.key}
    if place.screen == "emails":
        kind, _, lang = place.key.partition(":")
        return {"kind": kind, "lang": lang}
    if place.screen == "prep":
        return {"section": _PREP_SECTIONS.get(place.field, "questions")}
    return {}


def select_found(screen: Screen[Any], match: Match) -> bool:
    """Focus the field of `match` on `screen` and select the match in it; False when
    the screen shows it in no field of its own (or the text has changed since)."""
    place = match.place
    if (place.screen, place.field) in _LISTS:
        return _highlight_item(screen, match)
    selector = _WIDGETS.get((place.screen, place.field), "").format(key=place.key)
    found = screen.query(selector) if selector else None
    widget = found.first() if found else None
    if isinstance(widget, TextArea) and widget.text == match.text:
        widget.focus()
        widget.selection = Selection(
            line_col(match.text, match.start), line_col(match.text, match.end)
        )
        widget.scroll_cursor_visible(center=True)
        return True
    if isinstance(widget, Input) and widget.value == match.text:
        widget.focus()
        widget.selection = (match.start, match.end)  # type: ignore[assignment]
        return True
    return False


def _highlight_item(screen: Screen[Any], match: Match) -> bool:
    """Focus the list that shows the item of `match` and highlight the item, scrolled
    into view; False when the list is not there or no longer has the item."""
    selector, option_id = _LISTS[(match.place.screen, match.place.field)]
    lists = screen.query(selector)
    options = lists.first() if lists else None
    if not isinstance(options, OptionList):
        return False
    if option_id:
        try:
            index = options.get_option_index(option_id.format(key=match.place.key))
        except OptionDoesNotExist:
            return False
    else:
        index = int(match.place.key)
        if index >= options.option_count:
            return False
    options.focus()
    options.highlighted = index
    options.scroll_to_highlight()
    return True


def _line(match: Match) -> Content:
    before, hit, after = excerpt(match, 44)
    return Content.assemble(
        (visible(match.company, keep=""), "bold"),
        (f" · {match.label}: ", "$text-muted"),
        visible(before, keep=""),
        (visible(hit, keep=""), "reverse"),
        visible(after, keep=""),
    )


class SearchDialog(ModalScreen[Match | None]):
    """Type to find; up and down move through the results, enter opens one."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog"), *bindings("search")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog",)

    def __init__(self, offers: list[Offer], broken: list[BrokenFile]) -> None:
        super().__init__()
        self._offers = offers
        self._broken = broken
        self.matches: list[Match] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="search-dialog"):
            yield Label("Search offers", classes="dialog--title")
            yield Input(
                placeholder="Notes, answers, questions, doubts, letter, drafts; 日本語も",
                id="search-query",
                select_on_focus=False,
            )
            yield OptionList(id="search-results", compact=True)
            yield Static("", id="search-status", markup=False)

    def on_mount(self) -> None:
        self._show("")
        self.query_one("#search-query", Input).focus()

    @on(Input.Changed, "#search-query")
    def _typed(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _show(self, query: str) -> None:
        self.matches = search(self._offers, query, SHOWN + 1) if query.strip() else []
        shown = self.matches[:SHOWN]
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        results.add_options(Option(_line(m)) for m in shown)
        if shown:
            results.highlighted = 0
        if not query.strip():
            count = len(self._offers)
            status = f"Type to search {count} offer{'' if count == 1 else 's'}."
        elif not shown:
            status = "Nothing found."
        else:
            more = "+" if len(self.matches) > SHOWN else ""
            status = f"{len(shown)}{more} found; ↑↓ choose, enter opens it there."
        if self._broken:
            status += f" Not searched (cannot be read): {', '.join(b.id for b in self._broken)}."
        self.query_one("#search-status", Static).update(status)

    def action_move(self, step: int) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            current = results.highlighted or 0
            results.highlighted = max(0, min(results.option_count - 1, current + step))

    @on(Input.Submitted, "#search-query")
    def _open_highlighted(self) -> None:
        index = self.query_one("#search-results", OptionList).highlighted
        if index is not None and index < len(self.matches):
            self.dismiss(self.matches[index])

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.matches[event.option_index])

    def action_back(self) -> None:
        self.dismiss(None)
