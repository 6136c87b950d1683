"""Writing an offer's TOML: strings a person can read and edit by hand, and a merge that
changes only what differs, so comments, spacing and unknown keys stay where they were."""

from __future__ import annotations

import tomllib

import pytest
import tomlkit

from offertui.storage.toml_write import (
    basic_string,
    merge,
    multiline_string,
    new_document,
    parse,
    string_item,
)


def _merged(text: str, data: dict[str, object]) -> str:
    document = parse(text)
    merge(document, data)  # type: ignore[arg-type]
    return document.as_string()


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("plain 日本語", '"plain 日本語"'),
        ("a\tb", '"a\tb"'),  # a tab needs no escape
        ('a\tb "c"', '"a\tb \\"c\\""'),
        ('back\\slash and "quotes"', '"back\\\\slash and \\"quotes\\""'),
        ("\b\f\r\x01\x7f", '"\\b\\f\\r\\u0001\\u007f"'),
    ],
)
def test_a_one_line_string_escapes_only_what_it_must(value: str, written: str) -> None:
    item = basic_string(value)
    assert item.as_string() == written
    assert item == value
    assert tomllib.loads(f"v = {written}")["v"] == value


@pytest.mark.parametrize(
    ("value", "body"),
    [
        ('line one\nsaid "yes"\n\ttabbed', 'line one\nsaid "yes"\n\ttabbed'),
        ("\nleading newline", "\nleading newline"),
        ('three """ quotes', 'three "\\"" quotes'),
        ('two ""\nquotes', 'two "\\"\nquotes'),
        ('ends with "', 'ends with \\"'),
        ('ends with a backslash and a quote \\"', 'ends with a backslash and a quote \\\\\\"'),
        ('ends with a pair ""', 'ends with a pair "\\"'),
        ('two backslashes \\\\"', 'two backslashes \\\\\\\\\\"'),
        ("a bell \x07 and \\n", "a bell \\u0007 and \\\\n"),
        ('a\\b\n\t"c" end', 'a\\\\b\n\t"c" end'),
    ],
)
def test_a_multiline_string_keeps_its_lines_and_quotes_readable(value: str, body: str) -> None:
    """Line breaks and quotes stay as they are; a quote right before the closing three is
    escaped, which readers of TOML before 1.0 need."""
    item = multiline_string(value)
    assert item.as_string() == f'"""\n{body}"""'
    assert item == value
    assert tomllib.loads(f"v = {item.as_string()}")["v"] == value


def test_a_string_with_a_line_break_is_written_on_lines() -> None:
    assert string_item("a\nb").as_string() == '"""\na\nb"""'
    assert string_item("a b").as_string() == '"a b"'


def test_a_list_longer_than_three_is_written_one_item_a_line() -> None:
    text = new_document({"three": [1, 2, 3], "four": ["a", "b", "c", "d"]}).as_string()
    assert text == 'three = [1, 2, 3]\nfour = [\n    "a",\n    "b",\n    "c",\n    "d",\n]\n'


def test_a_new_document_has_a_header_only_when_given_one() -> None:
    assert new_document({"stage": "offer"}).as_string() == 'stage = "offer"\n'
    headed = new_document({"stage": "offer"}, "offertui offer\nedit freely").as_string()
    assert headed == '# offertui offer\n# edit freely\nstage = "offer"\n'


def test_an_unchanged_value_is_left_as_it_was_written() -> None:
    text = "company = 'Acme'  # as on the letter\nyear   = 2026\ntags = [ 'a', 'b' ]\n"
    assert _merged(text, {"company": "Acme", "year": 2026, "tags": ["a", "b"]}) == text


def test_a_value_of_another_type_is_rewritten_even_when_equal() -> None:
    assert _merged("flag = 1\nsize = 2\n", {"flag": True, "size": 2.0}) == (
        "flag = true\nsize = 2.0\n"
    )


def test_a_changed_value_is_rewritten_and_none_removes_a_key() -> None:
    text = 'company = "Acme"\nrole = "Engineer"\nstage = "offer"\n'
    assert _merged(text, {"company": "Beta", "role": None}) == (
        'company = "Beta"\nstage = "offer"\n'
    )


def test_a_table_keeps_its_unknown_keys_and_comments() -> None:
    text = '[pay]\n# from the letter\nbase = 500\nmine = "kept"\n'
    assert _merged(text, {"pay": {"base": 600}}) == (
        '[pay]\n# from the letter\nbase = 600\nmine = "kept"\n'
    )


def test_a_table_of_nothing_is_not_written_and_an_emptied_one_loses_its_keys() -> None:
    assert _merged('stage = "offer"\n', {"pay": {"base": None}}) == 'stage = "offer"\n'
    emptied = parse("[pay]\nbase = 500\nbonus = 2\n")
    merge(emptied, {"pay": {"base": None, "bonus": None}})
    assert tomllib.loads(emptied.as_string()) == {"pay": {}}


def test_no_questions_removes_the_list_and_the_keys_after_it_are_still_written() -> None:
    text = '[[questions]]\nid = "q1"\n'
    merged = _merged(text, {"questions": [], "stage": "offer", "tags": []})
    assert tomllib.loads(merged) == {"stage": "offer", "tags": []}


def test_items_of_a_list_keep_their_comments_when_nothing_moved() -> None:
    text = (
        '[[questions]]\nid = "q1"\ntext = "Bonus?"  # asked twice\n\n'
        '[[questions]]\nid = "q2"\ntext = "Visa?"\n'
    )
    rows = [{"id": "q1", "text": "Bonus?"}, {"id": "q2", "text": "Visa? (again)"}]
    assert _merged(text, {"questions": rows}) == text.replace("Visa?", "Visa? (again)")


def test_an_unknown_key_follows_its_question_when_the_list_is_reordered() -> None:
    text = '[[questions]]\nid = "q1"\nmine = "one"\n\n[[questions]]\nid = "q2"\nmine = "two"\n'
    merged = tomllib.loads(_merged(text, {"questions": [{"id": "q2"}, {"id": "q1"}]}))
    assert merged["questions"] == [{"id": "q2", "mine": "two"}, {"id": "q1", "mine": "one"}]


def test_a_list_of_tables_without_ids_is_matched_by_place() -> None:
    text = '[[revisions]]\nsalary = 1\nmine = "first"\n'
    rows = [{"salary": 2}, {"salary": 3}]
    merged = tomllib.loads(_merged(text, {"revisions": rows}))
    assert merged["revisions"] == [{"salary": 2, "mine": "first"}, {"salary": 3}]


def test_a_merged_document_remembers_what_it_holds() -> None:
    """A second save of the same document compares with what the first one wrote."""
    document = tomlkit.document()
    merge(document, {"notes": "one\ntwo", "company": "Acme"})
    written = document.as_string()
    merge(document, {"notes": "one\ntwo", "company": "Acme"})
    assert document.as_string() == written
    assert document.unwrap() == {"notes": "one\ntwo", "company": "Acme"}
