from __future__ import annotations

import re

import pytest

from offertui.domain.glossary import GLOSSARY, Term, search, terms_in_text

REQUIRED_TERMS = [
    "基本給",
    "固定残業代",
    "みなし残業",
    "賞与",
    "年俸制",
    "月給制",
    "試用期間",
    "通勤手当",
    "住宅手当",
    "裁量労働制",
    "フレックスタイム制",
    "年次有給休暇",
    "退職金",
    "社会保険",
    "厚生年金",
    "健康保険",
    "雇用保険",
    "労災保険",
    "36協定",
    "変更の範囲",
    "更新上限",
    "無期転換",
    "正社員",
    "契約社員",
    "業務委託",
    "派遣社員",
    "就業場所",
    "業務内容",
    "始業・終業時刻",
    "休憩",
    "休日",
    "所定労働時間",
    "時間外労働",
    "深夜労働",
    "賃金締切日",
    "賃金支払日",
    "昇給",
    "内定",
    "内々定",
    "内定承諾書",
    "内定辞退",
    "労働条件通知書",
    "雇用契約書",
    "就業規則",
    "在留資格",
    "住民税",
    # The terms a foreign engineer meets at the offer stage.
    "みなし労働時間制",
    "専門業務型裁量労働制",
    "コアタイム",
    "変形労働時間制",
    "競業避止義務",
    "秘密保持誓約書",
    "高度専門職",
    "就労資格証明書",
    "在留資格認定証明書",
    "源泉徴収票",
    "退職証明書",
    "離職票",
    "割増賃金",
    "最低賃金",
    "休職",
    "想定年収",
    "内定取消",
    "ストックオプション",
    "確定拠出年金",
    "副業・兼業",
    "管理職",
    "転居費用",
]


def first(query: str) -> str:
    results = search(query)
    assert results, query
    return results[0].term


def test_glossary_size_and_required_terms() -> None:
    assert len(GLOSSARY) >= 45
    terms = {term.term for term in GLOSSARY}
    assert set(REQUIRED_TERMS) <= terms


def test_no_duplicates() -> None:
    terms = [term.term for term in GLOSSARY]
    assert len(terms) == len(set(terms))
    readings = [term.kana for term in GLOSSARY]
    assert len(readings) == len(set(readings))
    # An alias must not be another entry's term, or search would be ambiguous.
    aliases = [alias for term in GLOSSARY for alias in term.aliases]
    assert len(aliases) == len(set(aliases))
    assert not set(aliases) & set(terms)


def test_entries_are_complete_and_short() -> None:
    sentence_end = re.compile(r"[.!?](?:\s|$)")
    for term in GLOSSARY:
        assert term.kana and term.romaji and term.english, term.term
        assert re.fullmatch(r"[ぁ-ゖー・]+", term.kana), term.kana
        for text in (term.meaning, term.check):
            assert text.endswith("."), term.term
            # One or two sentences (a full stop inside "art. 15" is not a sentence end).
            ends = len(sentence_end.findall(re.sub(r"\b(art|p\.m|a\.m)\.", "", text)))
            assert 1 <= ends <= 2, (term.term, text)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("基本給", "基本給"),
        ("基本", "基本給"),
        ("固定残業代", "固定残業代"),
        ("３６協定", "36協定"),  # full-width digits
        ("三六協定", "36協定"),  # an alias
        ("有給", "年次有給休暇"),
        ("テレワーク", "在宅勤務"),
    ],
)
def test_search_by_japanese(query: str, expected: str) -> None:
    assert first(query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "kihonkyu",
        "kihonkyuu",
        "kihon kyū",
        "KIHONKYŪ",
        "Kihon-kyuu",
        "きほんきゅう",
        "キホンキュウ",
    ],
)
def test_search_by_reading_or_romaji(query: str) -> None:
    assert first(query) == "基本給"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("saburoku", "36協定"),
        ("nenpo", "年俸制"),
        ("nempou", "年俸制"),
        ("naitei", "内定"),
        ("nainaitei", "内々定"),
        ("henkou no hanni", "変更の範囲"),
        ("minashi", "みなし残業"),
        ("ふれっくす", "フレックスタイム制"),
    ],
)
def test_search_by_romaji_variants(query: str, expected: str) -> None:
    assert first(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("base salary", "基本給"),
        ("Base Salary", "基本給"),
        ("bonus", "賞与"),
        ("probation", "試用期間"),
        ("36 agreement", "36協定"),
        ("resident tax", "住民税"),
        ("fixed overtime", "固定残業代"),
        ("commuting", "通勤手当"),
    ],
)
def test_search_by_english(query: str, expected: str) -> None:
    assert first(query) == expected


