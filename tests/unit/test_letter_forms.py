"""Letters read as they are laid out and worded: blank rows of the Japanese and English
MHLW forms, tables drawn with box characters, question headings, prose, polite
negations, fixed overtime in an English allowance, and fixed-term renewals where the
right to convert arises."""

from __future__ import annotations

from offertui.domain.letter_check import check_letter


def _found(text: str, key: str) -> bool:
    return check_letter(text).result(key).found


# --- blank rows of a form ----------------------------------------------------------------


def test_the_leaving_heading_over_a_blank_dismissal_row_states_nothing() -> None:
    form = (
        "退職に関する事項\n"
        "　　　　１　定年制（■有（６０歳）　□無）\n"
        "　　　　２　自己都合退職の手続（退職する３０日以上前に届け出ること）\n"
        "　　　　３　解雇の事由及び手続（　　　　　　　　　　）\n"
        "　　　　○詳細は、就業規則第　　条～第　　条\n"
    )
    assert not _found(form, "leaving")
    filled = form.replace("（　　　　　　　　　　）", "（就業規則第52条による）")
    assert _found(filled, "leaving")


def test_the_conversion_note_of_the_form_is_no_renewal_cap() -> None:
    note = (
        "　【労働契約法に定める同一の企業との間での通算契約期間が５年を超える有期労働契約の"
        "締結の場合】\n"
    )
    unticked = "　３　更新上限の有無（□無・□有（更新　　回まで／通算契約期間　　年まで））\n"
    assert not _found(unticked + note, "renewal_cap")
    ticked = unticked.replace("□無", "■無")
    assert _found(ticked + note, "renewal_cap")
    partly = unticked.replace("□有（更新　　回", "■有（更新２回")
    assert _found(partly + note, "renewal_cap")


def test_a_row_that_runs_on_into_its_blank_states_nothing() -> None:
    form = (
        "Leave              1 Annual paid leave: those who have worked continuously for 6 months\n"
        "                     or more, (    ) days\n"
        "                     Annual paid leave for those who have worked less than 6 months\n"
        "                     ( [ ] Yes  [ ] No )\n"
        "                   2 Other leave: Paid (        )  Unpaid (        )\n"
    )
    assert not _found(form, "leave")
    assert _found(form.replace("(    ) days", "( 10 ) days"), "leave")


def test_a_consultation_row_with_its_labels_left_blank_states_nothing() -> None:
    form = (
        "その他　・雇用管理の改善等に関する事項に係る相談窓口\n"
        "　　　　　部署名　　　　　担当者職氏名　　　　　　（連絡先　　　　　　　）\n"
    )
    assert not _found(form, "consultation_desk")
    filled = form.replace(
        "部署名　　　　　担当者職氏名　　　　　　（連絡先　　　　　　　）",
        "部署名　総務部　担当者職氏名　課長　千葉（連絡先　03-0000-0000）",
    )
    assert _found(filled, "consultation_desk")


def test_a_ticked_choice_with_its_details_blank_is_stated() -> None:
    assert _found("　　　　８　昇給（■有（時期、金額等　　　　）　□無）\n", "raises")
    assert not _found("　　　　８　昇給（□有（時期、金額等　　　　）　□無）\n", "raises")


# --- the English MHLW form -----------------------------------------------------------------


_ENGLISH_FORM = (
    "Place of work      (Immediately after hiring) Head office (address above)\n"
    "                   (Scope of change) Offices of the Company in Hiroshima\n"
    "\n"
    "Contents of duties (Immediately after hiring) Development of iOS apps\n"
    "                   (Scope of change) Software development and related work of the Company\n"
    "\n"
    "Starting and closing time, rest period, overtime\n"
    "  1 Starting time ( 9:00 )  Closing time ( 18:00 )\n"
)


def test_the_english_form_states_its_hours_and_both_scopes() -> None:
    check = check_letter(_ENGLISH_FORM)
    for key in ("working_hours", "change_scope_workplace", "change_scope_duties"):
        assert check.result(key).found, key
    assert "Software development" in (check.result("change_scope_duties").excerpt or "")
    blank = _ENGLISH_FORM.replace(
        "(Scope of change) Software development and related work of the Company", ""
    )
    assert not check_letter(blank).result("change_scope_duties").found


# --- tables, questions and prose --------------------------------------------------------


