"""Tests for the built-in question bank (offertui.domain.question_bank, data/questions.toml)."""

from __future__ import annotations

import ast
import re
import sys

import pytest

from offertui.domain import question_bank as qb
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


def test_topics_have_labels_in_both_languages_and_hints() -> None:
    for topic in TOPICS:
        assert topic.label.strip(), topic.key
        assert topic.label_ja.strip(), topic.key
        assert topic.hint.strip(), topic.key
        assert "\n" not in topic.hint
    assert len({t.label for t in TOPICS}) == len(TOPICS)
    assert len({t.label_ja for t in TOPICS}) == len(TOPICS)


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
    assert topic_label("hours", "ja") == "勤務時間・勤務地・リモートワーク"
    assert topic_label("unknown-topic") == "unknown-topic"
    assert topic_label("unknown-topic", "ja") == "unknown-topic"


# --- default questions ----------------------------------------------------------------------


def test_question_count_is_in_range() -> None:
    # Enough to cover the guide's checklist and the topics a foreign engineer needs,
    # few enough to read through before one meeting.
    assert 35 <= len(DEFAULT_QUESTIONS) <= 50


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
    for field in ("text", "follow_up", "text_ja", "follow_up_ja"):
        texts = [getattr(q, field) for q in DEFAULT_QUESTIONS]
        assert len(set(texts)) == len(texts), field


@pytest.mark.parametrize("question", DEFAULT_QUESTIONS, ids=lambda q: q.key)
def test_every_question_has_both_languages(question: DefaultQuestion) -> None:
    assert question.text and question.follow_up, question.key
    assert question.text_ja and question.follow_up_ja, question.key


@pytest.mark.parametrize("question", DEFAULT_QUESTIONS, ids=lambda q: q.key)
def test_the_japanese_opener_is_an_open_polite_question(question: DefaultQuestion) -> None:
    text = question.text_ja
    assert text == text.strip() and "\n" not in text
    assert text.endswith("。"), text
    # A spoken request or question: 〜か。 / 〜ください。
    assert any(s.endswith(("か", "ください")) for s in text.rstrip("。").split("。")), text
    # Open-ended: it asks how, what, when, who or how much, or asks to be told.
    assert re.search(r"どの|どう|どこ|どちら|どなた|何|いつ|いくら|教えて|ご説明|あれば", text), (
        text
    )


@pytest.mark.parametrize("question", DEFAULT_QUESTIONS, ids=lambda q: q.key)
def test_the_japanese_follow_up_is_a_polite_confirmation(question: DefaultQuestion) -> None:
    assert question.follow_up_ja.endswith("という理解でよろしいでしょうか。"), question.key
    assert question.follow_up_ja.count("。") == 1


def test_japanese_questions_use_spoken_keigo() -> None:
    corpus = " ".join(f"{q.text_ja} {q.follow_up_ja}" for q in DEFAULT_QUESTIONS)
    assert "貴社" not in corpus  # the written form; in a meeting one says 御社
    for wrong in ("おっしゃられ", "拝見させていただ", "お伺いさせていただ", "できますでしょうか"):
        assert wrong not in corpus


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
                "退職金",
                "確定拠出年金",
            ],
        ),
        ("deadline", ["depend on"]),
        ("contract", ["notice", "non-compete", "副業"]),
        ("start", ["visa", "高度専門職", "start date"]),
        ("hours", ["裁量労働制", "deemed"]),
        ("compensation", ["管理職", "stock options", "rsu"]),
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


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("hours-system", ["裁量労働制", "みなす"]),
        ("compensation-manager-status", ["管理職", "管理監督者"]),
        ("contract-side-work", ["副業"]),
        ("compensation-equity", ["ストックオプション", "RSU"]),
        ("benefits-retirement", ["退職金", "確定拠出年金"]),
        ("contract-notice-period", ["退職"]),
        ("contract-non-compete", ["競業避止"]),
        ("deadline-offer-conditions", ["内定", "条件"]),
        ("start-visa-timing", ["在留資格", "入社日"]),
        ("start-visa-hsp", ["高度専門職", "許可"]),
    ],
)
def test_the_foreign_engineers_topics_are_asked_in_japanese(key: str, words: list[str]) -> None:
    question = default_question(key)
    assert question is not None
    for word in words:
        assert word in question.text_ja + question.follow_up_ja, (key, word)


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


def test_the_bank_imports_only_the_standard_library_and_the_domain() -> None:
    for module in (qb,):
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
            roots.discard("offertui") if isinstance(node, ast.ImportFrom) and (
                node.module or ""
            ).startswith("offertui.domain") else None
            assert roots <= sys.stdlib_module_names, (module.__name__, roots)
