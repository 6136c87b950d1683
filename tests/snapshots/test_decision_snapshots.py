"""Snapshots of Decision and Compare at 80x24 and 120x40."""

from __future__ import annotations

from typing import Any

import pytest

from offertui.storage.store import OfferStore
from tests.decision_offers import seed_three
from tests.helpers import no_blink, press

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES)
def test_decision(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    seed_three(store)

    async def open_decision(pilot: Any) -> None:
        await press(pilot, "down", "enter")  # Sakura, second by deadline
        await press(pilot, "f5")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_decision)


@pytest.mark.parametrize("size", SIZES)
def test_compare(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    seed_three(store)

    async def compare_all(pilot: Any) -> None:
        await press(pilot, "c")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=compare_all)
