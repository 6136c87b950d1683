"""The parser used before a save: each long string literal is kept away from tomlkit's
slow string reader, and the document still holds and renders exactly what was read.

Every test records the text each `tomlkit.parse` call is given: the quick path parses
once, with every long value swapped out; the slow way is a second call with the whole
file, which gives the same document and so hides a broken quick path from any test
that looks only at the result.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable

import pytest
import tomlkit

from offertui.storage import toml_parse
from offertui.storage.toml_parse import LONG, parse


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts tomlkit is asked to parse, in order."""
    texts: list[str] = []
    real = tomlkit.parse

    def recording(text: str) -> tomlkit.TOMLDocument:
        texts.append(text)
        return real(text)

    monkeypatch.setattr(tomlkit, "parse", recording)
    return texts


def _checked(text: str) -> tomlkit.TOMLDocument:
    document = parse(text)
    assert document.as_string() == text
    assert document.unwrap() == tomllib.loads(text)
    return document


A = "a" * LONG  # long bodies, each told apart by its letter
B = "b" * LONG
C = "c" * LONG


@pytest.mark.parametrize(
    "literal",
    [
        f'"{A}"',
        f"'{A}'",
        f'"""{A}"""',
        f"'''{A}'''",
        f'"""\n{A}\n"""',
        f"'''\n{A}'''",
        f'"""{A} "quoted" at the end"""""',
        f"'''{A} 'quoted' at the end'''''",
        f'"{A}\\t\\"tab\\" \\u00e9\\U0001F600 \\\\ \\b\\f\\r\\n"',
        f'"""\n{A}\\\n    continued\n"""',
        f"'C:\\offers\\new {A} \\n stays'",
        f"'''C:\\offers\\new {A} \\n stays'''",
        f'"{A} \\u65e5\\u672c \\U0001F600"',
    ],
)
def test_a_long_value_never_reaches_tomlkit(seen: list[str], literal: str) -> None:
    text = f"# an offer\ncompany = 'Acme'\nnotes = {literal}  # kept\nyear = 2026\nsure = true\n"
    document = _checked(text)
    assert len(seen) == 1
    assert A not in seen[0]
    assert "# kept" in seen[0]
    assert document["notes"] == tomllib.loads(text)["notes"]


def test_a_file_with_windows_line_ends(seen: list[str]) -> None:
    """The first line end after the quotes goes, as TOML says; the others stay as they
    are, as tomlkit keeps them (the reader makes every line end one newline)."""
    text = f'notes = """\r\n{A}\r\nsecond line"""\r\nstage = "offer"\r\n'
    document = parse(text)
    assert document.as_string() == text
    assert document["notes"] == f"{A}\r\nsecond line"
    assert len(seen) == 1
    assert A not in seen[0]


def test_long_values_in_tables_arrays_and_arrays_of_tables(seen: list[str]) -> None:
    text = (
        f'notes = "{A}"\n'
        f'tags = ["short", "{B}", [\'{C}\']]\n'
        f'point = {{ text = "{C}" }}\n'
        f"[company.contact]\n"
        f"memo = '''{A}'''\n"
        f"[[questions]]\n"
        f'id = "q1"\n'
        f'answer = """{B}"""\n'
        f"[[questions]]\n"
        f'id = "q2"\n'
        f'answer = "{C}"\n'
    )
    document = _checked(text)
    assert len(seen) == 1
    assert not {A, B, C} & set(seen[0].split('"'))
    for body in (A, B, C):
        assert body not in seen[0]
    assert document["questions"][1]["answer"] == C
    assert document["tags"][2][0] == C


@pytest.mark.parametrize(
    "text",
    [
        f'"{B}" = "{A}"\n',
        f'"{B}"\t  = "{A}"\n',
        f"'{B}' = '{A}'\n",
        f'"{B}".inner = "{A}"\n',
        f'"{B}" .inner = "{A}"\n',
        f'[table."{B}"]\nnotes = "{A}"\n',
        f'  [ "{B}" ]\nnotes = "{A}"\n',
        f'[[list."{B}"]]\nnotes = "{A}"\n',
        f'[table]\npoint = {{ "{B}" = "{A}" }}\n',
        f'name = 1\nyear = 2\n[table."{B}"]\nnotes = "{A}"\n',
        f'\n[table."{B}"]\nnotes = "{A}"\n',
    ],
)
def test_a_long_key_is_left_to_tomlkit_and_the_value_still_swapped(
    seen: list[str], text: str
) -> None:
    _checked(text)
    assert len(seen) == 1
    assert B in seen[0]
    assert A not in seen[0]


