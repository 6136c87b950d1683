"""The stages an offer goes through, in a module light enough for the start-up path."""

from __future__ import annotations

from typing import Final

STAGES: Final = (
    "prep",
    "meeting",
    "deciding",
    "negotiating",
    "accepted",
    "declined",
    "withdrawn",
)
STAGE_LABELS: Final = {
    "prep": "Preparing",
    "meeting": "In meeting",
    "deciding": "Deciding",
    "negotiating": "Negotiating",
    "accepted": "Accepted",
    "declined": "Declined",
    "withdrawn": "Withdrawn",
}

__all__ = ["STAGES", "STAGE_LABELS"]
