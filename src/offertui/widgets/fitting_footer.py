"""A footer that shows only the keys that fit whole, and always F1, which lists them all.

Textual's footer lays its keys in a row and lets the last ones run under the command
palette's key at the right: at 80 columns a key can be cut in half or vanish. This one
leaves out, from the end, the keys that do not fit, keeping help's.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

# The cells a footer key takes besides its key and description: a space either side of
# the key, one after the description; the palette's a border and a space either side
# of its key.
_KEY_FRAME = 3
_PALETTE_FRAME = 3


def _is_key(widget: Widget) -> bool:
    """Whether `widget` is one of the footer's keys (Textual's FooterKey)."""
    return type(widget).__name__ == "FooterKey"


def _action(key: Widget) -> str:
    """The action of a footer key, without its namespace ("app.help" is "help")."""
    return str(getattr(key, "action", "")).rpartition(".")[2]


def key_cells(key: Widget) -> int:
    """How many cells the footer key `key` takes."""
    frame = _PALETTE_FRAME if key.has_class("-command-palette") else _KEY_FRAME
    text = f"{getattr(key, 'key_display', '')}{getattr(key, 'description', '')}"
    return cell_len(text) + frame


def _keys_of(screen: Screen[object]) -> tuple[object, ...]:
    """What the footer shows of `screen`'s keys: each shown binding, enabled or not."""
    return tuple(
        (binding.key, binding.action, binding.description, enabled, tooltip)
        for _node, binding, enabled, tooltip in screen.active_bindings.values()
        if binding.show
    )


class QuickFooter(Footer):
    """Textual's footer, its keys given the footer's `compact` before they are mounted,
    as their binding to the footer would once mounted.

    Left to the binding, each key of a footer, built anew on every focus change, set
    its class twice (a key starts compact, the footer is not) and restyled itself each
    time: a third of the app's start-up.
    """

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            # The palette's key is not bound to the footer: it stays compact.
            if _is_key(widget) and not widget.has_class("-command-palette"):
                widget.set_reactive(getattr(type(widget), "compact"), self.compact)  # noqa: B009
                widget.set_class(self.compact, "-compact", update=False)
            yield widget


class FittingFooter(QuickFooter):
    """The footer, without the keys that would not fit whole; help is always there."""

    def compose(self) -> ComposeResult:
        items: list[Widget] = list(super().compose())
        width = self.size.width or self.app.size.width
        # The first Resize then brings the width it was laid out for: no second compose.
        self._width = width
        self._keys_shown = _keys_of(self.screen) if items else None
        keys = [w for w in items if _is_key(w)]
        fixed = [k for k in keys if k.has_class("-command-palette") or _action(k) == "help"]
        # The screen's own keys before Back, which the title bar's tabs and F1 also name.
        rest = sorted((k for k in keys if k not in fixed), key=lambda k: _action(k) == "back")
        room = width - sum(key_cells(k) for k in fixed)
        kept = set(map(id, fixed))
        for key in rest:
            if key_cells(key) > room:
                break
            room -= key_cells(key)
            kept.add(id(key))
        yield from (w for w in items if not _is_key(w) or id(w) in kept)

    _width = 0
    _keys_shown: tuple[object, ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        # Textual lays the footer out anew whenever the screen's bindings may have
        # changed: on every focus change, so on every visit to a kept screen. Only a
        # change in the keys it shows needs that.
        if self._keys_shown is not None and _keys_of(screen) == self._keys_shown:
            return
        super().bindings_changed(screen)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)
