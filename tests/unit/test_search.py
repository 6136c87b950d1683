"""Search: width- and case-blind matching, spans of the text as typed, every field found."""

from __future__ import annotations

from dataclasses import replace

import pytest

from offertui.domain.offer import (
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
from offertui.domain.search import (
    Match,
    Place,
    excerpt,
    find_spans,
    line_col,
    search,
    search_offer,
)
from offertui.storage.search import search_store
from offertui.storage.store import OfferStore
from tests.timeline_offers import write_offers


def spans(text: str, query: str) -> list[str]:
    return [text[a:b] for a, b in find_spans(text, query)]


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("Overtime is paid monthly", "OVERTIME", ["Overtime"]),
        ("ＯＶＥＲＴＩＭＥ is paid", "overtime", ["ＯＶＥＲＴＩＭＥ"]),
        ("残業はｻﾞﾝｷﾞｮｳと書きます", "ザンギョウ", ["ｻﾞﾝｷﾞｮｳ"]),
        ("ザンギョウ", "ｻﾞﾝｷﾞｮｳ", ["ザンギョウ"]),
        ("年俸は９００万円です", "900万", ["９００万"]),
        ("Straße und STRASSE", "strasse", ["Straße", "STRASSE"]),
        ("cafe\u0301 and café", "café", ["cafe\u0301", "café"]),
        ("㈱サクラ", "(株)", ["㈱"]),
        ("abc abc abc", "abc", ["abc", "abc", "abc"]),
        ("aaaa", "aa", ["aa", "aa"]),
        ("no match here", "xyz", []),
        ("anything", "   ", []),
        ("", "x", []),
    ],
)
def test_matching_ignores_width_and_case_and_gives_spans_as_typed(
    text: str, query: str, found: list[str]
) -> None:
    assert spans(text, query) == found


def test_emoji_and_surrounding_text_keep_their_offsets() -> None:
    text = "🎌 メモ: ＡＢＣ社の福利厚生について 🎌"
    ((start, end),) = find_spans(text, "abc社")
    assert text[start:end] == "ＡＢＣ社"
    assert start == text.index("ＡＢＣ")


def full_offer() -> Offer:
    return Offer(
        "sakura",
        "株式会社サクラテック",
        "Backend Engineer",
        meeting=Meeting(notes="[14:05] 残業は月20時間程度\n[14:10] Remote: two days", place="本社"),
        facts=(Fact("remote", "Remote twice a week"),),
        questions=(
            Question(
                "q1",
                "hours",
                "How much overtime is usual?",
                answer="About 20 hours of overtime",
                text_ja="残業はどのくらいですか",
            ),
        ),
        doubts=("The remote policy sounded vague",),
        negotiation=Negotiation(reasons="Market rate for remote roles"),
        letter=Letter(received=True, text="就業場所: 本社（リモート可）"),
        decision=Decision(pros=("Remote friendly",), reason="remote"),
        revisions=(Revision(None, None, "Remote three days", "call"),),
        emails=(EmailDraft("negotiate", "ja", "ご相談", "リモート勤務についてremote"),),
    )


def test_every_kind_of_text_is_searched_and_says_where_it_is() -> None:
    found = search_offer(full_offer(), "REMOTE")
    places = [(m.place.screen, m.place.field, m.place.key) for m in found]
    assert places == [
        ("prep", "fact", "remote"),
        ("prep", "doubt", "0"),
        ("prep", "reasons", ""),
        ("meeting", "notes", ""),
        ("decision", "pro", "0"),
        ("decision", "reason", ""),
        ("decision", "revision_terms", "0"),
        ("emails", "email_body", "negotiate:ja"),
    ]
    assert all(m.found.casefold() == "remote" for m in found)
    japanese = search_offer(full_offer(), "残業")
    assert [(m.place.field, m.place.key) for m in japanese] == [
        ("question_ja", "q1"),
        ("notes", ""),
    ]
    assert [m.place.field for m in search_offer(full_offer(), "overtime")] == [
        "question",
        "answer",
    ]
    assert [m.place.screen for m in search_offer(full_offer(), "本社")] == ["overview", "letter"]


def test_search_across_offers_in_order_and_up_to_the_limit() -> None:
    one = full_offer()
    two = replace(one, id="beta", company="Beta")
    matches = search([one, two], "remote")
    assert [m.offer_id for m in matches] == ["sakura"] * 8 + ["beta"] * 8
    assert len(search([one, two], "remote", limit=10)) == 10


