"""The home at 80 columns: long company names stay whole enough to tell apart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from offertui.storage.store import OfferStore
from offertui.widgets.line_table import LineTable
from tests.helpers import settle_home

AppFactory = Callable[..., Any]


async def test_katakana_names_that_start_alike_differ_at_80_columns(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("株式会社サイバーエージェント", "Senior Backend Engineer")
    store.create("株式会社サイバーエンジニアリング", "Site Reliability Engineer")
    store.create("Acme K.K.", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        table = app.screen.query_one("#offers-table", LineTable)
        drawn = [table.render_line(y).text for y in range(1, 1 + table.row_count)]
    rows = {line.split()[0]: line for line in drawn}
    # Without 株式会社 (the file keeps it), the company takes the room the position
    # gives up: the two names part before they are cut, and "Acme" is whole.
    assert set(rows) == {"Acme", "サイバーエージ…", "サイバーエンジ…"}
    assert "Senior …" in rows["サイバーエージ…"]
    assert all(line.rstrip().endswith("0/8") for line in drawn)
    kept = {store.path_for(i).read_text(encoding="utf-8") for i in store.ids()}
    assert any('company = "株式会社サイバーエージェント"' in text for text in kept)


async def test_control_and_bidi_characters_in_a_name_never_reach_the_home(
    make_app: AppFactory, store: OfferStore
) -> None:
    # A shared or hand-edited file: a clipboard write, a screen clear, an 8-bit CSI and
    # a right-to-left override in the company, an isolate in the position.
    store.create("Evil\x1b]52;c;aGVsbG8=\x07 \x1b[2J\x9b31m \u202eK.K.emcA", "Dev \u2066x\u2069")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        table = app.screen.query_one("#offers-table", LineTable)
        [drawn] = [table.render_line(y).text for y in range(1, 1 + table.row_count)]
    assert drawn.split()[:2] == ["Evil", "]52;c;aGV…"]
    assert all(ch.isprintable() for ch in drawn), repr(drawn)


async def test_names_alike_up_to_the_column_width_keep_the_part_that_differs(
    make_app: AppFactory, store: OfferStore
) -> None:
    # Two offices of one group, and a company whose long name no other resembles.
    store.create("株式会社サイバーエージェントテクノロジーズ東京", "Senior Backend Engineer")
    store.create("株式会社サイバーエージェントテクノロジーズ大阪", "Senior Backend Engineer")
    store.create("株式会社ミライネットワークソリューションズ", "Site Reliability Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        table = app.screen.query_one("#offers-table", LineTable)
        drawn = [table.render_line(y).text for y in range(1, 1 + table.row_count)]
    names = sorted(line.split()[0] for line in drawn)
    # Cut at the end, the two offices would both read "サイバーエージェントテ…".
    tokyo, osaka = (n for n in names if n.startswith("サイバー"))
    assert tokyo != osaka
    assert {tokyo[-2:], osaka[-2:]} == {"東京", "大阪"}
    assert all("…" in name for name in (tokyo, osaka)), names
    # A long name like no other is cut at its end, as before.
    [other] = [n for n in names if not n.startswith("サイバー")]
    assert other.startswith("ミライネットワ") and other.endswith("…")


async def test_a_sentence_typed_on_the_home_marks_nothing_and_opens_nothing(
    make_app: Any, store: OfferStore
) -> None:
    from tests.helpers import Notifications, wait_until

    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        home = app.screen
        await wait_until(pilot, lambda: home.is_mounted, what="the home")
        said = Notifications(app)
        await pilot.press(*"they pay overtime separately, yes")
        await pilot.pause()
        assert app.screen is home  # no profile, no meeting, no new offer
        assert not home.marked
        assert said.any_contains("single letters are commands")
        await pilot.press("down", "p")  # alone, a command letter still acts
        await wait_until(pilot, lambda: app.screen is not home, what="the profile")
    assert store.load_profile().name_en == ""


async def test_a_conflicting_copy_says_whose_it_is_at_80_columns(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme K.K.", "Site Reliability Engineer")
    store.create("Globex", "Dev")
    copy = store.offers_dir / f"{offer.id}.sync-conflict-20261201-120000-ABCDEF.toml"
    copy.write_bytes(store.path_for(offer.id).read_bytes())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        table = app.screen.query_one("#offers-table", LineTable)
        drawn = [table.render_line(y).text for y in range(1, 1 + table.row_count)]
    [conflict] = [line for line in drawn if "conflict" in line]
    assert conflict.split()[0] == "Acme", drawn
