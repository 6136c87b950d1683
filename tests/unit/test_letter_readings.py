"""How letters are laid out and phrased, read right: the ticked box of a form's choice,
an open-ended term said with "without", a heading on how employment ends, and the other
wordings of this kind that decide which items the law requires."""

from __future__ import annotations

from offertui.domain.letter_check import check_letter

_FOOT = (
    "※本通知書は、労働基準法第15条及び短時間労働者及び有期雇用労働者の雇用管理の改善等に"
    "関する法律第６条に基づく文書を兼ねる。\n"
)

# --- the contract's term --------------------------------------------------------------


def test_the_ticked_box_of_the_period_row_decides_the_term() -> None:
    # The unfilled fixed-term option sits beside the ticked open-ended one, and the law
    # named at the foot says "有期" without saying it of this contract.
    open_ended = "契約期間　■期間の定めなし　□期間の定めあり（　年　月　日～　年　月　日）\n"
    assert not check_letter(open_ended + _FOOT).fixed_term
    fixed = "契約期間　□期間の定めなし　■期間の定めあり（2027年4月1日～2028年3月31日）\n"
    assert check_letter(fixed + _FOOT).fixed_term


def test_an_unticked_open_ended_option_says_nothing() -> None:
    text = "雇用形態：□正社員　■契約社員\n"
    assert check_letter(text).fixed_term
    assert not check_letter("雇用形態：■正社員　□契約社員\n").fixed_term


def test_a_term_said_to_run_without_a_fixed_term_is_open_ended() -> None:
    text = "1. Term\nYour employment starts on April 1, 2027 and runs without a fixed term.\n"
    assert not check_letter(text).fixed_term
    assert check_letter("1. Term\nThis is a fixed-term contract for one year.\n").fixed_term


def test_a_notice_period_under_a_heading_on_ending_employment_is_no_term() -> None:
    text = (
        "Term of employment: open-ended\n"
        "Ending employment: give two months' notice. You may resign with one month's notice.\n"
    )
    assert not check_letter(text).fixed_term
    # A length that is the contract's own, under a period heading, still makes it fixed.
    assert check_letter("Term of employment: one year from April 1, 2027\n").fixed_term


def test_a_notice_period_is_no_length_of_the_contract() -> None:
    for notice in ("one month's notice", "two months' notice", "three months of notice"):
        text = f"Term of employment\nPermanent. Either side may end it with {notice}.\n"
        assert not check_letter(text.replace("Permanent. ", "")).fixed_term, notice
    assert check_letter("Term of employment\nTwo years, then reviewed.\n").fixed_term


# --- items said in prose ----------------------------------------------------------------


def _found(text: str, key: str) -> bool:
    return check_letter(text).result(key).found


def test_a_place_said_as_where_one_will_work_states_the_workplace() -> None:
    assert _found("入社後は、大阪市北区の梅田オフィスでご勤務いただきます。\n", "workplace")
    assert _found("当面は横浜支社で勤務していただく予定です。\n", "workplace")
    assert not _found("入社後は、決済システムの開発をご担当いただきます。\n", "workplace")


def test_days_off_said_as_o_yasumi_in_prose_are_stated() -> None:
    assert _found("お休みは毎週土曜・日曜と祝日です。\n", "days_off")
    assert not _found("お昼休みは正午から1時間です。\n", "days_off")


def test_a_future_range_of_work_states_the_scope_of_the_duties() -> None:
    row = (
        "◆仕事の内容\n　社内システムの運用\n"
        "　将来お任せする可能性のある業務の範囲：当社の情報システム業務全般\n"
    )
    assert _found(row, "change_scope_duties")
    assert not _found("◆仕事の内容\n　社内システムの運用\n", "change_scope_duties")


def test_duties_named_first_and_their_change_later_state_the_scope() -> None:
    prose = "担当業務につきましては、会社の事業の範囲内で変更をお願いすることがあります。\n"
    assert _found(prose, "change_scope_duties")
    later = "担当業務につきましては、入社後に詳しくご説明します。\n"
    assert not _found(later, "change_scope_duties")
    place = "勤務地については、関東の各拠点の中で変更することがあります。\n"
    assert _found(place, "change_scope_workplace")


def test_joining_a_company_as_a_title_states_the_duties() -> None:
    assert _found("We would love you to join Hoshi Labs K.K. as a Data Engineer.\n", "duties")
    assert not _found("We would love you to join Hoshi Labs K.K. in April.\n", "duties")


