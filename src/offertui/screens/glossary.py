"""Glossary: the Japanese words of offers and contracts, found as you type."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from offertui.commands import bindings
from offertui.domain.glossary import GLOSSARY, Term, search
from offertui.domain.pay_rules import DISCLAIMER
from offertui.resources import stylesheet
from offertui.screens.widths import start_with_width_classes
from offertui.widgets.fitting_footer import QuickFooter
from offertui.widgets.term_view import term_detail, term_prompt

NO_MATCH = (
    "No term matches “{query}”.\n\nSearch in Japanese (基本給), by reading in kana or "
    "romaji (きほんきゅう, kihonkyu) or in English (base salary)."
)


class GlossaryScreen(Screen[None]):
    """Shown over whatever screen is open; `term` picks the entry it opens on."""

    CSS_PATH = stylesheet("glossary")
    # Textual types this as a plain (not ClassVar) list, so it is assigned as Textual does.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    HELP_TITLE = "Glossary"
    HELP = (
        "Words you meet in an offer letter or 労働条件通知書, with their reading, meaning "
        "and what to check or ask. Type to search in Japanese, kana, romaji (long vowels "
        "optional: kyu, kyuu, kyū) or English; up and down move through the results. "
        f"{DISCLAIMER}"
    )
    BINDINGS: ClassVar[list[BindingType]] = [*bindings("glossary")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("glossary",)

    def __init__(self, term: str | None = None) -> None:
        super().__init__()
        start_with_width_classes(self)
        self._initial = term
        self.results: list[Term] = list(GLOSSARY)

    def compose(self) -> ComposeResult:
        with Vertical(id="glossary"):
            yield Label(
                "Glossary · Japanese offer and contract terms",
                classes="screen-title",
                id="glossary-title",
            )
            yield Input(
                placeholder="Search: 基本給, kihonkyu, きほんきゅう or base salary",
                compact=True,
                id="glossary-search",
                select_on_focus=False,
            )
            yield Label("", id="glossary-count")
            with Horizontal(id="glossary-main"):
                yield OptionList(id="glossary-list")
                with VerticalScroll(id="glossary-entry"):
                    yield Static(id="glossary-detail")
            yield Static(DISCLAIMER, classes="disclaimer")
        yield QuickFooter()

    def on_mount(self) -> None:
        self._fill("")
        if self._initial:
            self.show_term(self._initial)
        self.query_one("#glossary-search", Input).focus()

    # --- showing --------------------------------------------------------------------

    @property
    def term_list(self) -> OptionList:
        return self.query_one("#glossary-list", OptionList)

    @property
    def current(self) -> Term | None:
        """The term whose entry is shown."""
        index = self.term_list.highlighted
        if index is None or not 0 <= index < len(self.results):
            return None
        return self.results[index]

    def _fill(self, query: str) -> None:
        self.results = search(query)
        terms = self.term_list
        terms.clear_options()
        terms.add_options(Option(term_prompt(t), id=t.term) for t in self.results)
        count = self.query_one("#glossary-count", Label)
        if not query.strip():
            count.update(f"{len(GLOSSARY)} terms")
        else:
            count.update(f"{len(self.results)} of {len(GLOSSARY)} terms match")
        if self.results:
            terms.highlighted = 0
        self._show_entry(query)

    def _show_entry(self, query: str = "") -> None:
        detail = self.query_one("#glossary-detail", Static)
        term = self.current
        if term is None:
            detail.update(NO_MATCH.format(query=query.strip()))
        else:
            detail.update(term_detail(term))
        self.query_one("#glossary-entry").scroll_home(animate=False)

    def show_term(self, name: str) -> None:
        """Show the entry for `name` (a term as written, or anything search finds)."""
        if not any(t.term == name for t in self.results):
            search_input = self.query_one("#glossary-search", Input)
            with search_input.prevent(Input.Changed):
                search_input.value = ""
            self._fill("")
        index = next((i for i, t in enumerate(self.results) if t.term == name), None)
        if index is None:
            found = search(name)
            if not found:
                return
            index = self.results.index(found[0])
        self.term_list.highlighted = index
        # After the next layout, so the list knows its height.
        self.call_after_refresh(self.term_list.scroll_to_highlight, top=True)
        self._show_entry()

    # --- events and actions -----------------------------------------------------------

    @on(Input.Changed, "#glossary-search")
    def _search(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#glossary-search")
    def _submitted(self) -> None:
        if self.results:
            self.term_list.focus()

    @on(OptionList.OptionHighlighted, "#glossary-list")
    def _highlighted(self) -> None:
        self._show_entry(self.query_one("#glossary-search", Input).value)

    def action_move(self, step: int) -> None:
        terms = self.term_list
        if step > 0:
            terms.action_cursor_down()
        else:
            terms.action_cursor_up()

    def action_find(self) -> None:
        self.query_one("#glossary-search", Input).focus()

    def action_back(self) -> None:
        self.dismiss(None)
