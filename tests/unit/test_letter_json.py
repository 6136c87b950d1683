"""The letter check's JSON form, as `offertui letter --json` prints it (the README
documents each key)."""

from __future__ import annotations

from offertui.domain.letter_check import check_letter
from offertui.domain.letter_items import ITEM_KEYS, item
from tests.sample_letters import FIXED_TERM_LETTER, HIDDEN_OVERTIME_NOTICE


def test_the_json_form_holds_the_documented_keys() -> None:
    data = check_letter(HIDDEN_OVERTIME_NOTICE).as_json()
    assert list(data) == [
        "fixed_term",
        "part_time",
        "fixed_overtime",
        "items",
        "missing",
        "unconfirmed",
    ]
    assert (data["fixed_term"], data["part_time"]) == (False, False)
    assert data["fixed_overtime"] == {"hours": 45.0, "amount": 85000}
    items = data["items"]
    assert isinstance(items, list)
    assert [entry["key"] for entry in items] == list(ITEM_KEYS)
    for entry in items:
        known = item(entry["key"])
        assert list(entry) == [
            "key",
            "label",
            "label_ja",
            "required",
            "found",
            "excerpt",
            "law",
            "status",
            "mention",
        ]
        assert (entry["label"], entry["label_ja"]) == (known.label_en, known.label_ja)
        # An item the law does not ask for in writing has no article: null, not "".
        assert entry["law"] == (known.law or None)
    assert {e["key"]: e["law"] for e in items}["overtime"] == "労働基準法施行規則5条1項2号"
    assert {e["key"]: e["law"] for e in items}["remote"] is None


def test_a_part_time_letter_without_fixed_overtime_says_so() -> None:
    data = check_letter("Employment: part-time, 20 hours a week\n").as_json()
    assert (data["fixed_term"], data["part_time"], data["fixed_overtime"]) == (False, True, None)
    assert check_letter(FIXED_TERM_LETTER).as_json()["fixed_overtime"] is None


def test_an_unconfirmed_item_is_missing_too_with_where_the_letter_speaks_of_it() -> None:
    # The change of place is said in words the check does not read as a 変更の範囲; the
    # duties' scope is not spoken of at all.
    text = (
        "勤務地：本社（東京都港区）\n"
        "勤務する拠点は、事業の状況によって広がることがあります。\n"
        "業務：経理\n"
    )
    data = check_letter(text).as_json()
    entries = {entry["key"]: entry for entry in data["items"]}
    place, duties = entries["change_scope_workplace"], entries["change_scope_duties"]
    assert (place["found"], place["status"]) == (False, "unconfirmed")
    assert place["mention"] == "勤務する拠点は、事業の状況によって広がることがあります。"
    assert (duties["found"], duties["status"], duties["mention"]) == (False, "missing", None)
    assert "change_scope_workplace" in data["missing"]
    assert "change_scope_duties" in data["missing"]
    assert data["unconfirmed"] == ["change_scope_workplace"]
    assert set(data["unconfirmed"]) <= set(data["missing"])
    assert entries["workplace"]["status"] == "found"
    assert entries["workplace"]["mention"] is None
