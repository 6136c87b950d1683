"""Worked examples for the pay model. Every expected figure is worked out by hand in
the comment next to it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from offertui.domain.pay import (
    PayModel,
    compute,
    minimum_fixed_overtime_pay,
)
from offertui.domain.pay_checks import SEVERITIES, PayFinding, check
from offertui.domain.pay_rules import DISCLAIMER


def keys(findings: list[PayFinding]) -> list[str]:
    return [finding.key for finding in findings]


# --- Monthly salary with a bonus ----------------------------------------------------

MONTHLY = PayModel(
    basis="monthly",
    monthly_base=400_000,
    housing_allowance=20_000,
    commute_allowance=15_000,
    bonus_months=4,
)


def test_monthly_with_bonus_totals() -> None:
    result = compute(MONTHLY)
    assert result.monthly_base == 400_000
    assert result.payment_per_part is None
    # 400,000 base + 20,000 housing; commute is kept apart.
    assert result.monthly_guaranteed == 420_000
    assert result.monthly_commute == 15_000
    # 12 × 420,000
    assert result.annual_guaranteed == 5_040_000
    # 4 months × 400,000
    assert result.annual_bonus == 1_600_000
    # 5,040,000 + 1,600,000
    assert result.annual_expected == 6_640_000
    # 12 × 15,000
    assert result.annual_commute == 180_000
    # 400,000 / 160 h
    assert result.hourly_base == pytest.approx(2_500)
    assert result.minimum_fixed_overtime_pay is None


def test_guaranteed_bonus_counts_in_the_guaranteed_total() -> None:
    result = compute(replace(MONTHLY, bonus_guaranteed=True))
    assert result.annual_guaranteed == 6_640_000
    assert result.annual_expected == 6_640_000
    assert "bonus_not_guaranteed" not in keys(check(replace(MONTHLY, bonus_guaranteed=True)))


def test_non_guaranteed_bonus_is_flagged_low() -> None:
    findings = check(MONTHLY)
    assert keys(findings) == ["bonus_not_guaranteed"]
    assert findings[0].severity == "low"
    assert "4-month" in findings[0].title


@pytest.mark.parametrize(
    "stated",
    [
        5_040_000,  # guaranteed only
        5_220_000,  # guaranteed + commute
        6_640_000,  # with the expected bonus
        6_820_000,  # with bonus and commute
        6_649_999,  # within the ¥10,000 tolerance (annual pay is often noted in 万)
    ],
)
def test_stated_total_matching_any_usual_reading_is_accepted(stated: int) -> None:
    assert "annual_total_mismatch" not in keys(check(MONTHLY, stated_total=stated))


def test_stated_total_that_does_not_add_up_is_flagged() -> None:
    findings = check(MONTHLY, stated_total=7_000_000)
    mismatch = next(f for f in findings if f.key == "annual_total_mismatch")
    assert mismatch.severity == "medium"
    # The nearest reading is 6,820,000 (bonus and commute): 180,000 short of the claim.
    assert "¥7,000,000" in mismatch.title
    assert "¥180,000 more" in mismatch.title


def test_performance_only_bonus_without_figure() -> None:
    model = PayModel(monthly_base=300_000, bonus_performance_only=True)
    findings = check(model)
    assert keys(findings) == ["bonus_performance_only"]
    assert findings[0].severity == "medium"
    # Unknown bonus: the expected total is just the guaranteed one, 12 × 300,000.
    assert compute(model).annual_expected == 3_600_000
    assert compute(model).annual_bonus is None


# --- Annual salary in 16 parts ------------------------------------------------------

NENPO = PayModel(
    basis="annual",
    annual_salary=6_400_000,
    annual_parts=16,
    fixed_overtime_hours=30,
    fixed_overtime_amount=125_000,
)


def test_annual_salary_in_16_parts() -> None:
    result = compute(NENPO)
    # 6,400,000 / 16
    assert result.payment_per_part == 400_000
    # The overtime base is annual / 12, not annual / 16: 533,333.33…
    assert result.monthly_base == 533_333
    # 6,400,000 / 12 / 160 = 3,333.33…
    assert result.hourly_base == pytest.approx(10_000 / 3)
    # 30 h × 3,333.33… × 1.25 = 125,000 exactly
    assert result.minimum_fixed_overtime_pay == 125_000
    assert result.fixed_overtime_premium == pytest.approx(0.25)
    # 6,400,000 + 12 × 125,000
    assert result.annual_guaranteed == 7_900_000
    assert result.annual_expected == 7_900_000


def test_annual_salary_split_is_explained_and_lawful_overtime_is_not_flagged() -> None:
    findings = check(NENPO)
    assert set(keys(findings)) == {"annual_salary_split", "fixed_overtime_excess_paid"}
    split = next(f for f in findings if f.key == "annual_salary_split")
    assert split.severity == "info"
    assert "16 parts" in split.title and "4 of them" in split.title


def test_overtime_base_ignores_the_split() -> None:
    # Same 年俸 in 12 or 16 parts: the same hourly base.
    twelve = compute(replace(NENPO, annual_parts=12))
    assert twelve.hourly_base == compute(NENPO).hourly_base
    assert twelve.payment_per_part == 533_333
    assert "annual_salary_split" not in keys(check(replace(NENPO, annual_parts=12)))


def test_annual_fixed_overtime_one_yen_short_is_underpaid() -> None:
    findings = check(replace(NENPO, fixed_overtime_amount=124_999))
    assert "fixed_overtime_underpaid" in keys(findings)


# --- Fixed overtime at 30, 45 and 80 hours -----------------------------------------


def test_fixed_overtime_30_hours() -> None:
    # 320,000 / 160 = 2,000 an hour; 30 × 2,000 × 1.25 = 75,000.
    model = PayModel(monthly_base=320_000, fixed_overtime_hours=30, fixed_overtime_amount=75_000)
    assert compute(model).minimum_fixed_overtime_pay == 75_000
    # 30 h × 12 = 360 h a year: exactly at the limit, so not flagged.
    assert keys(check(model)) == ["fixed_overtime_excess_paid"]


def test_fixed_overtime_45_hours() -> None:
    # 250,000 / 160 = 1,562.5 an hour; 45 × 1,562.5 × 1.25 = 87,890.625 → 87,891.
    model = PayModel(monthly_base=250_000, fixed_overtime_hours=45, fixed_overtime_amount=90_000)
    assert compute(model).minimum_fixed_overtime_pay == 87_891
    found = keys(check(model))
    # 45 is the monthly limit itself (not above it), but 45 × 12 = 540 > 360 a year.
    assert "fixed_overtime_over_45h" not in found
    assert "fixed_overtime_over_360h_year" in found
    assert "fixed_overtime_underpaid" not in found


def test_fixed_overtime_just_above_45_hours() -> None:
    model = PayModel(monthly_base=250_000, fixed_overtime_hours=46, fixed_overtime_amount=100_000)
    found = check(model)
    assert "fixed_overtime_over_45h" in keys(found)
    assert "fixed_overtime_over_360h_year" not in keys(found)
    over = next(f for f in found if f.key == "fixed_overtime_over_45h")
    assert over.severity == "medium"
    assert "46 hours" in over.title


def test_fixed_overtime_80_hours_underpaid() -> None:
    # 200,000 / 160 = 1,250 an hour.
    # 60 h × 1,250 × 1.25 = 93,750, plus 20 h × 1,250 × 1.5 = 37,500: 131,250.
    model = PayModel(monthly_base=200_000, fixed_overtime_hours=80, fixed_overtime_amount=100_000)
    result = compute(model)
    assert result.minimum_fixed_overtime_pay == 131_250
    # 100,000 for 80 h at 1,250 is exactly the plain rate: no premium at all.
    assert result.fixed_overtime_premium == pytest.approx(0.0)
    findings = check(model)
    found = keys(findings)
    assert "fixed_overtime_80h" in found
    assert "fixed_overtime_over_45h" not in found  # the 80-hour finding covers it
    assert "fixed_overtime_underpaid" in found
    assert all(f.severity == "high" for f in findings if f.key != "fixed_overtime_excess_paid")
    underpaid = next(f for f in findings if f.key == "fixed_overtime_underpaid")
    assert "¥100,000" in underpaid.title and "¥131,250" in underpaid.title
    assert "¥1,250" in underpaid.why


def test_fixed_overtime_80_hours_paid_in_full_is_still_flagged() -> None:
    model = PayModel(monthly_base=200_000, fixed_overtime_hours=80, fixed_overtime_amount=131_250)
    found = keys(check(model))
    assert "fixed_overtime_80h" in found
    assert "fixed_overtime_underpaid" not in found


def test_premium_rises_to_50_percent_beyond_60_hours() -> None:
    # At 1,000 an hour: 60 × 1,250 + 1 × 1,500 = 76,500.
    assert minimum_fixed_overtime_pay(61, 1_000) == 76_500
    assert minimum_fixed_overtime_pay(60, 1_000) == 75_000
    assert minimum_fixed_overtime_pay(10, 1_000) == 12_500


def test_underpaid_fixed_overtime() -> None:
    # 300,000 / 160 = 1,875 an hour; 40 × 1,875 × 1.25 = 93,750 is the minimum.
    model = PayModel(monthly_base=300_000, fixed_overtime_hours=40, fixed_overtime_amount=60_000)
    findings = check(model)
    assert findings[0].key == "fixed_overtime_underpaid"
    assert findings[0].severity == "high"
    # 60,000 / (40 × 1,875) - 1 = -0.2: less than the plain hourly rate.
    assert compute(model).fixed_overtime_premium == pytest.approx(-0.2)
    # At exactly the minimum it is lawful.
    assert "fixed_overtime_underpaid" not in keys(
        check(replace(model, fixed_overtime_amount=93_750))
    )


def test_more_scheduled_hours_lower_the_hourly_base() -> None:
    model = PayModel(
        monthly_base=300_000,
        fixed_overtime_hours=40,
        fixed_overtime_amount=90_000,
        scheduled_hours_per_month=160,
    )
    # At 160 h: minimum 93,750 > 90,000.
    assert "fixed_overtime_underpaid" in keys(check(model))
    # At 168 h: 300,000 / 168 × 40 × 1.25 = 89,285.71… → 89,286 ≤ 90,000.
    longer = replace(model, scheduled_hours_per_month=168)
    assert compute(longer).minimum_fixed_overtime_pay == 89_286
    assert "fixed_overtime_underpaid" not in keys(check(longer))


def test_fixed_overtime_with_terms_missing() -> None:
    model = PayModel(fixed_overtime_amount=50_000)
    findings = check(model)
    assert findings[0].key == "fixed_overtime_terms_incomplete"
    assert findings[0].severity == "high"
    assert "base pay" in findings[0].title and "hours" in findings[0].title
    assert "amount" not in findings[0].title


def test_fixed_overtime_with_all_terms_is_complete() -> None:
    model = PayModel(monthly_base=300_000, fixed_overtime_hours=20, fixed_overtime_amount=60_000)
    assert "fixed_overtime_terms_incomplete" not in keys(check(model))


def test_no_fixed_overtime_no_overtime_findings() -> None:
    model = PayModel(monthly_base=300_000)
    assert not [k for k in keys(check(model)) if k.startswith("fixed_overtime")]
    assert compute(model).fixed_overtime_premium is None


# --- General behaviour ---------------------------------------------------------------


def test_empty_model_has_no_figures_and_no_findings() -> None:
    result = compute(PayModel())
    assert result.annual_guaranteed is None
    assert result.annual_expected is None
    assert result.hourly_base is None
    assert check(PayModel()) == []


def test_findings_are_sorted_by_severity_and_well_formed() -> None:
    model = PayModel(
        basis="annual",
        annual_salary=4_800_000,
        annual_parts=14,
        bonus_performance_only=True,
        fixed_overtime_hours=50,
        fixed_overtime_amount=10_000,
    )
    findings = check(model, stated_total=9_000_000)
    order = [SEVERITIES.index(f.severity) for f in findings]
    assert order == sorted(order)
    assert len({f.key for f in findings}) == len(findings)
    for finding in findings:
        assert finding.ask.startswith("Could you")
        assert finding.ask.endswith("?")
        assert finding.follow_up.startswith("So to confirm, ")
        assert finding.follow_up.endswith("?")
        assert "\n" not in finding.title and finding.why.endswith(".")


@pytest.mark.parametrize(
    "changes",
    [
        {"monthly_base": -1},
        {"fixed_overtime_amount": -5},
        {"fixed_overtime_hours": -1.0},
        {"bonus_months": -0.5},
        {"annual_parts": 13},
        {"basis": "weekly"},
        {"scheduled_hours_per_month": 0},
    ],
)
def test_bad_values_are_rejected(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        replace(PayModel(), **changes)


def test_to_dict_round_trip_leaves_out_none() -> None:
    model = replace(NENPO, bonus_months=1.5, housing_allowance=30_000)
    data = model.to_dict()
    assert "monthly_base" not in data and "commute_allowance" not in data
    assert data["fixed_overtime_hours"] == 30.0
    assert isinstance(data["fixed_overtime_hours"], float)
    assert all(isinstance(value, str | int | float | bool) for value in data.values())
    assert PayModel.from_dict(data) == model


def test_from_dict_is_lenient_about_missing_and_unknown_keys() -> None:
    model = PayModel.from_dict({"monthly_base": 300_000, "future_field": "x"})
    assert model == PayModel(monthly_base=300_000)
    assert PayModel.from_dict({}) == PayModel()
    # A whole number where a float is stored is fine (TOML writes 160 for 160.0).
    assert PayModel.from_dict({"scheduled_hours_per_month": 168}).scheduled_hours_per_month == 168


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"monthly_base": "abc"}, "monthly_base"),
        ({"monthly_base": 300_000.5}, "monthly_base"),
        ({"monthly_base": True}, "monthly_base"),
        ({"bonus_guaranteed": "yes"}, "bonus_guaranteed"),
        ({"bonus_months": "2"}, "bonus_months"),
        ({"basis": 1}, "basis"),
    ],
)
def test_from_dict_rejects_wrong_types_naming_the_key(data: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        PayModel.from_dict(data)


def test_from_dict_rejects_bad_values() -> None:
    with pytest.raises(ValueError):
        PayModel.from_dict({"basis": "weekly"})
    with pytest.raises(ValueError):
        PayModel.from_dict({"annual_parts": 15})


def test_disclaimer_is_one_line() -> None:
    assert "not legal advice" in DISCLAIMER
    assert "\n" not in DISCLAIMER
