"""How the letter check reads a letter's sections: which heading a line sits under, the
passages that are no term of the job, and the wording found in real letters."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import check_letter
from offertui.domain.letter_text import LetterText


def _found(text: str, key: str) -> bool:
    return check_letter(text).result(key).found


def test_an_indented_or_address_line_does_not_start_a_section() -> None:
    letter = LetterText(
        "【就業の場所】\n"
        "雇入れ直後　柏の葉リサーチパーク（千葉県柏市若柴178番地4）\n"
        "変更の範囲　本社及び会社が定める国内の研究拠点\n"
        "【従事すべき業務の内容】\n"
        "雇入れ直後　ゲノム解析の研究開発（専門業務型裁量労働制の対象業務\n"
        "　　　　　　「新技術の研究開発」に該当）\n"
        "変更の範囲　会社の研究開発業務\n"
    )
    assert [line.section for line in letter.lines[:3]] == ["就業の場所"] * 3
    assert [line.section for line in letter.lines[3:7]] == ["従事すべき業務の内容"] * 4
    check = check_letter(letter.original)
    assert check.result("change_scope_workplace").found
    assert check.result("change_scope_duties").found


def test_a_scope_of_none_in_plain_words_belongs_to_its_section() -> None:
    text = (
        "◇働く場所　　吉祥寺店（武蔵野市吉祥寺本町２－１－３）\n"
        "　　※契約期間中に働く場所が変わることはありません。\n"
        "◇お仕事の内容　ホール接客、レジ\n"
        "　　※契約期間中、これ以外の仕事をお願いすることはありません。\n"
    )
    check = check_letter(text)
    for key in ("workplace", "duties", "change_scope_workplace", "change_scope_duties"):
        assert check.result(key).found, key
    bare = "◇働く場所　　吉祥寺店\n◇お仕事の内容　ホール接客、レジ\n"
    assert not check_letter(bare).result("change_scope_workplace").found
    assert not check_letter(bare).result("change_scope_duties").found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("◇勤務日と時間\n　　週４日、10時00分から15時30分まで\n", "working_hours"),
        ("◇お休み　　木・土・日曜日\n", "days_off"),
        ("【休み】土曜・日曜・祝日\n", "days_off"),
        ("【時間外】あり（月平均20時間程度）\n", "overtime"),
        ("配属先：第二生産技術部（神奈川県厚木市岡田三丁目８番地　厚木事業所）\n", "workplace"),
    ],
)
def test_plain_headings_name_their_item(text: str, key: str) -> None:
    assert _found(text, key)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A department is not a place of work, and a lunch break is not a day off.
        ("配属予定：開発本部（配属先は入社時研修の後に決定します）\n", "workplace"),
        ("【昼休み】12:00〜13:00\n", "days_off"),
        ("採用担当：人事部　山田\n", "duties"),
    ],
)
def test_near_misses_of_plain_headings_do_not_count(text: str, key: str) -> None:
    assert not _found(text, key)


def test_leaving_the_current_job_is_no_leaving_term() -> None:
    withdrawal = (
        "なお、次のいずれかに該当する場合には、本内定を取り消すことがあります。\n"
        "1. 2025年10月31日までに現職を退職できないとき\n"
        "2. 提出書類に虚偽の記載があったとき\n"
    )
    start = (
        "Start date\nMonday, January 19, 2026 (we can move this if your notice period requires).\n"
    )
    assert not _found(withdrawal, "leaving")
    assert not _found(start, "leaving")
    leaving = "【退職】退職の30日前までに届け出ること。解雇の事由は就業規則第40条による。\n"
    assert _found(withdrawal + leaving, "leaving")


def test_an_open_ended_contract_said_politely_is_not_fixed_term() -> None:
    text = (
        "■１．採用区分と雇用の期間\n　雇用期間の定めはありません。\n"
        "■６．定年\n　定年後は１年ごとの有期契約により満７０歳まで継続雇用します。\n"
    )
    check = check_letter(text)
    assert not check.fixed_term
    assert check.result("contract_period").found
    assert check_letter("雇用期間の定め：あり\n有期契約（1年）\n").fixed_term


@pytest.mark.parametrize("word", ["パートタイマー", "アルバイト", "パート社員"])
def test_part_timers_are_part_time(word: str) -> None:
    assert check_letter(f"このたび、当店の{word}として採用が決まりました。\n").contract.part_time
    assert not check_letter("このたび、当店の正社員として採用が決まりました。\n").contract.part_time


@pytest.mark.parametrize(
    "text",
    [
        "固定残業手当：該当なし",
        "Fixed overtime allowance: not applicable",
        "固定残業代は含みません。",
        "Fixed overtime: none",
    ],
)
def test_fixed_overtime_said_not_to_apply_is_none(text: str) -> None:
    assert check_letter(text).fixed_overtime is None


def test_fixed_overtime_with_hours_is_not_taken_for_a_denial() -> None:
    found = check_letter("固定残業代：月30時間分 50,000円を含む").fixed_overtime
    assert found is not None and found.hours == 30 and found.amount == 50_000


@pytest.mark.parametrize(
    ("text", "workplace", "duties"),
    [
        ("勤務先の変更：会社の定める事業所", True, False),
        ("業務内容の変更：会社の定める業務", False, True),
        ("The Company may assign you to any of its locations in Japan.", True, False),
        ("Your duties may change in line with business needs.", False, True),
        ("Salary is paid by bank transfer to your account.", False, False),
    ],
)
def test_the_usual_ways_to_state_a_scope_of_change(
    text: str, workplace: bool, duties: bool
) -> None:
    check = check_letter(text)
    assert check.result("change_scope_workplace").found is workplace
    assert check.result("change_scope_duties").found is duties


def test_an_allowance_named_in_a_note_takes_its_amount_from_the_pay_list() -> None:
    text = (
        "賃金：\n"
        "　基本給　月額 200,000円\n"
        "　業務手当　月額 50,000円\n"
        "　※業務手当は、時間外労働45時間に対する割増賃金として支給する。\n"
    )
    found = check_letter(text).fixed_overtime
    assert found is not None and (found.hours, found.amount) == (45, 50_000)


@pytest.mark.parametrize(
    "text",
    [
        "2. Term\n   1 year from the start date, renewable\n",
        "【雇用期間】\n2026年4月1日～2027年3月31日\n",
        "契約期間\n　入社日から1年間（更新あり）\n",
        "Contract period\nTwelve months from April 1, 2026.\n",
    ],
)
def test_a_period_under_a_heading_of_its_own_is_a_fixed_term(text: str) -> None:
    assert check_letter(text).fixed_term


@pytest.mark.parametrize(
    "text",
    [
        "Employment type\nPermanent. The first 3 months are a probation period.\n",
        "雇用形態\n正社員（入社後3か月間は試用期間）\n",
    ],
)
def test_a_probation_length_under_the_period_heading_is_no_fixed_term(text: str) -> None:
    assert not check_letter(text).fixed_term


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("workplace", "Place of employment: Osaka office"),
        ("workplace", "You will be based in our Kyoto office."),
        ("duties", "Title: Product Manager"),
        ("duties", "You will join as a Site Reliability Engineer."),
        ("contract_period", "雇用期間：定めなし"),
        ("change_scope_duties", "Possible future duties: any role within engineering"),
        ("change_scope_workplace", "Possible future work locations: any office in Japan"),
    ],
)
def test_more_of_the_usual_wordings_name_their_item(key: str, text: str) -> None:
    assert _found(text, key)


def test_resigning_from_the_current_employer_is_no_leaving_term() -> None:
    assert not _found("Please resign from your current employer before the start date.", "leaving")
    assert _found(
        "Resignation: give one month's notice. Dismissal: Article 40 of the Work Rules.", "leaving"
    )


def test_a_date_under_the_period_heading_is_no_length() -> None:
    text = "雇用形態\n正社員として、令和8年4月1日付で採用します。\n"
    assert not check_letter(text).fixed_term
    # A length in the section's body is its term unless the letter says it is open-ended.
    open_ended = "Employment\nPermanent, no end date.\n3 years of experience.\n"
    assert not check_letter(open_ended).fixed_term
    assert check_letter("Employment\n1 year contract, renewable.\n").fixed_term
