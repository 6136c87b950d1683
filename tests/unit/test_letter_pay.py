"""Reading the pay terms out of a letter for Pay, checked against letters of the corpus."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import check_letter
from offertui.domain.letter_pay import LetterPay, pay_from_letter
from offertui.domain.pay import PayModel, compute
from tests.letter_corpus import LETTERS_DIR


def read(name: str) -> LetterPay:
    text = (LETTERS_DIR / f"{name}.txt").read_text(encoding="utf-8")
    return pay_from_letter(text, check_letter(text))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 月給 380,000 = 基本給 300,000 + 固定残業手当 80,000 for 45 h; 125 days off; Tokyo.
        (
            "d10_synonyms_ja_2",
            LetterPay(
                "monthly", 300_000, False, 45, 80_000, None, None, None, None, 8, 125, "東京都"
            ),
        ),
        # The allowance named in "業務手当は…45時間に対する割増賃金": its 70,000 is the overtime.
        (
            "d13_hidden_fo_allowance_ja",
            LetterPay(
                "monthly", 260_000, False, 45, 70_000, None, None, None, None, 8, None, "東京都"
            ),
        ),
        # 年俸 7,200,000 including 100,000 a month for 40 h; Nagoya is in Aichi.
        (
            "h34_annual_incl_fo",
            LetterPay(
                "annual", 7_200_000, True, 40, 100_000, None, None, None, None, 8, None, "愛知県"
            ),
        ),
        # Family and housing allowances; 9:00–17:30 less an hour's break: 7.5 h.
        (
            "d17_probation_range_promotion",
            LetterPay(
                "monthly",
                290_000,
                False,
                None,
                None,
                None,
                15_000,
                10_000,
                None,
                7.5,
                None,
                "宮城県",
            ),
        ),
        # "The monthly salary includes a Job Allowance of JPY 150,000 … for … 45 hours".
        (
            "d04_foreign_affiliate",
            LetterPay("annual", 9_600_000, True, 45, 150_000, None, None, None, None, 8, None, ""),
        ),
    ],
)
def test_the_letters_pay_terms(name: str, expected: LetterPay) -> None:
    assert read(name) == expected


def test_a_naitei_that_states_no_pay_gives_nothing() -> None:
    assert not read("d05_naitei_defers").found


def test_an_hourly_wage_is_not_taken_for_a_monthly_one() -> None:
    assert read("h36_part_time_fixed").written is None  # 時給 1,400円


def test_the_letters_terms_fill_an_empty_pay_model_and_keep_what_was_entered() -> None:
    terms = read("h34_annual_incl_fo")
    model, filled = terms.into(PayModel())
    assert model.basis == "annual" and model.annual_salary == 7_200_000
    assert model.includes_fixed_overtime and model.prefecture == "愛知県"
    assert "fixed_overtime_amount" in filled and "prefecture" in filled
    # The letter's 年俸 with its fixed overtime included: guaranteed 7,200,000 a year.
    assert compute(model).annual_guaranteed == 7_200_000
    entered = PayModel(monthly_base=500_000, fixed_overtime_hours=30)
    kept, filled = terms.into(entered)
    assert kept.monthly_base == 500_000 and kept.fixed_overtime_hours == 30
    assert "fixed_overtime_hours" not in filled and kept.fixed_overtime_amount == 100_000
