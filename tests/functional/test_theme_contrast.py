"""The focused field is plain to see in every built-in theme: headings and the focus mark
stand out from their background by at least 4.5:1 (WCAG), measured on the colours the
running app gives its widgets, light themes included."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rich.color import ColorSystem
from textual.app import App
from textual.color import Color
from textual.filter import DimFilter
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, OptionList

from offertui.colours import MINIMUM, contrast, legible
from offertui.screens.decision import DecisionScreen
from offertui.screens.meeting import MeetingScreen
from offertui.screens.overview import OverviewScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from tests.decision_offers import sakura
from tests.helpers import open_screen, press, wait_until

AppFactory = Callable[..., Any]

# The ANSI themes draw in the terminal's own sixteen colours, which only the terminal
# knows: no contrast can be computed for them.
THEMES = sorted(name for name in App().available_themes if not name.startswith("ansi"))


def _ground(widget: Widget) -> Color:
    """What `widget` is drawn on: its own background over those of its ancestors."""
    return widget.background_colors[1]


def _eight_bit(colour: Color) -> Color:
    """`colour` as a 256-colour terminal shows it (one without COLORTERM=truecolor):
    Rich moves it to the nearest colour of the palette."""
    return Color.from_rich_color(colour.rich_color.downgrade(ColorSystem.EIGHT_BIT))


def _too_faint(theme: str, what: str, colour: Color, grounds: list[Color]) -> list[str]:
    """`colour` below the contrast against one of `grounds`, in true colour or in the
    256 colours most terminals without COLORTERM=truecolor are given."""
    failures = []
    for system, seen in (("", lambda c: c), (" in 256 colours", _eight_bit)):
        worst = min(contrast(seen(colour), seen(ground)) for ground in grounds)
        if worst < MINIMUM:
            failures.append(f"{theme}: {what}{system} {worst:.2f}:1")
    return failures


def _focus_mark(theme: str, widget: Widget) -> list[str]:
    """The focused widget's border, against the inside and the outside it parts."""
    kind, colour = widget.styles.border_top
    assert kind, f"{theme}: the focused {widget!r} has no border"
    assert widget.parent is not None
    grounds = [_ground(widget), _ground(widget.parent)]  # type: ignore[arg-type]
    return _too_faint(theme, f"focus border of {widget.id}", colour, grounds)


def _label_mark(theme: str, widget: Widget) -> list[str]:
    """A compact field has no border: the label of its row marks it."""
    row = next(a for a in widget.ancestors_with_self if a.query_children(".field--label"))
    label = row.query_children(".field--label").first()
    assert isinstance(label, Widget) and isinstance(row, Widget)
    mark = label.styles.background
    return _too_faint(theme, "focus mark", mark, [_ground(row)]) + _too_faint(
        theme, "focused label", label.styles.color, [_ground(label)]
    )


def _heading(theme: str, widget: Widget) -> list[str]:
    return _too_faint(
        theme, f"heading {widget.id or widget.classes}", widget.styles.color, [_ground(widget)]
    )


def _drawn(widget: Widget) -> list[tuple[str, Color, Color]]:
    """Each piece of text `widget` draws, with its colour and background as the terminal
    gets them: a dim style blended into the background as a terminal shows it. Blank
    pieces, those in the default colour and box-drawing (borders) are left out."""
    ground = _ground(widget)
    width, height = widget.size
    pieces = []
    for strip in widget.render_lines(Region(0, 0, width, height)):
        for segment in strip.apply_filter(DimFilter(), ground):
            text, style = segment.text, segment.style
            drawn = text.strip()
            if not drawn or style is None or style.color is None:
                continue
            if all("\u2500" <= c <= "\u259f" for c in drawn):
                continue
            colour = Color.from_rich_color(style.color)
            back = Color.from_rich_color(style.bgcolor) if style.bgcolor else ground
            if style.reverse:
                colour, back = back, colour
            pieces.append((drawn, colour, back))
    return pieces


