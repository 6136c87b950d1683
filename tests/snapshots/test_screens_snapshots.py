"""Snapshots at 80x24 of what the other snapshot files leave out: the focused field and
the home in a light theme, F1 on an offer's screen, the Letter before a letter is pasted,
and the main dialogs (delete, write an email with a placeholder left, add an attendee
or a question, leave a running meeting)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from offertui.domain import meeting as m
from offertui.domain.profile import Profile
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import NOW, FakeClock, no_blink, press, settle_home

SIZE = (80, 24)


def _offer(store: OfferStore, *, running: bool = False) -> None:
    offer = replace(store.create("株式会社サクラテック", "Backend Engineer"), annual_pay=8_500_000)
    if running:
        offer = m.start(offer, NOW - timedelta(minutes=12))
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()


def _light(store: OfferStore) -> None:
    store.save_profile(Profile(name_en="Alex Morgan", theme="textual-light"))


def _keys(*keys: str, then: tuple[str, ...] = ()) -> Any:
    """Press `keys` from the home, then run the palette's commands named in `then`."""

    async def run(pilot: Any) -> None:
        await settle_home(pilot)
        await press(pilot, *keys)
        for title in then:
            await run_command(pilot, title)
        await no_blink(pilot)

    return run


def test_a_focused_field_in_a_light_theme(
    snap_compare: Any, make_app: Any, store: OfferStore
) -> None:
    # The label of the focused field is the focus mark; headings in the accent colour.
    _light(store)
    _offer(store)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("enter", "tab"))


def test_the_home_in_a_light_theme(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    # The table's header is shaded apart from its rows.
    _light(store)
    _offer(store)
    store.create("Globex Japan K.K.", "Site Reliability Engineer")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys())


def test_help_on_the_meeting(
    snap_compare: Any, make_app: Any, store: OfferStore, clock: FakeClock
) -> None:
    _offer(store, running=True)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("m", "f1"))


def test_the_letter_before_one_is_pasted(
    snap_compare: Any, make_app: Any, store: OfferStore
) -> None:
    _offer(store)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("enter", "f8"))


def test_the_delete_dialog(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _offer(store)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("d"))


def test_the_write_email_dialog(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _offer(store)
    assert snap_compare(
        make_app(),
        terminal_size=SIZE,
        # The draft still has a placeholder: writing it asks first.
        run_before=_keys("enter", "f6", then=("Write email to file",)),
    )


def test_the_add_attendee_dialog(
    snap_compare: Any, make_app: Any, store: OfferStore, clock: FakeClock
) -> None:
    _offer(store, running=True)
    assert snap_compare(
        make_app(), terminal_size=SIZE, run_before=_keys("m", then=("Add attendee",))
    )


def test_the_add_question_dialog(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _offer(store)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("enter", "f3", "ctrl+o"))


def test_leaving_a_running_meeting(
    snap_compare: Any, make_app: Any, store: OfferStore, clock: FakeClock
) -> None:
    _offer(store, running=True)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("m", "escape"))


def test_the_home_with_names_alike(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    # Several 株式会社 names at 80 columns: the legal form is dropped, the Company column
    # takes the room the position gives up, and names alike to the cut keep their ends.
    for company, position in [
        ("株式会社サイバーエージェント", "Senior Backend Engineer"),
        ("株式会社サイバーエンジニアリング", "Site Reliability Engineer"),
        ("株式会社サクラテックソリューションズ東京", "Backend Engineer"),
        ("株式会社サクラテックソリューションズ大阪", "Backend Engineer"),
        ("(株)ミライ", "Frontend Developer"),
        ("Globex Japan K.K.", "Platform Engineer"),
    ]:
        store.create(company, position)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys())


def test_the_export_brief_dialog(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    # The brief goes to the export folder the profile remembers, named in the dialog
    # from the home folder.
    folder = Path.home() / "Documents" / "offers"
    folder.mkdir(parents=True)
    store.save_profile(Profile(name_en="Alex Morgan", export_folder=str(folder)))
    _offer(store)
    assert snap_compare(
        make_app(), terminal_size=SIZE, run_before=_keys("enter", then=("Export brief",))
    )
