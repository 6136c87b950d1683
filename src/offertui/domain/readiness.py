"""How ready the candidate is for the offer meeting: the numbers, light to import.

`domain.prep.readiness` counts them from an offer; the Offers home reads them from its
summary cache at start-up, without the offer model.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Readiness:
    """How ready the candidate is for the offer meeting, at a glance."""

    facts_known: int = 0
    facts_confirmed: int = 0
    facts_total: int = 8  # the eight facts of domain.question_bank.FACTS
    # Must-ask questions not answered yet (open, unclear or skipped: the meeting's
    # summary counts a skipped one as unanswered too), and how many of them the user
    # marked; the rest are must-ask because of a gap in the facts.
    must_ask: int = 0
    must_ask_own: int = 0
    letter_received: bool = False
    doubts: int = 0
    doubts_without_question: int = 0

    @property
    def facts_text(self) -> str:
        """The short form used in the Offers table: "5/8"."""
        return f"{self.facts_known}/{self.facts_total}"

    def parts(self) -> tuple[str, ...]:
        """The summary as short phrases, most important first."""
        parts = [
            f"{self.facts_known}/{self.facts_total} facts known",
            f"{self.facts_confirmed} confirmed",
            f"{self.must_ask} must-ask unanswered",
            "letter received" if self.letter_received else "no letter yet",
        ]
        if self.doubts_without_question:
            n = self.doubts_without_question
            parts.append(f"{n} doubt{'s' if n != 1 else ''} without a question")
        return tuple(parts)
