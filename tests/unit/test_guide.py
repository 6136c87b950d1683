"""Tests for the in-app guide (offertui.domain.guide, data/guide.toml)."""

from __future__ import annotations

import re

from offertui.domain.guide import GUIDE, GUIDE_TARGETS, GuideSection, guide_section

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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


def test_guide_targets_are_the_documented_set() -> None:
    assert frozenset({"prep", "meeting", "decision", "emails", "glossary", ""}) == GUIDE_TARGETS


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
    for section in GUIDE:
        assert guide_section(section.key) == section
    assert guide_section("missing") is None


def test_the_timing_advice_is_a_thank_you_within_a_day_and_the_decision_by_the_deadline() -> None:
    corpus = "\n".join(section.body for section in GUIDE).lower()
    assert "thank-you" in corpus and "within about a day" in corpus
    assert "due by the reply deadline" in corpus
    assert "aim to reply within about a day" not in corpus


def test_every_body_line_is_a_sentence_or_a_bullet() -> None:
    for section in GUIDE:
        assert isinstance(section, GuideSection)
        for line in section.lines:
            assert line.endswith((".", "?", '"', ":")), (section.key, line)


def test_every_guide_target_is_a_screen_the_guide_can_open() -> None:
    # The guide's button opens the glossary itself and any other target as a screen of
    # the offer: a target naming no such screen would fail only when pressed.
    from offertui.screens.offer_screen import OFFER_SCREENS

    screens = {entry.name for entry in OFFER_SCREENS}
    assert GUIDE_TARGETS - {"", "glossary"} <= screens
