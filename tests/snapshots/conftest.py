"""Helpers for stable snapshots: a fixed clock, no blinking cursors."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, TextArea


async def no_blink(pilot: Any) -> None:
    """Stop every cursor blinking so the SVG does not depend on timing."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
    await pilot.pause()
