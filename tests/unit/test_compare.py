"""The comparison's rows and its "best value" rules."""

from __future__ import annotations

from datetime import date

import pytest

from offertui.domain.compare import UNKNOWN, best_indices, compare
from offertui.domain.offer import Decision, Fact, Letter, Offer, Question
from offertui.domain.pay import PayModel

TODAY = date(2026, 11, 25)


def test_higher_is_better() -> None:
    assert best_indices([8, 10, 9], "higher") == {1}


def test_lower_is_better() -> None:
    assert best_indices([3, 1, 2], "lower") == {1}


def test_ties_for_the_best_are_all_marked() -> None:
    assert best_indices([10, 8, 10], "higher") == {0, 2}


def test_unknown_values_are_never_best() -> None:
    assert best_indices([None, 5, 7], "higher") == {2}
    assert best_indices([None, 5, 7], "lower") == {1}


@pytest.mark.parametrize("values", [[], [5], [None, 5], [None, None], [4, 4, None], [0, 0]])
def test_nothing_to_choose_between_marks_nothing(values: list[float | None]) -> None:
    assert best_indices(values, "higher") == frozenset()
    assert best_indices(values, "lower") == frozenset()


def _offer(offer_id: str, **changes: object) -> Offer:
    base: dict[str, object] = {
        "id": offer_id,
        "company": offer_id.capitalize(),
        "position": "Engineer",
        "letter": Letter(received=True),
        "facts": (Fact("responsibilities", "APIs", "letter", True),),
    }
    base.update(changes)
    return Offer(**base)  # type: ignore[arg-type]


def _best(row_key: str, *offers: Offer) -> list[bool]:
    return [cell.best for cell in compare(offers, TODAY).row(row_key).cells]


def test_more_annual_pay_is_best_and_the_pay_model_counts_when_no_figure() -> None:
    a = _offer("a", annual_pay=9_000_000)
    b = _offer("b", pay=PayModel(monthly_base=800_000))  # 9,600,000 from the model
    c = _offer("c")
    row = compare([a, b, c], TODAY).row("annual")
    assert [cell.best for cell in row.cells] == [False, True, False]
    assert row.cells[0].text == "¥9,000,000"
    assert "from pay model" in row.cells[1].text
    assert row.cells[2].text == UNKNOWN


def test_base_and_bonus_higher_is_best() -> None:
    a = _offer("a", pay=PayModel(monthly_base=500_000, bonus_months=2))
    b = _offer("b", pay=PayModel(monthly_base=600_000, bonus_months=1, bonus_guaranteed=True))
    assert _best("base", a, b) == [False, True]
    assert _best("bonus", a, b) == [True, False]
    bonus = compare([a, b], TODAY).row("bonus").cells
    assert bonus[0].text == "¥1,000,000 (2 months, not guaranteed)"
    assert bonus[1].text == "¥600,000 (1 month, guaranteed)"


def test_most_time_left_is_the_best_deadline() -> None:
    a = _offer("a", reply_deadline=date(2026, 11, 27))
    b = _offer("b", reply_deadline=date(2026, 12, 4))
    c = _offer("c", reply_deadline=date(2026, 11, 20))
    assert _best("deadline", a, b, c) == [False, True, False]
    row = compare([a, b, c], TODAY).row("deadline")
    assert row.cells[1].text.startswith("2026-12-04, in 9 days")
    assert "overdue" in row.cells[2].text


def test_an_answered_offer_deadline_does_not_compete() -> None:
    a = _offer("a", reply_deadline=date(2026, 11, 27))
    b = _offer("b", reply_deadline=date(2026, 12, 4), stage="accepted")
    assert _best("deadline", a, b) == [False, False]
    assert "answered" in compare([a, b], TODAY).row("deadline").cells[1].text


def test_fewer_open_questions_is_best() -> None:
    a = _offer("a", questions=(Question("1", "role", "?"), Question("2", "role", "?")))
    b = _offer("b", questions=(Question("1", "role", "?", status="answered"),))
    assert _best("questions", a, b) == [False, True]


def test_fewer_red_flags_is_best() -> None:
    a = _offer("a", letter=Letter(received=False))
    b = _offer("b", decision=Decision(own_flags=("odd", "odder")))
    c = _offer("c")
    row = compare([a, b, c], TODAY).row("flags")
    assert [cell.best for cell in row.cells] == [False, False, True]
    assert row.cells[0].text == "1 (1 high)"
    assert row.cells[1].text == "2"
    assert row.cells[2].text == "0"


def test_text_rows_have_no_best() -> None:
    a = _offer(
        "a",
        facts=(
            Fact("contract", "正社員, permanent", "letter", True),
            Fact("remote", "Full remote", "interview", False),
        ),
    )
    b = _offer("b", facts=(Fact("contract", "Fixed-term 1 year", "letter", True),))
    comparison = compare([a, b], TODAY)
    for key in ("company", "position", "stage", "contract", "probation", "remote", "start"):
        row = comparison.row(key)
        assert row.better is None
        assert not any(cell.best for cell in row.cells)
    assert comparison.row("contract").cells[0].text == "正社員, permanent"
    assert comparison.row("remote").cells[0].text == "Full remote (unconfirmed)"
    assert comparison.row("remote").cells[1].text == UNKNOWN


def test_the_comparison_keeps_the_given_order_and_all_rows() -> None:
    a, b = _offer("a"), _offer("b")
    comparison = compare([b, a], TODAY)
    assert comparison.ids == ("b", "a")
    assert comparison.headings == ("B", "A")
    assert [row.key for row in comparison.rows] == [
        "company",
        "position",
        "stage",
        "annual",
        "base",
        "bonus",
        "contract",
        "probation",
        "remote",
        "start",
        "deadline",
        "questions",
        "flags",
    ]
    with pytest.raises(KeyError):
        comparison.row("nope")