# --- a form's choices -------------------------------------------------------------------


def test_a_choice_with_every_box_left_empty_states_nothing() -> None:
    fixed = "契約期間　■期間の定めあり（2027年4月1日～2027年9月30日）\n"
    blank = fixed + "賞与（□有（時期、金額等　　）　□無）\n"
    check = check_letter(blank)
    assert check.result("bonus").required
    assert "bonus" in check.missing_keys
    ticked = fixed + "賞与（□有（時期、金額等　　）　■無）\n"
    assert "bonus" not in check_letter(ticked).missing_keys
    # A single box is a bullet, not a choice.
    assert "bonus" not in check_letter(fixed + "□ 賞与：年2回（6月・12月）\n").missing_keys


# --- references to the work rules -------------------------------------------------------


def test_leave_only_referred_to_the_work_rules_is_not_stated() -> None:
    bare = "Leave\nLeave is granted in accordance with the Work Rules.\n"
    assert not _found(bare, "leave")
    named = "Leave\nLeave is granted under Article 30 of the Work Rules.\n"
    assert _found(named, "leave")
    assert _found("Leave\n10 days of paid leave after six months, per the Work Rules.\n", "leave")
    assert not _found("休暇：就業規則による。\n", "leave")
    assert _found("休暇：年次有給休暇は就業規則第22条による。\n", "leave")


# --- fixed overtime -------------------------------------------------------------------


def _overtime(text: str) -> tuple[float | None, int | None] | None:
    found = check_letter(text).fixed_overtime
    return None if found is None else (found.hours, found.amount)


def test_this_allowance_takes_the_amount_of_the_sentence_before() -> None:
    text = (
        "Duty Allowance: JPY 60,000 per month. This allowance is paid as overtime pay for"
        " up to 25 hours of work beyond the scheduled working hours.\n"
    )
    assert _overtime(text) == (25.0, 60000)
    ja = "役割手当　月額48,000円。本手当は時間外労働20時間分の割増賃金として支給する。\n"
    assert _overtime(ja) == (20.0, 48000)
    # Without the pointing back, an amount in the sentence before is not taken.
    unrelated = (
        "Base salary: JPY 400,000 per month. Overtime pay for up to 25 hours of work beyond"
        " the scheduled working hours is included as a fixed allowance.\n"
    )
    assert _overtime(unrelated) == (25.0, None)


def test_fixed_overtime_said_to_be_not_included_is_none() -> None:
    assert _overtime("給与：月給40万円（※みなし残業代は含まれていません）\n") is None
    assert _overtime("給与：月給40万円（固定残業代を含みます）\n") is not None


def test_fixed_overtime_for_its_hours_says_there_is_overtime() -> None:
    # Pay for work beyond the scheduled hours, paid in advance: 所定時間外労働 有.
    assert _found("年俸：720万円（うち固定残業代 月額12万円／45時間分）\n", "overtime")
    english = "Salary: JPY 500,000 a month, including fixed overtime for 40 hours.\n"
    assert _found(english, "overtime")
    # Saying there is none says nothing about overtime itself.
    assert not _found("給与：月給40万円（固定残業代なし）\n", "overtime")
    assert not _found("給与：月給40万円（※みなし残業代は含まれていません）\n", "overtime")


def test_a_visa_renewal_is_no_renewal_of_the_contract() -> None:
    term = "Contract period: April 1, 2027 to March 31, 2028\n"
    visa = term + "We will support your visa renewal next spring.\n"
    assert "renewal" in check_letter(visa).missing_keys
    ja = term + "在留期間の更新手続きは当社がお手伝いします。\n"
    assert "renewal" in check_letter(ja).missing_keys
    stated = term + "The contract may be renewed based on performance.\n"
    assert "renewal" not in check_letter(stated).missing_keys


def test_a_heading_over_a_row_with_no_box_ticked_states_nothing() -> None:
    term = "契約期間：2027年4月1日～2028年3月31日\n"
    blank = (
        term
        + "契約の更新の有無\n　□自動的に更新する　□更新する場合があり得る　□契約の更新はしない\n"
    )
    assert "renewal" in check_letter(blank).missing_keys
    ticked = (
        term
        + "契約の更新の有無\n　□自動的に更新する　■更新する場合があり得る　□契約の更新はしない\n"
    )
    assert "renewal" not in check_letter(ticked).missing_keys
