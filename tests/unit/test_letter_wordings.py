"""Wordings real letters use that the check must read right: sentences wrapped over lines,
open-ended words said of another contract, form notes and law names, catch-all references
to the work rules, and the usual ways to state a scope of change or a raise."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import check_letter


def _found(text: str, key: str) -> bool:
    return check_letter(text).result(key).found


def _overtime(text: str) -> tuple[float | None, int | None] | None:
    found = check_letter(text).fixed_overtime
    return None if found is None else (found.hours, found.amount)


# --- fixed overtime in a sentence that runs over lines ------------------------------


def test_fixed_overtime_wrapped_over_two_lines_keeps_its_hours_and_amount() -> None:
    text = (
        "- Fixed overtime: your salary includes a fixed overtime allowance of JPY 128,000/month,\n"
        "  which covers up to 30 hours of overtime a month.\n"
    )
    assert _overtime(text) == (30.0, 128000)
    excerpt = check_letter(text).fixed_overtime
    assert excerpt is not None
    assert excerpt.excerpt.endswith("covers up to 30 hours of overtime a month.")


def test_an_english_sentence_wrapped_mid_phrase_is_read_whole() -> None:
    text = (
        "6.2 Of each instalment, JPY 150,000 is paid as a fixed allowance in consideration of\n"
        "    up to forty (40) hours of work beyond the statutory working hours per month.\n"
    )
    assert _overtime(text) == (40.0, 150000)


def test_an_amount_wrapped_after_its_currency_stays_with_it() -> None:
    text = (
        "Monthly salary:  JPY 500,000, which includes a deemed overtime allowance of JPY\n"
        "                 112,000 equivalent to 30 hours of overtime.\n"
    )
    assert _overtime(text) == (30.0, 112000)


def test_a_finished_line_is_not_joined_to_the_next() -> None:
    # The hours belong to the overtime estimate on the next line, not to the allowance.
    text = "Role allowance: JPY 90,000 per month.\nOvertime is about 20 hours per month.\n"
    assert _overtime(text) is None


def test_a_note_under_an_allowance_takes_the_amount_written_above_it() -> None:
    text = (
        "（２）固定残業手当　月額４７，０００円\n"
        "　　（時間外労働２５時間分の割増賃金として支給。超える分は別途支給する。）\n"
    )
    assert _overtime(text) == (25.0, 47000)
    # Without the allowance above it, the note's hours stand alone.
    alone = "基本給　月額２６８，０００円\n（時間外労働２５時間分の割増賃金として支給。）\n"
    assert _overtime(alone) == (25.0, None)


# --- the contract's term and the worker's hours -------------------------------------


@pytest.mark.parametrize(
    "other",
    [
        "正社員登用制度あり（勤続1年以上、所属長の推薦による）。",
        "本契約期間中に、期間の定めのない労働契約の締結を申し込むことにより、無期労働契約に転換できます。",
    ],
)
def test_open_ended_words_said_of_another_contract_leave_a_length_fixed_term(other: str) -> None:
    text = f"■ 契約期間\n　入社日（2027年2月1日）から1年間\n■ その他\n　{other}\n"
    assert check_letter(text).fixed_term
    assert not check_letter("■ 契約期間\n　入社日から1年間\n■ 雇用形態\n　正社員\n").fixed_term


def test_a_form_condition_naming_fixed_term_contracts_is_no_fixed_term() -> None:
    text = (
        "契約期間　　期間の定めなし、期間の定めあり（　　年　月　日～　　年　月　日）\n"
        "　　　　　　【労働契約法に定める同一の企業との間での通算契約期間が５年を超える"
        "有期労働契約の締結の場合】\n"
    )
    assert not check_letter(text).fixed_term
    assert check_letter("雇用区分：有期雇用（契約社員）\n").fixed_term


def test_the_law_named_at_the_foot_of_the_form_is_no_part_time() -> None:
    foot = (
        "※本通知書の交付は、短時間労働者及び有期雇用労働者の雇用管理の改善等に関する法律"
        "（パートタイム・有期雇用労働法）第6条に基づく文書の交付を兼ねるものであること。\n"
    )
    assert not check_letter("雇用期間：期間の定めなし\n" + foot).contract.part_time
    assert check_letter("雇用区分：パートタイマー\n" + foot).contract.part_time


# --- the right to convert (労働契約法18条) ---------------------------------------------


_RENEWAL = (
    "1　契約期間\n　　2027年4月1日～2028年3月31日（1年間）\n"
    "　　※本契約により通算契約期間は{years}年となります。\n"
)


def test_a_total_over_five_years_makes_conversion_required() -> None:
    arises = check_letter(_RENEWAL.format(years=6))
    assert arises.fixed_term
    assert arises.result("conversion").required
    assert "conversion" in arises.missing_keys
    assert not check_letter(_RENEWAL.format(years=5)).result("conversion").required


@pytest.mark.parametrize(
    "note",
    [
        "【労働契約法に定める同一の企業との間での通算契約期間が5年を超える有期労働契約の締結の場合】",
        "無期転換申込権が発生しない期間：Ⅰ（高度専門）・Ⅱ（定年後の高齢者）",
    ],
)
def test_a_form_note_on_conversion_does_not_make_it_required(note: str) -> None:
    text = "契約期間：2027年4月1日～2028年3月31日\n" + note + "\n"
    assert not check_letter(text).result("conversion").required
    said = "契約期間：2027年4月1日～2028年3月31日\n本契約により、通算契約期間が5年を超えます。\n"
    assert check_letter(said).result("conversion").required


# --- terms put off or referred away ---------------------------------------------------


def test_a_sentence_running_on_into_a_deferral_is_deferred() -> None:
    text = (
        "5．労働条件　　　給与、勤務地、勤務時間、休日・休暇その他の労働条件につきましては、\n"
        "　　　　　　　　　入社日までに別途「労働条件通知書」をお渡しし、ご説明いたします。\n"
    )
    check = check_letter(text)
    for key in ("wages", "workplace", "working_hours", "days_off", "leave"):
        assert not check.result(key).found, key
    assert _found("勤務地：仙台支店（宮城県仙台市青葉区本町二丁目15番1号）\n", "workplace")


def test_terms_left_to_a_later_notice_are_not_stated() -> None:
    later = "なお、勤務時間、休日、休暇等の詳細も、同通知書にて明示いたします。\n"
    for key in ("days_off", "leave", "working_hours"):
        assert not _found(later, key), key
    assert _found("休日　土日祝\n", "days_off")


def test_a_catch_all_reference_to_the_work_rules_states_nothing() -> None:
    catch_all = "Everything else (payday, notice periods, etc.) follows our Work Rules.\n"
    assert not _found(catch_all, "leaving")
    assert _found(
        "The Company may terminate on the grounds in Article 51 of the Work Rules.\n", "leaving"
    )
    dismissal = "The Company may dismiss you on the grounds in Article 51 of the Work Rules.\n"
    assert _found(
        "You may resign by giving one month's notice.\n" + dismissal + catch_all, "leaving"
    )


def test_a_resignation_notice_alone_does_not_state_leaving() -> None:
    # 施行規則5条1項4号: 退職に関する事項（解雇の事由を含む）.
    notice = "やめるとき　　　やめる日の1か月前までに言ってください。\n"
    assert not _found(notice, "leaving")
    assert "leaving" in check_letter(notice).missing_keys
    assert _found(notice + "解雇　　　　　就業規則第42条に定める事由による\n", "leaving")
    assert _found(
        "Ending early: 30 days' notice, for the reasons in our Work Rules (Article 22).\n",
        "leaving",
    )


def test_papers_to_hand_in_are_no_social_insurance() -> None:
    assert not _found("(4) 雇用保険被保険者証（前職でご加入の方）\n", "social_insurance")
    assert _found("社会保険等：雇用保険に加入\n", "social_insurance")


# --- scope of change, raises, duties, overtime -----------------------------------------


@pytest.mark.parametrize(
    ("key", "text"),
    [
        (
            "change_scope_workplace",
            "3. 就業場所 / Place of Work\n   雇入れ直後：横浜本社\n"
            "   At hire: Yokohama Head Office\n"
            "   変更の範囲：会社の定める国内の事業所および在宅勤務時の自宅\n",
        ),
        (
            "change_scope_workplace",
            "Place of Work\n   Scope of change: any of the Company's offices in Japan\n",
        ),
        (
            "change_scope_workplace",
            "将来の勤務地：会社が定める場所（国内外のプロジェクト先を含む）\n",
        ),
        (
            "change_scope_workplace",
            "Location:  Shiba hotel (the address above). You will not be transferred\n"
            "           to another hotel during this contract.\n",
        ),
        ("change_scope_duties", "将来の職務：会社が定めるコンサルティング業務および管理業務\n"),
        ("change_scope_duties", "■ 業務\n　問い合わせ対応\n　※将来にわたり上記業務に限る。\n"),
        (
            "change_scope_duties",
            "2　甲は、業務上の必要に応じ、乙の職務を甲の定める製造・品質に関する業務に\n"
            "　変更することがある。\n",
        ),
        (
            "change_scope_duties",
            "Responsibilities: Your duties will stay within the Front Office.\n",
        ),
        (
            "change_scope_duties",
            "   The Company may in future ask you to take on other engineering\n"
            "   work within the Company, including testing.\n",
        ),
        ("raises", "Salary increase:    None during this contract.\n"),
        ("raises", "Bonus: none; salary increases are not planned during the contract\n"),
        ("raises", "6.4 The Base Salary shall be reviewed annually in April.\n"),
        ("raises", "年俸改定：毎年4月（人事評価に基づく）\n"),
        ("duties", "当社のデータアナリストとしてご入社いただきたく、ご連絡いたします。\n"),
        ("workplace", "仕事をする場所　　本社工場（新潟県燕市物流センター一丁目3番地）\n"),
        ("workplace", "勤務店舗：ひだまり食堂 天神店（福岡県福岡市中央区天神二丁目7番1号）\n"),
        ("working_hours", "仕事の時間　　　8時00分～17時00分\n"),
        (
            "change_scope_duties",
            "会社は、従業員に会社の事業に関する他の職務を命じることができる。\n",
        ),
        (
            "change_scope_workplace",
            "会社は、業務上の必要により、従業員の勤務地を国内の他の事業所に変更することがある。\n",
        ),
        (
            "overtime",
            "4.2 The Employee may be required to work beyond the regular working hours.\n",
        ),
    ],
)
def test_more_wordings_that_state_an_item(key: str, text: str) -> None:
    assert _found(text, key)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("change_scope_workplace", "勤務地：本社（東京都港区）\n"),
        ("change_scope_duties", "業務内容：経理業務全般\n"),
        ("change_scope_duties", "職務：品質記録の管理\n変更点は特にありません。\n"),
        ("raises", "Applications are reviewed every spring.\n"),
        ("duties", "貴殿を正社員として採用いたします。\n"),
        ("overtime", "Hours: 9:00 to 18:00, Monday to Friday.\n"),
    ],
)
def test_near_misses_of_those_wordings_do_not_count(key: str, text: str) -> None:
    assert not _found(text, key)
