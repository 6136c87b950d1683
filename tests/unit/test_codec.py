"""Offers to plain TOML data and back (`storage.codec`), without the store's files: what
each key is read as, what a file without it means, and which files are refused."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from typing import Any

import pytest
import tomlkit

from offertui.domain.offer import (
    Attendee,
    Contact,
    Decision,
    EmailDraft,
    Fact,
    Letter,
    Meeting,
    Negotiation,
    Offer,
    Question,
    Revision,
)
from offertui.domain.pay import PayModel
from offertui.storage import toml_write
from offertui.storage.codec import FormatError, offer_from_data, offer_to_data


def _through_a_file(offer: Offer) -> dict[str, Any]:
    """The offer's data as TOML text read back by `tomllib`, as a file holds it."""
    return tomllib.loads(tomlkit.dumps(toml_write.new_document(offer_to_data(offer))))


def _read(text: str) -> Offer:
    return offer_from_data("an-id", tomllib.loads('schema_version = 1\ncompany = "Acme"\n' + text))


def _refused(text: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        _read(text)
    return caught.value


# Every field set to something other than its default, so a key written or read under
# another name, or not at all, shows as a difference.
FULL = Offer(
    id="an-id",
    company="株式会社サクラ",
    position="Backend Engineer",
    stage="negotiating",
    contact=Contact(name="田中 花子", role="人事部", email="tanaka@example.jp", name_en="Hana"),
    letter=Letter(
        received=True,
        date=date(2026, 11, 30),
        language="both",
        text="労働条件通知書\n契約期間",
        missing=("scope_of_change", "probation"),
    ),
    reply_deadline=date(2026, 12, 4),
    annual_pay=9_000_000,
    pay=PayModel(monthly_base=400_000, fixed_overtime_hours=20.0),
    meeting=Meeting(
        scheduled=datetime(2026, 12, 1, 14, 0),
        format="online",
        started_at=datetime(2026, 12, 1, 14, 2),
        ended_at=datetime(2026, 12, 1, 15, 1),
        notes="[14:05] salary 9M\n給与は年俸制",
        attendees=(Attendee("Tanaka", "HR"), Attendee("Sato", "CTO")),
        pressure=(datetime(2026, 12, 1, 14, 50),),
        link="https://meet.example.com/abc",
        place="東京都千代田区丸の内1-1",
        language="ja",
    ),
    facts=(
        Fact("compensation", "9M incl. 20h fixed OT", "letter", True),
        Fact("start_date", "February", "email", False),
    ),
    questions=(
        Question(
            "q1",
            "compensation",
            "How is it paid?",
            "So to confirm?",
            True,
            "answered",
            "Monthly, 25th",
            default="pay_breakdown",
            text_ja="どのように支払われますか。",
            follow_up_ja="という理解でよろしいでしょうか。",
        ),
        Question("mine", "remote", "How many days at home?", status="unclear"),
    ),
    doubts=("The role changed twice",),
    negotiation=Negotiation(
        target=10_000_000,
        floor=9_500_000,
        timing="after",
        reasons="Eight years",
        other_offers=("other-offer",),
        reasons_ja="8年間の経験",
    ),
    revisions=(
        Revision(date(2026, 12, 3), 9_500_000, "Start in February", "First round"),
        Revision(date(2026, 12, 7), None, "Remote two days a week"),
    ),
    visa_support=False,
    decision=Decision(
        choice="negotiate",
        decided_at=datetime(2026, 12, 2, 9, 30),
        pros=("The team",),
        cons=("The commute", "Fixed overtime"),
        own_flags=("Vague about grades",),
        next_steps=(("Send the counter-offer", True), ("Call the agent", False)),
        reason="The team",
        reason_ja="チームの技術力",
        attachment="the signed form",
        attachment_ja="署名済みの承諾書",
    ),
    emails=(
        EmailDraft("negotiate", "ja", "件名", "本文\n二行目", date(2026, 12, 1)),
        EmailDraft("accept", "en", "Subject", "Body"),
    ),
)


def test_every_field_of_an_offer_round_trips_through_the_data() -> None:
    assert offer_from_data("an-id", _through_a_file(FULL)) == FULL


def test_the_data_is_written_under_the_documented_keys() -> None:
    data = _through_a_file(FULL)
    assert data["schema_version"] == 1
    assert (data["company"], data["position"], data["stage"]) == (
        "株式会社サクラ",
        "Backend Engineer",
        "negotiating",
    )
    assert data["meeting"]["notes"] == "[14:05] salary 9M\n給与は年俸制"
    assert data["questions"][0]["topic"] == "compensation"
    assert data["questions"][0]["text"] == "How is it paid?"
    assert data["decision"]["choice"] == "negotiate"
    assert data["facts"]["compensation"] == {
        "value": "9M incl. 20h fixed OT",
        "source": "letter",
        "confirmed": True,
    }
    assert data["decision"]["next_steps"][0] == {"text": "Send the counter-offer", "done": True}


def test_a_bare_offer_writes_only_what_it_holds() -> None:
    data = offer_to_data(Offer(id="x", company="Acme", position=""))
    # The optional keys are dropped when empty, so the file holds only what was written.
    assert {k: v for k, v in data["contact"].items() if v is not None} == {"name": ""}  # type: ignore[union-attr]
    for table, keys in {
        "letter": ("language", "text", "missing"),
        "meeting": ("format", "pressure", "link", "place", "language", "attendees"),
        "negotiation": ("timing", "reasons", "reasons_ja", "other_offers"),
        "decision": (
            "reason",
            "reason_ja",
            "attachment",
            "attachment_ja",
            "pros",
            "cons",
            "own_flags",
            "next_steps",
        ),
        "prep": ("doubts",),
    }.items():
        section = data[table]
        assert isinstance(section, dict)
        assert {k: section[k] for k in keys} == dict.fromkeys(keys), table
    assert data["pay"] is None and data["facts"] is None and data["revisions"] is None
    assert data["reply_deadline"] is None and data["annual_pay"] is None
    assert data["visa_support"] is None
    assert data["questions"] == [] and data["emails"] == []


def test_empty_optional_values_of_rows_are_dropped_but_required_ones_kept() -> None:
    offer = Offer(
        id="x",
        company="Acme",
        position="",
        questions=(Question("q1", "other", "Why?"),),
        revisions=(Revision(date(2026, 12, 3)),),
    )
    data = offer_to_data(offer)
    question = data["questions"][0]  # type: ignore[index]
    assert question["follow_up"] is None and question["default"] is None
    assert question["text_ja"] is None and question["follow_up_ja"] is None
    # The answer is kept even when empty: it is what the meeting fills in.
    assert question["answer"] == "" and question["must_ask"] is False
    revision = data["revisions"][0]  # type: ignore[index]
    assert revision == {"date": date(2026, 12, 3), "annual_pay": None, "terms": None, "note": None}


def test_the_missing_items_are_written_only_with_the_letter_text_they_came_from() -> None:
    letter = Letter(missing=("probation",))
    data = offer_to_data(Offer(id="x", company="Acme", position="", letter=letter))
    assert data["letter"]["missing"] is None  # type: ignore[index]
    data = offer_to_data(
        Offer(id="x", company="Acme", position="", letter=Letter(text="a", missing=()))
    )
    assert data["letter"]["missing"] is None  # type: ignore[index]


def test_every_pay_key_is_named_so_a_cleared_one_leaves_the_file() -> None:
    pay = offer_to_data(
        Offer(id="x", company="A", position="", pay=PayModel(monthly_base=400_000))
    )["pay"]
    assert isinstance(pay, dict)
    assert pay["monthly_base"] == 400_000
    assert "fixed_overtime_hours" in pay and pay["fixed_overtime_hours"] is None


def test_a_file_with_only_the_required_keys_reads_as_the_defaults() -> None:
    offer = _read("")
    assert offer == Offer(id="an-id", company="Acme", position="")
    assert (offer.stage, offer.decision.choice) == ("prep", "undecided")


def test_the_defaults_of_the_rows_of_a_file() -> None:
    offer = _read(
        "[[questions]]\n"
        'text = "A"\n'
        "[[questions]]\n"
        'topic = ""\n'
        'text = "B"\n'
        "[[emails]]\n"
        'kind = "accept"\n'
    )
    assert [(q.id, q.topic, q.status, q.must_ask) for q in offer.questions] == [
        ("q1", "other", "open", False),
        ("q2", "other", "open", False),
    ]
    assert offer.emails == (EmailDraft("accept", "en"),)


def test_question_ids_are_made_unique_in_file_order() -> None:
    offer = _read(
        '[[questions]]\nid = "a"\ntext = "1"\n'
        '[[questions]]\nid = "a"\ntext = "2"\n'
        '[[questions]]\nid = "a"\ntext = "3"\n'
        '[[questions]]\ntext = "4"\n'
        '[[questions]]\nid = "q4"\ntext = "5"\n'
    )
    assert [q.id for q in offer.questions] == ["a", "a+", "a++", "q4", "q4+"]


def test_a_date_and_a_time_where_the_other_was_expected() -> None:
    offer = _read(
        "reply_deadline = 2026-12-04T10:00:00\n"
        "[meeting]\nscheduled = 2026-12-01\n"
        "[decision]\ndecided_at = 2026-12-02\n"
    )
    assert offer.reply_deadline == date(2026, 12, 4)
    assert offer.meeting.scheduled == datetime(2026, 12, 1)
    assert offer.decision.decided_at == datetime(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('schema_version = "1"', "schema_version should be a whole number"),
        ("schema_version = true", "schema_version should be a whole number"),
        ("schema_version = 0", "schema_version is 0; offertui writes schema 1"),
        ("schema_version = -3", "schema_version is -3; offertui writes schema 1"),
        (
            "schema_version = 2",
            "written by a newer offertui (schema 2); this one reads schema 1",
        ),
    ],
)
def test_a_schema_version_offertui_cannot_read_is_refused(text: str, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        offer_from_data("x", tomllib.loads(text + '\ncompany = "Acme"\n'))
    assert (caught.value.reason, caught.value.key) == (message, "schema_version")


def test_a_missing_schema_version_is_refused() -> None:
    with pytest.raises(FormatError) as caught:
        offer_from_data("x", {"company": "Acme"})
    error = caught.value
    assert (error.reason, error.key) == ("schema_version is missing", "schema_version")


@pytest.mark.parametrize("company", ["", "  \n"])
def test_an_offer_without_a_company_is_refused(company: str) -> None:
    with pytest.raises(FormatError) as caught:
        offer_from_data("x", {"schema_version": 1, "company": company})
    assert (caught.value.reason, caught.value.key) == ("company is missing", "company")
    with pytest.raises(FormatError):
        offer_from_data("x", {"schema_version": 1})


def test_a_bad_pay_table_is_refused_naming_pay() -> None:
    error = _refused('[pay]\nmonthly_base = "lots"\n')
    assert error.key == "pay"
    assert error.reason.startswith("pay: ") and "monthly_base" in error.reason


def test_pressure_must_hold_only_date_times() -> None:
    error = _refused('[meeting]\npressure = [2026-12-01T14:00:00, "now"]\n')
    assert (error.reason, error.key) == ("meeting.pressure should hold only date-times", "pressure")
    error = _refused('[meeting]\npressure = "now"\n')
    assert (error.reason, error.key) == ("meeting.pressure should be a list of times", "pressure")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('stage = "hired"', "stage"),
        ('[letter]\nlanguage = "fr"', "language"),
        ('[meeting]\nformat = "phone"', "format"),
        ('[meeting]\nlanguage = "fr"', "language"),
        ('[negotiation]\ntiming = "never"', "timing"),
        ('[decision]\nchoice = "maybe"', "choice"),
        ('[[questions]]\ntext = "A"\nstatus = "done"', "status"),
        ('[[emails]]\nkind = "accept"\nlang = "fr"', "lang"),
    ],
)
def test_a_value_outside_its_choices_is_refused(text: str, key: str) -> None:
    assert _refused(text + "\n").key == key


def test_visa_support_must_be_true_or_false() -> None:
    error = _refused('visa_support = "yes"\n')
    assert (error.reason, error.key) == ("visa_support should be true or false", "visa_support")
    assert _read("visa_support = true\n").visa_support is True


def test_the_annual_pay_of_an_older_file_comes_from_the_pay_table() -> None:
    assert _read("[pay]\nstated_annual_total = 8000000\n").annual_pay == 8_000_000
    # The offer's own key wins, even when it says the pay is not known yet.
    assert _read("annual_pay = 9000000\n[pay]\nstated_annual_total = 8000000\n").annual_pay == (
        9_000_000
    )
    assert (
        offer_from_data(
            "x", {"schema_version": 1, "company": "A", "annual_pay": None, "pay": {}}
        ).annual_pay
        is None
    )
    older = {"stated_annual_total": 1}
    data = {"schema_version": 1, "company": "A", "annual_pay": None, "pay": older}
    assert offer_from_data("x", data).annual_pay is None


@pytest.mark.parametrize("value", ["true", '"8000000"', "8000000.0"])
def test_an_older_total_that_is_not_a_whole_number_is_not_read(value: str) -> None:
    assert _read(f"[pay]\nstated_annual_total = {value}\n").annual_pay is None
