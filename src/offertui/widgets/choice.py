"""A drop-down that a sentence typed on cannot open.

Textual's Select opens its menu on space as well as on Enter and the arrows. Typed
after a Tab too many, the first space of a sentence would open a menu over the screen,
and the issue's rule is that no printable key does anything where a person may be
writing: so Enter and the arrows open it, and space is left to the typing notice."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import Select

ValueT = TypeVar("ValueT")


class Choice(Select[ValueT], inherit_bindings=False):
    """Select, opened by Enter, Down or Up, never by a printable key (its bindings
    replace Select's, which would keep space)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,down,up", "show_overlay", "Show menu", show=False)
    ]
