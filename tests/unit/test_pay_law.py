"""The pay checks the law asks for, each with a worked example done by hand in the comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from offertui.domain.pay import PayModel, compute, scheduled_hours
from offertui.domain.pay_checks import check


def keys(model: PayModel, today: date | None = None) -> set[str]:
    return {finding.key for finding in check(model, today)}


# --- the pay as the letter states it ----------------------------------------------------


def test_a_monthly_salary_including_fixed_overtime_gives_its_base() -> None:
    # 月給 350,000 "including 70,000 of fixed overtime for 45 hours": base 280,000.
    model = PayModel(
        monthly_base=350_000,
        includes_fixed_overtime=True,
        fixed_overtime_hours=45,
        fixed_overtime_amount=70_000,
    )
    result = compute(model)
    assert result.monthly_base == 280_000
    assert result.monthly_guaranteed == 350_000  # what is paid, not 420,000
    assert result.annual_guaranteed == 4_200_000
    # 280,000 / 160 = 1,750 an hour; 45 × 1,750 × 1.25 = 98,437.5 → 98,438 > 70,000.
    assert result.minimum_fixed_overtime_pay == 98_438
    assert "fixed_overtime_underpaid" in keys(model)


def test_enough_fixed_overtime_in_an_inclusive_salary_passes() -> None:
    # 月給 420,000 incl. 100,000 for 45 h: base 320,000 / 160 = 2,000; 45 × 2,000 × 1.25
    # = 112,500 > 100,000, underpaid; with 115,000 instead: base 305,000 / 160 = 1,906.25;
    # 45 × 1,906.25 × 1.25 = 107,226.6 → 107,227 ≤ 115,000: fine.
    fine = PayModel(
        monthly_base=420_000,
        includes_fixed_overtime=True,
        fixed_overtime_hours=45,
        fixed_overtime_amount=115_000,
    )
    assert compute(fine).minimum_fixed_overtime_pay == 107_227
    assert "fixed_overtime_underpaid" not in keys(fine)


def test_an_annual_salary_including_fixed_overtime_is_not_counted_twice() -> None:
    # 年俸 7,200,000 including 100,000 a month for 40 h: guaranteed 7,200,000, not
    # 7,200,000 + 12 × 100,000 = 8,400,000.
    model = PayModel(
        basis="annual",
        annual_salary=7_200_000,
        includes_fixed_overtime=True,
        fixed_overtime_hours=40,
        fixed_overtime_amount=100_000,
    )
    result = compute(model)
    assert result.annual_guaranteed == 7_200_000
    # 7,200,000 / 12 − 100,000 = 500,000; / 160 = 3,125; 40 × 3,125 × 1.25 = 156,250.
    assert result.monthly_base == 500_000
    assert result.minimum_fixed_overtime_pay == 156_250
    assert "fixed_overtime_underpaid" in keys(model)


# --- the hourly base by the law's rule -----------------------------------------------------


def test_a_job_allowance_counts_in_the_hourly_base() -> None:
    # Base 250,000 with 90,000 fixed overtime for 45 h.
    # Without allowances: 250,000 / 160 = 1,562.5; 45 × 1,562.5 × 1.25 = 87,890.6 → 87,891.
    plain = PayModel(monthly_base=250_000, fixed_overtime_hours=45, fixed_overtime_amount=90_000)
    assert compute(plain).minimum_fixed_overtime_pay == 87_891
    assert "fixed_overtime_underpaid" not in keys(plain)
    # A 職務手当 of 50,000 counts: 300,000 / 160 = 1,875; 45 × 1,875 × 1.25 = 105,468.75.
    job = PayModel(
        monthly_base=250_000,
        other_allowance=50_000,
        fixed_overtime_hours=45,
        fixed_overtime_amount=90_000,
    )
    assert compute(job).hourly_base == pytest.approx(1_875)
    assert compute(job).minimum_fixed_overtime_pay == 105_469
    assert "fixed_overtime_underpaid" in keys(job)


@pytest.mark.parametrize("excluded", ["family_allowance", "housing_allowance", "commute_allowance"])
def test_the_excluded_allowances_stay_out_of_the_hourly_base(excluded: str) -> None:
    # 家族手当, 住宅手当, 通勤手当 are 除外賃金 (労基法37条5項, 施行規則21条): 250,000 / 160.
    model = PayModel(
        monthly_base=250_000,
        fixed_overtime_hours=45,
        fixed_overtime_amount=90_000,
        **{excluded: 50_000},  # type: ignore[arg-type]
    )
    assert compute(model).hourly_base == pytest.approx(1_562.5)
    assert "fixed_overtime_underpaid" not in keys(model)


def test_a_flat_housing_allowance_counts_in_the_hourly_base() -> None:
    # 住宅手当 30,000 paid the same to everyone is no 除外賃金 (基発170号, 平成11年3月31日).
    # Varying with the rent: 250,000 / 160 = 1,562.5 an hour; 40 h × 1,562.5 × 1.25
    # = 78,125, so 80,000 of fixed overtime is enough.
    # Flat: (250,000 + 30,000) / 160 = 1,750; 40 h × 1,750 × 1.25 = 87,500 > 80,000.
    by_rent = PayModel(
        monthly_base=250_000,
        housing_allowance=30_000,
        fixed_overtime_hours=40,
        fixed_overtime_amount=80_000,
    )
    flat = replace(by_rent, housing_allowance_flat=True)
    assert compute(by_rent).hourly_base == pytest.approx(1_562.5)
    assert compute(by_rent).minimum_fixed_overtime_pay == 78_125
    assert "fixed_overtime_underpaid" not in keys(by_rent)
    assert compute(flat).hourly_base == pytest.approx(1_750)
    assert compute(flat).minimum_fixed_overtime_pay == 87_500
    assert "fixed_overtime_underpaid" in keys(flat)
    # The minimum wage counts housing either way: 280,000 / 160 = 1,750.
    assert compute(by_rent).minimum_wage_hourly == compute(flat).minimum_wage_hourly == 1_750


def test_a_flat_housing_allowance_counts_when_the_base_is_worked_back() -> None:
    # 月給 337,500 "including fixed overtime for 40 hours", amount not given; flat 住宅手当
    # 30,000. With a base of 250,000 the legal minimum is (250,000 + 30,000) / 160 × 40
    # × 1.25 = 87,500, and 250,000 + 87,500 = 337,500: the most the base can be.
    model = PayModel(
        monthly_base=337_500,
        includes_fixed_overtime=True,
        fixed_overtime_hours=40,
        housing_allowance=30_000,
        housing_allowance_flat=True,
    )
    result = compute(model)
    assert result.base_estimated
    assert result.monthly_base == 250_000
    assert result.monthly_fixed_overtime == 87_500


# --- scheduled hours from the letter ---------------------------------------------------------


def test_scheduled_hours_come_from_the_letters_days() -> None:
    # 7.5 h days, about 20 days a month: 150 h, not 160.
    assert scheduled_hours(PayModel(daily_hours=7.5)) == (150.0, "7.5 h × 20 days, assumed")
    # 7.5 h × (365 − 120 days off) = 1,837.5 h a year; ÷ 12 = 153.125.
    hours, basis = scheduled_hours(PayModel(daily_hours=7.5, annual_days_off=120))
    assert hours == pytest.approx(153.125) and basis == "7.5 h × 245 days ÷ 12"
    assert scheduled_hours(PayModel()) == (160.0, "8 h × 20 days, assumed")
    assert scheduled_hours(PayModel(scheduled_hours_per_month=170))[0] == 170
    # The divisor changes the hourly base: 300,000 / 150 = 2,000.
    assert compute(PayModel(monthly_base=300_000, daily_hours=7.5)).hourly_base == 2_000


def test_old_files_with_the_old_default_hours_still_load() -> None:
    old = PayModel.from_dict({"monthly_base": 300_000, "scheduled_hours_per_month": 160.0})
    assert old.scheduled_hours_per_month is None
    assert compute(old).hourly_base == pytest.approx(1_875)  # 300,000 / 160, as before
    assert "includes_fixed_overtime" not in old.to_dict()
    assert "prefecture" not in old.to_dict()


# --- the minimum wage -------------------------------------------------------------------------


def test_250k_including_45h_of_fixed_overtime_is_below_tokyos_minimum_wage() -> None:
    # 月給 250,000 including 45 h of fixed overtime, amount not stated. At best the
    # overtime is the legal minimum: 250,000 = B + 45 × 1.25 × B / 160 = B × 1.3515625,
    # so B = 184,971; 184,971 / 160 = 1,156 an hour < 1,226 (Tokyo from 2025-10-03).
    model = PayModel(
        monthly_base=250_000,
        includes_fixed_overtime=True,
        fixed_overtime_hours=45,
        prefecture="東京都",
    )
    result = compute(model)
    assert result.base_estimated
    assert result.monthly_base == 184_971
    assert result.minimum_wage_hourly == pytest.approx(1_156.07, abs=0.01)
    finding = next(f for f in check(model) if f.key == "minimum_wage_below")
    assert finding.severity == "high"
    assert "¥1,156" in finding.title and "¥1,226" in finding.title and "at best" in finding.title
    # Before 2025-10-03 the previous figure, 1,163, applied: still below.
    earlier = next(f for f in check(model, date(2025, 9, 1)) if f.key == "minimum_wage_below")
    assert "¥1,163" in earlier.title


def test_a_base_above_the_minimum_wage_is_not_flagged() -> None:
    # 300,000 incl. 45 h: B = 300,000 / 1.3515625 = 221,965; / 160 = 1,387 ≥ 1,226.
    model = PayModel(
        monthly_base=300_000,
        includes_fixed_overtime=True,
        fixed_overtime_hours=45,
        prefecture="Tokyo",
    )
    assert "minimum_wage_below" not in keys(model)
    # Without a prefecture there is nothing to compare with.
    low = PayModel(monthly_base=150_000)
    assert "minimum_wage_below" not in keys(low)


def test_the_minimum_wage_counts_housing_but_not_family_or_commute() -> None:
    # 180,000 + housing 20,000 = 200,000 / 160 = 1,250 ≥ 1,226: fine.
    housing = PayModel(monthly_base=180_000, housing_allowance=20_000, prefecture="東京")
    assert "minimum_wage_below" not in keys(housing)
    # 180,000 (+ family or commute, left out) / 160 = 1,125 < 1,226.
    for name in ("family_allowance", "commute_allowance"):
        model = PayModel(monthly_base=180_000, prefecture="東京都", **{name: 20_000})  # type: ignore[arg-type]
        assert "minimum_wage_below" in keys(model)
    # Osaka's 1,177: 190,000 / 160 = 1,187.5 is fine there, not in Tokyo.
    assert "minimum_wage_below" not in keys(PayModel(monthly_base=190_000, prefecture="大阪府"))
    assert "minimum_wage_below" in keys(PayModel(monthly_base=190_000, prefecture="東京都"))


# --- the 36 agreement's limits ------------------------------------------------------------------


def _fo(hours: float) -> PayModel:
    # Paid generously so that only the hour limits speak.
    return PayModel(monthly_base=400_000, fixed_overtime_hours=hours, fixed_overtime_amount=400_000)


@pytest.mark.parametrize(
    ("hours", "raised", "not_raised"),
    [
        (30, set(), {"fixed_overtime_over_360h_year", "fixed_overtime_over_45h"}),  # 360 h
        (31, {"fixed_overtime_over_360h_year"}, {"fixed_overtime_over_45h"}),  # 372 h a year
        (45, {"fixed_overtime_over_360h_year"}, {"fixed_overtime_over_45h"}),
        (46, {"fixed_overtime_over_45h"}, {"fixed_overtime_over_720h_year"}),
        (60, {"fixed_overtime_over_45h"}, {"fixed_overtime_over_720h_year"}),  # 720 h: at it
        (61, {"fixed_overtime_over_720h_year"}, {"fixed_overtime_80h"}),  # 732 h a year
        (80, {"fixed_overtime_80h"}, {"fixed_overtime_100h", "fixed_overtime_over_45h"}),
        (99, {"fixed_overtime_80h"}, {"fixed_overtime_100h"}),
        (100, {"fixed_overtime_100h", "fixed_overtime_80h"}, set()),
    ],
)
def test_the_36_agreement_limits(hours: float, raised: set[str], not_raised: set[str]) -> None:
    found = keys(_fo(hours))
    assert raised <= found
    assert not (not_raised & found)


def test_every_finding_has_a_japanese_question() -> None:
    models = [
        _fo(100),
        PayModel(monthly_base=180_000, prefecture="東京都"),
        PayModel(monthly_base=300_000, fixed_overtime_hours=45, fixed_overtime_amount=10_000),
        PayModel(monthly_base=300_000, bonus_months=2),
        PayModel(monthly_base=300_000, bonus_performance_only=True),
        PayModel(basis="annual", annual_salary=6_000_000, annual_parts=14),
        PayModel(fixed_overtime_amount=50_000),
    ]
    seen = set()
    for model in models:
        for finding in check(model):
            seen.add(finding.key)
            assert finding.ask_ja.endswith("でしょうか。"), finding.key
            assert finding.follow_up_ja.endswith("という理解でよろしいでしょうか。"), finding.key
    assert len(seen) >= 11
