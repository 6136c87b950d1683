"""The CSS of every screen is loaded together, and each file keeps to its own screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from offertui.resources import styles_dir
from offertui.screens.meeting import MeetingScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from tests.helpers import open_screen

AppFactory = Callable[..., Any]


async def test_preloading_reads_every_style_file_once(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)):
        app.preload_styles()
        sources = set(app.stylesheet.source)
        files = sorted(styles_dir().glob("*.tcss"))
        assert len(files) > 5
        assert all((str(path), "") in sources for path in files)
        app.preload_styles()  # nothing left to read: no second parse
        assert set(app.stylesheet.source) == sources


async def test_the_meeting_css_leaves_prep_alone(make_app: AppFactory, store: OfferStore) -> None:
    # Both screens have a #questions; the Meeting's 2fr width once stretched Prep's
    # question list to twice the screen.
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "m", expect=MeetingScreen)
        await open_screen(pilot, "f3", expect=PrepScreen)
        await app.screen.action_show_section("questions")
        await pilot.pause()
        question_list = app.screen.query_one("#question-list")
        assert 0 < question_list.region.width <= 80
        assert question_list.region.right <= 80
