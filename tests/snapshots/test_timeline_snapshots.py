"""Snapshots of the offer's timeline on the screens at 80x24: the revised-offer dialog,
Decision, Pay and Compare with a revised offer, and the Meeting before it starts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from offertui.domain.offer import Revision
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import no_blink, press
from tests.timeline_offers import negotiating

SIZE = (80, 24)


def _seed(store: OfferStore) -> None:
    """Two offers; Acme's has been revised once, its meeting online."""
    negotiating(store, Revision(date(2026, 11, 24), 9_500_000, "Start in April"))
    globex = replace(store.create("Globex", "SRE"), annual_pay=8_800_000)
    handle = store.open(globex.id)
    handle.save(globex)
    handle.close()


def _open(screen_key: str) -> Any:
    async def run(pilot: Any) -> None:
        await press(pilot, "enter", screen_key)  # Acme: the nearest deadline
        await no_blink(pilot)

    return run


def test_decision_with_a_revised_offer(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_open("f5"))


def test_pay_with_a_revised_offer(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_open("f7"))


def test_meeting_before_it_starts(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_open("f4"))


def test_revision_dialog(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store)

    async def record(pilot: Any) -> None:
        await press(pilot, "enter", "f5")
        await run_command(pilot, "Record revised offer")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=record)


def test_compare_with_a_revised_offer(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store)

    async def compare(pilot: Any) -> None:
        await press(pilot, "c")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=compare)


def test_search_dialog(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store)

    async def search(pilot: Any) -> None:
        await press(pilot, "s")
        for key in "april":
            await pilot.press(key)
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=search)
