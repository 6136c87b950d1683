"""The foundation flows, driven by keys as a user would."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.widgets import Input

from offertui.screens.dialogs import NewOfferDialog
from offertui.screens.offers import OffersScreen
from offertui.screens.overview import OverviewScreen
from offertui.storage.store import OfferStore
from offertui.widgets.line_table import LineTable
from tests.helpers import open_screen, shown_text, wait_until

AppFactory = Callable[..., Any]


def _drawn(table: LineTable[Any]) -> str:
    """The lines the table draws right now, header included."""
    return "\n".join(table.render_line(y).text for y in range(table.size.height))


async def _new_offer(pilot: Any, company: str, position: str) -> None:
    await open_screen(pilot, "n", expect=NewOfferDialog)
    pilot.app.screen.query_one("#company", Input).value = company
    await pilot.press("enter")
    pilot.app.screen.query_one("#position", Input).value = position
    await pilot.press("enter")
    await pilot.pause()


async def test_create_fill_overview_quit_and_find_it_again(
    make_app: AppFactory, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _new_offer(pilot, "Acme K.K.", "Backend Engineer")
        assert isinstance(app.screen, OverviewScreen)
        deadline = app.screen.query_one("#reply_deadline Input", Input)
        deadline.value = "2026-12-04"
        contact = app.screen.query_one("#contact_name Input", Input)
        contact.value = "Tanaka"
        await pilot.pause()
        await pilot.press("ctrl+q")
    data = tomllib.loads((data_dir / "offers" / "acme-k-k-backend-engineer.toml").read_text())
    assert data["reply_deadline"].isoformat() == "2026-12-04"
    assert data["contact"]["name"] == "Tanaka"

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        assert table.row_count == 1
        assert str(table.get_row_at(0)[0]) == "Acme"  # the table drops the legal form
        assert str(table.get_row_at(0)[3]) == "in 9 days"
        await open_screen(pilot, "enter", expect=OverviewScreen)
        assert app.screen.query_one("#contact_name Input", Input).value == "Tanaka"


async def test_new_offer_requires_company_and_position(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        dialog = await open_screen(pilot, "enter", "enter", expect=NewOfferDialog)
        assert "required" in str(dialog.query_one("#company-error").content)
        await open_screen(pilot, "escape", expect=OffersScreen)
        assert app.store.ids() == []


async def test_bad_date_is_explained_at_the_field_and_not_saved(
    make_app: AppFactory, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _new_offer(pilot, "Acme", "Dev")
        field = app.screen.query_one("#reply_deadline")
        field.query_one(Input).value = "2026-13-45"
        await pilot.pause()
        assert "not a real date" in field.error
        assert field.has_class("-invalid")
        field.query_one(Input).value = "2026-12-24"
        await pilot.pause()
        assert field.error == ""
        field = app.screen.query_one("#annual_pay")
        field.query_one(Input).value = "abc"
        await pilot.pause()
        assert field.error
        await pilot.press("ctrl+q")
    data = tomllib.loads((data_dir / "offers" / "acme-dev.toml").read_text())
    assert data["reply_deadline"].isoformat() == "2026-12-24"
    assert "annual_pay" not in data


async def test_delete_asks_then_moves_to_trash(make_app: AppFactory, store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("escape")  # no: nothing happens
        await pilot.pause()
        assert store.ids() == [offer.id]
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("delete")  # the key that asked, again
        await pilot.pause()
        assert store.ids() == []
        assert (store.trash_dir / f"{offer.id}.toml").exists()
        assert app.screen.query_one("#offers-empty").display


async def test_filter_as_you_type(make_app: AppFactory, store: OfferStore) -> None:
    store.create("Acme", "Backend")
    store.create("Globex", "Frontend")
    store.create("Initech", "SRE")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        assert table.row_count == 3
        await pilot.press("slash", "g", "l", "o")
        await pilot.pause()
        assert table.row_count == 1
        assert str(table.get_row_at(0)[0]) == "Globex"
        await pilot.press("escape")
        await pilot.pause()
        assert table.row_count == 3


async def test_enter_in_the_filter_ends_it_and_the_next_enter_opens_the_match(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Backend")
    store.create("Globex", "Frontend")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        await pilot.press("slash", *"glo", "enter")
        await pilot.pause()
        # Enter in the filter only ends it: the home stays, the table has the focus.
        assert isinstance(app.screen, OffersScreen)
        assert app.focused is table
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, OverviewScreen), what="the Overview")
        assert app.screen.offer.company == "Globex"


async def test_broken_file_is_listed_and_others_load(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    broken = store.offers_dir / "mangled.toml"
    broken.write_text('schema_version = 1\ncompany = "x\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        assert table.row_count == 2
        assert str(table.get_row_at(1)[2]) == "broken"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "line 2" in shown_text(app.screen)
    assert broken.read_text() == 'schema_version = 1\ncompany = "x\n'


async def test_second_session_is_read_only(make_app: AppFactory, store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    holder = OfferStore(store.root).open(offer.id)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#read-only-notice")
        assert app.screen.query_one("#workspace-body").disabled
    holder.close()


async def test_profile_is_saved(make_app: AppFactory, store: OfferStore) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#name_en Input", Input).value = "Alex Smith"
        app.screen.query_one("#name_ja Input", Input).value = "スミス・アレックス"
        await pilot.pause()
        await open_screen(pilot, "escape", expect=OffersScreen)
    profile = store.load_profile()
    assert profile.name_en == "Alex Smith"
    assert profile.name_ja == "スミス・アレックス"


async def test_autosave_reaches_disk_without_quitting(
    make_app: AppFactory, data_dir: Path, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#contact_name Input", Input).value = "Sato"
        path = store.path_for(offer.id)
        await wait_until(
            pilot,
            lambda: tomllib.loads(path.read_text()).get("contact", {}).get("name") == "Sato",
            what="the contact's name on disk",
        )
        assert store.load(offer.id).contact.name == "Sato"


async def test_help_lists_the_keys_of_the_screen(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        rows = [str(row.render()) for row in app.screen.query(".help--what")]
        assert "Add an offer" in rows
        assert "Move the selected offer to the trash (asks first)" in rows


async def test_theme_chosen_anywhere_is_remembered(make_app: AppFactory, store: OfferStore) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "nord"
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert store.load_profile().theme == "nord"
    app = make_app()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "nord"


async def test_many_offers_all_arrive_in_order(make_app: AppFactory, store: OfferStore) -> None:
    count = 100  # five screens of rows at 80x24
    for n in range(count):
        store.create(f"Company {n:03d}", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        await pilot.pause()
        await pilot.pause()
        assert table.row_count == count
        assert [str(table.get_row_at(i)[0]) for i in (0, count - 1)] == [
            "Company 000",
            f"Company {count - 1:03d}",
        ]
        # The end key reaches the last offer, and the table scrolls to show it.
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_value is app.screen.summaries[-1]
        assert f"Company {count - 1:03d}" in _drawn(table)
        assert "Company 000 " not in _drawn(table)
        await pilot.press("home")
        await pilot.pause()
        assert "Company 000 " in _drawn(table)
        # A filter shows only its matches.
        await pilot.press("slash", *"099")
        await pilot.pause()
        await pilot.pause()
        assert table.row_count == 1


async def test_a_click_selects_a_row_and_a_second_click_opens_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    store.create("Globex", "SRE")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        assert table.cursor_row == 0
        # Row 0 of the table is its header; the second offer is on row 2.
        await pilot.click(LineTable, offset=(5, 2))
        await pilot.pause()
        assert table.cursor_row == 1
        assert isinstance(app.screen, OffersScreen)
        await pilot.click(LineTable, offset=(5, 2))
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert app.screen.offer.company == "Globex"


async def test_after_the_last_offer_is_deleted_n_adds_one(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d", "delete")
        await pilot.pause()
        assert app.screen.query_one("#offers-empty").display
        assert app.screen.query_one("#offers-filter", Input).value == ""
        await open_screen(pilot, "n", expect=NewOfferDialog)


async def test_a_filter_that_matches_nothing_says_so(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"zzz")
        await pilot.pause()
        detail = str(app.screen.query_one("#offers-detail").render())
        assert "No offer matches “zzz”" in detail
        await pilot.press("escape")
        await pilot.pause()
        assert "No offer matches" not in str(app.screen.query_one("#offers-detail").render())


async def test_the_cursor_row_is_on_screen_after_a_filter_is_cleared(
    make_app: AppFactory, store: OfferStore
) -> None:
    for n in range(60):
        store.create(f"Company {n:02d}", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        table.move_cursor(row=54)
        await pilot.pause()
        selected = table.cursor_key
        await pilot.press("slash", "5")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert table.cursor_key == selected
        assert "Company 54" in _drawn(table)


async def test_a_new_offer_is_the_one_selected_back_on_the_home(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _new_offer(pilot, "Zeta Corp", "QA")
        assert isinstance(app.screen, OverviewScreen)
        home = await open_screen(pilot, "escape", expect=OffersScreen)
        selected = next(s for s in home.summaries if s.id == home.selected_id)
        assert selected.company == "Zeta Corp"
