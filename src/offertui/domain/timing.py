"""The rules that depend on today's date: a close or past deadline, a slow reply.

Kept apart from the other red flags (and free of heavy imports) so the Offers home
can apply them to cached summaries without reading every offer again each day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

# Stages in which the offer is settled and dates no longer press.
SETTLED: Final = ("accepted", "declined", "withdrawn")
# A reply deadline this close (in days) is flagged.
DEADLINE_WARNING_DAYS: Final = 2
# The guide advises a thank-you within about a day of the offer meeting.
REPLY_WITHIN: Final = timedelta(days=1)


def deadline_days(deadline: date | None, stage: str, today: date) -> int | None:
    """Days until `deadline` (negative when past) if that deserves a flag, else None."""
    if deadline is None or stage in SETTLED:
        return None
    days = (deadline - today).days
    return days if days <= DEADLINE_WARNING_DAYS else None


def reply_overdue(
    ended: datetime | None, choice: str, stage: str, today: date, now: datetime | None
) -> bool:
    """Whether the meeting ended over a day ago and no choice has been made."""
    if ended is None or choice != "undecided" or stage in SETTLED:
        return False
    if now is None:
        # Only the day is known: a meeting before yesterday is surely over a day ago.
        return (today - ended.date()).days > 1
    if (ended.tzinfo is None) != (now.tzinfo is None):
        now = now.replace(tzinfo=ended.tzinfo)
    return now - ended > REPLY_WITHIN