def test_line_and_column_of_a_match_for_selecting_it() -> None:
    text = "first line\nsecond ＡＢＣ line"
    ((start, end),) = find_spans(text, "abc")
    assert line_col(text, start) == (1, 7)
    assert line_col(text, end) == (1, 10)
    assert line_col(text, 0) == (0, 0)


def test_excerpts_keep_the_match_and_cut_around_it() -> None:
    text = "before\n" + "x" * 100 + " needle " + "y" * 100 + "\nafter"
    start = text.index("needle")
    match = Match("o", "O", Place("meeting", "notes"), "Notes", text, start, start + 6)
    before, hit, after = excerpt(match, 40)
    assert hit == "needle"
    assert before.startswith("…") and before.endswith("x ")
    assert after.startswith(" y") and after.endswith("…")
    assert len(before) + len(hit) + len(after) <= 40
    short = Match("o", "O", Place("meeting", "notes"), "Notes", "a needle b", 2, 8)
    assert excerpt(short) == ("a ", "needle", " b")


def test_the_store_is_searched_file_by_file_and_broken_files_are_counted(
    store: OfferStore,
) -> None:
    write_offers(store, [full_offer(), replace(full_offer(), id="beta", company="Beta")])
    (store.offers_dir / "mangled.toml").write_text("company = \n")
    result = search_store(store, "残業")
    assert [(m.offer_id, m.place.field) for m in result.matches] == [
        ("beta", "question_ja"),
        ("beta", "notes"),
        ("sakura", "question_ja"),
        ("sakura", "notes"),
    ]
    assert [b.id for b in result.broken] == ["mangled"]
    assert not result.truncated
    limited = search_store(store, "remote", limit=5)
    assert len(limited.matches) == 5
    assert limited.truncated


def test_a_limit_stops_the_search_early_in_ascii_and_in_japanese() -> None:
    assert find_spans("a a a a", "A", limit=2) == [(0, 1), (2, 3)]
    assert len(find_spans("残業\n残業\n残業", "残業", limit=2)) == 2
    notes = "リモート\n" * 2000
    assert len(search_offer(Offer("o", "O", "P", meeting=Meeting(notes=notes)), "ﾘﾓｰﾄ", 7)) == 7


def test_every_searched_field_has_its_own_place_and_label_in_screen_order() -> None:
    # Each text holds the word once, so the matches list every field there is.
    offer = Offer(
        "zeta",
        "Zq Corp",
        "Zq engineer",
        contact=Contact(name="Zq-san"),
        meeting=Meeting(notes="n zq", place="p zq", link="l zq"),
        facts=(Fact("remote", "f zq"),),
        questions=(
            Question("q1", "hours", "t zq", "fu zq", answer="a zq", text_ja="tj zq"),
            Question("q2", "pay", "t2", follow_up_ja="fj zq", answer="a2 zq"),
        ),
        doubts=("d0 zq", "d1 zq"),
        negotiation=Negotiation(reasons="r zq", reasons_ja="市場水準 zq"),
        decision=Decision(
            pros=("pro zq",),
            cons=("con zq",),
            own_flags=("flag zq",),
            next_steps=(("sign zq", True), ("nothing here", False), ("send zq", False)),
            reason="zq",
            reason_ja="理由 zq",
        ),
        revisions=(Revision(None, None, "t0 zq", "n0 zq"), Revision(None, None, "", "n1 zq")),
        emails=(EmailDraft("accept", "en", "s zq", "b zq"),),
        letter=Letter(received=True, text="letter zq"),
    )
    found = search_offer(offer, "ZQ")
    assert {(m.offer_id, m.company) for m in found} == {("zeta", "Zq Corp")}
    assert all(m.found.casefold() == "zq" for m in found)
    assert [(m.place.screen, m.place.field, m.place.key, m.label, m.text) for m in found] == [
        ("overview", "company", "", "Company", "Zq Corp"),
        ("overview", "position", "", "Position", "Zq engineer"),
        ("overview", "contact", "", "Contact", "Zq-san"),
        ("overview", "place", "", "Meeting place", "p zq"),
        ("overview", "link", "", "Meeting link", "l zq"),
        ("prep", "fact", "remote", "Fact: remote", "f zq"),
        ("prep", "question", "q1", "Question", "t zq"),
        ("prep", "question_ja", "q1", "Question (日本語)", "tj zq"),
        ("prep", "follow_up", "q1", "Follow-up", "fu zq"),
        ("prep", "follow_up_ja", "q2", "Follow-up (日本語)", "fj zq"),
        ("prep", "doubt", "0", "What feels off", "d0 zq"),
        ("prep", "doubt", "1", "What feels off", "d1 zq"),
        ("prep", "reasons", "", "Negotiation reasons", "r zq"),
        ("prep", "reasons_ja", "", "Negotiation reasons (日本語)", "市場水準 zq"),
        ("meeting", "notes", "", "Meeting notes", "n zq"),
        ("meeting", "answer", "q1", "Answer", "a zq"),
        ("meeting", "answer", "q2", "Answer", "a2 zq"),
        ("decision", "pro", "0", "Pro", "pro zq"),
        ("decision", "con", "0", "Con", "con zq"),
        ("decision", "own_flag", "0", "Red flag", "flag zq"),
        ("decision", "next_step", "0", "Next step", "sign zq"),
        ("decision", "next_step", "2", "Next step", "send zq"),
        ("decision", "reason", "", "Reason", "zq"),
        ("decision", "reason_ja", "", "Reason (日本語)", "理由 zq"),
        ("decision", "revision_terms", "0", "Revised terms", "t0 zq"),
        ("decision", "revision_note", "0", "Note on a revision", "n0 zq"),
        ("decision", "revision_note", "1", "Note on a revision", "n1 zq"),
        ("emails", "email_subject", "accept:en", "Email subject", "s zq"),
        ("emails", "email_body", "accept:en", "Email", "b zq"),
        ("letter", "letter", "", "Offer letter", "letter zq"),
    ]


