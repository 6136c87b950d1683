"""Imports of an offer's screens done ahead, while the Offers home sits idle, so that
opening an offer does not wait for Python to load them (the imports take a good part
of a first open). They run on the event loop, not on a thread: importing on a thread
while the app starts risks an import deadlock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

__all__ = ["preload_offer_screens", "preload_other_screens"]


def preload_offer_screens() -> None:
    """The screens an offer opens on."""
    import offertui.screens.meeting
    import offertui.screens.overview
    import offertui.screens.prep  # noqa: F401


def _decision() -> None:
    import offertui.screens.decision  # noqa: F401


def _emails() -> None:
    import offertui.screens.emails  # noqa: F401


def _letter() -> None:
    import offertui.screens.letter  # noqa: F401


def _pay() -> None:
    import offertui.screens.pay  # noqa: F401


def preload_other_screens(app: App[Any], steps: Sequence[Callable[[], None]] = ()) -> None:
    """The rest of an offer's screens, one a quarter of a second, from a second after
    start-up on. In one batch they held the event loop for about 100 ms (far more on a
    busy machine), right when a quick user opens an offer; one at a time, a key pressed
    meanwhile waits for one module at most."""
    steps = steps or (_decision, _emails, _letter, _pay)
    steps[0]()
    if len(steps) > 1:
        app.set_timer(0.25, partial(preload_other_screens, app, steps[1:]))
