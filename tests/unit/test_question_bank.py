"""Tests for the built-in question bank and the in-app guide."""

from __future__ import annotations

import ast
import re
import sys

import pytest

from offertui.domain import guide as guide_module
from offertui.domain import question_bank as qb
from offertui.domain.guide import GUIDE, GUIDE_TARGETS, GuideSection, guide_section
from offertui.domain.question_bank import (
    DEFAULT_QUESTIONS,
    FACTS,
    SOURCES,
    TOPICS,
    DefaultQuestion,
    default_question,
    fact_spec,
    questions_for_topic,
    source_label,
    topic_label,
)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CLOSED_OPENERS = {
    "is",
    "are",
    "am",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "should",
    "shall",
    "has",
    "have",
    "had",
    "was",
    "were",
}
TOPIC_KEYS = {topic.key for topic in TOPICS}


def _all_question_text() -> str:
    return " ".join(f"{q.text} {q.follow_up}" for q in DEFAULT_QUESTIONS).lower()


# --- topics, facts and sources --------------------------------------------------------------


def test_topics_are_the_expected_keys_in_order() -> None:
    assert [t.key for t in TOPICS] == [
        "deadline",
        "role",
        "contract",
        "probation",
        "responsibilities",
        "start",
        "hours",
        "compensation",
        "benefits",
        "other",
    ]


def test_topics_have_labels_and_hints() -> None:
    for topic in TOPICS:
        assert topic.label.strip(), topic.key
        assert topic.hint.strip(), topic.key
        assert "\n" not in topic.hint
    assert len({t.label for t in TOPICS}) == len(TOPICS)


def test_eight_facts_in_the_given_order_with_their_topics() -> None:
    assert [(f.key, f.topic) for f in FACTS] == [
        ("position", "role"),
        ("contract", "contract"),
        ("probation", "probation"),
        ("responsibilities", "responsibilities"),
        ("compensation", "compensation"),
        ("remote", "hours"),
        ("start", "start"),
        ("benefits", "benefits"),
    ]


def test_fact_hints_are_single_non_empty_lines() -> None:
    for fact in FACTS:
        assert fact.label.strip()
        assert fact.hint.strip()
        assert "\n" not in fact.hint


def test_every_fact_topic_exists() -> None:
    for fact in FACTS:
        assert fact.topic in TOPIC_KEYS, fact.key


def test_sources_keys_in_order_and_labelled() -> None:
    assert [key for key, _ in SOURCES] == [
        "jd",
        "interview",
        "email",
        "letter",
        "online",
        "meeting",
    ]
    assert all(label.strip() for _, label in SOURCES)
    assert source_label("letter") == "Offer letter"
    assert source_label("nope") == "nope"


def test_fact_spec_lookup() -> None:
    spec = fact_spec("remote")
    assert spec is FACTS[5]
    assert spec.topic == "hours"
    with pytest.raises(KeyError):
        fact_spec("salary")


def test_topic_label_lookup() -> None:
    assert topic_label("deadline") == "Reply deadline"
    assert topic_label("hours") == "Hours, location and remote work"
    assert topic_label("unknown-topic") == "unknown-topic"


# --- default questions ----------------------------------------------------------------------


def test_question_count_is_in_range() -> None:
    assert 25 <= len(DEFAULT_QUESTIONS) <= 35


def test_question_keys_unique_and_slug_like() -> None:
    keys = [q.key for q in DEFAULT_QUESTIONS]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert SLUG.match(key), key


def test_question_keys_start_with_their_topic() -> None:
    for q in DEFAULT_QUESTIONS:
        assert q.key.startswith(q.topic + "-"), q.key


def test_every_question_topic_exists() -> None:
    for q in DEFAULT_QUESTIONS:
        assert q.topic in TOPIC_KEYS, q.key


def test_every_topic_except_other_has_questions() -> None:
    for topic in TOPICS:
        if topic.key != "other":
            assert questions_for_topic(topic.key), topic.key


@pytest.mark.parametrize("question", DEFAULT_QUESTIONS, ids=lambda q: q.key)
def test_text_is_open_ended(question: DefaultQuestion) -> None:
    first_word = question.text.split()[0].lower()
    assert first_word not in CLOSED_OPENERS, question.text
    assert question.text.endswith("?")
    assert question.text == question.text.strip()
    assert question.text[0].isupper()


@pytest.mark.parametrize("question", DEFAULT_QUESTIONS, ids=lambda q: q.key)
def test_follow_up_is_a_closed_confirmation(question: DefaultQuestion) -> None:
    assert question.follow_up.startswith("So to confirm, "), question.follow_up
    assert question.follow_up.endswith("?")
    assert question.follow_up != question.text


def test_texts_are_not_duplicated() -> None:
    texts = [q.text for q in DEFAULT_QUESTIONS]
    follow_ups = [q.follow_up for q in DEFAULT_QUESTIONS]
    assert len(set(texts)) == len(texts)
    assert len(set(follow_ups)) == len(follow_ups)


