"""The home's line of what is due: the same items as `offertui due`, as many as fit."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from offertui.domain.company_name import short_company

if TYPE_CHECKING:
    from offertui.domain.due import DueItem

__all__ = ["DueLine", "due_text", "home_due_line"]

_LEAD = "Due: "
_SEPARATOR = " · "


def _more(count: int) -> str:
    return f"  +{count} more" if count else ""


def home_due_line(item: DueItem) -> str:
    """The item as `offertui due` says it, the company named as the home's table names
    it (without its legal form, so that names differ at 80 columns)."""
    # Not at the top: the home draws its first frame before anything is due.
    from offertui.domain.due import due_line

    return due_line(replace(item, company=short_company(item.company)))


def due_text(items: list[DueItem], cells: int) -> Text:
    """`items` on one line of about `cells` cells, overdue ones in red; the first is
    always shown (cut if need be), the rest while they fit, then how many are left."""
    text = Text(_LEAD, style="bold", no_wrap=True, overflow="ellipsis")
    for index, item in enumerate(items):
        line = home_due_line(item)
        left = len(items) - index - 1
        room = cells - text.cell_len - (len(_SEPARATOR) if index else 0) - len(_more(left))
        if index and Text(line).cell_len > room:
            text.append(_more(len(items) - index), style="dim")
            return text
        if index:
            text.append(_SEPARATOR, style="dim")
        text.append(line, style="bold red" if item.overdue else "")
    return text


class DueLine(Static):
    """What is due across the offers, on one line; hidden when nothing is."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.items: list[DueItem] = []
        self.display = False

    def show(self, items: list[DueItem]) -> None:
        self.items = items
        self.display = bool(items)
        self.refresh(layout=True)

    def render(self) -> Text:
        return due_text(self.items, max(self.size.width, 20))
