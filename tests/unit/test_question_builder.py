"""One question builder for letter items, pay findings and doubts, in two languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from offertui.domain.letter_items import item, letter_items
from offertui.domain.offer import Letter
from offertui.domain.pay import PayModel
from offertui.domain.pay_checks import check
from offertui.domain.prep import question_from_doubt
from offertui.domain.questions import (
    build_question,
    new_offer,
    question_for_letter_item,
    question_for_pay_finding,
)
from offertui.domain.red_flags import computed_flags


def test_every_letter_item_becomes_a_question_in_both_languages() -> None:
    for entry in letter_items():
        question = question_for_letter_item(entry)
        assert question.id == f"letter-{entry.key}" and question.must_ask
        assert question.text == entry.question and question.text_ja == entry.question_ja
        assert question.follow_up_ja.endswith("という理解でよろしいでしょうか。")


def test_a_pay_finding_becomes_a_question_must_ask_when_serious() -> None:
    findings = check(PayModel(monthly_base=180_000, bonus_months=2, prefecture="東京都"))
    by_key = {f.key: question_for_pay_finding(f) for f in findings}
    assert by_key["minimum_wage_below"].must_ask
    assert not by_key["bonus_not_guaranteed"].must_ask  # low severity
    assert by_key["minimum_wage_below"].text_ja.endswith("でしょうか。")
    assert by_key["minimum_wage_below"].topic == "compensation"


def test_a_doubt_becomes_a_question_in_both_languages() -> None:
    question = question_from_doubt("The manager avoided saying who I report to.")
    assert question.must_ask
    assert "who I report to" in question.text
    assert question.text_ja == (
        "「The manager avoided saying who I report to」について、"
        "もう少し詳しく教えていただけますでしょうか。"
    )
    assert question.follow_up_ja.endswith("という理解でよろしいでしょうか。")


def test_the_builder_refuses_a_question_without_its_japanese_form() -> None:
    with pytest.raises(ValueError, match="both languages"):
        build_question("x", "other", "Could you…?", "So to confirm…?", "", "")


def test_required_items_missing_from_the_letter_are_a_red_flag() -> None:
    offer = replace(
        new_offer("a", "Acme", "Dev"),
        letter=Letter(received=True, text="勤務地：東京", missing=("change_scope_workplace",)),
    )
    flags = {f.key: f for f in computed_flags(offer, date(2026, 12, 1))}
    flag = flags["letter_missing_items"]
    assert flag.severity == "medium"
    assert item("change_scope_workplace").label_en in flag.title
    many = replace(offer, letter=replace(offer.letter, missing=("wages", "leaving", "breaks")))
    assert {f.key: f for f in computed_flags(many, date(2026, 12, 1))}[
        "letter_missing_items"
    ].severity == "high"
    unchecked = replace(offer, letter=Letter(received=True))
    assert "letter_missing_items" not in {
        f.key for f in computed_flags(unchecked, date(2026, 12, 1))
    }


def test_a_pay_below_the_minimum_wage_is_a_red_flag() -> None:
    offer = replace(
        new_offer("a", "Acme", "Dev"),
        letter=Letter(received=True),
        pay=PayModel(
            monthly_base=250_000,
            includes_fixed_overtime=True,
            fixed_overtime_hours=45,
            prefecture="東京都",
        ),
    )
    keys = {f.key for f in computed_flags(offer, date(2026, 12, 1))}
    assert "pay_minimum_wage_below" in keys
