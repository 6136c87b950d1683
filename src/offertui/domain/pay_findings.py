"""One finding about an offer's pay: what to ask, how urgent it is, and why.

The checks in :mod:`offertui.domain.pay_checks` and :mod:`offertui.domain.pay_law_checks`
return these; the Pay screen shows them and any of them can become a meeting question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["SEVERITIES", "PayFinding", "Severity", "join_or"]

Severity = Literal["high", "medium", "low", "info"]

#: Severities from most to least urgent; findings are sorted in this order.
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low", "info")


@dataclass(frozen=True)
class PayFinding:
    """One thing worth asking about in an offer's pay.

    ``key`` is stable (for storage and tests), ``severity`` one of :data:`SEVERITIES`,
    ``title`` a one-line summary, ``why`` one sentence with its basis, ``ask`` an open
    question and ``follow_up`` a closing "So to confirm, …?"; ``ask_ja`` and
    ``follow_up_ja`` are the same in business Japanese.
    """

    key: str
    severity: Severity
    title: str
    why: str
    ask: str
    follow_up: str
    ask_ja: str = ""
    follow_up_ja: str = ""


def join_or(parts: list[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " or " + parts[-1]
