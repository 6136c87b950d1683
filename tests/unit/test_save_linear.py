"""Saving costs time in proportion to what is saved, whatever the text holds.

Not a timed test: no absolute limit is checked, only how the cost grows. For every
field shape (a one-line field, a multi-line one, a string in a list, a string in an
array of tables) and every kind of text (plain, all quotes, control
characters, a mix), the CPU cost of saving 8n characters is compared with saving n.
Linear work gives at most eight (less, with the fixed cost of a save); the quadratic
escaping this replaced gave 14 to 18 for a later save at these sizes, and grows
without bound. A later save (merge and write) must stay under 10; the first save
after opening, which also parses the file (linear, near eight for text full of
escapes), under 14. Each cost is the best of two.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from offertui.domain.offer import EmailDraft, Offer, Question
from offertui.storage.store import OfferStore

N = 16_000
FACTOR = 8
LIMITS = {"first save": 14.0, "later save": 10.0}

KINDS: dict[str, str] = {
    "plain": "plain words and 日本語 ",
    "quotes": '"',
    "controls": "\x01\x1b\x7f",
    "mixed": 'a "q" \\ \x1b\t\'',
}

Shape = Callable[[Offer, str], Offer]
SHAPES: dict[str, Shape] = {
    "company (one line)": lambda o, t: replace(o, company=t),
    "doubt (a list)": lambda o, t: replace(o, doubts=(t,)),
    "pro (a list in a table)": lambda o, t: replace(o, decision=replace(o.decision, pros=(t,))),
    "notes (multi-line)": lambda o, t: replace(o, meeting=replace(o.meeting, notes=f"{t}\n{t}")),
    "answer (array of tables)": lambda o, t: replace(
        o, questions=(Question("q", "other", "What?", answer=t),)
    ),
    "email body (multi-line, array of tables)": lambda o, t: replace(
        o, emails=(EmailDraft("accept", "en", "Hi", f"{t}\n{t}"),)
    ),
}


def _text(kind: str, size: int) -> str:
    unit = KINDS[kind]
    return (unit * (size // len(unit) + 1))[:size]


def _costs(root: Path, shape: Shape, text: str) -> tuple[float, float]:
    """CPU seconds of (the first save after opening, a later save), best of two."""
    first, later = [], []
    for attempt in range(2):
        store = OfferStore(root / str(attempt))
        store.prepare()
        created = store.create("Acme", "Dev")
        handle = store.open(created.id)
        handle.save(shape(replace(handle.offer, questions=()), text))
        handle.close()
        handle = store.open(created.id)
        started = time.process_time()
        handle.save(replace(handle.offer, stage="meeting"))
        first.append(time.process_time() - started)
        started = time.process_time()
        handle.save(shape(handle.offer, text + "!"))
        later.append(time.process_time() - started)
        handle.close()
    return min(first), min(later)


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_saving_grows_linearly(tmp_path: Path, shape: str, kind: str) -> None:
    small = _costs(tmp_path / "small", SHAPES[shape], _text(kind, N))
    large = _costs(tmp_path / "large", SHAPES[shape], _text(kind, FACTOR * N))
    for label, cost_n, cost_large in zip(("first save", "later save"), small, large, strict=True):
        # A floor of 1 ms keeps timer resolution out of the ratio of tiny costs.
        ratio = cost_large / max(cost_n, 0.001)
        assert ratio < LIMITS[label], f"{label}: {cost_n * 1e3:.1f} ms -> {cost_large * 1e3:.1f} ms"
