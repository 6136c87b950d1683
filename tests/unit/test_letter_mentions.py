"""A required item the check did not find is "unconfirmed" when the letter speaks of its
topic in words the check cannot read, and plainly "missing" when nothing in the letter
does: blank rows, terms put off and a desk's opening hours are no sign of the item."""

from __future__ import annotations

from offertui.domain.letter_check import check_letter


def _status(text: str, key: str) -> str:
    return check_letter(text).result(key).status


def test_two_clock_times_outside_a_break_make_the_hours_unconfirmed() -> None:
    assert (
        _status("◆ 毎日の流れ\n　朝は9:30ごろ、夕方18:30ごろまで\n", "working_hours")
        == "unconfirmed"
    )
    assert _status("休憩は12:00〜13:00です。\n", "working_hours") == "missing"
    assert _status("お問い合わせ：電話 03-0000-0000（平日10:00～17:00）\n", "working_hours") == (
        "missing"
    )


def test_a_blank_scope_row_is_missing_not_unconfirmed() -> None:
    blank = "業務の内容　　（雇入れ直後）Webアプリ開発\n　　　　　　　（変更の範囲）\n"
    assert _status(blank, "change_scope_duties") == "missing"
    said = "業務の内容　Webアプリ開発\n担当する業務は、会社の事業に応じて広がることがあります。\n"
    assert _status(said, "change_scope_duties") == "unconfirmed"


def test_words_put_off_or_in_a_blank_row_are_no_sign() -> None:
    deferred = "勤務地、業務内容につきましては、別途お知らせいたします。\n"
    assert _status(deferred, "workplace") == "missing"
    assert _status(deferred, "duties") == "missing"
    office = "出社は週1回、大阪オフィスのチームデーに合わせてください。\n"
    assert _status(office, "workplace") == "unconfirmed"


def test_a_found_or_not_required_item_has_no_mention() -> None:
    check = check_letter("勤務地：本社\n勤務時間：9:00～18:00\n")
    assert check.result("workplace").mention is None  # found
    assert check.result("renewal").mention is None  # not required of an open-ended contract
    assert check.result("working_hours").status == "found"


def test_a_pay_review_said_in_other_words_makes_raises_unconfirmed() -> None:
    text = (
        "雇用期間：2027年4月1日～2028年3月31日\n時給は半年ごとの評価をもとに見直しを検討します。\n"
    )
    result = check_letter(text).result("raises")
    assert result.required
    assert result.status == "unconfirmed"
    assert result.mention == "時給は半年ごとの評価をもとに見直しを検討します。"
    assert _status("雇用期間：2027年4月1日～2028年3月31日\n時給：1,500円\n", "raises") == "missing"


def test_hours_in_japanese_clock_words_and_weekdays_off_are_signs() -> None:
    hours = "◆ 毎日の流れ\n　午前9時ごろに始めて、午後6時ごろに終えます。\n"
    assert _status(hours, "working_hours") == "unconfirmed"
    assert _status("所定労働時間は1日8時間です。\n", "working_hours") == "missing"
    assert (
        _status("◆ チームのリズム\n　土曜日と日曜日はチーム全員オフ\n", "days_off") == "unconfirmed"
    )
    assert _status("勤務地：本社\n", "days_off") == "missing"
