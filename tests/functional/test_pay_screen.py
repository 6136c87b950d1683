"""Pay: amounts typed in every format, bad input at the field, checks becoming questions."""

from __future__ import annotations

import tomllib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import pytest
from textual.widgets import Checkbox, Input, Select

from offertui.domain.offer import Offer
from offertui.domain.pay import PayModel
from offertui.domain.pay_rules import DISCLAIMER
from offertui.screens.glossary import GlossaryScreen
from offertui.screens.pay import PayScreen
from offertui.storage.store import OfferStore
from offertui.widgets.field import Field
from offertui.widgets.pay_results import FindingList, PayResults
from tests.commands import run_command
from tests.helpers import open_screen

AppFactory = Callable[..., Any]


@pytest.fixture
def offer(store: OfferStore) -> Offer:
    return store.create("Acme K.K.", "Backend Engineer")


def _save(store: OfferStore, offer: Offer) -> None:
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()


@asynccontextmanager
async def pay_screen(app: Any, size: tuple[int, int] = (80, 24)) -> AsyncIterator[Any]:
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await open_screen(pilot, "f7", expect=PayScreen)
        yield pilot


def _model(app: Any) -> PayModel:
    screen = app.screen
    assert isinstance(screen, PayScreen)
    return screen.offer.pay


async def _type(pilot: Any, field_id: str, text: str) -> Field[Any]:
    field = pilot.app.screen.query_one(f"#{field_id}", Field)
    field.query_one(Input).value = text
    await pilot.pause()
    return field


# --------------------------------------------------------------------------- the screen


