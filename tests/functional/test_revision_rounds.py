"""The rounds of a negotiation: each one recorded is listed, and one typed wrong is
corrected or removed; a search match in a round opens it with the match selected."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from textual.widgets import Input, OptionList, Static

from offertui.domain.offer import EmailDraft, Revision
from offertui.screens.decision import DecisionScreen
from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.emails import EmailsScreen
from offertui.screens.revision import RevisionDialog
from offertui.screens.rounds import ROUNDS_HINT, RoundsDialog
from offertui.screens.search import SearchDialog
from offertui.storage.store import OfferStore
from offertui.widgets.email_editor import EmailBody
from offertui.widgets.line_table import LineTable
from tests.commands import run_command
from tests.helpers import Notifications, press, settle_home, wait_until
from tests.timeline_offers import negotiating, write_offers

AppFactory = Callable[..., Any]

ROUND_1 = Revision(date(2026, 11, 20), 9_300_000, "Start in April", "Said 930万 is firm")
ROUND_2 = Revision(date(2026, 11, 24), 9_600_000, "", "最終提示とのこと、回答は金曜まで")


def _rounds(store: OfferStore, offer_id: str) -> list[dict[str, Any]]:
    data = tomllib.loads(store.path_for(offer_id).read_text("utf-8"))
    rounds: list[dict[str, Any]] = data.get("revisions", [])
    return rounds


async def _open_rounds(pilot: Any, offer_id: str) -> RoundsDialog:
    app = pilot.app
    app.open_offer(offer_id, "decision")
    await wait_until(
        pilot,
        lambda: isinstance(app.screen, DecisionScreen) and app.screen.is_mounted,
        what="Decision",
    )
    await run_command(pilot, "Revised offer rounds")
    dialog = app.screen
    assert isinstance(dialog, RoundsDialog)
    return dialog


def _listed(dialog: RoundsDialog) -> list[str]:
    rounds = dialog.query_one("#rounds", OptionList)
    return [str(rounds.get_option_at_index(i).prompt) for i in range(rounds.option_count)]


async def test_every_round_is_listed_and_a_mistyped_pay_is_corrected(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = negotiating(store, ROUND_1, ROUND_2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_rounds(pilot, offer.id)
        assert "First offer: ¥9,000,000" in str(dialog.query_one("#rounds-first").render())
        assert _listed(dialog) == [
            "Round 1: 2026-11-20: ¥9,300,000; Start in April\n  Said 930万 is firm",
            "Round 2: 2026-11-24: ¥9,600,000\n  最終提示とのこと、回答は金曜まで",
        ]
        await press(pilot, "down", "enter")  # the second round, to correct it
        form = app.screen
        assert isinstance(form, RevisionDialog)
        assert "Correct round 2" in str(form.query_one(".dialog--title").render())
        pay = form.query_one("#revision-pay", Input)
        assert (form.query_one("#revision-date", Input).value, pay.value) == (
            "2026-11-24",
            "9,600,000",
        )
        assert form.query_one("#revision-note", Input).value == ROUND_2.note
        pay.value = "9,500,000"  # it was 950万, not 960万
        await pilot.pause()
        await press(pilot, "enter", "enter", "enter")  # pay, terms, note: saved
        await wait_until(pilot, lambda: app.screen is dialog, what="back on the rounds")
        assert _listed(dialog)[1].startswith("Round 2: 2026-11-24: ¥9,500,000")
        await press(pilot, "escape")
        terms = str(app.screen.query_one("#terms", Static).render())
        assert terms.startswith(
            "Revised offer, round 2 (2026-11-24): ¥9,500,000 (first ¥9,000,000)"
        )
        app.save_all()
    saved = _rounds(store, offer.id)
    assert [r["annual_pay"] for r in saved] == [9_300_000, 9_500_000]
    assert saved[1]["note"] == ROUND_2.note


async def test_a_corrected_date_moves_the_round_to_its_place(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = negotiating(store, ROUND_1, ROUND_2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_rounds(pilot, offer.id)
        await press(pilot, "enter")  # round 1: its date was typed a week late
        app.screen.query_one("#revision-date", Input).value = "2026-11-27"
        await pilot.pause()
        await press(pilot, "tab", "tab", "tab", "enter")  # to Save
        await wait_until(pilot, lambda: app.screen is dialog, what="back on the rounds")
        assert [line.split(":")[0] for line in _listed(dialog)] == ["Round 1", "Round 2"]
        assert _listed(dialog)[1].startswith("Round 2: 2026-11-27: ¥9,300,000")
        app.save_all()
    assert [r["date"] for r in _rounds(store, offer.id)] == [date(2026, 11, 24), date(2026, 11, 27)]


async def test_a_round_recorded_by_mistake_is_removed_once_confirmed(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = negotiating(store, ROUND_1, ROUND_2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        said = Notifications(app)
        dialog = await _open_rounds(pilot, offer.id)
        await press(pilot, "delete")
        assert isinstance(app.screen, ConfirmDialog)
        await press(pilot, "escape")  # not this time: nothing is removed
        assert len(_listed(dialog)) == 2
        await press(pilot, "delete", "delete")
        await wait_until(pilot, lambda: app.screen is dialog, what="back on the rounds")
        assert _listed(dialog) == ["Round 1: 2026-11-24: ¥9,600,000\n  " + ROUND_2.note]
        assert said.any_contains("Removed: 2026-11-20: ¥9,300,000; Start in April")
        await press(pilot, "delete", "delete")
        await wait_until(pilot, lambda: app.screen is dialog, what="back on the rounds")
        assert _listed(dialog) == []
        assert "No round recorded yet" in str(dialog.query_one("#rounds-first").render())
        await press(pilot, "escape")
        # With no round left, Decision points to recording the company's answer again.
        terms = str(app.screen.query_one("#terms", Static).render())
        assert "Record revised offer" in terms
        app.save_all()
    assert _rounds(store, offer.id) == []


async def _search(pilot: Any, query: str) -> None:
    await settle_home(pilot)
    await press(pilot, "s")
    dialog = pilot.app.screen
    assert isinstance(dialog, SearchDialog)
    dialog.query_one("#search-query", Input).value = query
    await pilot.pause()
    await press(pilot, "enter")


async def test_a_match_in_a_rounds_note_opens_the_round_with_the_match_selected(
    make_app: AppFactory, store: OfferStore
) -> None:
    negotiating(store, ROUND_1, ROUND_2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _search(pilot, "最終提示")
        await wait_until(pilot, lambda: isinstance(app.screen, RevisionDialog), what="the round")
        form = app.screen
        assert "Correct round 2" in str(form.query_one(".dialog--title").render())
        note = form.query_one("#revision-note", Input)
        assert note.has_focus
        assert note.selected_text == "最終提示"
        assert isinstance(app.screen_stack[-2], DecisionScreen)


async def test_a_match_in_a_rounds_terms_opens_that_round(
    make_app: AppFactory, store: OfferStore
) -> None:
    negotiating(store, ROUND_1, ROUND_2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _search(pilot, "APRIL")
        await wait_until(pilot, lambda: isinstance(app.screen, RevisionDialog), what="the round")
        terms = app.screen.query_one("#revision-terms", Input)
        assert terms.has_focus and terms.selected_text == "April"
        assert "Correct round 1" in str(app.screen.query_one(".dialog--title").render())


async def test_a_match_in_a_japanese_drafts_subject_opens_it_selected(
    make_app: AppFactory, store: OfferStore
) -> None:

    offer = negotiating(store)
    draft = EmailDraft(
        "negotiate", "ja", "条件についてのご相談", "田中様\n\n年収についてご相談です。"
    )
    write_offers(store, [replace(offer, emails=(draft,))])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _search(pilot, "ご相談")  # the subject first, then the body
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, EmailsScreen) and app.screen.is_mounted,
            what="Emails",
        )
        screen = app.screen
        assert (screen.kind, screen.lang) == ("negotiate", "ja")
        subject = screen.subject_input
        await wait_until(pilot, lambda: subject.selected_text == "ご相談", what="the selection")
        assert subject.has_focus
        assert "年収" in screen.query_one(EmailBody).text


async def test_the_home_gives_the_latest_pay_with_the_first_beside_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    negotiating(store, ROUND_1, ROUND_2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        table = app.screen.query_one("#offers-table", LineTable)
        assert "¥960万" in table.render_line(1).text  # the latest pay weighs in the table
        detail = app.screen.query_one("#offers-detail")
        await wait_until(pilot, lambda: "first" in str(detail.render()), what="the pay line")
        assert "Pay ¥960万 (first ¥900万)" in str(detail.render())


async def test_the_negotiate_draft_shown_before_a_round_speaks_of_it_after(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme K.K.", "Backend Engineer")
    write_offers(store, [replace(offer, annual_pay=9_000_000)])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_offer(offer.id, "decision")
        await wait_until(pilot, lambda: isinstance(app.screen, DecisionScreen), what="Decision")
        await pilot.pause()
        await run_command(pilot, "Choose: negotiate")
        await press(pilot, "enter")  # write its email now

        def on_emails() -> bool:
            return isinstance(app.screen, EmailsScreen) and app.screen.is_mounted

        await wait_until(pilot, on_emails, what="Emails")
        body = app.screen.query_one(EmailBody)
        assert "The offer sets the annual salary at ¥9,000,000" in body.text
        await press(pilot, "f5")
        await wait_until(pilot, lambda: isinstance(app.screen, DecisionScreen), what="Decision")
        await run_command(pilot, "Record revised offer")
        app.screen.query_one("#revision-pay", Input).value = "950万"
        await pilot.pause()
        await press(pilot, "tab", "tab", "tab", "enter")  # to Record, and press it
        await wait_until(pilot, lambda: isinstance(app.screen, DecisionScreen), what="back")
        await press(pilot, "f6")
        await wait_until(pilot, on_emails, what="Emails again")
        screen = app.screen
        subject = screen.subject_input
        await wait_until(
            pilot, lambda: subject.value.startswith("Regarding the revised offer"), what="subject"
        )
        body = screen.query_one(EmailBody)
        assert "The revised offer sets the annual salary at ¥9,500,000" in body.text
        assert "Thank you again for the offer for" not in body.text


async def test_the_rounds_say_all_their_keys_at_80_columns(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = negotiating(store, ROUND_1, ROUND_2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_rounds(pilot, offer.id)
        hint = dialog.query_one(".dialog--hint", Static)
        await wait_until(pilot, lambda: hint.size.height > 1, what="the hint laid out")
        lines = [hint.render_line(y).text.strip() for y in range(hint.size.height)]
        assert " ".join(lines) == ROUNDS_HINT


async def test_words_typed_on_after_a_tab_too_many_stay_in_the_round(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = negotiating(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_offer(offer.id, "decision")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, DecisionScreen) and app.screen.is_mounted,
            what="Decision",
        )
        await run_command(pilot, "Record revised offer")
        form = app.screen
        assert isinstance(form, RevisionDialog)
        note = form.query_one("#revision-note", Input)
        form.set_focus(note)
        await pilot.pause()
        # Two Tabs too many, past Record to Cancel: the sentence goes on, its space too.
        await press(pilot, *"said", "tab", "tab", *" it is final")
        await pilot.pause()
        assert app.screen is form, "a letter or a space answered the dialog"
        assert note.value == "said it is final"
        assert form.focused is note
        await press(pilot, "enter")  # Enter in the field records, as before
        await wait_until(pilot, lambda: app.screen is not form, what="the round recorded")
        app.save_all()
    assert _rounds(store, offer.id)[-1]["note"] == "said it is final"


async def test_a_tab_too_many_in_the_new_offer_dialog_adds_to_the_field(
    make_app: AppFactory, store: OfferStore
) -> None:
    from offertui.screens.dialogs import NewOfferDialog

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        await press(pilot, "n")
        await wait_until(pilot, lambda: isinstance(app.screen, NewOfferDialog), what="dialog")
        dialog = app.screen
        await press(pilot, *"Sample K.K.", "tab", *"Backend Engineer", "tab", *" abc")
        await pilot.pause()
        position = dialog.query_one("#position", Input)
        # On the Add button, typing goes back to the field, after its text: before, the
        # focus selected the whole field and the next key replaced it.
        assert position.value == "Backend Engineer abc"
        assert dialog.query_one("#company", Input).value == "Sample K.K."
        # And Tab back into a filled field does not select it: typing adds to it.
        await press(pilot, "shift+tab", *" x")
        await pilot.pause()
        assert dialog.query_one("#company", Input).value == "Sample K.K. x"
