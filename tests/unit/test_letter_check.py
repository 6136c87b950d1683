"""The offer-letter check, on sample letters written for these tests."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import (
    LETTER_ITEMS,
    check_letter,
    find_fixed_overtime_hours,
    looks_fixed_term,
)
from offertui.domain.pay import PayModel, check, compute

# A complete notice of working conditions for an open-ended contract, laid out like
# the MHLW model form (April 2024 edition).
COMPLETE_JA = """\
労働条件通知書
                                        2026年11月25日
契約期間: 期間の定めなし
試用期間: あり(入社日から3か月)
就業の場所: (雇入れ直後) 東京都渋谷区の本社
            (変更の範囲) 会社の定める場所(テレワークを行う場所を含む)
従事すべき業務の内容: (雇入れ直後) Webアプリケーションの設計・開発
            (変更の範囲) 会社の定める業務
始業・終業の時刻: 始業 9時30分 終業 18時30分
休憩時間: 60分
所定時間外労働の有無: 有
休日: 土曜日、日曜日、国民の祝日、年末年始
休暇: 年次有給休暇 6か月継続勤務した場合 10日
賃金: 基本給 月給 450,000円
    諸手当: 通勤手当 (実費、月上限50,000円)
    所定時間外労働に対する割増賃金率: 月60時間以内 25%、月60時間超 50%
    賃金締切日: 毎月末日  賃金支払日: 翌月25日
    昇給: 年1回(4月)
    賞与: 年2回(6月、12月) 会社の業績による
退職に関する事項: 自己都合退職の手続 退職する30日以上前に届け出ること
    解雇の事由及び手続: 就業規則第20条による
社会保険の加入状況: 厚生年金 健康保険 雇用保険 労災保険
在宅勤務: 週2日まで可
"""

# An English offer letter that leaves out much of what the law requires.
SHORT_EN = """\
Dear Ms. Tanaka,

We are pleased to offer you the position of Senior Backend Engineer at Example K.K.

Start date: April 1, 2027
Work location: Tokyo head office (Minato-ku)
Annual salary: JPY 9,000,000, paid in 12 monthly instalments
Working hours: 9:00 to 18:00, with a one-hour lunch break
Bonus: based on company and individual performance
Remote work: up to 3 days per week

