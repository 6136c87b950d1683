"""Items stated in the law's own wording or in a sentence with no heading of their own:
the payday said as "翌月15日に支払う", the MHLW form's "賃金締切日（　）－毎月末日", a
renewal refused ("更新しない"), the right to convert in 労働契約法18条's words, the
employer's power to order other work, a salary "not revised", and work "beyond the
working hours"; with the near misses that must still count for nothing."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import check_letter


def _found(text: str, key: str) -> bool:
    return check_letter(text).result(key).found


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("pay_dates", "3. 賃金の計算期間は毎月1日から末日までとし、翌月15日に支払う。\n"),
        ("pay_dates", "4　賃金の計算期間は前月21日から当月20日までとする。\n"),
        ("pay_dates", "給与は当月25日に支給する。\n"),
        ("pay_dates", "給与は毎月末日に振り込む。\n"),
        ("pay_dates", "基本給　月額300,000円（毎月25日払い）\n"),
        ("pay_dates", "賃金は毎月20日限り支払う。\n"),
        ("pay_dates", "　４　賃金締切日（　）－毎月末日\n　５　賃金支払日（　）－翌月20日\n"),
        ("renewal", "2　本契約は、期間の満了をもって終了し、更新しない。\n"),
        ("renewal", "本契約の更新は行いません。\n"),
        ("renewal", "This contract will not be renewed and is non-renewable.\n"),
        (
            "conversion",
            "本契約期間中に会社に対して期間の定めのない労働契約の締結の申込みをすることにより、\n"
            "本契約期間の末日の翌日から、無期労働契約での雇用に転換することができる。\n",
        ),
        ("conversion", "通算5年を超えた場合、申込みにより無期雇用に転換できます。\n"),
        (
            "change_scope_duties",
            "将来、会社は社員に対し、会社の行ういずれの業務への従事も命じることがある。\n",
        ),
        ("change_scope_duties", "会社は、社員に会社の業務に従事させることがある。\n"),
        (
            "change_scope_duties",
            "4. Duties\n   Initial: Engineer.\n   Scope of change: no change.\n",
        ),
        (
            "change_scope_workplace",
            "第2条（就業場所）\n　名古屋開発センターとする。変更の範囲：変更なし。\n",
        ),
        ("raises", "The salary will not be revised during the contract period.\n"),
        ("raises", "Your hourly rate shall be adjusted every April.\n"),
        ("raises", "基本給を毎年4月に改訂する。\n"),
        ("overtime", "The Employee may be required to work beyond the working hours.\n"),
        ("overtime", "You may be asked to work in excess of the scheduled hours.\n"),
        (
            "contract_period",
            "1. Start Date and Term\n   Your employment will start on February 15, 2027."
            " It is for an indefinite term.\n",
        ),
    ],
)
def test_the_item_is_read_in_these_wordings(key: str, text: str) -> None:
    assert _found(text, key)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # The payday's row of the form left blank after its dash.
        ("pay_dates", "　５　賃金支払日（　　）－毎月\n"),
        ("pay_dates", "給与は入社日に説明します。\n"),
        ("change_scope_duties", "業務内容：経理業務全般\n"),
        ("change_scope_duties", "担当業務に従事する。\n"),
        ("raises", "Applications are reviewed every spring.\n"),
        ("overtime", "Hours: 9:00 to 18:00, Monday to Friday.\n"),
        ("renewal", "契約期間：期間の定めなし\n"),
    ],
)
def test_near_misses_of_those_wordings_do_not_count(key: str, text: str) -> None:
    assert not _found(text, key)


def test_a_start_date_heading_alone_still_sets_its_passage_aside() -> None:
    text = "入社日\n2027年4月1日。現職を退職後、速やかにご入社ください。\n"
    assert not _found(text, "leaving")


def test_contracts_run_before_this_one_make_conversion_required() -> None:
    text = (
        "これまでの有期労働契約（2022年4月1日から2027年3月31日まで、1年契約を5回）に引き続き、\n"
        "次のとおり労働契約を更新する。\n"
        "1．契約期間　　2027年4月1日から2028年3月31日まで（1年間）\n"
    )
    checked = check_letter(text)
    assert checked.result("conversion").required
    shorter = text.replace("2022年4月1日", "2024年4月1日")
    assert not check_letter(shorter).result("conversion").required
