"""The letter items' data file: read faithfully, field by field, and refused with the
item and the field named when an entry is malformed."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

import pytest

from offertui.domain.letter_items import ITEM_KEYS, _parse, item, letter_items

LIST_FIELDS = ("headings", "phrases", "excludes", "weak_headings", "not_with")
PATTERN_FIELDS = ("requires", "weak_requires")
TEXT_FIELDS = ("key", "label_en", "label_ja", "law", "why", "question", "follow_up")


def raw_items() -> list[dict[str, Any]]:
    source = resources.files("offertui.domain").joinpath("letter_items.toml")
    items: list[dict[str, Any]] = tomllib.loads(source.read_text("utf-8"))["item"]
    return items


def test_every_entry_of_the_file_is_read_as_written_in_key_order() -> None:
    # Read afresh, not from the cache filled when the tests were collected.
    fresh = letter_items.__wrapped__()
    assert [i.key for i in fresh] == list(ITEM_KEYS)
    by_key = {i.key: i for i in fresh}
    for raw in raw_items():
        entry = by_key[raw["key"]]
        for name in (*TEXT_FIELDS, "question_ja", "follow_up_ja"):
            assert getattr(entry, name) == raw[name], (raw["key"], name)
        assert (entry.required_by, entry.topic) == (raw["required"], raw["topic"])
        for name in LIST_FIELDS:
            assert getattr(entry, name) == tuple(w.lower() for w in raw.get(name, [])), name
        for name in PATTERN_FIELDS:
            patterns = getattr(entry, name)
            assert [p.pattern for p in patterns] == raw.get(name, []), name
            assert all(p.flags & re.IGNORECASE for p in patterns), name
    assert any(i.requires for i in fresh) and any(i.weak_requires for i in fresh)


def test_an_item_is_found_by_its_key() -> None:
    assert item("overtime").label_ja == "所定時間外労働の有無"
    with pytest.raises(KeyError):
        item("salary")


def good() -> dict[str, Any]:
    return dict(raw_items()[0])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"key": 3}, "letter item 5: key must be a string"),
        ({"required": "custom"}, "letter item 5: unknown requirement 'custom'"),
        ({"topic": "travel"}, "letter item 5: unknown topic 'travel'"),
        ({"why": "  "}, "letter item 5: why is empty"),
        ({"follow_up_ja": ""}, "letter item 5: follow_up_ja is empty"),
        ({"headings": "残業"}, "letter item 5: headings must be a list of strings"),
        ({"requires": [1]}, "letter item 5: requires must be a list of strings"),
    ],
)
def test_a_malformed_entry_names_its_item_and_field(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        _parse({**good(), **change}, 5)


def test_list_fields_may_be_left_out_and_words_are_matched_in_lower_case() -> None:
    raw = {k: v for k, v in good().items() if k not in (*LIST_FIELDS, *PATTERN_FIELDS)}
    entry = _parse({**raw, "headings": ["Overtime", "残業"], "requires": ["paid"]}, 0)
    assert entry.headings == ("overtime", "残業")
    assert entry.phrases == entry.excludes == entry.not_with == ()
    assert entry.requires[0].search("PAID")
    assert entry.weak_requires == ()