Please sign and return this letter by March 1, 2027.
"""

# A Japanese letter whose monthly pay quietly includes 45 hours of overtime (written
# with full-width digits) and which says nothing about the scope of change.
HIDDEN_OVERTIME_JA = """\
雇用条件のご案内
雇用形態: 正社員(期間の定めなし)
勤務地: 大阪府大阪市北区
業務内容: 社内システムの開発・保守
勤務時間: 10:00〜19:00(休憩60分)
休日: 完全週休2日制(土日祝)
休暇: 年次有給休暇、年末年始休暇
給与: 月給 350,000円(月４５時間分の時間外労働に対する割増賃金70,000円を含む)
締切日: 毎月15日  支払日: 当月25日
退職: 退職希望日の1か月前までに申し出ること
"""

# A fixed-term contract that omits the renewal cap and the conversion right.
FIXED_TERM_JA = """\
雇用契約書
雇用形態: 契約社員
契約期間: 2027年4月1日〜2028年3月31日
契約の更新: 更新する場合があり得る(業務量、勤務成績により判断する)
就業場所: 東京都千代田区 (変更の範囲) 会社の定める場所
業務内容: QAエンジニア (変更の範囲) 会社の定める業務
始業 9時 終業 18時 休憩 1時間 所定時間外労働 有
休日: 土日祝 休暇: 年次有給休暇
賃金: 月給 300,000円 締切日 末日 支払日 翌月20日
退職: 30日前までに届け出る。解雇の事由は就業規則による。
"""

LAW_KEYS = {item.key for item in LETTER_ITEMS if item.required_by == "law"}
FIXED_TERM_KEYS = {item.key for item in LETTER_ITEMS if item.required_by == "law-fixed-term"}
GUIDE_KEYS = {item.key for item in LETTER_ITEMS if item.required_by == "guide"}


def test_items_cover_the_written_conditions_in_the_law() -> None:
    assert {
        "contract_period",
        "workplace",
        "duties",
        "change_scope",
        "working_hours",
        "overtime",
        "breaks",
        "days_off",
        "leave",
        "wages",
        "pay_dates",
        "leaving",
    } <= LAW_KEYS
    assert {"renewal", "renewal_cap", "conversion"} == FIXED_TERM_KEYS
    assert {"probation", "bonus", "remote", "benefits"} <= GUIDE_KEYS


def test_items_are_well_formed() -> None:
    assert len({item.key for item in LETTER_ITEMS}) == len(LETTER_ITEMS)
    for item in LETTER_ITEMS:
        assert item.keywords
        assert any(not kw.isascii() for kw in item.keywords), item.key  # some Japanese
        assert all(kw == kw.lower() for kw in item.keywords if kw.isascii())
        assert item.question.startswith("Could you") and item.question.endswith("?")
        assert item.follow_up.startswith("So to confirm, ") and item.follow_up.endswith("?")
        assert item.why.endswith(".")


def test_complete_japanese_letter() -> None:
    result = check_letter(COMPLETE_JA)
    assert result.complete, [r.item.key for r in result.missing]
    assert not result.fixed_term
    assert {r.item.key for r in result.found} == LAW_KEYS | GUIDE_KEYS
    # Fixed-term items are not required of an open-ended contract.
    for key in FIXED_TERM_KEYS:
        assert result.result(key).status == "not_applicable"
    assert result.result("change_scope").matched == "変更の範囲"
    assert result.fixed_overtime_hours is None
    assert not result.fixed_overtime_mentioned
    assert {"試用期間", "変更の範囲", "年次有給休暇", "通勤手当", "厚生年金"} <= set(
        result.glossary_terms
    )


def test_short_english_letter_reports_what_is_missing() -> None:
    result = check_letter(SHORT_EN)
    assert not result.fixed_term
    assert result.missing_keys == {
        "contract_period",
        "change_scope",
        "overtime",
        "days_off",
        "leave",
        "pay_dates",
        "leaving",
    }
    assert not result.complete
    assert {r.item.key for r in result.missing_optional} == {
        "probation",
        "raises",
        "social_insurance",
        "benefits",
    }
    found = {r.item.key: r for r in result.found}
    assert found["workplace"].matched == "work location"
    assert found["duties"].matched == "position"
    assert found["breaks"].matched == "break"
    # Excerpts come from the letter, with its capitals.
    assert "Work location" in (found["workplace"].excerpt or "")
    assert {"賞与", "在宅勤務", "就業場所", "入社日"} <= set(result.glossary_terms)


def test_letter_hiding_fixed_overtime_and_lacking_scope_of_change() -> None:
    result = check_letter(HIDDEN_OVERTIME_JA)
    assert result.missing_keys == {"change_scope"}
    assert result.fixed_overtime_hours == 45
    assert result.fixed_overtime_mentioned
    assert not result.fixed_term


def test_hidden_fixed_overtime_feeds_the_pay_check() -> None:
    hours = check_letter(HIDDEN_OVERTIME_JA).fixed_overtime_hours
    assert hours is not None
    # 月給 350,000 includes 70,000 of overtime pay: base 280,000.
    model = PayModel(monthly_base=280_000, fixed_overtime_hours=hours, fixed_overtime_amount=70_000)
    # 280,000 / 160 = 1,750 an hour; 45 × 1,750 × 1.25 = 98,437.5 → 98,438.
    assert compute(model).minimum_fixed_overtime_pay == 98_438
    assert "fixed_overtime_underpaid" in {finding.key for finding in check(model)}


def test_fixed_term_letter_needs_the_fixed_term_items() -> None:
    result = check_letter(FIXED_TERM_JA)
    assert result.fixed_term
    assert result.fixed_term_evidence is not None
    assert "2027年4月1日" in result.fixed_term_evidence
    assert result.missing_keys == {"renewal_cap", "conversion"}
    assert result.result("renewal").status == "found"


@pytest.mark.parametrize(
    "text",
    [
        "Contract period: April 1, 2027 to March 31, 2028",
        "Term of contract: 1 April 2027 - 31 March 2028",
        "契約期間 ２０２７年４月１日～２０２８年３月３１日",
        "契約期間: 令和9年4月1日から令和10年3月31日まで",
        "雇用形態: 有期雇用",
        "This is a fixed-term contract of one year.",
    ],
)
def test_fixed_term_is_detected(text: str) -> None:
    assert looks_fixed_term(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "契約期間: 期間の定めなし",
        "This is not a fixed-term contract.",
        "Employment type: regular employee (no fixed term)",
        "試用期間: 2027年4月1日〜2027年6月30日",
        "",
    ],
)
def test_open_ended_is_not_taken_for_fixed_term(text: str) -> None:
    assert looks_fixed_term(text) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("固定残業代(45時間分)を含む", 45),
        ("みなし残業 45時間", 45),
        ("みなし残業３０時間を含む", 30),
        ("固定残業代:月30時間分 50,000円", 30),
        ("基本給には月20時間相当の時間外手当を含む", 20),
        ("固定残業代(22.5時間分)", 22.5),
        ("The salary includes 45 hours of fixed overtime.", 45),
        ("Fixed overtime allowance: JPY 60,000 (30h/month)", 30),
        ("Deemed overtime of 40 hours per month is included.", 40),
    ],
)
def test_fixed_overtime_hours_are_found(text: str, hours: float) -> None:
    assert find_fixed_overtime_hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "時間外労働の上限は月45時間とする(36協定)",
        "Overtime beyond 45 hours a month needs approval.",
        "Working hours: 8 hours a day",
        "固定残業代を含む",
        "",
    ],
)
def test_no_fixed_overtime_hours_where_none_are_given(text: str) -> None:
    assert find_fixed_overtime_hours(text) is None


def test_fixed_overtime_mentioned_without_hours() -> None:
    result = check_letter("月給 300,000円(固定残業代を含む)")
    assert result.fixed_overtime_mentioned
    assert result.fixed_overtime_hours is None


def test_retirement_allowance_is_not_the_rules_on_leaving() -> None:
    result = check_letter("退職金: あり(勤続3年以上)")
    assert result.result("leaving").status == "missing"
    assert result.result("benefits").found


def test_english_keywords_match_from_the_start_of_a_word() -> None:
    assert check_letter("We praise your work.").result("raises").status == "optional"
    assert check_letter("Pay raises happen in April.").result("raises").matched == "raise"
    assert check_letter("The contract is renewable.").result("renewal").matched == "renewable"


def test_full_width_text_is_normalised() -> None:
    result = check_letter("ＷＯＲＫＩＮＧ ＨＯＵＲＳ: 9:00-18:00")
    assert result.result("working_hours").found


def test_empty_letter_misses_every_law_item() -> None:
    result = check_letter("")
    assert result.missing_keys == LAW_KEYS
    assert result.glossary_terms == ()


def test_every_missing_item_lands_in_a_question_bank_topic() -> None:
    from offertui.domain.letter_check import LETTER_ITEMS, question_topic
    from offertui.domain.question_bank import TOPICS

    topics = {t.key for t in TOPICS}
    assert all(question_topic(item) in topics for item in LETTER_ITEMS)
