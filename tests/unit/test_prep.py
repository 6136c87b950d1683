"""Prep's domain rules: derived must-ask, readiness, doubts and reordering questions."""

from __future__ import annotations

from dataclasses import replace

from offertui.domain.offer import Fact, Letter, Offer, Question
from offertui.domain.prep import (
    MUST_ASK_BUDGET,
    derived_must_ask_ids,
    doubt_has_question,
    doubt_question_id,
    effective_must_ask,
    floor_above_target,
    grouped,
    guess_topic,
    insert_question,
    is_derived_must_ask,
    missing_defaults,
    move_question,
    must_ask_reason,
    next_step,
    question_from_doubt,
    readiness,
    remove_question,
    restore_default,
    topic_order,
    valid_question_text,
)
from offertui.domain.question_bank import DEFAULT_QUESTIONS, FACTS
from offertui.domain.questions import new_offer


def _offer() -> Offer:
    return new_offer("acme-dev", "Acme", "Dev")


def _question(offer: Offer, qid: str) -> Question:
    return next(q for q in offer.questions if q.id == qid)


def _settle_all(offer: Offer) -> Offer:
    for spec in FACTS:
        offer = offer.with_fact(Fact(spec.key, "known", "letter", confirmed=True))
    return offer


# --- derived must-ask ------------------------------------------------------------------


def test_unknown_fact_makes_its_topics_questions_must_ask() -> None:
    offer = _offer()
    probation = _question(offer, "probation-overview")
    assert not probation.must_ask
    assert is_derived_must_ask(offer, probation)
    assert effective_must_ask(offer, probation)
    assert must_ask_reason(offer, probation) == "Probation is not written down yet"


def test_known_but_unconfirmed_fact_still_makes_them_must_ask() -> None:
    offer = _offer().with_fact(Fact("probation", "3 months", "jd"))
    probation = _question(offer, "probation-overview")
    assert effective_must_ask(offer, probation)
    assert must_ask_reason(offer, probation) == "Probation is not confirmed yet"


def test_confirmed_fact_clears_the_derived_mark_only() -> None:
    offer = _offer().with_fact(Fact("probation", "3 months", "letter", confirmed=True))
    plain = _question(offer, "probation-overview")
    assert not effective_must_ask(offer, plain)
    assert must_ask_reason(offer, plain) == ""
    # The user's own mark is never touched by the facts.
    marked = replace(plain, must_ask=True)
    assert effective_must_ask(offer, marked)
    assert must_ask_reason(offer, marked) == "you marked it"


def test_topics_without_a_fact_are_never_derived() -> None:
    offer = _offer()
    for qid in ("deadline-reply-by", "other-next-steps"):
        assert not is_derived_must_ask(offer, _question(offer, qid))


def test_remote_fact_drives_the_hours_topic() -> None:
    offer = _offer()
    question = _question(offer, "hours-remote-rules")
    assert "Remote-work policy is not written down yet" in must_ask_reason(offer, question)
    offer = offer.with_fact(Fact("remote", "2 office days", "letter", confirmed=True))
    assert not is_derived_must_ask(offer, question)


def test_deriving_does_not_change_the_offer() -> None:
    offer = _offer()
    before = offer.questions
    for q in offer.questions:
        effective_must_ask(offer, q)
    assert offer.questions == before
    assert not any(q.must_ask for q in offer.questions)


def test_a_new_offer_has_about_ten_must_ask_one_per_unsettled_fact_first() -> None:
    offer = _offer()
    must = [q for q in offer.questions if effective_must_ask(offer, q)]
    assert len(must) == MUST_ASK_BUDGET == 10
    # Every one of the eight facts has its first question among them.
    topics = {spec.topic for spec in FACTS}
    for topic in topics:
        first = next(q for q in offer.questions if q.topic == topic)
        assert first in must, topic
    # The rest are kept, not must-ask: "if there is time".
    assert len(offer.questions) - len(must) > 20


def test_unknown_facts_rank_before_unconfirmed_ones() -> None:
    offer = _settle_all(_offer())
    offer = offer.with_fact(Fact("benefits", "", "jd"))  # unknown
    offer = offer.with_fact(Fact("compensation", "9M", "jd"))  # known, not confirmed
    benefits = [q.id for q in offer.questions if q.topic == "benefits"]
    pay = [q.id for q in offer.questions if q.topic == "compensation"]
    # Turn by turn, a question of each fact: the two first ones, then second ones...
    assert derived_must_ask_ids(offer) == frozenset(benefits[:5] + pay[:5])
    # ...and with room for three, the unknown fact's second before the unconfirmed one's.
    marks = tuple(
        replace(q, must_ask=True) if q.topic == "hours" or q.id == "start-date" else q
        for q in offer.questions
    )
    offer = replace(offer, questions=marks)
    assert sum(q.must_ask for q in offer.questions) == MUST_ASK_BUDGET - 3
    assert derived_must_ask_ids(offer) == frozenset([benefits[0], pay[0], benefits[1]])


