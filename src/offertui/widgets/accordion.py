"""An option list whose highlighted option opens to show its details in place."""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets import OptionList


class AccordionList(OptionList):
    """Each option is one line until highlighted; then it shows what `prompt_at` adds.

    Keeping the details inside the list, next to the line they explain, saves the rows a
    separate detail panel would take at 80x24, and the list scrolls them into view.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._open: int | None = None

    def prompt_at(self, index: int, expanded: bool) -> VisualType:
        """The prompt of option `index`, closed or open; subclasses say what they show."""
        return self.get_option_at_index(index).prompt

    def reset_accordion(self) -> None:
        """Forget the open option; call before replacing every option."""
        self._open = None

    def watch_highlighted(self, highlighted: int | None) -> None:
        self._expand(highlighted)
        super().watch_highlighted(highlighted)

    def scroll_to_highlight(self, top: bool = False) -> None:
        # An open option taller than the list would otherwise show its end, not its start.
        index = self.highlighted
        if not top and index is not None and self.is_mounted:
            height = self._heights.get(index, 1)
            top = height >= self.scrollable_content_region.height
        super().scroll_to_highlight(top=top)

    def _expand(self, index: int | None) -> None:
        old = self._open
        if old == index:
            return
        self._open = None
        if old is not None and old < self.option_count:
            self.replace_option_prompt_at_index(old, self.prompt_at(old, False))
        if index is not None and not self.get_option_at_index(index).disabled:
            self.replace_option_prompt_at_index(index, self.prompt_at(index, True))
            self._open = index