@pytest.mark.parametrize(
    ("topic", "keywords"),
    [
        ("deadline", ["by when"]),
        ("role", ["team", "how many people"]),
        ("contract", ["contract", "renew"]),
        ("probation", ["probation", "end of probation"]),
        ("responsibilities", ["responsibilities", "first three months", "reporting"]),
        ("start", ["start date"]),
        ("hours", ["hours", "recorded", "office", "remote", "equipment", "core hours"]),
        (
            "compensation",
            [
                "annual amount",
                "base salary",
                "overtime",
                "みなし残業",
                "pay scheme",
                "grade",
                "reviewed",
            ],
        ),
        (
            "benefits",
            [
                "commute",
                "housing",
                "relocat",
                "visa",
                "japanese",
                "paid leave",
                "bereavement",
                "menstrual",
                "parental",
                "childcare",
                "nursing",
            ],
        ),
    ],
)
def test_checklist_subject_is_covered_by_its_topic(topic: str, keywords: list[str]) -> None:
    texts = " ".join(q.text for q in questions_for_topic(topic)).lower()
    for keyword in keywords:
        assert keyword.lower() in texts, f"{topic}: no question mentions {keyword!r}"


def test_overtime_question_asks_how_many_hours() -> None:
    overtime = [q for q in DEFAULT_QUESTIONS if "overtime" in q.text.lower()]
    assert any("how many hours" in q.text.lower() for q in overtime)


def test_contract_renewal_timing_is_asked() -> None:
    contract_text = " ".join(q.text.lower() for q in questions_for_topic("contract"))
    assert "when" in contract_text and "renewed" in contract_text


def test_questions_read_as_spoken_english_without_placeholders() -> None:
    corpus = _all_question_text()
    assert "[" not in corpus and "{" not in corpus
    assert "todo" not in corpus


def test_default_question_lookup() -> None:
    q = default_question("deadline-reply-by")
    assert q is not None
    assert q.topic == "deadline"
    assert default_question("no-such-question") is None


def test_questions_for_topic_preserves_bank_order() -> None:
    benefits = questions_for_topic("benefits")
    positions = [DEFAULT_QUESTIONS.index(q) for q in benefits]
    assert positions == sorted(positions)
    assert all(q.topic == "benefits" for q in benefits)
    assert questions_for_topic("nonexistent") == ()


def test_bank_is_grouped_in_topic_order() -> None:
    order = {key: i for i, key in enumerate(t.key for t in TOPICS)}
    ranks = [order[q.topic] for q in DEFAULT_QUESTIONS]
    assert ranks == sorted(ranks)


# --- guide ----------------------------------------------------------------------------------


def test_guide_keys_unique_and_slug_like() -> None:
    keys = [s.key for s in GUIDE]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert SLUG.match(key), key


def test_guide_sections_have_content_and_valid_targets() -> None:
    for section in GUIDE:
        assert section.title.strip(), section.key
        assert section.body.strip(), section.key
        assert section.action_target in GUIDE_TARGETS, section.key
        assert 3 <= len(section.lines) <= 8, section.key
        assert all(line.strip() for line in section.lines), section.key
        if section.action_target:
            assert section.action_label.strip(), section.key


def test_every_guide_target_is_a_screen_the_guide_can_open() -> None:
    # The guide's button opens the glossary itself and any other target as a screen of
    # the offer: a target naming no such screen would fail only when pressed.
    from offertui.screens.workspace import SCREENS

    screens = {name for name, *_ in SCREENS}
    assert GUIDE_TARGETS - {"", "glossary"} <= screens


def test_guide_covers_the_required_subjects() -> None:
    titles_and_bodies = {s.key: f"{s.title}\n{s.body}".lower() for s in GUIDE}
    corpus = "\n".join(titles_and_bodies.values())
    for needle in [
        "offer meeting",
        "from hr",
        "founder",
        "hour",
        "eight facts",
        "so to confirm",
        "negotiat",
        "by email",
        "red flag",
        "visa",
        "burnout",
        "declin",
        "deadline",
    ]:
        assert needle in corpus, needle


def test_guide_points_to_prep_meeting_decision_and_emails() -> None:
    targets = {s.action_target for s in GUIDE}
    assert {"prep", "meeting", "decision", "emails"} <= targets


def test_guide_section_lookup() -> None:
    first = GUIDE[0]
    assert guide_section(first.key) is first
    assert guide_section("missing") is None
    assert isinstance(first, GuideSection)


def test_domain_modules_import_only_the_standard_library() -> None:
    for module in (qb, guide_module):
        assert module.__file__ is not None
        with open(module.__file__, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                roots = {(node.module or "").split(".")[0]}
            else:
                continue
            assert roots <= sys.stdlib_module_names, (module.__name__, roots)
