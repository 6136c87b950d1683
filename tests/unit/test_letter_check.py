"""The offer-letter check: every law item, the contract's term, and hidden fixed overtime."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import ITEM_KEYS, check_letter, question_topic
from offertui.domain.letter_items import letter_items
from tests.letter_corpus import load_corpus, predict, score

LAW_KEYS = {i.key for i in letter_items() if i.required_by == "law"}


def test_the_data_file_holds_every_item_with_its_article_and_questions() -> None:
    items = letter_items()
    assert tuple(i.key for i in items) == ITEM_KEYS
    for entry in items:
        if entry.required_by != "guide":
            assert "法" in entry.law, entry.key  # 労働基準法, 施行規則, パート・有期雇用労働法
        assert entry.question.startswith("Could you") and entry.question.endswith("?")
        assert entry.follow_up.startswith("So to confirm, ") and entry.follow_up.endswith("?")
        assert entry.question_ja.endswith("でしょうか。"), entry.key
        assert entry.follow_up_ja.endswith("という理解でよろしいでしょうか。"), entry.key
        assert entry.keywords or entry.key.startswith("change_scope"), entry.key


def test_the_law_items_are_the_ones_the_regulation_lists() -> None:
    assert {
        "contract_period",
        "workplace",
        "duties",
        "change_scope_workplace",
        "change_scope_duties",
        "working_hours",
        "overtime",
        "breaks",
        "days_off",
        "leave",
        "wages",
        "pay_dates",
        "leaving",
    } == LAW_KEYS
    by_key = {i.key: i for i in letter_items()}
    assert by_key["renewal"].required_by == "law-fixed-term"
    assert by_key["renewal_cap"].required_by == "law-fixed-term"
    assert by_key["conversion"].required_by == "law-conversion"
    for key in ("raises", "bonus", "retirement_allowance", "consultation_desk"):
        assert by_key[key].required_by == "law-fixed-or-part-time"
        assert "パートタイム・有期雇用労働法6条" in by_key[key].law


# Each law item: a line that states it, and a near miss that does not.
@pytest.mark.parametrize(
    ("key", "stated", "not_stated"),
    [
        ("contract_period", "雇用形態：正社員", "雇用形態：ご相談"),
        ("contract_period", "Type: permanent, full-time", "Type: full-time"),
        ("workplace", "勤務地：名古屋支社", "勤務地、給与その他の条件は別途お知らせします。"),
        ("workplace", "Location: Yokohama office", "Locations we hire in vary."),
        ("duties", "職種：インフラエンジニア", "職場の雰囲気はとても良いです。"),
        ("duties", "Role: Data Engineer", "We are a friendly team."),
        ("working_hours", "勤務時間：9:00〜17:45", "所定労働時間：1日8時間"),
        ("working_hours", "勤務形態：フレックスタイム制（コアタイム11時〜15時）", "勤務形態：常勤"),
        ("overtime", "時間外勤務：業務の都合により命じることがある", "固定残業代なし"),
        ("breaks", "休憩：12:00〜13:00", "Days off: weekends and the New Year break"),
        ("days_off", "休日：土日祝", "休日労働には割増賃金を支払う"),
        ("leave", "年次有給休暇：入社6か月後に10日", "勤続年数に応じて表彰する"),
        ("wages", "給与：月給 330,000円", "給与は入社前に改めて通知いたします。"),
        ("pay_dates", "締日：毎月末日　支給日：翌月10日", "給与は毎月支払う"),
        ("pay_dates", "給与計算：末日締め・翌月20日払い", "給与計算：別途規程"),
        (
            "leaving",
            "退職：30日前までに申し出ること。解雇の事由は就業規則第40条による",
            "退職金：あり",
        ),
    ],
)
def test_each_law_item_is_found_where_stated(key: str, stated: str, not_stated: str) -> None:
    assert check_letter(stated).result(key).found
    assert check_letter(not_stated).result(key).status == "missing"


# The items required of fixed-term and part-time workers: stated, and not.
FIXED = "契約期間：2027年4月1日〜2028年3月31日\n"


@pytest.mark.parametrize(
    ("key", "stated"),
    [
        ("renewal", "契約の更新：更新する場合があり得る"),
        ("renewal", "Renewal: the contract may be renewed based on performance."),
        ("renewal_cap", "更新上限：通算3年"),
        ("renewal_cap", "There is no upper limit on the number of renewals."),
        ("raises", "昇給：無"),
        ("raises", "Pay raises: none during the contract."),
        ("bonus", "賞与：有（年1回）"),
        ("retirement_allowance", "退職手当：無"),
        ("retirement_allowance", "Retirement allowance: none."),
        ("consultation_desk", "相談窓口：総務部 労務担当（内線 210）"),
        ("consultation_desk", "Questions about your employment: contact the HR desk."),
    ],
)
def test_each_fixed_term_item_is_found_where_stated(key: str, stated: str) -> None:
    assert check_letter(FIXED + stated).result(key).status == "found"
    assert check_letter(FIXED).result(key).status == "missing"
    assert not check_letter("契約期間：期間の定めなし\n").result(key).required


@pytest.mark.parametrize(
    ("text", "workplace", "duties"),
    [
        ("就業の場所：本社（変更の範囲）会社の定める事業所", True, False),
        ("業務の内容：開発\n（変更の範囲）会社の定める業務", False, True),
        ("【異動】業務上の必要により配置転換を命じることがある", True, True),
        ("勤務地：京都。転勤を命じることがある。", True, False),
        ("職務：研究開発。職種の変更を命じることがある。", False, True),
        ("Location: Yokohama. You may be transferred to any of our offices.", True, False),
        ("Duties: QA. Scope of change: any duties the company assigns.", False, True),
        ("勤務地：大阪", False, False),
    ],
)
def test_the_two_scopes_of_change_are_separate(text: str, workplace: bool, duties: bool) -> None:
    result = check_letter(text)
    assert result.result("change_scope_workplace").found is workplace
    assert result.result("change_scope_duties").found is duties


@pytest.mark.parametrize(
    "text",
    [
        "契約期間：2027年4月1日から2028年3月31日まで",
        "契約期間：入社日から1年間",
        "Contract term: 1 year (renewable)",
        "雇用期間：6か月（更新あり）",
        "Term of Employment: 1 April 2027 through 31 March 2028.",
        "契約期間 ２０２７年４月１日～２０２８年３月３１日",
    ],
)
def test_a_fixed_term_is_seen_in_a_date_range_or_a_length(text: str) -> None:
    result = check_letter(text)
    assert result.fixed_term
    assert result.fixed_term_evidence is not None


@pytest.mark.parametrize(
    "text",
    [
        # The MHLW model's fixed-term rows left blank in an open-ended notice.
        "契約期間　　期間の定めなし、期間の定めあり（　　年　月　日～　　年　月　日）",
        "このたび、契約社員からの登用により、正社員として任用いたします。",
        "試用期間：2027年4月1日～2027年6月30日",
        "雇用期間：無期雇用（試用期間 3ヶ月）",
        "This is not a fixed-term contract.",
    ],
)
def test_no_fixed_term_from_blank_rows_promotion_or_probation(text: str) -> None:
    assert not check_letter(text).fixed_term


def test_a_fixed_term_letter_needs_the_part_time_and_fixed_term_act_items() -> None:
    result = check_letter("契約期間：2027年4月1日〜2028年3月31日\n契約の更新：更新する場合がある")
    assert {"renewal_cap", "raises", "bonus", "retirement_allowance", "consultation_desk"} <= (
        result.missing_keys
    )
    assert result.result("renewal").found
    # Conversion is not demanded of a first contract: the right has not arisen.
    assert result.result("conversion").status == "not_applicable"


def test_conversion_is_required_at_the_renewal_where_the_right_arises() -> None:
    text = (
        "契約期間：2027年4月1日～2028年3月31日\n契約の更新：更新する場合があり得る\n"
        "更新上限：なし\n本契約の更新により、当社との通算契約期間が5年を超えることとなります。"
    )
    assert check_letter(text).result("conversion").status == "missing"
    with_right = text + "\n無期転換：本契約期間中に申し込むことにより無期労働契約に転換できます。"
    assert check_letter(with_right).result("conversion").status == "found"


def test_no_cap_is_demanded_of_a_contract_that_is_not_renewed() -> None:
    result = check_letter(
        "Term of Employment: 1 April 2027 through 31 March 2028.\n"
        "Renewal: This contract will not be renewed."
    )
    assert result.result("renewal_cap").status == "not_applicable"


def test_open_ended_letters_need_no_fixed_term_items() -> None:
    result = check_letter("契約期間：期間の定めなし")
    for key in ("renewal", "renewal_cap", "conversion", "raises", "consultation_desk"):
        assert not result.result(key).required


@pytest.mark.parametrize(
    ("text", "hours", "amount"),
    [
        (
            "業務手当　月額 70,000円\n業務手当は、時間外労働45時間に対する割増賃金として支給する。",
            45,
            70_000,
        ),
        (
            "2. The monthly salary includes a Job Allowance of JPY 150,000, paid as compensation"
            " for up to forty-five (45) hours per month of work beyond the scheduled working"
            " hours.",
            45,
            150_000,
        ),
        (
            "固定残業手当 月額 60,000円（30時間分の時間外手当として支給）\n"
            "時間外労働が月60時間相当を超えた場合の割増率は50%とする。",
            30,
            60_000,
        ),
        ("月給 400,000円(月45時間分の時間外手当 85,000円を含む)", 45, 85_000),
        ("固定残業手当　月額４０，０００円（時間外労働２０時間分として支給）", 20, 40_000),
        ("基本給には月20時間相当の時間外手当を含む", 20, None),
        # Included in the salary with no amount of its own: the 250,000 is the total.
        ("賃金：月給 250,000円（時間外労働45時間分の固定残業代を含む）", 45, None),
        ("みなし残業 45時間", 45, None),
        (
            "Pay: JPY 700,000 a month, which includes deemed overtime pay of JPY 110,000 for 30"
            " hours a month.",
            30,
            110_000,
        ),
        (
            "The monthly salary includes a fixed overtime allowance of JPY 85,000, equivalent to 20"
            " hours of overtime work.",
            20,
            85_000,
        ),
        ("The salary includes 45 hours of fixed overtime.", 45, None),
    ],
)
def test_hidden_fixed_overtime_is_found_with_hours_and_amount(
    text: str, hours: float, amount: int | None
) -> None:
    found = check_letter(text).fixed_overtime
    assert found is not None
    assert (found.hours, found.amount) == (hours, amount)


@pytest.mark.parametrize(
    "text",
    [
        "年収：9,000,000円\n※固定残業代なし。時間外労働に対しては法定どおり割増賃金を支給します。",
        "Compensation: JPY 7,800,000 a year, no fixed overtime included",
        "there is no fixed overtime (no minashi zangyo), and any overtime is paid by the minute.",
        "所定時間外労働の有無　有（１か月45時間以内）",
        "時間外労働の上限は月45時間とする(36協定)",
        "残業：あり（平均月15時間）",
        "所定外労働：月平均10時間程度",
        "Overtime beyond 45 hours a month needs approval.",
        "労働時間制度：専門業務型裁量労働制（みなし労働時間 1日8時間）",
    ],
)
def test_no_fixed_overtime_where_there_is_none_or_it_is_denied(text: str) -> None:
    assert check_letter(text).fixed_overtime is None


def test_fixed_overtime_mentioned_without_hours() -> None:
    found = check_letter("月給 300,000円(固定残業代を含む)").fixed_overtime
    assert found is not None and found.hours is None


def test_excerpts_are_the_letter_as_written() -> None:
    text = "就業の場所：札幌市中央区北１条西２丁目　札幌開発センター"
    excerpt = check_letter(text).result("workplace").excerpt
    assert excerpt is not None and "北１条西２丁目" in excerpt  # full-width kept
    english = check_letter("Work location: Tokyo head office").result("workplace").excerpt
    assert english is not None and english.startswith("Work location")


def test_a_naitei_that_defers_every_term_misses_every_law_item() -> None:
    text = (
        "貴殿を採用することに内定いたしました。\n"
        "なお、入社日、勤務地、給与、勤務時間、休日その他の労働条件につきましては、"
        "入社前に改めて労働条件通知書にてお知らせいたします。"
    )
    assert check_letter(text).missing_keys == LAW_KEYS


def test_the_json_form_follows_the_contract() -> None:
    data = check_letter("勤務地：大阪\n固定残業代 月額50,000円（時間外労働25時間分）").as_json()
    assert data["fixed_term"] is False
    assert data["fixed_overtime"] == {"hours": 25.0, "amount": 50_000}
    items = data["items"]
    assert isinstance(items, list) and [i["key"] for i in items] == list(ITEM_KEYS)
    assert {"key", "label", "required", "found", "excerpt"} <= set(items[0])
    assert "workplace" not in data["missing"]  # type: ignore[operator]


def test_every_item_lands_in_a_question_bank_topic() -> None:
    from offertui.domain.question_bank import TOPICS

    topics = {t.key for t in TOPICS}
    assert all(question_topic(i) in topics for i in letter_items())


@pytest.mark.parametrize("split", ["dev", "held-out"])
def test_missing_warnings_are_right_on_the_corpus(split: str) -> None:
    letters = load_corpus(split)
    assert len(letters) >= 15
    result = score(predict, letters, ITEM_KEYS)
    assert result.overall.precision >= 0.95, result.errors
    assert result.overall.recall >= 0.95, result.errors
    assert result.fixed_term_right == len(letters), result.errors
    assert result.overtime_right == len(letters), result.errors