def test_a_table_drawn_with_box_characters_has_rows_like_any_table() -> None:
    table = (
        "│就業場所            │本社スタジオ（東京都新宿区西新宿六丁目8番1号）        │\n"
        "│変更の範囲          │変更なし                                              │\n"
        "│業務内容            │家庭用ゲームのサーバーサイド開発                      │\n"
        "│変更の範囲          │当社のゲーム開発及び運営に関する業務                  │\n"
    )
    check = check_letter(table)
    assert check.result("change_scope_workplace").found
    assert check.result("change_scope_workplace").excerpt == (
        "│変更の範囲          │変更なし                                              │"
    )
    assert check.result("change_scope_duties").found


def test_question_headings_name_their_items() -> None:
    text = (
        "Q. どこで働きますか？\n"
        "A. 天神の本社（上記住所）か、ご自宅です。\n"
        "   将来、当社が新たに開く国内拠点に勤務先が変わる可能性があります。\n"
        "\n"
        "Q. どんな仕事をしますか？\n"
        "A. 勤怠管理SaaSのバックエンド開発です。\n"
        "   将来は、当社が営むすべての業務に携わっていただく可能性があります。\n"
    )
    check = check_letter(text)
    for key in ("workplace", "duties", "change_scope_workplace", "change_scope_duties"):
        assert check.result(key).found, key
    assert (
        not check_letter("Q. 入社日はいつですか？\nA. 2027年2月1日です。\n")
        .result("workplace")
        .found
    )


def test_prose_states_the_duties_and_an_unchanging_place() -> None:
    text = (
        "勤務地は愛媛県今治市の本社事務所で、弊社には他に事業所がないため、勤務地が変わることは"
        "ございません。ご担当いただくのは、Webサイトの制作と運用保守でございます。\n"
    )
    check = check_letter(text)
    assert check.result("change_scope_workplace").found
    assert check.result("duties").found
    assert not check.result("change_scope_duties").found


def test_plain_headings_of_a_startup_letter() -> None:
    text = (
        "◆ イザベラさんの拠点\n"
        "　中目黒オフィス（東京都目黒区上目黒一丁目26番1号）\n"
        "　これから変わる可能性のある拠点：会社が定めるオフィス及びご自宅\n"
        "\n"
        "◆ イザベラさんのミッション\n"
        "　予約アプリのiOS開発をリードしていただきます。\n"
        "　これから担う可能性のある仕事：当社プロダクトの開発全般\n"
        "\n"
        "◆ 1日のリズム\n"
        "　10:00スタート、19:00クローズ\n"
    )
    check = check_letter(text)
    for key in (
        "workplace",
        "duties",
        "change_scope_workplace",
        "change_scope_duties",
        "working_hours",
    ):
        assert check.result(key).found, key


def test_a_break_between_two_times_is_no_working_hours() -> None:
    assert not _found("　ランチ休憩は60分（12:00〜15:00の間で自由に取れます）\n", "working_hours")
    assert _found("The day starts at 9:30 and ends at 18:30.\n", "working_hours")


# --- pay and overtime ---------------------------------------------------------------------


def test_overtime_paid_as_worked_says_there_is_overtime() -> None:
    text = "・給与：月給380,000円（固定残業代なし。時間外手当は実績に応じて全額支給します）\n"
    check = check_letter(text)
    assert check.result("overtime").found
    assert check.fixed_overtime is None


def test_polite_and_english_denials_of_fixed_overtime() -> None:
    assert check_letter("給与：月給410,000円 ※固定残業代はございません。\n").fixed_overtime is None
    also = "・固定残業代：なし。残業代は1分単位で全額支給します。みなし残業制度もありません。\n"
    assert check_letter(also).fixed_overtime is None
    english = "The annual salary does not include any fixed overtime pay.\n"
    assert check_letter(english).fixed_overtime is None
    stated = "The annual salary includes fixed overtime pay of JPY 50,000 for 20 hours.\n"
    assert check_letter(stated).fixed_overtime is not None


def test_an_english_allowance_in_place_of_the_overtime_premium_is_fixed_overtime() -> None:
    text = (
        "6.2 Customer Engagement Allowance: JPY 120,000 per month. This allowance is paid as a "
        "fixed amount in place of the premium for work outside the scheduled working hours, and "
        "covers up to twenty (20) hours of such work per month.\n"
    )
    overtime = check_letter(text).fixed_overtime
    assert overtime is not None
    assert (overtime.hours, overtime.amount) == (20.0, 120000)


def test_pay_of_any_name_said_to_be_reviewed_states_raises() -> None:
    assert _found("Your hourly rate is reviewed every January.\n", "raises")
    assert not _found("Your hourly rate is JPY 2,000.\n", "raises")


# --- fixed-term renewals ------------------------------------------------------------------


