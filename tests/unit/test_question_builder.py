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
from offertui.domain.question_bank import default_bank
from offertui.domain.questions import (
    build_question,
    default_questions,
    letter_keys_asked,
    new_offer,
    own_question,
    pay_keys_asked,
    question_for_letter_item,
    question_for_pay_finding,
    question_from_default,
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


def test_a_question_the_candidate_writes_gets_a_new_id_and_keeps_its_words() -> None:
    first = own_question("How is on-call paid?\r\nAnd how often?")
    second = own_question("How is on-call paid?", "hours", "So it is paid by the hour?")
    assert first.id != second.id and first.id.startswith("my-") and second.id.startswith("my-")
    assert first.text == "How is on-call paid?\nAnd how often?"  # line ends as LF
    assert (first.topic, first.follow_up, first.must_ask) == ("other", "", False)
    assert (second.topic, second.follow_up) == ("hours", "So it is paid by the hour?")
    assert first.default == "" and first.answer == ""


def test_the_default_questions_are_the_bank_unanswered_and_marked_with_their_keys() -> None:
    bank = default_bank()
    questions = default_questions()
    assert [q.id for q in questions] == [d.key for d in bank]
    for default, question in zip(bank, questions, strict=True):
        assert question == question_from_default(default)
        assert (question.default, question.topic) == (default.key, default.topic)
        assert (question.text, question.follow_up) == (default.text, default.follow_up)
        assert question.answer == "" and question.status == "open"


def test_the_findings_already_asked_are_read_from_the_question_ids() -> None:
    finding = check(PayModel(monthly_base=180_000, bonus_months=2, prefecture="東京都"))[0]
    item_question = question_for_letter_item(letter_items()[0])
    questions = (
        question_for_pay_finding(finding),
        item_question,
        own_question("pay-looking text that is not a finding's"),
    )
    assert pay_keys_asked(questions) == {finding.key}
    assert letter_keys_asked(questions) == {letter_items()[0].key}
    assert pay_keys_asked(()) == set() and letter_keys_asked(questions[:1]) == set()
