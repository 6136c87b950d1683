"""Snapshots of a sync conflict on the home and of its two versions compared, at 80x24
and 120x40."""

from __future__ import annotations

from typing import Any

import pytest

from offertui.storage.store import OfferStore
from tests.helpers import no_blink, press, settle_home

SIZES = [(80, 24), (120, 40)]
COPY = "acme-dev.sync-conflict-20261201-120000-ABCDEF7.toml"


def _seed(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    original = store.path_for(offer.id).read_bytes()
    (store.offers_dir / COPY).write_bytes(original.replace(b'stage = "prep"', b'stage = "meeting"'))


@pytest.mark.parametrize("size", SIZES)
def test_a_conflict_on_the_home(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store)

    async def to_the_conflict(pilot: Any) -> None:
        await settle_home(pilot)
        await press(pilot, "down")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=to_the_conflict)


@pytest.mark.parametrize("size", SIZES)
def test_the_two_versions_compared(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store)

    async def open_it(pilot: Any) -> None:
        await settle_home(pilot)
        await press(pilot, "down", "enter")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_it)
