"""Every question offertui can put in front of a candidate has both languages: the
built-in bank, each letter item's, each pay check's, and a doubt's. Each has an open
question and its closed confirmation, the English in English and the Japanese in
Japanese, so a meeting held in either language can be run from the list."""

from __future__ import annotations

import ast
import inspect

import pytest

from offertui.domain import pay_checks, pay_law_checks
from offertui.domain.japanese import is_japanese
from offertui.domain.letter_items import letter_items
from offertui.domain.offer import Question
from offertui.domain.pay import PayModel
from offertui.domain.questions import (
    default_questions,
    question_for_doubt,
    question_for_letter_item,
    question_for_pay_finding,
)
from offertui.domain.wording import wording

# Pay entered so that, between them, every check speaks.
PAY_MODELS = (
    (PayModel(monthly_base=400_000, fixed_overtime_hours=100, fixed_overtime_amount=400_000), None),
    (PayModel(monthly_base=400_000, fixed_overtime_hours=61, fixed_overtime_amount=400_000), None),
    (PayModel(monthly_base=400_000, fixed_overtime_hours=46, fixed_overtime_amount=400_000), None),
    (PayModel(monthly_base=400_000, fixed_overtime_hours=31, fixed_overtime_amount=400_000), None),
    (PayModel(monthly_base=180_000, prefecture="東京都"), None),
    (PayModel(monthly_base=300_000, fixed_overtime_hours=45, fixed_overtime_amount=10_000), None),
    (PayModel(monthly_base=300_000, bonus_months=2), 9_000_000),
    (PayModel(monthly_base=300_000, bonus_performance_only=True), None),
    (PayModel(basis="annual", annual_salary=6_000_000, annual_parts=14), None),
    (PayModel(fixed_overtime_amount=50_000), None),
)


def _pay_finding_keys_in_the_source() -> set[str]:
    """The key of every finding the pay checks can make, read from their code, so a new
    check is caught here however it is reached."""
    keys = set()
    nodes = [ast.walk(ast.parse(inspect.getsource(m))) for m in (pay_checks, pay_law_checks)]
    for node in (node for walk in nodes for node in walk):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "PayFinding":
            for keyword in node.keywords:
                if keyword.arg == "key" and isinstance(keyword.value, ast.Constant):
                    keys.add(keyword.value.value)
    return keys


def _pay_questions() -> dict[str, Question]:
    questions = {}
    for model, stated in PAY_MODELS:
        for finding in pay_checks.check(model, stated_total=stated):
            questions[finding.key] = question_for_pay_finding(finding)
    return questions


def _every_question() -> list[Question]:
    return [
        *default_questions(),
        *(question_for_letter_item(item) for item in letter_items()),
        *_pay_questions().values(),
        question_for_doubt("my-1", "other", "The team lead was not in the interviews"),
    ]


def test_the_pay_models_here_raise_every_check_there_is() -> None:
    assert set(_pay_questions()) == _pay_finding_keys_in_the_source()


@pytest.mark.parametrize("question", _every_question(), ids=lambda q: q.id)
def test_every_question_reads_in_both_languages(question: Question) -> None:
    english = wording(question, "en")
    japanese = wording(question, "ja")
    assert english.lang == "en" and japanese.lang == "ja"
    assert english.text and english.follow_up and japanese.text and japanese.follow_up
    assert not is_japanese(english.text) and not is_japanese(english.follow_up)
    assert is_japanese(japanese.text) and is_japanese(japanese.follow_up)
    # Open first, then the closed confirmation, in each language.
    assert english.text.endswith("?") and english.follow_up.endswith("?")
    assert japanese.text.endswith(("か。", "か？", "ください。"))
    assert japanese.follow_up.endswith("という理解でよろしいでしょうか。")
