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
        # "The monthly salary includes a Job Allowance of JPY 150,000 … for … 45 hours";
        # the office in Chiyoda-ku, Tokyo is on the line under "Place of Work and Duties".
        (
            "d04_foreign_affiliate",
            LetterPay(
                "annual", 9_600_000, True, 45, 150_000, None, None, None, None, 8, None, "東京都"
            ),
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


def _terms(text: str) -> LetterPay:
    return pay_from_letter(text, check_letter(text))


def test_an_annual_figure_split_into_months_after_it_stays_annual() -> None:
    terms = _terms(
        "・年収：650万円（月給54万1,666円×12か月、みなし残業手当 月20時間分 8万円を含む）\n"
    )
    assert (terms.basis, terms.written, terms.includes_fixed_overtime) == (
        "annual",
        6_500_000,
        True,
    )
    assert _terms("・月給：54万1,666円（年収650万円）\n").basis == "monthly"


def test_fixed_overtime_written_as_part_of_the_salary_above_is_included() -> None:
    text = (
        "年俸：7,200,000円（12分割し、毎月600,000円を支給）\n"
        "うち固定残業代：月額150,000円（時間外労働45時間分）\n"
    )
    terms = _terms(text)
    assert (terms.basis, terms.written, terms.includes_fixed_overtime) == (
        "annual",
        7_200_000,
        True,
    )
    assert (terms.fixed_overtime_hours, terms.fixed_overtime_amount) == (45, 150_000)
    model, filled = terms.into(PayModel())
    # By hand: the 年俸 as written, overtime included, is what is guaranteed: 7,200,000.
    assert compute(model).annual_guaranteed == 7_200_000
    assert "includes_fixed_overtime" in filled
    english = (
        "Base salary: JPY 10,800,000 a year, in twelve monthly instalments of JPY 900,000.\n"
        "Of each monthly instalment, JPY 150,000 is paid as a fixed allowance for up to\n"
        "forty (40) hours of work beyond the statutory working hours per month.\n"
    )
    assert _terms(english).includes_fixed_overtime
    apart = "基本給 268,000円\n固定残業手当 月額47,000円（時間外労働25時間分）\n"
    assert not _terms(apart).includes_fixed_overtime


def test_a_switch_left_off_is_not_said_to_be_filled() -> None:
    terms = _terms("基本給 268,000円\n固定残業手当 月額47,000円（時間外労働25時間分）\n")
    model, filled = terms.into(PayModel())
    assert model.monthly_base == 268_000 and not model.includes_fixed_overtime
    assert "monthly_base" in filled and "includes_fixed_overtime" not in filled


def test_a_break_given_as_times_is_not_read_from_the_working_hours_after_it() -> None:
    # 9:00–17:00 less 12:00–13:00: 7 hours, the 実働7時間 the letter states.
    assert _terms("勤務時間　9：00～17：00（休憩12：00～13：00、実働7時間）\n").daily_hours == 7
    assert _terms("勤務時間　9：00～18：00（休憩1時間）\n").daily_hours == 8


def test_an_allowance_with_its_condition_in_brackets_keeps_its_amount() -> None:
    assert _terms("資格手当（医療事務認定）　5,000円\n").other_allowance == 5_000
    assert _terms("通勤手当（実費、上限30,000円）\n").commute_allowance is None


def test_the_prefecture_comes_from_the_lines_under_the_workplace_heading() -> None:
    text = (
        "第2条（就業の場所）\n"
        "　雇入れ直後：池袋営業所（東京都豊島区東池袋一丁目22番3号）\n"
        "　変更の範囲：会社の全営業所（埼玉県）\n"
    )
    assert _terms(text).prefecture == "東京都"
    # Only the scope of change names a prefecture: that is not where the job is.
    scope_only = "第2条（就業の場所）\n　本社\n　変更の範囲：会社の全営業所（埼玉県）\n"
    assert _terms(scope_only).prefecture == ""


def test_a_housing_allowance_paid_alike_to_all_is_read_as_flat() -> None:
    flat = _terms("住宅手当　一律20,000円（全社員）\n")
    assert (flat.housing_allowance, flat.housing_allowance_flat) == (20_000, True)
    by_rent = _terms("住宅手当　20,000円（家賃の額に応じて支給）\n")
    assert (by_rent.housing_allowance, by_rent.housing_allowance_flat) == (20_000, False)
    # Filled into Pay with its amount, it counts in the hourly base.
    model, said = flat.into(PayModel(monthly_base=300_000))
    assert model.housing_allowance_flat
    assert "housing_allowance_flat" in said
    assert compute(model).hourly_base == (300_000 + 20_000) / 160