def test_exact_matches_rank_before_partial_ones() -> None:
    # 内定 is a prefix of 内定承諾書 and 内定辞退, but the exact term comes first.
    results = [term.term for term in search("内定")]
    assert results[0] == "内定"
    assert {"内定承諾書", "内定辞退"} <= set(results)
    # "naitei" is exact for 内定 and contained in "nainaitei" (内々定) and others.
    assert first("naitei") == "内定"
    assert "内々定" in {term.term for term in search("naitei")}


def test_english_words_in_the_explanation_are_a_last_resort() -> None:
    results = [term.term for term in search("pension")]
    # Named "pension" in English first, mentioned in the explanation after.
    assert results.index("厚生年金") < results.index("社会保険")


def test_empty_query_returns_everything_in_glossary_order() -> None:
    assert search("") == list(GLOSSARY)
    assert search("   ") == list(GLOSSARY)


def test_nonsense_finds_nothing() -> None:
    assert search("xyzzyplugh") == []


def test_terms_in_japanese_text() -> None:
    text = "月給30万円(固定残業代を含む)。試用期間3か月。通勤手当支給。３６協定による。"
    found = {term.term for term in terms_in_text(text)}
    assert {"固定残業代", "試用期間", "通勤手当", "36協定", "月給制"} <= found
    assert "賞与" not in found


def test_terms_in_english_text() -> None:
    text = "Your base salary includes fixed overtime pay. The probation period is 3 months."
    found = {term.term for term in terms_in_text(text)}
    assert {"基本給", "固定残業代", "試用期間"} <= found
    assert "賞与" not in found


def test_english_names_match_whole_words_only() -> None:
    # "Breakfast" is not a "break"; plurals still count.
    assert "休憩" not in {term.term for term in terms_in_text("Breakfast is served.")}
    assert "休憩" in {term.term for term in terms_in_text("Two breaks a day.")}
    assert "賞与" in {term.term for term in terms_in_text("Bonuses are paid in June.")}


def term(name: str) -> Term:
    return next(t for t in GLOSSARY if t.term == name)


def test_a_manager_title_is_not_the_legal_manager() -> None:
    # 管理職 is its own entry, no longer an alias of 管理監督者.
    assert first("管理職") == "管理職"
    assert "管理職" not in term("管理監督者").aliases
    assert "art. 41" in term("管理監督者").meaning
    assert "not the same as 管理監督者" in term("管理職").meaning


def test_the_status_of_residence_warns_about_a_new_employer_under_hsp() -> None:
    check = term("在留資格").check
    assert "Highly Skilled Professional" in check and "before you start" in check
    assert "14 days" in check
    assert "before you start" in term("高度専門職").meaning


def test_relocation_finds_the_support_for_moving_not_a_transfer() -> None:
    assert first("relocation") == "転居費用"
    assert "転勤" not in {t.term for t in search("relocation")}
    assert first("transfer") == "転勤"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("RSU", "ストックオプション"),
        ("COE", "在留資格認定証明書"),
        ("certificate of eligibility", "在留資格認定証明書"),
        ("non-compete", "競業避止義務"),
        ("NDA", "秘密保持誓約書"),
        ("core time", "コアタイム"),
        ("副業", "副業・兼業"),
        ("minimum wage", "最低賃金"),
        ("kyushoku", "休職"),
    ],
)
def test_the_new_terms_are_found(query: str, expected: str) -> None:
    assert first(query) == expected


def test_deemed_hours_are_told_apart_from_deemed_overtime() -> None:
    assert "みなし労働時間制" in term("みなし残業").meaning
    assert "みなし残業" in term("みなし労働時間制").meaning