def test_own_marks_count_against_the_budget_and_always_stay() -> None:
    offer = _offer()
    marked = tuple(replace(q, must_ask=True) if i < 7 else q for i, q in enumerate(offer.questions))
    offer = replace(offer, questions=marked)
    must = [q for q in offer.questions if effective_must_ask(offer, q)]
    assert len(must) == MUST_ASK_BUDGET
    assert all(q in must for q in marked[:7])
    twelve = tuple(replace(q, must_ask=True) if i < 12 else q for i, q in enumerate(marked))
    offer = replace(offer, questions=twelve)
    assert sum(effective_must_ask(offer, q) for q in offer.questions) == 12
    assert derived_must_ask_ids(offer) == frozenset()


def test_settled_facts_leave_only_the_users_marks() -> None:
    offer = _settle_all(_offer())
    assert derived_must_ask_ids(offer) == frozenset()


# --- readiness -------------------------------------------------------------------------


def test_readiness_of_a_new_offer() -> None:
    offer = _offer()
    ready = readiness(offer)
    assert ready.facts_known == 0
    assert ready.facts_text == "0/8"
    assert not ready.letter_received
    derived = [q for q in offer.questions if q.topic not in ("deadline", "other")]
    assert len(derived) > MUST_ASK_BUDGET
    assert ready.must_ask == MUST_ASK_BUDGET
    assert ready.must_ask_own == 0
    assert ready.doubts_without_question == 0
    assert next_step(offer)[0] == "letter"


def test_readiness_counts_facts_letter_must_ask_and_doubts() -> None:
    offer = _settle_all(_offer())
    offer = offer.with_fact(Fact("benefits", ""))  # known no more
    offer = replace(offer, letter=Letter(received=True))
    first = replace(offer.questions[0], must_ask=True)
    answered = replace(offer.questions[1], must_ask=True, status="answered")
    offer = replace(offer, questions=(first, answered, *offer.questions[2:]))
    offer = replace(offer, doubts=("Pay seems low", "No manager named"))
    offer = replace(offer, questions=(*offer.questions, question_from_doubt("Pay seems low")))
    ready = readiness(offer)
    assert ready.facts_known == 7
    assert ready.facts_confirmed == 7
    assert ready.letter_received
    benefits = sum(1 for q in offer.questions if q.topic == "benefits")
    # The benefits questions (derived, as many as the budget leaves beside the three
    # marks), the one marked and open, and the doubt's question; the answered one no
    # longer counts.
    assert benefits > MUST_ASK_BUDGET - 3
    assert ready.must_ask == MUST_ASK_BUDGET - 3 + 2
    assert ready.must_ask_own == 2
    assert ready.doubts == 2
    assert ready.doubts_without_question == 1
    assert "1 doubt without a question" in ready.parts()


def test_readiness_ignores_facts_it_does_not_know() -> None:
    offer = _offer().with_fact(Fact("hand-added", "x", confirmed=True))
    assert readiness(offer).facts_known == 0


def test_next_step_walks_through_prep() -> None:
    offer = replace(_offer(), letter=Letter(received=True))
    assert next_step(offer)[0] == "facts"
    offer = _settle_all(offer)
    assert next_step(offer)[0] == "questions"
    offer = replace(offer, doubts=("Nobody said who I report to",))
    assert next_step(offer)[0] == "doubts"


# --- doubts ----------------------------------------------------------------------------


def test_a_doubt_becomes_a_must_ask_question_once() -> None:
    offer = replace(_offer(), doubts=("The bonus was only promised orally.",))
    doubt = offer.doubts[0]
    assert not doubt_has_question(offer, doubt)
    question = question_from_doubt(doubt)
    assert question.must_ask
    assert question.topic == "compensation"
    assert "The bonus was only promised orally" in question.text
    assert question.id == doubt_question_id("  the bonus was only promised   orally. ")
    offer = replace(offer, questions=insert_question(offer.questions, question))
    assert doubt_has_question(offer, doubt)
    offer = replace(offer, questions=remove_question(offer.questions, question.id))
    assert not doubt_has_question(offer, doubt)


