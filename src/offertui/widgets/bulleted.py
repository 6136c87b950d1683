"""Text whose bullet items wrap under their own words, not back under the bullet."""

from __future__ import annotations

import re

from rich.console import Group
from rich.table import Table
from rich.text import Text

# A line of a list: its indent and bullet, then the item.
_ITEM = re.compile(r"(\s*• )(.*)")


def hanging(message: str) -> Group:
    """`message` as lines, each run of "  • item" lines as a two-column grid: the bullet
    in the first, the item wrapping in the second, so a long item is easy to scan at 80
    columns."""
    parts: list[Text | Table] = []
    items: Table | None = None
    for line in message.split("\n"):
        match = _ITEM.fullmatch(line)
        if match is None:
            items = None
            parts.append(Text(line))
            continue
        if items is None:
            items = Table.grid()
            items.add_column(no_wrap=True)
            items.add_column()
            parts.append(items)
        items.add_row(match[1], Text(match[2]))
    return Group(*parts)
