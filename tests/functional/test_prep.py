"""The Prep and Guide screens, driven by keys as a candidate would."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Checkbox, Input, Select, TabbedContent

from offertui.domain.offer import Letter, Offer
from offertui.domain.prep import MUST_ASK_BUDGET
from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.guide import GuideScreen
from offertui.screens.offers import OffersScreen
from offertui.screens.prep import PrepScreen
from offertui.screens.prep_dialogs import QuestionDialog, RestoreDialog
from offertui.storage.store import OfferStore
from offertui.widgets.doubt_list import DoubtList
from offertui.widgets.line_table import LineTable
from offertui.widgets.offer_part import OfferPart
from offertui.widgets.question_list import QuestionList
from offertui.widgets.text_field import TextField
from tests.commands import run_command
from tests.helpers import Notifications, open_screen, return_to, wait_until

AppFactory = Callable[..., Any]


def _seed(store: OfferStore, *, letter: bool = False, **changes: Any) -> Offer:
    offer = store.create("Acme K.K.", "Backend Engineer")
    if letter or changes:
        handle = store.open(offer.id)
        if letter:
            offer = replace(offer, letter=Letter(received=True))
        offer = replace(offer, **changes)
        handle.save(offer)
        handle.close()
    return offer


def _saved(store: OfferStore, offer: Offer) -> dict[str, Any]:
    return tomllib.loads(store.path_for(offer.id).read_text(encoding="utf-8"))


async def _open_prep(pilot: Any) -> PrepScreen:
    return await open_screen(pilot, "enter", "f3", expect=PrepScreen)


def _question_ids(screen: PrepScreen, topic: str) -> list[str]:
    return [q.id for q in screen.offer.questions if q.topic == topic]


async def test_without_a_letter_prep_starts_on_asking_for_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        assert screen.section == "letter"
        assert "Start here" in str(screen.query_one("#letter-advice").render())
        assert "no letter yet" in str(screen.query_one("#prep-readiness").render())
        assert screen.query_one("#request-letter").display
        assert screen.query_one("#request-letter").has_focus
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "EmailsScreen"
        assert app.screen.kind == "request-letter"


async def test_letter_received_then_fill_the_facts(make_app: AppFactory, store: OfferStore) -> None:
    offer = _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        screen.query_one("#letter-received", Checkbox).value = True
        await pilot.pause()
        assert not screen.query_one("#request-letter").display
        screen.query_one("#letter-date Input", Input).value = "2026-11-20"
        screen.query_one("#reply-deadline Input", Input).value = "2026-13-45"
        await pilot.pause()
        assert "not a real date" in screen.query_one("#reply-deadline").error
        screen.query_one("#reply-deadline Input", Input).value = "2026-12-04"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.section == "facts"
        # Focus lands in the first empty fact; typing goes there.
        assert screen.focused is screen.query_one("#fact-position-value")
        await pilot.press(*"SRE team")
        screen.query_one("#fact-position-source", Select).value = "letter"
        await pilot.press("tab", "tab", "space")  # source, then the confirmed box
        await pilot.pause()
        assert screen.query_one("#fact-position-confirmed", Checkbox).value
        screen.query_one("#fact-compensation-value", Input).value = "¥8.5M incl. 20h OT"
        await pilot.pause()
        assert "2/8 facts · 1 confirmed" in str(screen.query_one("#prep-readiness").render())
        role = _question_ids(screen, "role")[0]
        assert not screen.offer.questions[0].must_ask
        from offertui.domain.prep import effective_must_ask

        assert not effective_must_ask(
            screen.offer, next(q for q in screen.offer.questions if q.id == role)
        )
        await pilot.press("ctrl+q")
    data = _saved(store, offer)
    assert data["letter"]["received"] is True
    assert data["letter"]["date"].isoformat() == "2026-11-20"
    assert data["reply_deadline"].isoformat() == "2026-12-04"
    assert data["facts"]["position"] == {"value": "SRE team", "source": "letter", "confirmed": True}
    assert data["facts"]["compensation"]["value"] == "¥8.5M incl. 20h OT"
    assert data["facts"]["compensation"]["confirmed"] is False


async def test_questions_add_edit_reorder_delete_restore(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store, letter=True)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        await screen.action_show_section("questions")
        await pilot.pause()
        questions = screen.query_one(QuestionList)
        assert screen.focused is questions
        # Go to the contract questions: the first is highlighted after the heading.
        contract = _question_ids(screen, "contract")
        questions.select_question(contract[0])
        await pilot.pause()

        # Add: an empty question is refused in the dialog, then a real one is added.
        dialog = await open_screen(pilot, "ctrl+o", expect=QuestionDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert "can't be empty" in str(dialog.query_one("#text-error").render())
        dialog.query_one("#text", Input).value = "How often are contracts reviewed?"
        await pilot.press("enter")
        dialog.query_one("#follow-up", Input).value = "So to confirm, once a year?"
        await return_to(pilot, screen, "enter")
        mine = _question_ids(screen, "contract")[1]
        assert mine.startswith("my-")
        assert questions.selected_id == mine

        # Edit: the wording follows the field; an empty one is explained and not kept.
        await pilot.press("enter")
        await pilot.pause()
        text_field = screen.query_one("#question-text", TextField)
        assert screen.focused is text_field.area
        text_field.area.text = ""
        await pilot.pause()
        assert "can't be empty" in text_field.error
        assert screen.offer.questions[[q.id for q in screen.offer.questions].index(mine)].text
        text_field.area.text = "How often are fixed-term contracts reviewed?"
        await pilot.pause()
        assert text_field.error == ""
        await pilot.press("enter")  # done: back to the list
        await pilot.pause()
        assert screen.focused is questions

        # Must-ask, then move it first among the contract questions.
        await run_command(pilot, "Mark must-ask")
        await pilot.press("shift+up")
        await pilot.pause()
        assert _question_ids(screen, "contract")[0] == mine
        await pilot.press("shift+up")  # already first: nothing moves
        await pilot.pause()
        assert _question_ids(screen, "contract")[0] == mine

        # Delete a default (asks first), then restore it.
        questions.select_question("contract-renewal")
        await open_screen(pilot, "delete", expect=ConfirmDialog)
        await pilot.press("delete")  # the key that asked, again
        await pilot.pause()
        assert "contract-renewal" not in _question_ids(screen, "contract")
        await run_command(pilot, "Restore a default question")
        assert isinstance(app.screen, RestoreDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert _question_ids(screen, "contract")[-1] == "contract-renewal"
        order = [q.id for q in screen.offer.questions]
        await pilot.press("ctrl+q")

    data = _saved(store, offer)
    saved = data["questions"]
    assert [q["id"] for q in saved] == order
    first_contract = next(q for q in saved if q["topic"] == "contract")
    assert first_contract["text"] == "How often are fixed-term contracts reviewed?"
    assert first_contract["follow_up"] == "So to confirm, once a year?"
    assert first_contract["must_ask"] is True
    assert "default" not in first_contract
    restored = next(q for q in saved if q["id"] == "contract-renewal")
    assert restored["default"] == "contract-renewal"

    # After a restart it is all back on screen, in the same order.
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        assert [q.id for q in screen.offer.questions] == order
        await screen.action_show_section("questions")
        await pilot.pause()
        questions = screen.query_one(QuestionList)
        questions.select_question(first_contract["id"])
        await pilot.pause()
        area = screen.query_one("#question-text", TextField).area
        assert area.text == "How often are fixed-term contracts reviewed?"
        assert screen.query_one("#question-must", Checkbox).value


async def test_must_ask_view_orders_across_topics(make_app: AppFactory, store: OfferStore) -> None:
    offer = _seed(store, letter=True)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        await screen.action_show_section("questions")
        await pilot.pause()
        questions = screen.query_one(QuestionList)
        await run_command(pilot, "Switch question view")
        assert questions.must_ask_only
        shown = [o.id for o in questions.options]
        # Every fact is unknown: the ten must-ask are each fact's first question, then
        # the second ones of the first facts; the reply-deadline ones are not must-ask.
        assert "deadline-reply-by" not in shown
        assert len(shown) == MUST_ASK_BUDGET
        assert shown[:2] == ["role-team", "role-team-size"]
        questions.select_question("role-team-size")
        await pilot.press("shift+up")
        await pilot.pause()
        shown = [o.id for o in questions.options]
        assert shown[:2] == ["role-team-size", "role-team"]
        # Unmarked and not derived: it leaves the must-ask view.
        questions.select_question("role-team")
        await run_command(pilot, "Mark must-ask")
        assert [q.must_ask for q in screen.offer.questions if q.id == "role-team"] == [True]
        await pilot.press("ctrl+q")
    saved = _saved(store, offer)["questions"]
    ids = [q["id"] for q in saved]
    assert ids.index("role-team-size") < ids.index("role-team")


async def test_doubts_become_questions(make_app: AppFactory, store: OfferStore) -> None:
    offer = _seed(store, letter=True)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        await screen.action_show_section("doubts")
        await pilot.pause()
        entry = screen.query_one("#doubt-input", Input)
        assert screen.focused is entry
        await pilot.press("enter")  # empty: explained, nothing added
        await pilot.pause()
        assert "first" in str(screen.query_one("#doubt-error").render())
        assert screen.offer.doubts == ()
        entry.value = "Overtime pay was described only vaguely"
        await pilot.press("enter")
        entry.value = "No one named my manager"
        await pilot.press("enter")
        await pilot.pause()
        assert len(screen.offer.doubts) == 2
        assert "2 doubts to ask" in str(screen.query_one("#prep-readiness").render())
        doubts = screen.query_one(DoubtList)
        doubts.focus()
        doubts.highlighted = 0
        await pilot.press("ctrl+o")
        await pilot.pause()
        made = [q for q in screen.offer.questions if q.id.startswith("doubt-")]
        assert len(made) == 1
        assert made[0].topic == "compensation" and made[0].must_ask
        await pilot.press("ctrl+o")  # a second time makes no second question
        await pilot.pause()
        assert len([q for q in screen.offer.questions if q.id.startswith("doubt-")]) == 1
        assert "1 doubt to ask" in str(screen.query_one("#prep-readiness").render())
        await pilot.press("ctrl+q")
    data = _saved(store, offer)
    assert data["prep"]["doubts"] == [
        "Overtime pay was described only vaguely",
        "No one named my manager",
    ]
    assert any(q["id"].startswith("doubt-") for q in data["questions"])


async def test_negotiation_numbers_and_bad_input(make_app: AppFactory, store: OfferStore) -> None:
    other = store.create("Globex", "SRE")
    offer = _seed(store, letter=True, annual_pay=8_500_000)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LineTable)
        table.move_cursor(row=table.get_row_index(offer.id))
        screen = await _open_prep(pilot)
        await screen.action_show_section("negotiation")
        await pilot.pause()
        target = screen.query_one("#negotiation-target")
        floor = screen.query_one("#negotiation-floor")
        assert screen.focused is target.query_one(Input)
        target.query_one(Input).value = "abc"
        await pilot.pause()
        assert "yen" in target.error
        target.query_one(Input).value = "950万"
        await pilot.pause()
        assert target.error == ""
        floor.query_one(Input).value = "10,000,000"
        await pilot.pause()
        assert "can't be above your target" in floor.error
        assert screen.offer.negotiation.floor is None
        floor.query_one(Input).value = "9,000,000"
        await pilot.pause()
        assert floor.error == ""
        assert "+11.8%" in str(screen.query_one("#negotiation-summary").render())
        screen.query_one("#negotiation-timing", Select).value = "after"
        screen.query_one("#negotiation-reasons").text = "Five years of Go in production."
        others = screen.query_one("#negotiation-others")
        others.select(other.id)
        await pilot.pause()
        await pilot.press("ctrl+q")
    plan = _saved(store, offer)["negotiation"]
    assert plan == {
        "target": 9_500_000,
        "floor": 9_000_000,
        "timing": "after",
        "reasons": "Five years of Go in production.",
        "other_offers": [other.id],
    }


async def test_sections_switch_while_typing(make_app: AppFactory, store: OfferStore) -> None:
    _seed(store, letter=True)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        assert screen.section == "facts"
        await pilot.press("x", "ctrl+n")
        await pilot.pause()
        assert screen.section == "questions"
        await run_command(pilot, "Previous part")
        await run_command(pilot, "Previous part")
        assert screen.section == "letter"
        assert screen.query_one(TabbedContent).active == "letter"


async def test_readiness_column_on_the_home(make_app: AppFactory, store: OfferStore) -> None:
    from offertui.domain.offer import Fact

    offer = _seed(store, letter=True)
    handle = store.open(offer.id)
    handle.save(
        offer.with_fact(Fact("position", "SRE", "letter", True)).with_fact(Fact("start", "Apr"))
    )
    handle.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(LineTable)
        assert str(table.get_row_at(0)[-1]) == "2/8"
        detail = str(app.screen.query_one("#offers-detail").render())
        assert "2/8 facts known" in detail and "letter received" in detail


async def test_guide_from_home_and_from_an_offer(make_app: AppFactory, store: OfferStore) -> None:
    _seed(store, letter=True)
    app = make_app()
    notifications = Notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_guide()
        await pilot.pause()
        guide = app.screen
        assert isinstance(guide, GuideScreen)
        await pilot.press("down", "down", "enter")  # "Preparing": leads to Prep
        await pilot.pause()
        assert app.screen is guide
        assert notifications.any_contains("open an offer first")
        await open_screen(pilot, "escape", expect=OffersScreen)

        screen = await _open_prep(pilot)
        await run_command(pilot, "Guide")
        assert isinstance(app.screen, GuideScreen)
        await pilot.press("down", "enter")  # "Who attends": leads to Meeting
        await pilot.pause()
        assert type(app.screen).__name__ == "MeetingScreen"
        assert app.screen.session is screen.session

        app.action_guide()
        await pilot.pause()
        # "Questions": Prep
        await open_screen(pilot, "down", "down", "down", "down", "enter", expect=PrepScreen)
        assert app.screen.section == "questions"


async def test_palette_lists_the_prep_actions(make_app: AppFactory, store: OfferStore) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        titles = {c.title for c in app.get_system_commands(screen)}
        for title in (
            "Guide",
            "Prep: Questions",
            "Ask for the offer letter",
            "Add question",
            "Mark must-ask",
            "Move question up",
            "Move question down",
            "Delete",
            "Restore a default question",
            "Switch question view",
        ):
            assert title in titles
        # The palette's entry moves the question the list has selected, as the key does,
        # from another part too.
        start = screen.section
        await screen.action_show_section("questions")
        first, second = _question_ids(screen, "contract")[:2]
        screen.query_one(QuestionList).select_question(second)
        await pilot.pause()
        await screen.action_show_section(start)
        assert screen.section != "questions"
        command = next(c for c in app.get_system_commands(screen) if c.title == "Move question up")
        command.callback()
        # The entry opens the questions part first, then moves: wait for the move.
        await wait_until(
            pilot,
            lambda: _question_ids(screen, "contract")[:2] != [first, second],
            what="the palette's move of the question",
        )
        assert screen.section == "questions"
        assert _question_ids(screen, "contract")[:2] == [second, first]


async def test_every_question_deleted_then_one_restored(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store, letter=True, questions=())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        await screen.action_show_section("questions")
        await pilot.pause()
        assert screen.query_one("#question-editor").disabled
        assert "No question selected" in str(screen.query_one("#question-why").render())
        await pilot.press("m", "delete", "shift+up")  # nothing to act on: no crash
        await run_command(pilot, "Restore a default question")
        assert isinstance(app.screen, RestoreDialog)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert [q.id for q in screen.offer.questions] == ["deadline-flexibility"]
        assert not screen.query_one("#question-editor").disabled
        await pilot.press("ctrl+q")
    assert [q["id"] for q in _saved(store, offer)["questions"]] == ["deadline-flexibility"]


async def test_read_only_prep_opens_and_refuses_edits(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store, letter=True)
    holder = OfferStore(store.root).open(offer.id)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        assert screen.query_one("#workspace-body").disabled
        await screen.action_toggle_must_ask()
        await screen.action_add_question()
        await pilot.pause()
        assert app.screen is screen
        assert not any(q.must_ask for q in screen.offer.questions)
    holder.close()


async def test_a_part_is_made_when_it_is_first_shown(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store, letter=True)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_prep(pilot)
        assert screen.section == "facts"
        assert [part.id for part in screen.query(OfferPart)] == ["facts-part"]
        # Keys typed with the switch reach the part made for it.
        await pilot.press("ctrl+n", "down", "down")
        await pilot.pause()
        assert screen.section == "questions"
        assert {part.id for part in screen.query(OfferPart)} == {"facts-part", "questions-part"}
        questions = screen.query_one(QuestionList)
        assert screen.focused is questions
        # Shown afresh, the list selects its first question; the two downs moved on two.
        selectable = [i for i, option in enumerate(questions.options) if not option.disabled]
        assert questions.highlighted == selectable[2]
