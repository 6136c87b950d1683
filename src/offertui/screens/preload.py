"""Imports of an offer's screens done ahead, while the Offers home sits idle, so that
opening an offer does not wait for Python to load them (the imports take a good part
of a first open). They run on the event loop, not on a thread: importing on a thread
while the app starts risks an import deadlock."""

from __future__ import annotations

__all__ = ["preload_offer_screens", "preload_other_screens"]


def preload_offer_screens() -> None:
    """The screens an offer opens on."""
    import offertui.screens.meeting
    import offertui.screens.overview
    import offertui.screens.prep  # noqa: F401


def preload_other_screens() -> None:
    """The rest of an offer's screens, a moment later: each batch holds the event loop
    for about 100 ms, so a key pressed meanwhile waits for one batch, not for both."""
    import offertui.screens.decision
    import offertui.screens.emails
    import offertui.screens.letter
    import offertui.screens.pay  # noqa: F401
