"""The Offers table's pieces that need no screen: fitting text into a column, and
sharing the width between columns."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from offertui.widgets.line_table import MIN_SHARED, Column, column_widths, fit


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Acme", 6, "Acme  "),
        ("Acme", 4, "Acme"),
        ("Globex Japan K.K.", 9, "Globex J…"),
        ("株式会社テスト", 9, "株式会社…"),
        # A wide character that does not fit leaves its blank after the ellipsis.
        ("株式会社テスト", 10, "株式会社… "),
        ("", 3, "   "),
        ("Acme", 1, "…"),
        ("Acme", 0, ""),
    ],
)
def test_fit_fills_exactly_the_width(text: str, width: int, expected: str) -> None:
    fitted = fit(text, width)
    assert fitted == expected
    assert cell_len(fitted) == width


def test_names_share_what_the_fixed_columns_leave() -> None:
    columns = [Column("Company"), Column("Position"), Column("Stage", 11), Column("Q", 2)]
    widths = column_widths(columns, 80)
    assert widths[2:] == [11, 2]
    # Each column has a blank either side: 8 cells of padding for four columns.
    assert sum(widths) + 8 == 80
    assert abs(widths[0] - widths[1]) <= 1


def test_a_column_that_wants_more_takes_it_first_leaving_the_others_a_minimum() -> None:
    fixed = [Column("Stage", 11), Column("Q", 2)]
    # Wanting less than an even share changes nothing.
    short = column_widths([Column("Company", wants=6), Column("Position"), *fixed], 80)
    assert short == column_widths([Column("Company"), Column("Position"), *fixed], 80)
    # Wanting a little more: it gets exactly that, the other the rest.
    widths = column_widths([Column("Company", wants=40), Column("Position"), *fixed], 80)
    assert widths == [40, 80 - 8 - 13 - 40, 11, 2]
    # Wanting more than there is: the other keeps its minimum.
    widths = column_widths([Column("Company", wants=99), Column("Position"), *fixed], 80)
    assert widths[1] == MIN_SHARED
    assert sum(widths) + 8 == 80


def test_names_keep_a_minimum_on_a_narrow_terminal() -> None:
    columns = [Column("Company"), Column("Position"), Column("Stage", 11)]
    assert column_widths(columns, 20)[:2] == [4, 4]


@pytest.mark.parametrize(
    "text",
    [
        "Paste\tTab Co",
        "Line one\nLine two K.K.",
        "Ctrl\x1b[31mRED K.K.",
        "8-bit \x9b31m CSI",
        "Right-to-left \u202eK.K.emcA",
        "Isolate \u2066Acme\u2069 K.K.",
    ],
)
def test_control_characters_never_reach_the_terminal(text: str) -> None:
    for width in (4, 12, 30):
        fitted = fit(text, width)
        assert cell_len(fitted) == width
        assert all(ch.isprintable() for ch in fitted)
    assert fit("Paste\tTab Co", 12) == "Paste Tab Co"
