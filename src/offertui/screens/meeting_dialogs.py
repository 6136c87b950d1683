"""The Meeting's dialogs: the question typed in during the meeting, and what it asks
before the meeting ends, or before leaving it while it runs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.prompts import TextDialog


def ending_dialog() -> ConfirmDialog:
    """Asks before the meeting ends; F9 again says yes."""
    return ConfirmDialog(
        "End the meeting?",
        "The clock stops and the offer moves to Deciding. You can keep editing notes.",
        yes="End",
        again="start_or_end",
    )


def leaving_dialog(what: str, end_key: str, again: str) -> ConfirmDialog:
    """Asks before leaving (`what`: "Leave", "Quit") a meeting that is running."""
    return ConfirmDialog(
        f"{what} while the meeting is running?",
        f"The clock keeps running and your notes are saved. {end_key} on the Meeting ends it.",
        yes=what,
        again=again,
    )


def question_dialog(take: Callable[[Awaitable[str]], object]) -> TextDialog:
    """Asks for a question of one's own, to add during the meeting; `take` adds it as
    Enter is pressed."""
    return TextDialog(
        "Add a question",
        "Question",
        "e.g. How is on-call handled?",
        empty_error="Type the question first.",
        take=take,
    )
