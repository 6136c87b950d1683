"""The pay part of the offer file: older files keep loading, and new keys round-trip."""

from __future__ import annotations

import tomllib
from dataclasses import replace

from offertui.domain.pay import PayModel
from offertui.storage.store import OfferStore

OLD_FILE = """\
schema_version = 1
company = "Acme"
position = "Dev"
stage = "prep"

[pay]
basis = "monthly"
monthly_base = 280000
fixed_overtime_hours = 45.0
fixed_overtime_amount = 70000
scheduled_hours_per_month = 160.0
stated_annual_total = 4200000  # kept by older versions beside the Overview's figure
"""


def test_an_old_pay_table_loads_with_the_same_meaning(store: OfferStore) -> None:
    path = store.offers_dir / "acme-dev.toml"
    path.write_text(OLD_FILE, encoding="utf-8")
    offer = store.load("acme-dev")
    # The old convention: monthly_base without fixed overtime.
    assert offer.pay.includes_fixed_overtime is False
    assert offer.pay.scheduled_hours_per_month is None  # the old default, not a statement
    # The stated total lives in one place now: the offer's annual pay.
    assert offer.annual_pay == 4_200_000
    handle = store.open(offer.id)
    handle.save(replace(offer, pay=replace(offer.pay, daily_hours=7.5)))
    handle.close()
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data["annual_pay"] == 4_200_000
    assert data["pay"]["daily_hours"] == 7.5
    # The old key and its comment are left as they were, never lost.
    assert "stated_annual_total = 4200000  # kept by older versions" in text
    assert "includes_fixed_overtime" not in data["pay"]
    # An old file's housing allowance keeps being read as varying with the rent.
    assert offer.pay.housing_allowance_flat is False
    assert "housing_allowance_flat" not in data["pay"]


def test_the_overviews_annual_pay_wins_over_an_old_stated_total(store: OfferStore) -> None:
    path = store.offers_dir / "acme-dev.toml"
    path.write_text(
        OLD_FILE.replace('stage = "prep"', 'stage = "prep"\nannual_pay = 4500000'), "utf-8"
    )
    assert store.load("acme-dev").annual_pay == 4_500_000


def test_the_new_pay_keys_round_trip(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    pay = PayModel(
        basis="annual",
        annual_salary=7_200_000,
        includes_fixed_overtime=True,
        fixed_overtime_hours=40,
        fixed_overtime_amount=100_000,
        family_allowance=10_000,
        housing_allowance=30_000,
        housing_allowance_flat=True,
        daily_hours=7.5,
        annual_days_off=120,
        prefecture="東京都",
    )
    handle = store.open(offer.id)
    handle.save(replace(offer, pay=pay))
    handle.close()
    assert store.load(offer.id).pay == pay


def test_a_flat_housing_allowance_is_stored_as_a_boolean(store: OfferStore) -> None:
    path = store.offers_dir / "acme-dev.toml"
    path.write_text(OLD_FILE + "housing_allowance = 30000\nhousing_allowance_flat = true\n")
    assert store.load("acme-dev").pay.housing_allowance_flat is True