async def test_amounts_in_each_format_reach_the_file(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    app = make_app()
    async with pay_screen(app) as pilot:
        assert DISCLAIMER in str(app.screen.query_one(".disclaimer").content)
        for text in ("300,000", "30万", "300000", "３０万円"):
            field = await _type(pilot, "monthly_base", text)
            assert field.error == ""
            assert _model(app).monthly_base == 300_000, text
        await _type(pilot, "commute_allowance", "1.5万")
        await _type(pilot, "fixed_overtime_hours", "30時間")
        await _type(pilot, "fixed_overtime_amount", "70,000")
        await pilot.press("ctrl+q")
    data = tomllib.loads(store.path_for(offer.id).read_text(encoding="utf-8"))
    assert data["pay"]["monthly_base"] == 300_000
    assert data["pay"]["commute_allowance"] == 15_000
    assert data["pay"]["fixed_overtime_hours"] == 30.0
    assert data["pay"]["fixed_overtime_amount"] == 70_000


async def test_a_bad_amount_is_explained_at_the_field_and_not_saved(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    app = make_app()
    async with pay_screen(app) as pilot:
        await _type(pilot, "monthly_base", "400,000")
        field = await _type(pilot, "monthly_base", "40O,000")  # a letter O, not a zero
        assert "9,000,000 or 900万" in field.error
        assert field.has_class("-invalid")
        assert field.query_one(Input).value == "40O,000"  # left as typed, to fix
        assert _model(app).monthly_base == 400_000
        field = await _type(pilot, "monthly_base", "-5")
        assert "negative" in field.error
        field = await _type(pilot, "fixed_overtime_hours", "many")
        assert "hours per month" in field.error
        await pilot.press("ctrl+q")
    data = tomllib.loads(store.path_for(offer.id).read_text(encoding="utf-8"))
    assert data["pay"]["monthly_base"] == 400_000
    assert "fixed_overtime_hours" not in data["pay"]


async def test_emptying_a_field_makes_it_unknown(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    _save(store, replace(offer, pay=PayModel(monthly_base=300_000, housing_allowance=20_000)))
    app = make_app()
    async with pay_screen(app) as pilot:
        assert app.screen.query_one("#housing_allowance Input", Input).value == "¥20,000"
        await _type(pilot, "housing_allowance", "")
        assert _model(app).housing_allowance is None
        await _type(pilot, "scheduled_hours_per_month", "")
        assert _model(app).scheduled_hours_per_month is None


async def test_results_show_totals_and_hourly_rate(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    app = make_app()
    async with pay_screen(app) as pilot:
        results = app.screen.query_one(PayResults)
        assert "Enter the monthly base pay" in str(results.content)
        await _type(pilot, "monthly_base", "400,000")
        await _type(pilot, "bonus_months", "2")
        text = str(results.content)
        assert "¥4,800,000 · 480万円" in text  # guaranteed
        assert "¥5,600,000 · 560万円" in text  # expected, with the bonus not promised
        assert "¥2,500" in text  # 400,000 / 160 hours
        app.screen.query_one("#bonus_kind", Select).value = "guaranteed"
        await pilot.pause()
        assert _model(app).bonus_guaranteed
        assert "expected" not in str(results.content)


async def test_a_flat_housing_allowance_ticked_counts_in_the_hourly_rate(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    _save(store, replace(offer, pay=PayModel(monthly_base=320_000, housing_allowance=40_000)))
    app = make_app()
    async with pay_screen(app) as pilot:
        results = app.screen.query_one(PayResults)
        assert "¥2,000" in str(results.content)  # 320,000 / 160: housing left out
        assert "housing left out" in str(results.content)
        app.screen.query_one("#housing-flat", Checkbox).value = True
        await pilot.pause()
        assert _model(app).housing_allowance_flat
        assert "¥2,250" in str(results.content)  # (320,000 + 40,000) / 160
        assert "with flat housing" in str(results.content)
    data = tomllib.loads(store.path_for(offer.id).read_text(encoding="utf-8"))
    assert data["pay"]["housing_allowance_flat"] is True


async def test_annual_basis_shows_its_own_fields(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    app = make_app()
    async with pay_screen(app) as pilot:
        screen = app.screen
        assert not screen.query_one("#annual_salary").display
        screen.query_one("#basis", Select).value = "annual"
        await pilot.pause()
        assert screen.query_one("#annual_salary").display
        assert not screen.query_one("#monthly_base").display
        await _type(pilot, "annual_salary", "840万")
        screen.query_one("#parts", Select).value = 14
        await pilot.pause()
        model = _model(app)
        assert (model.basis, model.annual_salary, model.annual_parts) == ("annual", 8_400_000, 14)
        assert "¥600,000" in str(screen.query_one(PayResults).content)  # 840万 / 14
        findings = screen.query_one(FindingList)
        assert "annual_salary_split" in [f.key for f in findings.findings]


async def test_a_finding_becomes_a_question_once(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    app = make_app()
    async with pay_screen(app) as pilot:
        await _type(pilot, "monthly_base", "315,000")
        await _type(pilot, "fixed_overtime_hours", "45")
        await _type(pilot, "fixed_overtime_amount", "85,000")
        findings = app.screen.query_one(FindingList)
        assert findings.display
        keys = [f.key for f in findings.findings]
        assert keys[0] == "fixed_overtime_underpaid"  # most serious first
        await pilot.press("ctrl+n")  # from the form to the findings
        assert findings.has_focus
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # a second time adds nothing
        await pilot.pause()
        questions = [q for q in _offer(app).questions if q.id.startswith("pay-")]
        assert [q.id for q in questions] == ["pay-fixed_overtime_underpaid"]
        question = questions[0]
        assert question.must_ask and question.topic == "compensation"
        assert question.text.startswith("Could you walk me through")
        assert question.follow_up.startswith("So to confirm")
        await pilot.press("down", "enter")  # enter adds too
        await pilot.pause()
        assert f"pay-{keys[1]}" in [q.id for q in _offer(app).questions]
        await pilot.press("ctrl+n")
        assert not findings.has_focus
        await pilot.press("ctrl+q")
    data = tomllib.loads(store.path_for(offer.id).read_text(encoding="utf-8"))
    assert "pay-fixed_overtime_underpaid" in [q["id"] for q in data["questions"]]


def _offer(app: Any) -> Offer:
    screen = app.screen
    assert isinstance(screen, PayScreen)
    return screen.offer


async def test_palette_adds_the_selected_finding(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    _save(store, replace(offer, pay=PayModel(monthly_base=300_000, fixed_overtime_hours=50)))
    app = make_app()
    async with pay_screen(app) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert "Glossary" in commands
        commands["Add pay finding as question"].callback()
        await pilot.pause()
        assert "pay-fixed_overtime_terms_incomplete" in [q.id for q in _offer(app).questions]


async def test_no_findings_says_what_the_checks_need(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    app = make_app()
    async with pay_screen(app) as pilot:
        assert not app.screen.query_one(FindingList).display
        assert app.screen.query_one("#pay-no-findings").display
        app.screen.action_add_finding()
        await pilot.pause()


async def test_glossary_opens_on_the_finding_term(
    make_app: AppFactory, store: OfferStore, offer: Offer
) -> None:
    _save(store, replace(offer, pay=PayModel(monthly_base=300_000, fixed_overtime_hours=50)))
    app = make_app()
    async with pay_screen(app) as pilot:
        await run_command(pilot, "Glossary")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        assert app.screen.current is not None
        assert app.screen.current.term == "固定残業代"
        await open_screen(pilot, "escape", expect=PayScreen)


async def test_every_placeholder_is_shown_whole_at_80_columns(
    make_app: AppFactory, offer: Offer
) -> None:
    from textual.geometry import Region

    app = make_app()
    async with pay_screen(app) as pilot:
        # Those laid out: the ones a choice hides are drawn nowhere.
        inputs = [
            i
            for i in pilot.app.screen.query(Input)
            if i.placeholder and not i.value and i.size.width > 0
        ]
        assert len(inputs) > 10
        cut = []
        for field in inputs:
            width, height = field.size
            drawn = "".join(
                segment.text
                for strip in field.render_lines(Region(0, 0, width, height))
                for segment in strip
            )
            if str(field.placeholder) not in drawn:
                cut.append(f"{field.placeholder!r} drawn as {drawn.strip()!r}")
        assert cut == [], "\n".join(cut)
