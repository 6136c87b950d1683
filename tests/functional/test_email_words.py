"""The words the emails take from the screens: the reason on Decision and Prep's
negotiation part in each language, and what an acceptance has attached, typed on the
screen and read back from the drafts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Input, Label, TextArea

from offertui.domain.offer import Contact, Decision, Offer, Profile
from offertui.screens.decision import DecisionScreen
from offertui.screens.dialogs import ConfirmDialog, EmailProposalDialog
from offertui.screens.emails import EmailBody, EmailsScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from offertui.widgets.field import Field
from tests.commands import run_command
from tests.helpers import open_screen, type_text

AppFactory = Callable[..., Any]

REASON_EN = "the team's approach to reliability"
REASON_JA = "チームの信頼性への姿勢に惹かれたため"


def _seed(store: OfferStore, choice: str = "accept") -> Offer:
    store.save_profile(Profile(name_en="Alex Morgan", name_ja="モーガン・アレックス"))
    offer = replace(
        store.create("株式会社サクラテック", "Backend Engineer"),
        contact=Contact(name="田中", name_en="Ms. Tanaka", role="人事部"),
        decision=Decision(choice=choice),
    )
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()
    return offer


async def _type_into(pilot: Any, screen: DecisionScreen, field_id: str, text: str) -> Field[Any]:
    field = screen.query_one(f"#{field_id}", Field)
    field.query_one(Input).focus()
    await pilot.pause()
    await type_text(pilot, text)
    return field


async def _drafts(pilot: Any, kind: str) -> dict[str, str]:
    """The body of the `kind` draft in each language, as the Emails screen shows it."""
    app = pilot.app
    app.show_offer_screen(app.screen.session, "emails", kind=kind, lang="ja")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, EmailsScreen)
    bodies = {screen.lang: screen.query_one(EmailBody).text}
    await run_command(pilot, "Switch email language")
    await pilot.pause()
    bodies[screen.lang] = screen.query_one(EmailBody).text
    assert set(bodies) == {"en", "ja"}
    return bodies


async def _decision(pilot: Any) -> DecisionScreen:
    return await open_screen(pilot, "enter", "f5", expect=DecisionScreen)


async def test_the_japanese_reason_goes_into_the_japanese_draft_only(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _decision(pilot)
        await _type_into(pilot, screen, "reason", REASON_EN)
        await _type_into(pilot, screen, "reason-ja", REASON_JA)
        assert screen.offer.decision.reason == REASON_EN
        assert screen.offer.decision.reason_ja == REASON_JA

        bodies = await _drafts(pilot, "accept")
        assert f"{REASON_JA}、貴社への入社を決意いたしました。" in bodies["ja"]
        assert REASON_EN not in bodies["ja"]
        assert REASON_EN in bodies["en"]
        assert "惹かれた" not in bodies["en"]
        app.save_all()
        await pilot.pause()
    saved = store.open(offer.id)
    assert (saved.offer.decision.reason, saved.offer.decision.reason_ja) == (REASON_EN, REASON_JA)
    saved.close()


async def test_what_is_attached_is_named_in_both_drafts_and_nothing_when_empty(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _decision(pilot)
        bodies = await _drafts(pilot, "accept")
        assert "添付" not in bodies["ja"]
        assert "attached" not in bodies["en"].casefold()

        await pilot.press("f5")
        await pilot.pause()
        assert app.screen is screen
        await _type_into(pilot, screen, "attachment", "the signed acceptance form")
        await _type_into(pilot, screen, "attachment-ja", "署名済みの内定承諾書")
        bodies = await _drafts(pilot, "accept")
        assert (
            "署名済みの内定承諾書を本メールに添付いたしましたので、ご査収のほどよろしくお願いいたします。"
            in bodies["ja"]
        )
        assert "I have attached the following: the signed acceptance form." in bodies["en"]


async def test_words_that_do_not_fit_the_sentence_are_explained_under_the_field(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _decision(pilot)
        field = await _type_into(pilot, screen, "reason-ja", "the team")
        assert "write it in Japanese" in field.error
        assert field.has_class("-invalid")
        assert screen.offer.decision.reason_ja == ""
        assert field.query_one(Input).value == "the team"  # kept as typed, to correct

        field = await _type_into(pilot, screen, "attachment", "I attached the form")
        assert "Name only what is attached" in field.error
        assert screen.offer.decision.attachment == ""
        await pilot.press("ctrl+u")
        await type_text(pilot, "the signed form")
        assert field.error == ""
        assert screen.offer.decision.attachment == "the signed form"


async def test_the_attachment_fields_show_only_for_an_acceptance(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store, choice="decline")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _decision(pilot)
        assert not screen.query_one("#attachment").display
        assert not screen.query_one("#attachment-ja").display
        assert screen.query_one("#reason-ja").display
        screen.choose("accept")
        await pilot.pause()
        if isinstance(app.screen, ConfirmDialog):  # red flags open: accept anyway
            await pilot.click("#yes")
            await pilot.pause()
        assert isinstance(app.screen, EmailProposalDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.offer.decision.choice == "accept"
        assert screen.query_one("#attachment").display
        assert screen.query_one("#attachment-ja").display


async def test_the_japanese_negotiation_reasons_go_into_the_japanese_draft_only(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store, choice="negotiate")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f3", expect=PrepScreen)
        await screen.action_show_section("negotiation")
        await pilot.pause()
        english = screen.query_one("#negotiation-reasons", TextArea)
        english.focus()
        await type_text(pilot, "my eight years of backend work")
        japanese = screen.query_one("#negotiation-reasons-ja", TextArea)
        japanese.focus()
        await type_text(pilot, "eight years")
        error = screen.query_one("#negotiation-reasons-ja-error", Label)
        assert error.display and "write it in Japanese" in str(error.content)
        assert screen.offer.negotiation.reasons_ja == ""
        await pilot.press(*("backspace" for _ in "eight years"))
        await type_text(pilot, "8年間のバックエンド開発の経験")
        assert not error.display
        assert screen.offer.negotiation.reasons_ja == "8年間のバックエンド開発の経験"

        bodies = await _drafts(pilot, "negotiate")
        assert (
            "8年間のバックエンド開発の経験を踏まえ、このようなご相談をさせていただきました。"
            in bodies["ja"]
        )
        assert "eight years" not in bodies["ja"]
        assert "I am asking in light of my eight years of backend work." in bodies["en"]
        assert "経験" not in bodies["en"]
        app.save_all()
        await pilot.pause()
    saved = store.open(offer.id)
    assert saved.offer.negotiation.reasons_ja == "8年間のバックエンド開発の経験"
    saved.close()
