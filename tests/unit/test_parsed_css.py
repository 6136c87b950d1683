"""The stylesheet that keeps parsed CSS for the whole process: the same rules back for
the same CSS and theme, new ones when the theme changes, and errors never kept."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.css.stylesheet import StylesheetParseError

from offertui.parsed_css import SharedStylesheet

CSS = "Static { color: $accent; }"
SOURCE = ("styles/test.tcss", "")


def _sheet(accent: str, css: str = CSS) -> SharedStylesheet:
    sheet = SharedStylesheet(variables={"accent": accent})
    sheet.add_source(css, read_from=SOURCE)
    sheet.parse()
    return sheet


def test_a_second_stylesheet_reads_the_rules_the_first_parsed() -> None:
    first = _sheet("#102030")
    second = _sheet("#102030")
    assert second.rules and all(a is b for a, b in zip(first.rules, second.rules, strict=True))


def test_a_reparse_reads_the_rules_back() -> None:
    sheet = _sheet("#203040")
    before = sheet.rules
    sheet.reparse()
    assert sheet.rules == before and sheet.rules[0] is before[0]


def test_another_theme_parses_anew() -> None:
    sheet = _sheet("#304050")
    sheet.set_variables({"accent": "#405060"})
    sheet.reparse()
    assert sheet.rules[0].styles.color == Color.parse("#405060")
    assert _sheet("#304050").rules[0].styles.color == Color.parse("#304050")


def test_css_with_an_error_is_reported_on_every_parse() -> None:
    for _ in range(2):
        with pytest.raises(StylesheetParseError):
            _sheet("#506070", "Static { color: not-a-colour; }")
