"""Search: width- and case-blind matching, spans of the text as typed, every field found."""

from __future__ import annotations

from dataclasses import replace

import pytest

from offertui.domain.offer import (
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