def test_guess_topic() -> None:
    assert guess_topic("Salary is lower than the job ad said") == "compensation"
    assert guess_topic("リモート勤務の条件が曖昧") == "hours"
    assert guess_topic("Nobody told me who my manager is") == "responsibilities"
    assert guess_topic("The visa timeline sounds slow") == "benefits"
    assert guess_topic("Something about the vibe") == "other"


# --- editing the list ------------------------------------------------------------------


def test_empty_question_text_is_refused() -> None:
    assert valid_question_text("  How   is overtime paid? ") == "How is overtime paid?"
    for empty in ("", "   ", "\n\t"):
        try:
            valid_question_text(empty)
        except ValueError as error:
            assert "empty" in str(error)
        else:  # pragma: no cover
            raise AssertionError("empty text accepted")


def test_move_within_topic_and_stop_at_its_edge() -> None:
    questions = _offer().questions
    same_topic = lambda q: q.topic == "contract"  # noqa: E731
    ids = [q.id for q in questions if q.topic == "contract"]
    moved = move_question(questions, ids[1], -1, same_topic)
    assert [q.id for q in moved if q.topic == "contract"] == [ids[1], ids[0], *ids[2:]]
    assert move_question(moved, ids[1], -1, same_topic) is moved  # already first
    assert move_question(questions, ids[-1], 1, same_topic) is questions  # already last
    assert topic_order(moved) == topic_order(questions)


def test_move_among_must_ask_crosses_topics() -> None:
    offer = _offer()
    marked = {"deadline-reply-by", "compensation-overtime"}
    questions = tuple(replace(q, must_ask=q.id in marked) for q in offer.questions)
    moved = move_question(questions, "compensation-overtime", -1, lambda q: q.must_ask)
    assert [q.id for q in moved if q.must_ask] == ["compensation-overtime", "deadline-reply-by"]
    assert topic_order(moved)[0] == "compensation"
    assert grouped(moved)[0][0] == "compensation"


def test_insert_after_selected_or_at_end_of_topic() -> None:
    questions = _offer().questions
    new = Question(id="my-1", topic="probation", text="Is there a review meeting?")
    after = insert_question(questions, new, "probation-overview")
    ids = [q.id for q in after if q.topic == "probation"]
    assert ids[:2] == ["probation-overview", "my-1"]
    at_end = insert_question(questions, new, "role-team")  # another topic: end of its own
    assert [q.id for q in at_end if q.topic == "probation"][-1] == "my-1"
    brand_new = insert_question(questions, replace(new, topic="misc"))
    assert brand_new[-1].id == "my-1"


def test_deleted_default_can_be_restored_once() -> None:
    questions = _offer().questions
    assert missing_defaults(questions) == ()
    without = remove_question(questions, "benefits-visa")
    assert [d.key for d in missing_defaults(without)] == ["benefits-visa"]
    restored = restore_default(without, "benefits-visa")
    assert missing_defaults(restored) == ()
    assert [q.id for q in restored if q.topic == "benefits"][-1] == "benefits-visa"
    assert restore_default(restored, "benefits-visa") is restored
    assert len(restored) == len(DEFAULT_QUESTIONS)


def test_floor_above_target() -> None:
    assert floor_above_target(9_000_000, 9_500_000)
    assert not floor_above_target(9_500_000, 9_000_000)
    assert not floor_above_target(None, 9_000_000)
    assert not floor_above_target(9_000_000, None)
    assert not floor_above_target(9_000_000, 9_000_000)  # the same: not above


def test_readiness_counts_must_ask_unanswered_as_the_meeting_summary_does() -> None:
    from offertui.domain.meeting import summarize_meeting

    offer = _offer()
    must = [q for q in offer.questions if effective_must_ask(offer, q)]
    statuses = {must[0].id: "skipped", must[1].id: "unclear", must[2].id: "answered"}
    offer = replace(
        offer,
        questions=tuple(replace(q, status=statuses.get(q.id, q.status)) for q in offer.questions),
    )
    summary = summarize_meeting(offer, effective_must_ask)
    unclear_must = [q for q in summary.unclear if effective_must_ask(offer, q)]
    unanswered = len(summary.must_ask_missed) + len(summary.must_ask_skipped) + len(unclear_must)
    assert unanswered == len(must) - 1
    assert readiness(offer).must_ask == unanswered
    assert f"{unanswered} must-ask unanswered" in readiness(offer).parts()