def _faint_text(
    theme: str, where: str, widget: Widget, only: str = "", minimum: float = MINIMUM
) -> list[str]:
    """The pieces of text `widget` draws (those holding `only`, when given) below the
    contrast; an `only` drawn nowhere is a failure too."""
    pieces = [p for p in _drawn(widget) if only in p[0]]
    if only and not pieces:
        return [f"{theme}: {where}: “{only}” not drawn"]
    return [
        f"{theme}: {where} “{text}” {contrast(colour, back):.2f}:1"
        for text, colour, back in pieces
        if contrast(colour, back) < minimum
    ]


def _footer_keys(theme: str, screen: Any) -> list[str]:
    keys = list(screen.query("FooterKey"))
    assert keys, f"{theme}: no footer keys on {screen!r}"
    return [f for key in keys for f in _faint_text(theme, "footer", key)]


def test_the_contrast_is_wcag_s() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)
    assert contrast(Color(118, 118, 118), Color(255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    # A faint colour is moved the least it takes, and one that passes is kept.
    faint = Color(255, 200, 120)
    moved = legible(faint, [Color(255, 255, 255)])
    assert contrast(moved, Color(255, 255, 255)) >= MINIMUM > contrast(faint, Color(255, 255, 255))
    assert legible(moved, [Color(255, 255, 255)]) == moved


async def test_headings_and_the_focus_mark_are_legible_in_every_theme(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("株式会社サクラテック", "Backend Engineer")
    app = make_app()
    failures: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter")
        overview = app.screen
        assert isinstance(overview, OverviewScreen)
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            field = app.focused
            assert field is not None
            failures += _label_mark(theme, field)
            for heading in overview.query(".section-title"):
                failures += _heading(theme, heading)
        await press(pilot, "f4")
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        await wait_until(pilot, lambda: app.focused is meeting.query_one("#notes"), what="notes")
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            notes = meeting.query_one("#notes")
            failures += _focus_mark(theme, notes)
            title = notes.styles.border_title_color
            failures += _too_faint(theme, "notes title", title, [_ground(notes.parent)])  # type: ignore[arg-type]
    assert failures == []


async def test_list_headings_marks_status_and_footer_keys_are_legible_in_every_theme(
    make_app: AppFactory, store: OfferStore
) -> None:
    # Prep's "no letter yet", the Meeting's group headings, the red flags' severity
    # marks on the highlighted row and off it, and the footer's key names.
    sakura(store)
    app = make_app()
    failures: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        prep = await open_screen(pilot, "enter", "f3", expect=PrepScreen)
        readiness = prep.query_one("#prep-readiness")
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            failures += _faint_text(theme, "Prep", readiness, "no letter yet")
            failures += _faint_text(theme, "Prep", readiness)
            failures += _footer_keys(theme, prep)
        meeting = await open_screen(pilot, "f4", expect=MeetingScreen)
        questions = meeting.query_one("#questions", OptionList)
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            failures += _faint_text(theme, "Meeting", questions, "Must-ask")
            failures += _footer_keys(theme, meeting)
        decision = await open_screen(pilot, "f5", expect=DecisionScreen)
        flags = decision.query_one("#flags", OptionList)
        flags.focus()
        await wait_until(pilot, lambda: flags.has_focus, what="the red flags focused")
        assert flags.highlighted == 0
        high = flags.get_option_at_index(0).prompt
        assert str(high).startswith("●")  # the highlighted row is a high one
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            failures += _faint_text(theme, "Decision", flags, "●")
            failures += _faint_text(theme, "Decision", flags)
            failures += _footer_keys(theme, decision)
            # The choice's dots, the chosen one and the others: a mark, not text, so
            # WCAG's 3:1 for what a person must see to use a control.
            for button in decision.query("#choice RadioButton"):
                failures += _faint_text(theme, f"{button.id} dot", button, "●", 3.0)
    assert failures == [], "\n".join(failures)


def _marked(screen: Any) -> list[str]:
    """The ids of the rows whose label shows the focus mark."""
    return [
        str(row.id)
        for row in screen.query(".-focused")
        if row.query_children(".field--label").first().styles.background.a > 0
    ]


async def test_the_focus_mark_moves_with_the_focus(make_app: AppFactory, store: OfferStore) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter")
        screen = app.screen
        assert _marked(screen) == ["company"]
        await press(pilot, "tab")
        assert _marked(screen) == ["position"]
        await press(pilot, "tab")  # the stage: a choice, in a row of its own
        assert _marked(screen) == ["stage-row"]
        await press(pilot, "shift+tab", "shift+tab")
        assert _marked(screen) == ["company"]


async def test_the_focus_mark_shows_on_every_kind_of_fact_field_in_every_theme(
    make_app: AppFactory, store: OfferStore
) -> None:
    # Prep's facts: a value, a source picker and a check box on one row. Whichever has
    # the focus, the row's label is marked, legibly, light themes included.
    store.create("株式会社サクラテック", "Backend Engineer")
    app = make_app()
    failures: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_screen(pilot, "enter", "f3", expect=PrepScreen)
        await screen.action_show_section("facts")
        value = screen.query_one("#fact-position-value", Input)
        await wait_until(pilot, lambda: value.is_mounted, what="the facts")
        # The mark is the row's class -focused, and Textual's CSS cannot tell which of
        # a row's fields holds the focus (it has no parent selector): the label's and
        # the row's colours depend on the theme and that class alone. So each kind of
        # field is seen to mark the row, and every theme is measured on the marked row,
        # instead of every theme once per kind (a theme restyles all of Prep: half a
        # second of work each time).
        elsewhere = screen.query_one("#fact-contract-value", Input)
        for kind in ("value", "source", "confirmed"):
            # Each time from another row's field: the mark of a focus moved inside one
            # row is not what this test is about.
            elsewhere.focus()
            await wait_until(
                pilot,
                lambda: (
                    app.focused is elsewhere
                    and list(screen.query(".-focused")) == [elsewhere.parent]
                ),
                what="the contract's row marked",
            )
            field = screen.query_one(f"#fact-position-{kind}")
            field.focus()
            row = field.parent
            assert isinstance(row, Widget)
            await wait_until(
                pilot,
                lambda f=field, r=row: app.focused is f and r.has_class("-focused"),  # type: ignore[misc]
                what=f"the {kind} focused and its row marked",
            )
            # Only this row is marked, and it is the row of the position fact.
            assert list(screen.query(".-focused")) == [row], kind
            label = row.query_children(".field--label").first()
            assert "Position" in str(label.render()), kind
            failures += [f"{kind} {f}" for f in _label_mark(app.theme, field)]
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            assert list(screen.query(".-focused")) == [row], theme
            failures += [f"{kind} {f}" for f in _label_mark(theme, field)]
    assert failures == []


async def test_the_row_keeps_its_mark_when_the_focus_moves_inside_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    from textual.events import DescendantBlur

    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_screen(pilot, "enter", "f3", expect=PrepScreen)
        await screen.action_show_section("facts")
        value = screen.query_one("#fact-position-value", Input)
        await wait_until(pilot, lambda: value.is_mounted, what="the facts")
        value.focus()
        source = screen.query_one("#fact-position-source")
        source.focus()
        row = value.parent
        assert isinstance(row, Widget)
        await wait_until(pilot, lambda: app.focused is source, what="the source picker")
        # The value's blur arriving after the source's focus, as it sometimes does:
        # the row is still where the focus is, so it keeps its mark.
        app.on_descendant_blur(DescendantBlur(value))
        assert row.has_class("-focused")
        screen.query_one("#fact-contract-value", Input).focus()
        await wait_until(pilot, lambda: not row.has_class("-focused"), what="the mark gone")
