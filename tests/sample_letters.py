"""Offer letters written for the screen tests (none is a real company's)."""

from __future__ import annotations

# A 労働条件通知書 whose monthly pay quietly includes 45 hours of overtime and which
# says nothing about how far the place of work or the duties may change (変更の範囲).
HIDDEN_OVERTIME_NOTICE = """\
労働条件通知書

山田 太郎 殿
                                   株式会社サンプル 人事部

契約期間: 期間の定めなし
試用期間: 入社日から3か月
就業の場所: 東京都港区芝浦 本社
従事すべき業務の内容: 自社サービスのバックエンド開発
始業・終業の時刻: 10時00分から19時00分まで
休憩時間: 60分
所定時間外労働の有無: 有
休日: 土曜日、日曜日、国民の祝日、年末年始
休暇: 年次有給休暇 入社6か月後に10日付与、夏季休暇3日
賃金:
  月給 400,000円(月45時間分の時間外手当 85,000円を含む)
  通勤手当: 実費支給(月額上限 30,000円)
  賃金締切日: 毎月末日  賃金支払日: 翌月25日
  昇給: 年1回(4月)  賞与: 年2回(業績による)
退職に関する事項: 退職日の30日前までに届け出ること
  解雇の事由及び手続は就業規則による
社会保険: 健康保険、厚生年金、雇用保険、労災保険
"""

# A one-year contract in English that leaves out the renewal terms entirely.
FIXED_TERM_LETTER = """\
Employment terms (contract employee)

Contract period: April 1, 2027 to March 31, 2028
Place of work: Osaka office. Scope of change: any office of the company.
Duties: QA automation. Scope of change: any duties the company assigns.
Working hours: 9:30 to 18:30, one-hour break. Overtime: may be required.
Days off: Saturdays, Sundays and national holidays. Paid leave: 10 days after 6 months.
Salary: monthly base pay JPY 380,000; pay period closes at month end, paid on the 25th.
Resignation: 30 days' notice. Grounds for dismissal: see the work rules.
"""
