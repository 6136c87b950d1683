"""Running a command the way the palette does, by the name a user types after ctrl+p."""

from __future__ import annotations

from typing import Any

from tests.helpers import wait_until


async def run_command(pilot: Any, title: str) -> None:
    """Run the palette's command called `title` on the screen shown, and let it act:
    a screen it opens is open (mounted) when this returns, as after `helpers.press`."""
    app = pilot.app
    commands = {c.title: c for c in app.get_system_commands(app.screen)}
    assert title in commands, f"no command {title!r} here: {sorted(commands)}"
    commands[title].callback()
    await pilot.pause()
    await wait_until(pilot, lambda: app.screen.is_mounted, what=f"the screen after {title!r}")
    await pilot.pause()
