"""Revised offers: the latest and first terms, the rounds in order, and where they show."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from offertui.domain.brief import render_brief
from offertui.domain.compare import compare
from offertui.domain.offer import Letter, Offer, Revision
from offertui.domain.revisions import (
    RevisionError,
    first_terms,
    is_blank,
    last_revision,
    latest_annual_pay,
    latest_terms,
    negotiation_round,
    parse_revision,
    pay_change,
    pay_with_first,
    revision_line,
    with_revision,
    with_revision_corrected,
    without_revision,
)
from offertui.storage.store import OfferStore

TODAY = date(2026, 12, 10)

ROUND_1 = Revision(date(2026, 12, 3), 9_300_000, "Start on 2027-03-01", "They moved a little")
ROUND_2 = Revision(date(2026, 12, 8), None, "Two remote days a week", "")
ROUND_3 = Revision(date(2026, 12, 9), 9_500_000, "", "Final, they said")


def offer(*revisions: Revision, **changes: object) -> Offer:
    base = Offer(
        "acme",
        "Acme K.K.",
        "Backend Engineer",
        stage="negotiating",
        annual_pay=9_000_000,
        letter=Letter(received=True, date=date(2026, 11, 20)),
        revisions=revisions,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_an_unrevised_offer_has_its_first_terms_as_the_latest() -> None:
    plain = offer()
    assert latest_terms(plain) == first_terms(plain)
    assert first_terms(plain).annual_pay == 9_000_000
    assert first_terms(plain).date == date(2026, 11, 20)
    assert not latest_terms(plain).revised
    assert last_revision(plain) is None
    assert pay_change(plain) is None
    assert pay_with_first(plain) == "¥9,000,000"


def test_each_round_applies_in_order_and_a_round_without_pay_keeps_the_last_pay() -> None:
    two = offer(ROUND_1, ROUND_2)
    latest = latest_terms(two)
    assert latest.annual_pay == 9_300_000
    assert latest.changes == ("Start on 2027-03-01", "Two remote days a week")
    assert latest.date == date(2026, 12, 8)
    assert latest.round == 2
    assert latest.revised
    three = offer(ROUND_1, ROUND_2, ROUND_3)
    assert latest_annual_pay(three) == 9_500_000
    assert pay_change(three) == 500_000
    assert last_revision(three) == ROUND_3
    # The first terms never move.
    assert first_terms(three) == first_terms(offer())


def test_the_latest_pay_is_shown_with_the_first_beside_it() -> None:
    assert pay_with_first(offer(ROUND_1)) == "¥9,300,000 (first ¥9,000,000)"
    # A round that changes only other terms leaves one figure to show.
    assert pay_with_first(offer(ROUND_2)) == "¥9,000,000"
    # Unknown first pay: the revised figure alone.
    assert pay_with_first(offer(ROUND_1, annual_pay=None)) == "¥9,300,000"
    assert pay_with_first(offer(annual_pay=None)) == ""
    assert pay_change(offer(ROUND_1, annual_pay=None)) is None


def test_the_negotiation_round_counts_the_company_answers() -> None:
    assert negotiation_round(offer()) == 1
    assert negotiation_round(offer(ROUND_1)) == 2
    assert negotiation_round(offer(ROUND_1, ROUND_2)) == 3


def test_a_revision_is_recorded_in_date_order_and_an_undated_one_goes_last() -> None:
    recorded = with_revision(offer(ROUND_1, ROUND_3), ROUND_2)
    assert recorded.revisions == (ROUND_1, ROUND_2, ROUND_3)
    undated = Revision(None, 9_900_000)
    assert with_revision(recorded, undated).revisions[-1] == undated
    # An answer dated after every other is appended.
    late = Revision(date(2026, 12, 20), 10_000_000)
    assert with_revision(recorded, late).revisions[-1] == late
    assert latest_annual_pay(with_revision(recorded, late)) == 10_000_000


def test_a_corrected_round_keeps_its_place_unless_its_date_moves_it() -> None:
    rounds = offer(ROUND_1, ROUND_2, ROUND_3)
    fixed = replace(ROUND_1, annual_pay=9_350_000)
    assert with_revision_corrected(rounds, 0, fixed).revisions == (fixed, ROUND_2, ROUND_3)
    assert latest_terms(
        with_revision_corrected(rounds, 2, Revision(None, 9_400_000))
    ).annual_pay == (9_400_000)
    # Round 1 was in fact answered after round 3: it moves after it.
    moved = replace(ROUND_1, date=date(2026, 12, 9))
    assert with_revision_corrected(rounds, 0, moved).revisions == (ROUND_2, ROUND_3, moved)
    # The same day as its neighbour is still in order: it stays.
    same = replace(ROUND_2, date=ROUND_3.date)
    assert with_revision_corrected(rounds, 1, same).revisions == (ROUND_1, same, ROUND_3)


def test_a_round_removed_leaves_the_others_and_the_latest_pay_follows() -> None:
    rounds = offer(ROUND_1, ROUND_2, ROUND_3)
    assert without_revision(rounds, 1).revisions == (ROUND_1, ROUND_3)
    assert latest_annual_pay(without_revision(rounds, 2)) == 9_300_000
    assert latest_terms(without_revision(offer(ROUND_1), 0)) == first_terms(rounds)


def test_blank_revisions_and_one_line_summaries() -> None:
    assert is_blank(Revision(date(2026, 12, 1), None, "  ", "\n"))
    assert not is_blank(Revision(None, None, "", "called"))
    assert revision_line(ROUND_1) == "2026-12-03: ¥9,300,000; Start on 2027-03-01"
    assert revision_line(Revision(None, None, "Bonus\nguaranteed")) == "Bonus guaranteed"
    assert revision_line(Revision(date(2026, 12, 1))) == "2026-12-01: no change recorded"


def test_compare_weighs_the_latest_pay_and_shows_the_revised_terms() -> None:
    revised = offer(ROUND_1, ROUND_2)
    other = replace(offer(), id="beta", company="Beta", annual_pay=9_200_000)
    comparison = compare([revised, other], TODAY)
    annual = comparison.row("annual")
    assert annual.cells[0].text == "¥9,300,000 (first ¥9,000,000)"
    # 9.3M now beats 9.2M, though the first offer (9.0M) did not.
    assert [cell.best for cell in annual.cells] == [True, False]
    terms = comparison.row("revised").cells
    assert terms[0].text == "Start on 2027-03-01; Two remote days a week (2 rounds, 2026-12-08)"
    assert terms[1].text == "—"


def test_compare_has_no_revised_row_when_nothing_was_revised() -> None:
    keys = [row.key for row in compare([offer(), offer()], TODAY).rows]
    assert "revised" not in keys
    pay_only = compare([offer(ROUND_3), offer()], TODAY).row("revised").cells[0]
    assert pay_only.text == "pay only (1 round, 2026-12-09)"


def test_the_brief_gives_the_latest_pay_the_first_and_every_round() -> None:
    text = render_brief(offer(ROUND_1, ROUND_2, ROUND_3), TODAY)
    assert "- Annual pay as revised on 2026-12-09: ¥9,500,000" in text
    assert "- Annual pay first offered: ¥9,000,000" in text
    assert "Annual pay as offered" not in text
    section = text.split("## The company's answers in negotiation\n", 1)[1].split("\n## ")[0]
    assert section.index("Round 1, 2026-12-03") < section.index("Round 2, 2026-12-08")
    assert "  - Annual pay: ¥9,300,000" in section
    assert "    Two remote days a week" in section
    assert "    Final, they said" in section
    unrevised = render_brief(offer(), TODAY)
    assert "- Annual pay as offered: ¥9,000,000" in unrevised
    assert "answers in negotiation" not in unrevised


def test_revisions_round_trip_through_the_file_and_keep_hand_edits(store: OfferStore) -> None:
    created = store.create("Acme K.K.", "Backend Engineer")
    handle = store.open(created.id)
    handle.save(replace(created, annual_pay=9_000_000, revisions=(ROUND_1,)))
    handle.close()
    path = store.path_for(created.id)
    text = path.read_text("utf-8")
    assert "[[revisions]]" in text
    # Hand edits: a comment on top and, inside the round, a key offertui does not know.
    path.write_text(
        "# from the call with Tanaka\n"
        + text.replace("[[revisions]]\n", "[[revisions]]\nchannel = 'phone'\n"),
        "utf-8",
    )
    handle = store.open(created.id)
    assert handle.offer.revisions == (ROUND_1,)
    handle.save(with_revision(handle.offer, ROUND_2))
    handle.close()
    loaded = store.load(created.id)
    assert loaded.revisions == (ROUND_1, ROUND_2)
    assert latest_terms(loaded).changes == ("Start on 2027-03-01", "Two remote days a week")
    saved = path.read_text("utf-8")
    assert "# from the call with Tanaka" in saved
    assert "channel = 'phone'" in saved
    assert saved.count("[[revisions]]") == 2


def test_a_file_without_revisions_loads_with_none(store: OfferStore) -> None:
    created = store.create("Acme K.K.", "Backend Engineer")
    assert "revisions" not in store.path_for(created.id).read_text("utf-8")
    assert store.load(created.id).revisions == ()


def test_the_home_summary_has_the_latest_pay_and_the_first_beside_it() -> None:
    from offertui.domain.summary import OfferSummary, summarize

    summary = summarize(offer(ROUND_1, ROUND_2))
    assert (summary.annual_pay, summary.first_annual_pay) == (9_300_000, 9_000_000)
    assert OfferSummary.from_json(summary.to_json()) == summary
    unrevised = summarize(offer(ROUND_2))
    assert (unrevised.annual_pay, unrevised.first_annual_pay) == (9_000_000, None)


def test_a_revision_as_typed_is_read() -> None:
    assert parse_revision("2026/12/8", "950万", " Start in April ", "") == Revision(
        date(2026, 12, 8), 9_500_000, "Start in April", ""
    )
    assert parse_revision("", "", "Bonus now guaranteed\r\n", "call") == Revision(
        None, None, "Bonus now guaranteed", "call"
    )


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        (("2026-13-45", "9,500,000", "", ""), "date"),
        (("2026-12-08", "abc", "", ""), "pay"),
        (("2026-12-08", "", " ", "\n"), "pay"),
    ],
)
def test_a_revision_typed_wrong_names_the_field_at_fault(
    typed: tuple[str, str, str, str], field: str
) -> None:
    with pytest.raises(RevisionError) as raised:
        parse_revision(*typed)
    assert raised.value.field == field
    assert str(raised.value)
