from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from offertui.domain import meeting as m
from offertui.domain.offer import Meeting, Offer, Question

JST = timezone(timedelta(hours=9))
T0 = datetime(2026, 12, 1, 14, 0, tzinfo=JST)


def _offer(*questions: Question) -> Offer:
    return Offer(id="x", company="Acme", position="Dev", questions=questions)


def q(qid: str, status: str = "open", must: bool = False) -> Question:
    return Question(id=qid, topic="other", text=f"Q {qid}?", status=status, must_ask=must)


def test_order_puts_must_ask_and_unanswered_first_keeping_prep_order() -> None:
    offer = _offer(
        q("a", "answered", must=True),
        q("b"),
        q("c", must=True),
        q("d", "unclear", must=True),
        q("e", "skipped"),
        q("f", must=True),
    )
    assert [x.id for x in m.meeting_order(offer)] == ["c", "f", "d", "b", "a", "e"]


def test_order_can_use_a_derived_must_ask() -> None:
    offer = _offer(q("a"), q("b"))
    order = m.meeting_order(offer, must_ask=lambda _o, question: question.id == "b")
    assert [x.id for x in order] == ["b", "a"]


def test_next_open_wraps_and_skips_done() -> None:
    ordered = [q("a"), q("b", "answered"), q("c"), q("d", "skipped")]
    assert m.next_open(ordered, "a").id == "c"  # type: ignore[union-attr]
    assert m.next_open(ordered, "c").id == "a"  # type: ignore[union-attr]
    assert m.next_open([q("a", "answered")], "a") is None
    assert m.next_open([], None) is None


def test_next_open_starts_right_after_the_current_one() -> None:
    ordered = [q("a"), q("b"), q("c")]
    assert m.next_open(ordered, "b").id == "c"  # type: ignore[union-attr]
    # With none current (or one no longer listed), the first open one comes first.
    assert m.next_open(ordered, None).id == "a"  # type: ignore[union-attr]
    assert m.next_open(ordered, "gone").id == "a"  # type: ignore[union-attr]


def test_start_and_end_move_the_stage() -> None:
    offer = _offer()
    started = m.start(offer, T0)
    assert started.stage == "meeting"
    assert started.meeting.started_at == T0
    ended = m.end(started, T0 + timedelta(minutes=58))
    assert ended.stage == "deciding"
    assert ended.meeting.ended_at == T0 + timedelta(minutes=58)
    # Restarting after an accidental end keeps the original start time.
    again = m.start(ended, T0 + timedelta(minutes=59))
    assert again.meeting.started_at == T0 and again.meeting.ended_at is None
    # A later stage is never pulled back.
    accepted = replace(offer, stage="accepted")
    assert m.start(accepted, T0).stage == "accepted"
    assert m.end(accepted, T0).stage == "accepted"


def test_clock_warns_gently_then_clearly() -> None:
    assert m.clock(Meeting(), T0).level == "idle"
    meeting = Meeting(started_at=T0)
    assert m.clock(meeting, T0 + timedelta(minutes=12, seconds=5)).text == "12:05 / 60:00"
    assert m.clock(meeting, T0 + timedelta(minutes=12)).level == "running"
    wrap = m.clock(meeting, T0 + timedelta(minutes=52))
    assert wrap.level == "wrap-up" and "8 min left" in wrap.text
    over = m.clock(meeting, T0 + timedelta(minutes=61))
    assert over.level == "over" and over.text.startswith("61:00")
    ended = m.clock(replace(meeting, ended_at=T0 + timedelta(minutes=47)), T0)
    assert ended.level == "ended" and "47:00" in ended.text


def test_summary_lists_what_is_open() -> None:
    offer = _offer(
        q("a", "answered", must=True),
        q("b", "unclear"),
        q("c", "open", must=True),
        q("d", "skipped", must=True),
        q("e", "open"),
    )
    offer = m.flag_pressure(offer, T0)
    summary = m.summarize_meeting(offer)
    assert [x.id for x in summary.answered] == ["a"]
    assert [x.id for x in summary.unclear] == ["b"]
    assert [x.id for x in summary.must_ask_missed] == ["c"]
    assert [x.id for x in summary.must_ask_skipped] == ["d"]
    assert summary.pressured == 1
    assert not summary.all_clear
    text = m.summary_text(summary)
    assert "Q b?" in text and "Q c?" in text and "Q d?" in text
    assert "within about a day" in text
    assert m.summarize_meeting(_offer(q("a", "answered"))).all_clear


def test_answers_and_status_change_only_their_question() -> None:
    offer = _offer(q("a"), q("b"))
    offer = m.set_answer(offer, "b", "Yes, 25th of each month")
    offer = m.set_status(offer, "b", "answered")
    assert offer.questions[0] == q("a")
    assert offer.questions[1].answer == "Yes, 25th of each month"
    assert offer.questions[1].status == "answered"


def test_timestamp_format() -> None:
    assert m.timestamp(T0 + timedelta(minutes=5)) == "[14:05]"


def test_next_open_goes_to_an_open_must_ask_before_any_other() -> None:
    # "c" was just marked unclear: it sorts after the open must-ask ones.
    offer = _offer(q("a", must=True), q("b", must=True), q("c", "unclear", must=True), q("d"))
    ordered = m.meeting_order(offer)
    assert [x.id for x in ordered] == ["a", "b", "c", "d"]
    must = lambda question: question.must_ask  # noqa: E731
    assert m.next_open(ordered, "c", must).id == "a"  # type: ignore[union-attr]
    assert m.next_open(ordered, "a", must).id == "b"  # type: ignore[union-attr]
    assert m.next_open(ordered, "b", must).id == "a"  # type: ignore[union-attr]
    assert m.next_open(ordered, "c").id == "d"  # type: ignore[union-attr]
    assert m.next_open([q("a", "answered", must=True), q("d")], "a", must).id == "d"  # type: ignore[union-attr]


def test_an_answer_noted_but_not_marked_is_not_never_answered() -> None:
    noted = replace(q("n", "open", must=True), answer="Team of 8, remote on Fridays")
    summary = m.summarize_meeting(_offer(noted, q("c", "open", must=True)))
    text = m.summary_text(summary)
    never, _, rest = text.partition("Must-ask with an answer noted, not marked (1):")
    assert "Must-ask never asked (1):\n  • Q c?" in never
    assert "Q n?" not in never and "  • Q n?" in rest


def test_skip_moves_on_from_an_answered_or_unclear_question_without_taking_its_mark() -> None:
    assert m.new_mark(q("a", "unclear"), "skipped") == "unclear"
    assert m.new_mark(q("a", "answered"), "skipped") == "answered"
    assert m.new_mark(q("a", "open"), "skipped") == "skipped"
    assert m.new_mark(q("a", "skipped"), "skipped") == "open"
    assert m.new_mark(q("a", "unclear"), "unclear") == "open"
    assert m.new_mark(q("a", "unclear"), "answered") == "answered"
    assert m.new_mark(q("a", "answered"), "unclear") == "unclear"


def test_a_question_skipped_after_its_answer_was_typed_is_not_still_unanswered() -> None:
    noted = replace(q("n", "skipped", must=True), answer="Around 3 people")
    text = m.summary_text(m.summarize_meeting(_offer(noted, q("s", "skipped", must=True))))
    unanswered, _, rest = text.partition("Must-ask you skipped, with an answer noted (1):")
    assert "Must-ask you skipped (1), still unanswered:\n  • Q s?" in unanswered
    assert "Q n?" not in unanswered and "  • Q n?" in rest
