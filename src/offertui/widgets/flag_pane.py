"""The Decision screen's red flags: how many, the list, what the highlighted one means
and what to do about it, and a field to add one's own."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, OptionList, Static

from offertui.domain.red_flags import RedFlag
from offertui.domain.terminal_text import visible
from offertui.widgets.entry_list import error_line, refill
from offertui.widgets.flag_line import flag_line

__all__ = ["NO_FLAGS", "FlagPane"]

NO_FLAGS = (
    "No red flags in what you recorded. That is only as good as what you wrote down: "
    "fill in the facts in Prep and the answers in Meeting."
)


class FlagPane(Vertical):
    """The red flags the screen last showed (`show`), the highlighted one explained.

    The field under them (`#new-flag`) posts its `Input.Submitted` on to the screen,
    which adds the flag to the offer and shows the flags again.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._flags: list[RedFlag] = []
        self._lit: int | None = None  # the line drawn highlighted (see flag_line)

    def compose(self) -> ComposeResult:
        yield Label("Red flags", id="flags-title", classes="decision--title")
        yield OptionList(id="flags")
        yield Static("", id="flag-detail", markup=False)
        yield Input(
            placeholder="Add your own red flag, enter",
            id="new-flag",
            compact=True,
            select_on_focus=False,
        )
        yield error_line("new-flag", "decision--error")

    @property
    def options(self) -> OptionList:
        """The list of flags, for the screen to focus or move the highlight."""
        return self.query_one("#flags", OptionList)

    def show(self, flags: list[RedFlag]) -> None:
        """Show `flags`, keeping the highlight where it was."""
        self._flags = flags
        high = sum(1 for f in flags if f.severity == "high")
        title = f"Red flags · {len(flags)}" + (f" ({high} high)" if high else "")
        self.query_one("#flags-title", Label).update(title)
        options = self.options
        # Each flag's option id is its key ("own_2"), for search to find one of the user's.
        refill(options, [flag_line(f) for f in flags], [f.key for f in flags])
        self._lit = None
        options.set_class(not flags, "-empty")
        self._show_detail()

    def highlight_last(self) -> None:
        """Highlight the last flag: the one just added."""
        self.options.highlighted = self.options.option_count - 1

    @on(OptionList.OptionHighlighted, "#flags")
    def _highlighted(self) -> None:
        self._show_detail()

    def _light(self) -> None:
        """Draw the highlighted flag's line lit, and the one lit before as usual."""
        options, flags = self.options, self._flags
        index = options.highlighted
        if index == self._lit:
            return
        for at, lit in ((self._lit, False), (index, True)):
            if at is not None and at < len(flags) and at < options.option_count:
                options.replace_option_prompt_at_index(at, flag_line(flags[at], lit=lit))
        self._lit = index

    def _show_detail(self) -> None:
        self._light()
        detail = self.query_one("#flag-detail", Static)
        flags = self._flags
        index = self.options.highlighted
        if not flags:
            detail.update(NO_FLAGS)
        elif index is not None and index < len(flags):
            flag = flags[index]
            why = "" if flag.own else f"\n{flag.why}"
            # Only an own flag's title is the user's text; the rest is offertui's.
            detail.update(
                Content.assemble((visible(flag.title), "bold"), why, f"\n→ {flag.next_step}")
            )
        else:
            detail.update("")
