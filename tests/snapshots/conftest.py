"""Helpers for stable snapshots: a fixed clock, no blinking cursors."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, TextArea


async def settle_home(pilot: Any) -> None:
    """Let the home's after-start work (the holiday calendar, at 0.3 s) finish, so the
    line under the table does not depend on timing."""
    await pilot.pause(0.5)
    await no_blink(pilot)


async def no_blink(pilot: Any) -> None:
    """Stop every cursor blinking so the SVG does not depend on timing."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
    await pilot.pause()