def test_a_long_value_on_a_line_after_a_table_header(seen: list[str]) -> None:
    """Only the header line's own strings are keys: a value on the next line is not."""
    text = f'[table]\nnotes = "{A}"\nmore = [\n  "{B}",\n]\n'
    _checked(text)
    assert len(seen) == 1
    assert A not in seen[0]
    assert B not in seen[0]


def test_a_value_on_a_line_that_opens_an_array_is_still_swapped(seen: list[str]) -> None:
    text = f'list = [\n  ["x=y", "{A}"],\n]\n'
    _checked(text)
    assert len(seen) == 1
    assert A not in seen[0]


def test_a_key_the_check_takes_for_a_value_is_parsed_the_slow_way(seen: list[str]) -> None:
    """Far from its `=`, a long key is swapped like a value; the document rendered does
    not give the file back, and the whole file is parsed as it is."""
    text = f'"{B}"{" " * 100}= "{A}"\n'
    _checked(text)
    assert seen[-1] == text
    assert len(seen) == 2


def test_only_strings_of_the_long_length_are_swapped(seen: list[str]) -> None:
    at_limit = '"' + "a" * (LONG - 2) + '"'  # the literal, quotes included
    under = "'" + "b" * (LONG - 3) + "'"
    text = f"long = {at_limit}\nshort = {under}\n"
    _checked(text)
    assert len(seen) == 1
    assert at_limit not in seen[0]
    assert under in seen[0]


def test_a_long_comment_or_bare_text_is_not_a_string(seen: list[str]) -> None:
    text = f"# {A}\nnotes = 1\nlist = [{', '.join(['1'] * LONG)}]\n"
    _checked(text)
    assert seen == [text]
    seen.clear()
    text = f"X = [{', '.join(['1'] * LONG)}]\nnotes = '{A}'\n"
    _checked(text)
    assert len(seen) == 1
    assert A not in seen[0]
    assert text.split("\n")[0] in seen[0]


def test_a_file_that_already_holds_the_placeholder_is_parsed_whole(
    seen: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(toml_parse.secrets, "token_hex", lambda _n: "0" * 16)
    text = f'notes = "{A}"\nother = "offertui-long-string-{"0" * 16}-0"\n'
    document = _checked(text)
    assert seen == [text]
    assert document["other"] == f"offertui-long-string-{'0' * 16}-0"


def test_a_file_with_no_long_string_is_parsed_once_as_it_is(seen: list[str]) -> None:
    text = 'notes = "short"\n'
    _checked(text)
    assert seen == [text]


@pytest.mark.parametrize(
    "body",
    [
        '\\\\ \\n \\t \\b \\f \\r \\" \\u00e9 \\U0001F600 \\u0041',
        "plain text with no escape but \\n",
        "\\\\u0041 is a backslash and u0041",
    ],
)
def test_escapes_are_replaced_in_bulk(monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A body of ordinary escapes never goes through them one by one."""

    class OneByOne:
        def sub(self, *_args: object) -> str:
            raise AssertionError("went through the escapes one by one")

    monkeypatch.setattr(toml_parse, "_ESCAPE", OneByOne())
    text = f'notes = "{body}{A}"\n'
    document = parse(text)
    assert document["notes"] == tomllib.loads(text)["notes"]


@pytest.mark.parametrize(
    "body",
    [
        "a \\u005c b",  # an escape that stands for a backslash
        "a \\u0000 b",  # and one for NUL
        "a \\U0000005C b",
    ],
)
def test_escapes_that_stand_for_a_backslash_or_nul_go_one_by_one(
    monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    """Replaced in bulk, the backslash one stands for could start another escape."""
    bodies: list[str] = []
    real = toml_parse._ESCAPE

    class OneByOne:
        def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
            bodies.append(text)
            return real.sub(replace, text)

    monkeypatch.setattr(toml_parse, "_ESCAPE", OneByOne())
    text = f'notes = "{body}{A}"\n'
    assert parse(text)["notes"] == tomllib.loads(text)["notes"]
    assert bodies == [f"{body}{A}"]


def test_a_line_ending_backslash_drops_the_break_and_the_indent() -> None:
    text = f'notes = """{A}\\   \n  \n\t  next \\\r\n  last"""\n'
    document = _checked(text)
    assert document["notes"] == f"{A}next last"