def test_open_ended_terms_after_conversion_are_not_this_contracts() -> None:
    text = (
        "第1　契約期間\n"
        "　2027年4月1日から1年間\n"
        "\n"
        "第3　無期労働契約への転換\n"
        "　転換後の労働条件は、次の点を除き本契約と同一とします。\n"
        "　　・契約期間：期間の定めなし\n"
    )
    assert check_letter(text).fixed_term
    english = (
        "1. Contract period\n"
        "One year from April 1, 2027 (ending March 31, 2028).\n"
        "\n"
        "3. Conversion to an indefinite-term contract\n"
        "If you apply, your employment will become indefinite-term from April 1, 2028.\n"
    )
    assert check_letter(english).fixed_term


def test_a_run_of_contracts_past_five_years_makes_conversion_required() -> None:
    def letter(began: str) -> str:
        return (
            f"乙は{began}から甲と有期雇用契約を締結し、以後これを更新してきたものである。\n"
            "\n"
            "第1条（契約期間）\n"
            "本契約の期間は、2027年1月1日から2027年12月31日までとする。\n"
        )

    assert check_letter(letter("2022年4月1日")).result("conversion").required
    assert not check_letter(letter("2023年4月1日")).result("conversion").required
    english = (
        "Your contracts with the Company have run continuously since April 1, 2022.\n"
        "1. Contract period\n"
        "One year from April 1, 2027 (ending March 31, 2028).\n"
    )
    assert check_letter(english).result("conversion").required


def test_a_payday_said_as_a_transfer_and_an_english_question_heading() -> None:
    assert _found("　毎月末日締め、翌月25日にお振り込みします。\n", "pay_dates")
    assert not _found("　給与振込口座届をご提出ください。\n", "pay_dates")
    text = "Q. What are my hours?\nA. 9:30 to 18:30, Monday to Friday.\n"
    assert _found(text, "working_hours")


def test_the_companys_closure_for_its_post_is_no_leave() -> None:
    text = "なお、年末年始休暇（12月27日～1月5日）中は郵便物の受付を行っておりません。\n"
    assert not _found(text, "leave")
    assert _found("年末年始休暇（12月29日～1月3日）、夏季休暇3日を付与します。\n", "leave")


def test_hours_raises_duties_and_days_off_said_in_plain_sentences() -> None:
    assert _found("勤務は、午前9時から午後6時までの勤務です。\n", "working_hours")
    assert not _found("休憩は12時から13時までです。\n", "working_hours")
    assert _found("評価の結果により、4月と10月に給与を見直します。\n", "raises")
    assert not _found("給与は毎月25日に支払います。\n", "raises")
    assert _found("In this role you will be responsible for the payments API.\n", "duties")
    assert _found("Your working day is 9:30 to 18:30.\n", "working_hours")
    assert _found("◆ オフの日\n　土曜日・日曜日・祝日\n", "days_off")


def test_plain_text_check_boxes_state_the_option_ticked() -> None:
    # "[x] Yes  [ ] No": the choice is made, whichever box is ticked and however it is typed.
    assert _found("6 Pay raise: [ ] Yes  [x] No\n", "raises")
    assert _found("7 Bonuses:   [x] Yes (once a year, December)  [ ] No\n", "bonus")
    assert _found("8 Retirement allowance: [ ] Yes  [X] No\n", "retirement_allowance")
    # With no box ticked the row is still blank.
    assert not _found("6 Pay raise: [ ] Yes  [ ] No\n", "raises")
    assert not _found("8 Retirement allowance: [  ] Yes  [  ] No\n", "retirement_allowance")


def test_whom_to_ask_about_concerns_is_the_consultation_desk() -> None:
    # パート・有期雇用労働法6条: whom to consult, in the plain words of an English letter.
    for text in (
        "Questions: For any questions or concerns about your employment, contact hr@x.jp.\n",
        "If you have any concerns about your working conditions, Ms. Ito (hr@x.jp) can help.\n",
        "Complaints about your working conditions go to the People team (people@x.jp).\n",
    ):
        assert _found(text, "consultation_desk"), text
    assert not _found("Questions about the offer? Reply to this email.\n", "consultation_desk")


def test_a_renewal_said_in_passing_is_stated() -> None:
    for text in (
        "契約期間：2027年1月4日～2027年3月31日（以後、3か月ごとに自動更新）\n",
        "契約期間は6か月とし、業務の状況により更新することがあります。\n",
        "契約期間満了時には、自動で更新いたします。\n",
    ):
        assert _found(text, "renewal"), text
