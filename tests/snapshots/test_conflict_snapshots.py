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


def _changed_on_disk(store: OfferStore) -> None:
    store.create("Acme", "Dev")


async def _type_into_the_changed_offer(pilot: Any) -> None:
    """Open the offer, have another program change its file, type into it."""
    from offertui.widgets.conflict_banner import ConflictBanner
    from tests.helpers import wait_until

    await settle_home(pilot)
    await press(pilot, "enter")
    path = pilot.app.store.path_for("acme-dev")
    path.write_text(path.read_text("utf-8").replace('"Dev"', '"Edited by hand"'), "utf-8")
    pilot.app.screen.query_one("#contact_name Input").focus()
    await press(pilot, *"Sato")  # into the contact's name: the save finds the change
    banner = pilot.app.screen.query_one(ConflictBanner)
    await wait_until(pilot, lambda: banner.display, what="the banner")
    pilot.app.clear_notifications()  # the toast times out: the banner is what stays
    await no_blink(pilot)


def test_the_file_changed_on_disk_banner(
    snap_compare: Any, make_app: Any, store: OfferStore
) -> None:
    _changed_on_disk(store)
    size = (80, 24)
    assert snap_compare(make_app(), terminal_size=size, run_before=_type_into_the_changed_offer)


def test_the_file_changed_on_disk_compared(
    snap_compare: Any, make_app: Any, store: OfferStore
) -> None:
    _changed_on_disk(store)

    async def compare(pilot: Any) -> None:
        from tests.commands import run_command

        await _type_into_the_changed_offer(pilot)
        await run_command(pilot, "Compare with the file on disk")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=compare)


def test_a_terminal_too_small(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    store.create("Acme", "Dev")

    async def small(pilot: Any) -> None:
        await settle_home(pilot)
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=(72, 20), run_before=small)
