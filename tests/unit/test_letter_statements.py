"""What counts as stating an item (労働基準法15条, 同施行規則5条, パート・有期雇用労働法6条):
a blank 変更の範囲 row, a form's name, a bare reference to the work rules, a career track, a
time or duty decided later, an estimated salary and a 短時間正社員, each read both ways."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import check_letter


def _found(text: str, key: str) -> bool:
    return check_letter(text).result(key).found


def _excerpt(text: str, key: str) -> str | None:
    return check_letter(text).result(key).excerpt


# --- 変更の範囲 (施行規則5条1項1号の3) --------------------------------------------------

_MODEL_PLACE = "【就業の場所】\n（雇入れ直後）大阪本社（大阪市北区梅田二丁目5番25号）\n"


def test_a_change_scope_row_printed_with_nothing_after_it_states_nothing() -> None:
    text = _MODEL_PLACE + "（変更の範囲）\n\n【従事すべき業務の内容】\n"
    assert not _found(text, "change_scope_workplace")


def test_a_filled_change_scope_row_states_the_scope_verbatim() -> None:
    text = _MODEL_PLACE + "（変更の範囲）大阪府内の当社事業所\n"
    assert _found(text, "change_scope_workplace")
    assert _excerpt(text, "change_scope_workplace") == "（変更の範囲）大阪府内の当社事業所"


def test_a_change_scope_label_with_its_answer_on_the_next_line_counts() -> None:
    text = "【就業の場所】\n本社\n変更の範囲：\n　会社の定める事業所\n"
    assert _found(text, "change_scope_workplace")


def test_a_section_numbered_without_the_article_word_is_still_its_section() -> None:
    # "第３　就業の場所" (full width) heads the section its 変更の範囲 row belongs to.
    text = "第３　就業の場所\n　（雇入れ直後）本社\n　（変更の範囲）本社及び東京事業所\n"
    assert _found(text, "change_scope_workplace")
    assert not _found(text, "change_scope_duties")


def test_a_change_scope_row_outside_a_known_section_is_read_from_what_it_names() -> None:
    assert _found("（変更の範囲）本社及び東京事業所\n", "change_scope_workplace")
    assert not _found("（変更の範囲）本社及び東京事業所\n", "change_scope_duties")
    assert _found("（変更の範囲）会社の定める業務全般\n", "change_scope_duties")


def test_a_form_named_with_idou_is_no_transfer() -> None:
    text = "２．入社時にご提出いただく書類\n　・扶養控除等（異動）申告書\n　・給与振込口座届\n"
    assert not _found(text, "change_scope_workplace")
    assert not _found(text, "change_scope_duties")
    assert not _found(text, "wages")


def test_a_transfer_stated_with_idou_covers_place_and_duties() -> None:
    text = "業務上の必要により、異動を命じることがある。\n"
    assert _found(text, "change_scope_workplace")
    assert _found(text, "change_scope_duties")


def test_a_relocation_package_is_no_future_transfer() -> None:
    text = "The details of the relocation package will be in your contract.\n"
    assert not _found(text, "change_scope_workplace")
    assert _found(
        "You may be relocated to any of our offices in Japan.\n", "change_scope_workplace"
    )


def test_duties_limited_to_a_programme_state_their_scope() -> None:
    text = "Your duties will be limited to this programme for the whole contract period.\n"
    assert _found(text, "change_scope_duties")
    assert not _found("Your duties will be agreed with your manager.\n", "change_scope_duties")


# --- 退職に関する事項 (施行規則5条1項4号) --------------------------------------------------


def test_a_leaving_row_that_only_refers_to_the_work_rules_states_nothing() -> None:
    text = "■ 退職・解雇\n　退職に関する事項は就業規則による。\n"
    assert not _found(text, "leaving")
    bilingual = (
        "退職・解雇 ｜ 就業規則の定めによる ｜ Resignation and dismissal ｜ "
        "As set out in the Work Rules\n"
    )
    assert not _found(bilingual, "leaving")


def test_a_reference_naming_the_article_states_leaving() -> None:
    assert _found("■ 退職・解雇\n　解雇の事由は就業規則第41条による。\n", "leaving")


@pytest.mark.parametrize(
    "text",
    [
        "Ending: You may resign with one month's notice. "
        "Grounds for dismissal are those in the Work Rules.\n",
        "Notice: one month either way; grounds for dismissal are in our Work Rules\n",
        "■ 退職・解雇\n　自己都合退職は30日前までに申し出ること。解雇の事由は就業規則による。\n",
    ],
)
def test_a_notice_period_beside_a_rules_reference_states_leaving(text: str) -> None:
    assert _found(text, "leaving")


# --- 従事すべき業務 and 始業・終業の時刻 decided later ------------------------------------

_LATER = (
    "第4条（職務）\n"
    "1　甲は乙を総合職として採用する。配属部署及び担当業務は、入社時に甲が決定し、乙に通知する。\n"
    "2　従事すべき業務の変更の範囲は、甲の業務全般とする。\n"
    "\n"
    "第5条（労働時間及び休憩）\n"
    "1　所定労働時間は1日7時間30分とし、始業及び終業の時刻は配属部署ごとに別途定める。\n"
    "2　休憩時間は60分とし、原則として正午から午後1時までとする。\n"
)


def test_a_career_track_and_duties_decided_at_joining_state_no_duties() -> None:
    assert not _found(_LATER, "duties")
    assert _found(_LATER, "change_scope_duties")  # the scope row is stated all the same


def test_times_set_later_are_no_working_hours_even_beside_the_break_times() -> None:
    assert not _found(_LATER, "working_hours")
    assert _found(_LATER, "breaks")


def test_a_track_with_duties_stated_still_states_duties() -> None:
    text = "第4条（職務）\n甲は乙を総合職として採用し、経理業務に従事させる。\n"
    assert _found(text, "duties")


def test_working_hours_with_the_break_inside_them_are_stated() -> None:
    assert _found("■ 就業時間\n　8:45～17:30（うち休憩 12:00～13:00）\n", "working_hours")


def test_a_rules_book_set_out_separately_is_no_deferral() -> None:
    assert _found("賃金：別途定める賃金規程により、月給300,000円を支給する。\n", "wages")


# --- 所定時間外労働の有無, 就業の場所 in English prose --------------------------------------


def test_hours_beyond_your_schedule_paid_on_top_state_overtime() -> None:
    text = "Any hours beyond your scheduled 8 per day are paid on top at the statutory rates.\n"
    assert _found(text, "overtime")
    assert not _found("Your scheduled working time is 8 hours a day.\n", "overtime")


def test_a_fully_remote_job_states_its_place_of_work() -> None:
    text = "You can work fully remotely from anywhere in Japan.\n"
    assert _found(text, "workplace")
    assert not _found("We value a healthy work-life balance.\n", "workplace")


# --- 賃金 and 昇給 -----------------------------------------------------------------------


def test_an_estimated_annual_salary_range_is_not_how_pay_is_set() -> None:
    text = (
        "- Estimated annual salary (想定年収): JPY 7,800,000 - 8,600,000, depending on your grade\n"
    )
    assert not _found(text, "wages")


def test_an_estimate_with_its_monthly_amount_states_the_pay() -> None:
    assert _found("想定年収：650万円（月額541,666円×12か月）\n", "wages")
    assert not _found("想定年収：650万円\n", "wages")


def test_a_capped_allowance_is_no_wage_statement() -> None:
    assert not _found("通勤手当：実費（上限月額30,000円）\n", "wages")


def test_pay_fixed_with_no_increase_states_raises() -> None:
    text = (
        "SALARY: JPY 700,000 per month, fixed for the contract period, "
        "with no increase during the term.\n"
    )
    assert _found(text, "raises")
    assert not _found("SALARY: JPY 700,000 per month.\n", "raises")


# --- 短時間労働者 (パート・有期雇用労働法2条1項, 6条1項) ---------------------------------------


def test_a_short_time_regular_employee_is_part_time() -> None:
    check = check_letter("労働条件通知書（短時間正社員）\n雇用期間　期間の定めなし\n")
    assert check.contract.part_time
    assert "retirement_allowance" in check.missing_keys


def test_a_short_working_hours_scheme_for_childcare_is_not_part_time() -> None:
    check = check_letter("福利厚生：育児短時間勤務制度あり\n雇用期間　期間の定めなし\n")
    assert not check.contract.part_time


# --- English contracts: unchanged scopes, work outside hours, paydays, ending ---------


def test_duties_that_will_not_be_changed_state_their_scope() -> None:
    text = "Duties: Teaching English in Grades 7 to 10. Duties will not be changed.\n"
    assert _found(text, "change_scope_duties")
    assert not _found(text, "change_scope_workplace")
    assert not _found("Duties: Teaching English in Grades 7 to 10.\n", "change_scope_duties")


def test_work_outside_these_hours_states_overtime() -> None:
    text = "Hours: 8:00 a.m. to 4:30 p.m. Work outside these hours may be required.\n"
    assert _found(text, "overtime")
    assert not _found("Hours: 8:00 a.m. to 4:30 p.m., Monday to Friday.\n", "overtime")


def test_a_payday_of_each_month_after_a_wrapped_line_is_stated() -> None:
    text = (
        "Salary: JPY 5,160,000 a year, paid in twelve monthly instalments of JPY 430,000, "
        "by bank\ntransfer on the 21st of each month for that month.\n"
    )
    assert _found(text, "pay_dates")
    assert not _found("Salary: JPY 430,000 a month by bank transfer.\n", "pay_dates")


def test_ending_by_notice_and_a_handbook_section_states_leaving() -> None:
    text = (
        "Ending the contract: either party may end this contract with 60 days' written "
        "notice.\nThe School may end it for the reasons set out in Section 12 of the Staff "
        "Handbook.\n"
    )
    assert _found(text, "leaving")
    assert not _found("Ending the contract: as set out in the Staff Handbook.\n", "leaving")


def test_an_ideographic_space_ends_a_forms_heading() -> None:
    # The MHLW form sets its heading off with "　": the 変更の範囲 row under it is the
    # place's, not the contract period's above.
    text = (
        "契約期間　期間の定めあり（2027年4月1日～2028年3月31日）\n"
        "就業の場所　（雇入れ直後）すずかけ台クリニック　受付・医事課\n"
        "　　　　　　（変更の範囲）法人が運営する各診療所（町田市内2か所）\n"
    )
    assert _found(text, "change_scope_workplace")
    assert not _found(text, "change_scope_duties")


def test_a_renewal_count_and_total_period_state_the_cap() -> None:
    text = (
        "2. Renewal\n   This contract may be renewed upon expiry. It may be renewed no more than "
        "twice, and the total period of employment shall not exceed three (3) years.\n"
    )
    assert _found(text, "renewal_cap")
    assert not _found("2. Renewal\n   This contract may be renewed upon expiry.\n", "renewal_cap")


def test_forms_to_send_back_are_no_terms() -> None:
    text = (
        "２．返送書類　　　(1) 入社承諾書\n"
        "　　　　　　　　　(3) 給与振込口座届（入社日当日の提出でも可）\n"
        "３．配属　　　　　入社後の新入社員研修（約2か月）を経て決定いたします。\n"
    )
    assert not _found(text, "wages")
    assert _found("２．給与　　　月給300,000円\n", "wages")
