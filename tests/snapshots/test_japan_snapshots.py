"""Snapshots of Pay, Letter and Glossary at 80x24 and 120x40."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from offertui.domain.offer import Letter
from offertui.domain.pay import PayModel
from offertui.storage.store import OfferStore
from tests.helpers import no_blink, press
from tests.sample_letters import HIDDEN_OVERTIME_NOTICE

SIZES = [(80, 24), (120, 40)]


def _seed(store: OfferStore, *, with_pay: bool = True) -> None:
    offer = store.create("株式会社サンプル", "Backend Engineer")
    pay = PayModel(
        monthly_base=315_000,
        fixed_overtime_hours=45,
        fixed_overtime_amount=85_000,
        commute_allowance=15_000,
        bonus_months=2,
    )
    handle = store.open(offer.id)
    handle.save(
        replace(
            offer,
            letter=Letter(
                received=True,
                text=HIDDEN_OVERTIME_NOTICE,
                missing=("change_scope_workplace", "change_scope_duties"),
            ),
            pay=pay if with_pay else PayModel(),
        )
    )
    handle.close()


def _open(screen_key: str, *then: str) -> Any:
    async def run_before(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, screen_key, *then)
        await no_blink(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_pay_panel(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _seed(store)
    assert snap_compare(make_app(), terminal_size=size, run_before=_open("f7", "ctrl+n"))


@pytest.mark.parametrize("size", SIZES)
def test_letter_check(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    # No pay yet: the letter's hidden overtime is offered for copying into Pay.
    _seed(store, with_pay=False)
    assert snap_compare(make_app(), terminal_size=size, run_before=_open("f8"))


@pytest.mark.parametrize("size", SIZES)
def test_glossary(snap_compare: Any, make_app: Any, size: tuple[int, int]) -> None:
    async def search(pilot: Any) -> None:
        await press(pilot, "g")
        await press(pilot, *"zangyo")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=search)
