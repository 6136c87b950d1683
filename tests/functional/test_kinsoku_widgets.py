"""Japanese wraps by the kinsoku rules in the app's text widgets (offertui.widgets.kinsoku).

Textual's own wrapping folds a Japanese sentence wherever the line is full, so 「。」 can
start a line; these tests show the plain widgets doing it and the kinsoku ones never.
"""

from __future__ import annotations

from itertools import pairwise

from textual.app import App, ComposeResult
from textual.widgets import Static, TextArea

from offertui.domain.japanese import NO_LINE_END, NO_LINE_START
from offertui.widgets.kinsoku import KinsokuText, KinsokuTextArea, needs_kinsoku

TEXT = (
    "お世話になっております。バックエンドエンジニアのポジションで内定をいただいております、"
    "モーガン・アレックスです。このたびは「オファー面談」の日程をご調整いただき、"
    "誠にありがとうございました。"
)
ENGLISH = (
    "Thank you very much for the offer for the Backend Engineer position, and for "
    "arranging the offer meeting on 8 December."
)


def broken_rules(lines: list[str]) -> list[str]:
    """The line boundaries that break a kinsoku rule, as 'end|start' pairs."""
    return [
        f"{before}|{after}"
        for before, after in pairwise(lines)
        if after[:1] in NO_LINE_START or before[-1:] in NO_LINE_END
    ]


class Editors(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield KinsokuTextArea(self.text, soft_wrap=True, id="kinsoku")
        yield TextArea(self.text, soft_wrap=True, id="plain")


def rows(area: TextArea) -> list[str]:
    return [row for line in area.wrapped_document.lines for row in line]


async def test_the_editor_wraps_japanese_by_the_rules_where_textarea_does_not() -> None:
    failures_of_plain = 0
    for width in range(14, 40):
        app = Editors(TEXT)
        async with app.run_test(size=(width, 40)) as pilot:
            await pilot.pause()
            kinsoku = rows(app.query_one("#kinsoku", TextArea))
            plain = rows(app.query_one("#plain", TextArea))
            assert "".join(kinsoku) == TEXT
            assert not broken_rules(kinsoku), (width, kinsoku)
            failures_of_plain += bool(broken_rules(plain))
    # Without the rules, Textual's wrap breaks them at many of these widths.
    assert failures_of_plain > 5


async def test_the_rules_hold_while_typing_and_the_cursor_maps_back() -> None:
    app = Editors(TEXT)
    async with app.run_test(size=(31, 30)) as pilot:
        area = app.query_one("#kinsoku", TextArea)
        area.focus()
        area.move_cursor((0, 2))
        for _ in range(3):
            area.insert("あ")
            await pilot.pause()
            assert not broken_rules(rows(area)), rows(area)
        await pilot.press("end", "enter")
        area.insert("「注意」のうえ、ご確認ください。" * 3)
        await pilot.pause()
        assert not broken_rules(rows(area)), rows(area)
        # Every place in the text maps to a screen row and back to itself.
        document = area.wrapped_document
        for index, line in enumerate(area.document.lines):
            for column in range(len(line) + 1):
                offset = document.location_to_offset((index, column))
                assert document.offset_to_location(offset) == (index, column)
        assert document.height == len(rows(area))


async def test_new_text_loaded_into_the_editor_wraps_by_the_rules_too() -> None:
    app = Editors(ENGLISH)
    async with app.run_test(size=(31, 30)) as pilot:
        area = app.query_one("#kinsoku", TextArea)
        area.load_text(TEXT)
        await pilot.pause()
        assert "".join(rows(area)) == TEXT
        assert not broken_rules(rows(area))


async def test_english_wraps_exactly_as_textual_wraps_it() -> None:
    app = Editors(ENGLISH)
    async with app.run_test(size=(31, 30)) as pilot:
        await pilot.pause()
        kinsoku = rows(app.query_one("#kinsoku", TextArea))
        assert kinsoku == rows(app.query_one("#plain", TextArea))
        assert len(kinsoku) > 3


class Labels(App[None]):
    def compose(self) -> ComposeResult:
        yield Static(KinsokuText(TEXT), id="kinsoku")
        yield Static(TEXT, id="plain", markup=False)


async def test_a_static_wraps_japanese_by_the_rules_and_is_as_tall_as_its_lines() -> None:
    failures_of_plain = 0
    for width in range(12, 40):
        app = Labels()
        async with app.run_test(size=(width, 40)) as pilot:
            await pilot.pause()
            label = app.query_one("#kinsoku", Static)
            text = KinsokuText(TEXT)
            lines = text.lines(label.content_size.width)
            assert "".join(lines) == TEXT
            assert not broken_rules(lines), (width, lines)
            assert label.size.height == len(lines)
            # What the screen shows is those lines.
            shown = [
                "".join(s.text for s in label.render_line(y)).rstrip()
                for y in range(label.size.height)
            ]
            assert shown == lines
            plain = app.query_one("#plain", Static)
            plain_rows = [
                "".join(s.text for s in plain.render_line(y)).rstrip()
                for y in range(plain.size.height)
            ]
            failures_of_plain += bool(broken_rules(plain_rows))
    assert failures_of_plain > 5


def test_only_lines_with_japanese_need_the_rules() -> None:
    assert needs_kinsoku("お世話になっております。")
    assert needs_kinsoku("Call me at ３時")  # full-width digits
    assert not needs_kinsoku("Thank you — “quoted” text…")
    assert not needs_kinsoku("")
