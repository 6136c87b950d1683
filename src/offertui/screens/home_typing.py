"""A sentence typed on the Offers home, where single letters are commands.

Someone leaves an offer in the middle of a sentence (Escape after a meeting that has
ended) and types on: on the home, "they pay overtime" would mark an offer with its
spaces and open the profile with its p. A run of typing begins with a printable key
the home has no command for (the t of "they") and goes on while printable keys follow
within half a second of each other; the keys of a run are refused with a notice. A
command letter pressed on its own still acts, as in any list screen of a terminal app.
"""

from __future__ import annotations

from time import monotonic

from textual import events

__all__ = ["HomeTyping"]

# Keys typed faster than this belong to one run of typing.
RUN_GAP_SECONDS = 0.5
# One notice per run, and not again within this long.
NOTICE_GAP_SECONDS = 3.0


class HomeTyping:
    """Follows the keys that reach the home and says which are part of a sentence."""

    def __init__(self) -> None:
        self._last: float | None = None  # when the run's last key came, if in a run
        self._told = -NOTICE_GAP_SECONDS

    def refuses(self, event: events.Key, is_command: bool, now: float | None = None) -> bool:
        """Whether `event` is part of a run of typing. `is_command`: the home binds it."""
        now = monotonic() if now is None else now
        if not event.is_printable:
            self._last = None
            return False
        in_run = self._last is not None and now - self._last < RUN_GAP_SECONDS
        if in_run or not is_command:
            self._last = now  # a run begins, or goes on
        else:
            self._last = None
        return in_run

    def should_tell(self, now: float | None = None) -> bool:
        """Whether to give the notice now: once per run of typing."""
        now = monotonic() if now is None else now
        if now - self._told < NOTICE_GAP_SECONDS:
            return False
        self._told = now
        return True


NOTICE = (
    "Not typed: this is the Offers list, where single letters are commands. "
    "Open an offer (enter) to write in it."
)
