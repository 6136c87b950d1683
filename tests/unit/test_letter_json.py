"""The letter check's JSON form, as `offertui letter --json` prints it (the README
documents each key)."""

from __future__ import annotations

from offertui.domain.letter_check import check_letter
from offertui.domain.letter_items import ITEM_KEYS, item
from tests.sample_letters import FIXED_TERM_LETTER, HIDDEN_OVERTIME_NOTICE


def test_the_json_form_holds_the_documented_keys() -> None:
    data = check_letter(HIDDEN_OVERTIME_NOTICE).as_json()
    assert list(data) == ["fixed_term", "part_time", "fixed_overtime", "items", "missing"]
    assert (data["fixed_term"], data["part_time"]) == (False, False)
    assert data["fixed_overtime"] == {"hours": 45.0, "amount": 85000}
    items = data["items"]
    assert isinstance(items, list)
    assert [entry["key"] for entry in items] == list(ITEM_KEYS)
    for entry in items:
        known = item(entry["key"])
        assert list(entry) == ["key", "label", "label_ja", "required", "found", "excerpt", "law"]
        assert (entry["label"], entry["label_ja"]) == (known.label_en, known.label_ja)
        # An item the law does not ask for in writing has no article: null, not "".
        assert entry["law"] == (known.law or None)
    assert {e["key"]: e["law"] for e in items}["overtime"] == "労働基準法施行規則5条1項2号"
    assert {e["key"]: e["law"] for e in items}["remote"] is None


def test_a_part_time_letter_without_fixed_overtime_says_so() -> None:
    data = check_letter("Employment: part-time, 20 hours a week\n").as_json()
    assert (data["fixed_term"], data["part_time"], data["fixed_overtime"]) == (False, True, None)
    assert check_letter(FIXED_TERM_LETTER).as_json()["fixed_overtime"] is None
