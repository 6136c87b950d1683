"""A question in the language of the meeting (offertui.domain.wording): shown in it, or in
the other language when that is all it has, and the user's words written into one
language without touching the other."""

from __future__ import annotations

from dataclasses import replace

import pytest

from offertui.domain.offer import Question
from offertui.domain.question_bank import default_question
from offertui.domain.wording import Wording, with_words, wording, words_in


def _from_bank(key: str) -> Question:
    d = default_question(key)
    assert d is not None
    return Question(id=d.key, topic=d.topic, text=d.text, follow_up=d.follow_up, default=d.key)


def test_a_default_question_saved_in_english_is_shown_in_japanese_from_the_bank() -> None:
    question = _from_bank("compensation-overtime")
    bank = default_question("compensation-overtime")
    assert bank is not None
    assert wording(question, "ja") == Wording(bank.text_ja, bank.follow_up_ja, "ja")
    assert wording(question, "en") == Wording(bank.text, bank.follow_up, "en")


def test_the_users_own_japanese_wins_over_the_bank() -> None:
    question = replace(_from_bank("start-date"), text_ja="入社日はいつですか。")
    assert wording(question, "ja").text == "入社日はいつですか。"
    assert wording(question, "ja").follow_up == default_question("start-date").follow_up_ja  # type: ignore[union-attr]


def test_a_reworded_default_question_is_not_shown_in_the_banks_japanese() -> None:
    question = replace(_from_bank("start-date"), text="When exactly would I start?")
    shown = wording(question, "ja")
    assert shown == Wording("When exactly would I start?", question.follow_up, "en")


def test_the_users_own_questions_in_either_language() -> None:
    english = Question(id="my-1", topic="other", text="Is there a gym?")
    assert wording(english, "ja") == Wording("Is there a gym?", "", "en")
    japanese = Question(id="my-2", topic="other", text="ジムはありますか。")
    assert wording(japanese, "ja") == Wording("ジムはありますか。", "", "ja")
    assert wording(japanese, "en").lang == "ja"
    both = Question(id="my-3", topic="other", text="Is there a gym?", text_ja="ジムはありますか。")
    assert wording(both, "ja").text == "ジムはありますか。"
    assert wording(both, "en").text == "Is there a gym?"


def test_an_unknown_default_key_is_shown_as_it_is() -> None:
    question = Question(id="x", topic="other", text="Old question?", default="removed-key")
    assert wording(question, "ja") == Wording("Old question?", "", "en")


# --- the user's words, in one language ------------------------------------------------


def test_japanese_typed_for_a_built_in_question_goes_beside_its_english() -> None:
    question = _from_bank("start-date")
    edited = with_words(question, "ja", text="入社日は調整可能でしょうか。")
    assert edited.text == question.text  # the English is left as it was
    assert edited.text_ja == "入社日は調整可能でしょうか。"
    assert wording(edited, "ja").text == "入社日は調整可能でしょうか。"
    assert wording(edited, "en").text == question.text


def test_english_given_to_a_question_written_in_japanese_moves_the_japanese_aside() -> None:
    japanese = Question(
        id="my-1",
        topic="other",
        text="ジムはありますか。",
        follow_up="ジムの利用は無料という理解でよろしいでしょうか。",
    )
    assert words_in(japanese, "en") == ("", "")
    both = with_words(japanese, "en", text="Is there a gym?")
    assert (both.text, both.follow_up) == ("Is there a gym?", "")
    assert words_in(both, "ja") == (japanese.text, japanese.follow_up)
    assert wording(both, "en") == Wording("Is there a gym?", "", "en")
    # And Japanese edits now go to the Japanese form.
    again = with_words(
        both, "ja", follow_up="ジムは社員が無料で使えるという理解でよろしいでしょうか。"
    )
    assert again.text == "Is there a gym?"
    assert again.follow_up_ja.startswith("ジムは社員が")


def test_an_english_follow_up_before_the_english_question_is_refused() -> None:
    japanese = Question(id="my-1", topic="other", text="ジムはありますか。")
    with pytest.raises(ValueError, match="English first"):
        with_words(japanese, "en", follow_up="So to confirm, the gym is free?")


def test_a_japanese_only_question_is_edited_in_place() -> None:
    japanese = Question(id="my-1", topic="other", text="ジムはありますか。")
    edited = with_words(
        japanese,
        "ja",
        text="社内にジムはありますか。",
        follow_up="無料という理解でよろしいでしょうか。",
    )
    assert (edited.text, edited.follow_up, edited.text_ja) == (
        "社内にジムはありますか。",
        "無料という理解でよろしいでしょうか。",
        "",
    )
