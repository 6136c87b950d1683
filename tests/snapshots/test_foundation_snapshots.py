"""Snapshots of the foundation's screens at 80x24 and 120x40."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from offertui.storage.store import OfferStore
from tests.helpers import no_blink, press, settle_home

SIZES = [(80, 24), (120, 40)]


def _seed(store: OfferStore) -> None:
    for company, position, deadline, pay, stage in [
        ("株式会社サクラテック", "バックエンドエンジニア", date(2026, 11, 27), 8_500_000, "prep"),
        (
            "Globex Japan K.K.",
            "Site Reliability Engineer",
            date(2026, 12, 9),
            11_000_000,
            "deciding",
        ),
        ("Initech", "Frontend Developer", date(2026, 11, 20), None, "meeting"),
    ]:
        offer = store.create(company, position)
        handle = store.open(offer.id)
        handle.save(replace(offer, reply_deadline=deadline, annual_pay=pay, stage=stage))
        handle.close()
    (store.offers_dir / "hand-edited.toml").write_text('schema_version = 1\ncompany = "x\n')


@pytest.mark.parametrize("size", SIZES)
def test_home_empty(snap_compare: Any, make_app: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle_home)


@pytest.mark.parametrize("size", SIZES)
def test_home_with_offers(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store)
    assert snap_compare(make_app(), terminal_size=size, run_before=settle_home)


@pytest.mark.parametrize("size", SIZES)
def test_overview(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store)

    async def open_first(pilot: Any) -> None:
        await press(pilot, "enter")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_first)


@pytest.mark.parametrize("size", SIZES)
def test_new_offer_dialog_error(snap_compare: Any, make_app: Any, size: tuple[int, int]) -> None:
    async def new_without_company(pilot: Any) -> None:
        await press(pilot, "n")
        await press(pilot, "enter", "enter")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=new_without_company)


@pytest.mark.parametrize("size", SIZES)
def test_profile(snap_compare: Any, make_app: Any, size: tuple[int, int]) -> None:
    async def open_profile(pilot: Any) -> None:
        await press(pilot, "p")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_profile)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: Any, make_app: Any, size: tuple[int, int]) -> None:
    async def open_help(pilot: Any) -> None:
        await press(pilot, "f1")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_help)
