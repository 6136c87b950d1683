"""Snapshots of Prep and the Guide at 80x24 and 120x40."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from offertui.domain.offer import Fact, Letter, Negotiation
from offertui.domain.prep import question_from_doubt
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import no_blink, press

SIZES = [(80, 24), (120, 40)]


def _seed(store: OfferStore, *, letter: bool) -> None:
    offer = store.create("株式会社サクラテック", "Backend Engineer")
    handle = store.open(offer.id)
    offer = replace(offer, reply_deadline=date(2026, 12, 2), annual_pay=8_500_000)
    if letter:
        doubt = "The overtime hours built into the pay were never stated"
        offer = replace(
            offer,
            letter=Letter(received=True, date=date(2026, 11, 20), language="ja"),
            doubts=(doubt, "Nobody said who I would report to"),
            negotiation=Negotiation(target=9_500_000, floor=9_000_000, timing="after"),
        )
        offer = offer.with_fact(Fact("position", "Platform team, backend", "letter", True))
        offer = offer.with_fact(Fact("contract", "正社員, no end date", "letter", True))
        offer = offer.with_fact(Fact("compensation", "¥8.5M incl. 20h fixed OT", "letter"))
        questions = [
            replace(q, must_ask=True) if q.id == "deadline-reply-by" else q for q in offer.questions
        ]
        questions.append(question_from_doubt(doubt))
        offer = replace(offer, questions=tuple(questions))
    handle.save(offer)
    handle.close()


def _open_prep(*keys: str, then: tuple[str, ...] = ()) -> Any:
    """Open Prep, press `keys`, then run the palette's commands named in `then`."""

    async def run(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, "f3")
        for key in keys:
            await press(pilot, key)
        for title in then:
            await run_command(pilot, title)
        await no_blink(pilot)

    return run


@pytest.mark.parametrize("size", SIZES)
def test_prep_without_letter(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store, letter=False)
    assert snap_compare(make_app(), terminal_size=size, run_before=_open_prep())


@pytest.mark.parametrize("size", SIZES)
def test_prep_facts(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store, letter=True)
    assert snap_compare(make_app(), terminal_size=size, run_before=_open_prep())


@pytest.mark.parametrize("size", SIZES)
def test_prep_questions(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store, letter=True)
    assert snap_compare(
        make_app(), terminal_size=size, run_before=_open_prep("ctrl+n", "down", "down")
    )


def test_prep_must_ask_only(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store, letter=True)
    assert snap_compare(
        make_app(),
        terminal_size=(80, 24),
        run_before=_open_prep("ctrl+n", then=("Switch question view",)),
    )


def test_prep_doubts(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store, letter=True)
    assert snap_compare(
        make_app(), terminal_size=(80, 24), run_before=_open_prep("ctrl+n", "ctrl+n")
    )


def test_prep_negotiation(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store, letter=True)
    assert snap_compare(
        make_app(),
        terminal_size=(80, 24),
        run_before=_open_prep(then=("Previous part", "Previous part")),
    )


@pytest.mark.parametrize("size", SIZES)
def test_guide(snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]) -> None:
    _seed(store, letter=True)

    async def open_guide(pilot: Any) -> None:
        await _open_prep()(pilot)
        await run_command(pilot, "Guide")
        await press(pilot, "down", "down")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_guide)