def test_spans_in_later_lines_of_a_japanese_text_are_where_the_words_are() -> None:
    text = "メモ\n残業 は少ない\n月に 残業 が 10 時間"
    starts = [start for start, _ in find_spans(text, "残業")]
    assert starts == [text.index("残業"), text.rindex("残業")]
    assert spans(text, "残業") == ["残業", "残業"]
    # Lines, not words: two spaces and a tab keep their places too.
    spaced = "メモ：  残業\tあり"
    assert find_spans(spaced, "残業") == [(5, 7)]


def test_the_limit_across_offers_is_exact_when_the_first_offer_fills_it() -> None:
    one = full_offer()
    assert len(search_offer(one, "残業")) == 2
    matches = search([one, replace(one, id="beta")], "残業", limit=2)
    assert [m.offer_id for m in matches] == ["sakura", "sakura"]


def test_line_and_column_after_a_leading_line_end_and_several_lines() -> None:
    assert line_col("\nab", 2) == (1, 1)
    assert line_col("a\nb\ncd", 5) == (2, 1)


def notes_match(text: str, word: str = "needle") -> Match:
    start = text.index(word)
    return Match("o", "O", Place("meeting", "notes"), "Notes", text, start, start + len(word))


def test_an_excerpt_holds_only_the_line_of_the_match() -> None:
    match = notes_match("first\nsecond line\nthe needle here\nlast\nmore")
    assert excerpt(match) == ("the ", "needle", " here")
    assert excerpt(notes_match("\nab needle")) == ("ab ", "needle", "")


def test_an_excerpt_is_cut_to_the_width_a_third_before_and_the_rest_after() -> None:
    long_line = notes_match("x" * 100 + "needle" + "y" * 100)
    before, hit, after = excerpt(long_line)
    # 60 wide: 18 before (with the mark), the match, 36 after (with the mark).
    assert (before, hit, after) == ("…" + "x" * 17, "needle", "y" * 35 + "…")
    # However narrow, ten characters are kept around the match.
    narrow = notes_match("x" * 20 + "needle" + "y" * 20)
    assert excerpt(narrow, 12) == ("…xx", "needle", "y" * 6 + "…")


def test_an_excerpt_that_just_fits_is_not_cut() -> None:
    assert excerpt(notes_match("b" * 54 + "needle")) == ("b" * 54, "needle", "")
    assert excerpt(notes_match("needle" + "a" * 54)) == ("", "needle", "a" * 54)
