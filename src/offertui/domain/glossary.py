"""A glossary of the Japanese words a candidate meets in an offer and a contract.

Each :class:`Term` gives the word, its reading in kana and romaji, short English
names, a plain-English meaning and what to check or ask. :func:`search` finds
terms however the user types them (Japanese, kana, romaji with or without long
vowels, English), and :func:`terms_in_text` lists the terms found in a letter.

The glossary is information, not legal advice; figures are those in force when
written (rates and limits do change).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["GLOSSARY", "Term", "search", "terms_in_text"]


@dataclass(frozen=True)
class Term:
    """One glossary entry.

    - ``term``: the word as written in Japanese documents.
    - ``kana``: its reading in hiragana.
    - ``romaji``: Hepburn romanisation with macrons (``kihonkyū``).
    - ``english``: one or more English names separated by `` / ``; the first is
      the main one.
    - ``meaning``: what it is, in one or two plain sentences.
    - ``check``: what to check in the letter or ask the company.
    - ``aliases``: other spellings found in letters (e.g. ``年休`` for
      ``年次有給休暇``), used for search and for finding the term in a text.
    """

    term: str
    kana: str
    romaji: str
    english: str
    meaning: str
    check: str
    aliases: tuple[str, ...] = ()

    @property
    def english_names(self) -> tuple[str, ...]:
        """The English names as separate strings."""
        return tuple(name.strip() for name in self.english.split(" / ") if name.strip())


# Ordered roughly as a candidate meets the words: the offer itself, the documents,
# the kind of employment, pay, hours, leave, insurance and tax, and leaving.
GLOSSARY: tuple[Term, ...] = (
    # --- The offer stage ---------------------------------------------------------
    Term(
        "内々定",
        "ないないてい",
        "nainaitei",
        "informal offer / unofficial offer",
        "An early, informal promise that a formal offer will follow. Courts have mostly treated"
        " it as not yet a binding contract.",
        "Ask when the formal offer and the written working conditions will arrive, and keep your"
        " other options open until they do.",
    ),
    Term(
        "内定",
        "ないてい",
        "naitei",
        "job offer / formal offer",
        "The formal job offer. Once accepted it is normally treated as an employment contract"
        " with a later start date, so the company may only withdraw it on serious, reasonable"
        " grounds.",
        "Get the working conditions in writing and note any conditions attached to the offer,"
        " such as obtaining a visa or graduating.",
    ),
    Term(
        "オファー面談",
        "おふぁーめんだん",
        "ofā mendan",
        "offer meeting",
        "A meeting after the offer where the company explains the pay and conditions and answers"
        " questions. It is the usual moment to clear up doubts before accepting.",
        "Bring your questions in writing and ask for anything said about pay or duties to be"
        " reflected in the written conditions.",
    ),
    Term(
        "内定承諾書",
        "ないていしょうだくしょ",
        "naitei shōdakusho",
        "offer acceptance form / letter of acceptance",
        "A form you sign and return to accept the offer. It records your intention to join; it"
        " does not take away your right to leave later with notice.",
        "Sign it only after you have the written working conditions, and ask what the deadline"
        " for returning it is.",
        ("入社承諾書",),
    ),
    Term(
        "内定辞退",
        "ないていじたい",
        "naitei jitai",
        "declining an offer / withdrawing an acceptance",
        "Turning an offer down, either before or after accepting it. An employee on an open-ended"
        " contract may end it with two weeks' notice (Civil Code art. 627), so declining after"
        " accepting is possible, though it should be done promptly and politely.",
        "Tell the company as early as you can, by phone or email, and keep the message short"
        " and courteous.",
    ),
    Term(
        "入社日",
        "にゅうしゃび",
        "nyūshabi",
        "start date / joining date",
        "The first day of employment. Pay, social insurance and the probation period all count"
        " from this day.",
        "Ask whether the date can move, and compare it with the notice period at your current job.",
        ("入社予定日",),
    ),
    # --- The documents -----------------------------------------------------------
    Term(
        "労働条件通知書",
        "ろうどうじょうけんつうちしょ",
        "rōdō jōken tsūchisho",
        "notice of working conditions / statement of employment terms",
        "The written statement of working conditions an employer must give when hiring"
        " (Labor Standards Act art. 15). It must cover the contract period, place and duties,"
        " hours, pay and leaving, among others.",
        "Ask for it before you accept, and check that every required item is there, including"
        " the scope of possible changes to place and duties.",
    ),
    Term(
        "雇用契約書",
        "こようけいやくしょ",
        "koyō keiyakusho",
        "employment contract",
        "The contract signed by both you and the employer. Many companies combine it with the"
        " notice of working conditions in one document.",
        "Check that it matches the offer letter and what you were told in the offer meeting.",
        ("労働契約書",),
    ),
    Term(
        "就業規則",
        "しゅうぎょうきそく",
        "shūgyō kisoku",
        "work rules / employment regulations",
        "The company's rulebook, required for workplaces with ten or more employees (Labor"
        " Standards Act art. 89). Terms in your contract that fall below it are replaced by its"
        " standard.",
        "Ask to read it before joining, especially the parts on bonuses, raises, retirement"
        " allowance, remote work and side jobs.",
    ),
    # --- The kind of employment --------------------------------------------------
    Term(
        "正社員",
        "せいしゃいん",
        "seishain",
        "regular employee / permanent employee",
        "Full-time employment with no end date, the usual track in Japanese companies. It offers"
        " the strongest protection against dismissal.",
        "Confirm that the contract has no fixed term and how long any probation lasts.",
    ),
    Term(
        "契約社員",
        "けいやくしゃいん",
        "keiyaku shain",
        "contract employee / fixed-term employee",
        "A direct employee on a fixed-term contract, often for one year and renewable. The"
        " contract can end at its term if it is not renewed.",
        "Ask on what criteria contracts are renewed, whether renewals are capped, and how"
        " conversion to an open-ended contract works.",
    ),
    Term(
        "有期労働契約",
        "ゆうきろうどうけいやく",
        "yūki rōdō keiyaku",
        "fixed-term contract",
        "An employment contract with an end date. A single contract may run at most three years,"
        " or five for certain specialists (Labor Standards Act art. 14).",
        "Check the dates, whether it may be renewed and on what criteria.",
        ("有期雇用", "有期契約"),
    ),
    Term(
        "派遣社員",
        "はけんしゃいん",
        "haken shain",
        "dispatched worker / agency worker",
        "A worker employed by a staffing agency and sent to work at a client company. The agency"
        " is the employer and pays the salary.",
        "Check which company employs you, where you will actually work, and what happens when"
        " the assignment ends.",
        ("派遣労働者",),
    ),
    Term(
        "業務委託",
        "ぎょうむいたく",
        "gyōmu itaku",
        "service contract / freelance contract",
        "A contract to deliver work as an independent contractor, not as an employee. Overtime"
        " pay, paid leave and employer-paid social insurance do not apply.",
        "Make sure you mean to be a contractor, and check whether it fits your residence status"
        " and who pays your insurance and pension.",
    ),
    Term(
        "無期転換",
        "むきてんかん",
        "muki tenkan",
        "conversion to an open-ended contract",
        "A fixed-term employee whose contracts with the same employer add up to more than five"
        " years can ask for an open-ended contract, and the employer must accept (Labor Contract"
        " Act art. 18).",
        "Ask whether renewals are capped below five years, and what the conditions would be"
        " after conversion.",
        ("無期転換申込権", "無期労働契約"),
    ),
    Term(
        "更新上限",
        "こうしんじょうげん",
        "kōshin jōgen",
        "renewal cap / limit on renewals",
        "A limit on how many times, or for how long in total, a fixed-term contract can be"
        " renewed. Since April 2024 it must be stated in writing.",
        "If there is a cap, ask why, and whether it would stop you reaching the five years that"
        " give the right to an open-ended contract.",
    ),
    Term(
        "試用期間",
        "しようきかん",
        "shiyō kikan",
        "probation period / trial period",
        "A first period, often three to six months, in which the company assesses you. You are"
        " already an employee, and dismissal still needs reasonable grounds.",
        "Ask how long it is, whether pay or conditions differ during it, and how you will be"
        " assessed.",
    ),
    Term(
        "管理監督者",
        "かんりかんとくしゃ",
        "kanri kantokusha",
        "manager exempt from working-hour rules",
        "A manager with real authority and matching pay, to whom the rules on hours, breaks,"
        " days off and overtime pay do not apply (Labor Standards Act art. 41). Late-night"
        " premium and paid leave still apply.",
        "If you are told there is no overtime pay because you are a manager, ask about your"
        " actual authority over staff, hiring and your own hours.",
        ("管理職",),
    ),
    # --- Place and duties --------------------------------------------------------
    Term(
        "就業場所",
        "しゅうぎょうばしょ",
        "shūgyō basho",
        "place of work / work location",
        "Where you will work, which the employer must state in writing.",
        "Check whether home counts as a place of work if remote work is allowed, and read the"
        " scope of change next to it.",
        ("就業の場所", "勤務地", "勤務場所"),
    ),
    Term(
        "業務内容",
        "ぎょうむないよう",
        "gyōmu naiyō",
        "duties / job description",
        "The work you will do, which the employer must state in writing.",
        "Make sure it describes the role you interviewed for, and read the scope of change next"
        " to it.",
        ("従事すべき業務", "職務内容"),
    ),
    Term(
        "変更の範囲",
        "へんこうのはんい",
        "henkō no han'i",
        "scope of change / scope of possible changes",
        "Since April 2024 the letter must state not only your first place of work and duties but"
        " also how far the company may change them later.",
        "Check whether it allows transfers anywhere in Japan or abroad, or duties outside your"
        " field, and ask how often such changes happen.",
        ("変更範囲",),
    ),
    Term(
        "転勤",
        "てんきん",
        "tenkin",
        "transfer / relocation",
        "A move to another office or city ordered by the company. Japanese employers have wide"
        " power to order transfers if the contract allows them.",
        "Ask whether people in this role are transferred and how much say you would have.",
    ),
    Term(
        "配属",
        "はいぞく",
        "haizoku",
        "assignment / placement",
        "The team or department you are assigned to. Some companies decide it only after you join.",
        "Ask which team you will join and whether that is fixed before you start.",
        ("配属先",),
    ),
    # --- Pay ---------------------------------------------------------------------
    Term(
        "基本給",
        "きほんきゅう",
        "kihonkyū",
        "base salary / base pay",
        "The fixed part of monthly pay, before allowances and overtime. Bonuses and retirement"
        " allowances are often calculated from it.",
        "Find the base pay without fixed overtime or allowances; a low base with large"
        " allowances means smaller bonuses and overtime pay.",
    ),
    Term(
        "月給制",
        "げっきゅうせい",
        "gekkyūsei",
        "monthly salary system",
        "Pay set as a monthly amount. Bonuses, if any, come on top and are usually counted in"
        " months of base pay.",
        "Ask how many months of bonus are typical and whether any part is guaranteed.",
        ("月給",),
    ),
    Term(
        "年俸制",
        "ねんぽうせい",
        "nenpōsei",
        "annual salary system",
        "Pay set as a yearly amount and paid in 12 or more parts. The overtime rules still apply"
        " unless a special working-hours system does.",
        "Ask into how many parts it is split, whether it includes fixed overtime, and how"
        " overtime beyond that is paid.",
        ("年俸",),
    ),
    Term(
        "固定残業代",
        "こていざんぎょうだい",
        "kotei zangyōdai",
        "fixed overtime pay",
        "A set sum paid every month for a set number of overtime hours, whether worked or not."
        " Overtime beyond those hours must be paid on top.",
        "Check that the base pay, the hours covered and the amount are all stated, and that the"
        " amount pays at least a 25% premium for each hour.",
        ("固定残業手当", "定額残業代", "固定時間外手当"),
    ),
    Term(
        "みなし残業",
        "みなしざんぎょう",
        "minashi zangyō",
        "deemed overtime",
        "A common name for fixed overtime pay: a number of overtime hours treated as paid in"
        " advance by a fixed sum.",
        "Ask how many hours it covers and how hours beyond them are recorded and paid.",
        ("みなし残業代", "見込み残業"),
    ),
    Term(
        "時間外労働",
        "じかんがいろうどう",
        "jikangai rōdō",
        "overtime work",
        "Work beyond the legal limits of 8 hours a day and 40 a week, allowed only under a 36"
        " agreement. It is paid at least 25% extra, and 50% extra beyond 60 hours a month.",
        "Ask how much overtime the team typically works in a month and how it is recorded.",
        ("残業", "残業代", "所定時間外労働"),
    ),
    Term(
        "深夜労働",
        "しんやろうどう",
        "shin'ya rōdō",
        "late-night work",
        "Work between 10 p.m. and 5 a.m., paid at least 25% extra, on top of any overtime premium.",
        "If releases, incidents or on-call duty happen at night, ask how that time is paid.",
        ("深夜業",),
    ),
    Term(
        "休日労働",
        "きゅうじつろうどう",
        "kyūjitsu rōdō",
        "work on a statutory day off",
        "Work on the weekly day off the law guarantees, paid at least 35% extra.",
        "Ask how often weekend work happens and whether you get a substitute day off.",
        ("休日出勤",),
    ),
    Term(
        "賞与",
        "しょうよ",
        "shōyo",
        "bonus",
        "A payment on top of monthly pay, often twice a year and described in months of base"
        " pay. Unless a figure is promised, the company can reduce it under its rules.",
        "Ask what was actually paid in recent years for this level and whether any part is"
        " guaranteed.",
        ("ボーナス",),
    ),
    Term(
        "昇給",
        "しょうきゅう",
        "shōkyū",
        "pay raise",
        "An increase in base pay, usually once a year after an evaluation.",
        "Ask when raises happen, how they are decided and what a typical raise has been.",
    ),
    Term(
        "通勤手当",
        "つうきんてあて",
        "tsūkin teate",
        "commuting allowance / transportation allowance",
        "Money to cover the cost of getting to work. For public transport it is free of income"
        " tax up to ¥150,000 a month.",
        "Ask whether the full fare is covered or capped, and how it works on remote-work days.",
        ("交通費",),
    ),
    Term(
        "住宅手当",
        "じゅうたくてあて",
        "jūtaku teate",
        "housing allowance",
        "A monthly allowance towards rent or a mortgage. Unlike the commuting allowance it is"
        " taxed as ordinary pay.",
        "Ask about the conditions, such as living near the office or the lease being in your"
        " name, and whether it ever stops.",
        ("家賃補助",),
    ),
    Term(
        "賃金締切日",
        "ちんぎんしめきりび",
        "chingin shimekiribi",
        "pay closing date / pay cut-off date",
        "The last day of the period a salary payment covers. Overtime is usually paid with the"
        " salary after the period closes.",
        "Check the closing date and the payday together to see when your first full salary"
        " arrives.",
        ("締切日", "締め日"),
    ),
    Term(
        "賃金支払日",
        "ちんぎんしはらいび",
        "chingin shiharaibi",
        "payday",
        "The day salary is paid. Wages must be paid at least once a month on a set day (Labor"
        " Standards Act art. 24).",
        "Work out when the first salary reaches you and plan for the gap after you join.",
        ("支払日", "給料日"),
    ),
    Term(
        "額面",
        "がくめん",
        "gakumen",
        "gross pay",
        "Pay before tax and social insurance are taken off; offers are usually quoted this way.",
        "Compare offers on the same basis, gross or net, and on the same items.",
    ),
    Term(
        "手取り",
        "てどり",
        "tedori",
        "take-home pay / net pay",
        "What reaches your bank account after income tax, resident tax and social insurance. It"
        " is often around three-quarters to four-fifths of gross pay.",
        "Estimate it before comparing with your current pay, remembering resident tax starts in"
        " your second year in Japan.",
    ),
    Term(
        "退職金",
        "たいしょくきん",
        "taishokukin",
        "retirement allowance / severance pay",
        "A lump sum paid when you leave. The law does not require one, and many schemes pay"
        " nothing before a minimum number of years.",
        "Ask whether there is one, the minimum years of service, and whether a defined"
        " contribution pension replaces it.",
        ("退職手当",),
    ),
    Term(
        "確定拠出年金",
        "かくていきょしゅつねんきん",
        "kakutei kyoshutsu nenkin",
        "defined contribution pension / DC plan",
        "A pension plan where the employer pays contributions into an account you invest. Money"
        " in it is generally locked until age 60.",
        "Ask how much the company contributes and what happens to the account if you leave Japan.",
        ("企業型DC", "iDeCo"),
    ),
    # --- Hours -------------------------------------------------------------------
    Term(
        "所定労働時間",
        "しょていろうどうじかん",
        "shotei rōdō jikan",
        "scheduled working hours / contractual working hours",
        "The working hours set by your contract, within the legal limits of 8 hours a day and 40"
        " a week. They are also the basis of your hourly rate for overtime.",
        "Check the daily hours, and whether overtime is counted from the scheduled hours or"
        " only from the legal limit.",
    ),
    Term(
        "始業・終業時刻",
        "しぎょう・しゅうぎょうじこく",
        "shigyō shūgyō jikoku",
        "start and end times of work / working hours",
        "The times the working day begins and ends, which must be stated in writing.",
        "Check the times, and whether flextime, shifts or a discretionary system changes them.",
        ("始業時刻", "終業時刻", "始業", "終業"),
    ),
    Term(
        "休憩",
        "きゅうけい",
        "kyūkei",
        "break / rest period",
        "Time off during the working day: at least 45 minutes if you work over 6 hours, and an"
        " hour if over 8 (Labor Standards Act art. 34).",
        "Check its length, and that it is really free time and not spent on call.",
        ("休憩時間",),
    ),
    Term(
        "休日",
        "きゅうじつ",
        "kyūjitsu",
        "days off / rest days",
        "Days you are not scheduled to work. The law requires at least one a week, or four in"
        " four weeks (Labor Standards Act art. 35).",
        "Ask how many days off there are in a year (年間休日) and whether national holidays are"
        " included.",
    ),
    Term(
        "年間休日",
        "ねんかんきゅうじつ",
        "nenkan kyūjitsu",
        "days off per year",
        "The total of scheduled days off in a year. With all weekends and national holidays off"
        " it is usually around 120.",
        "Compare the figure between offers; a low number means more working days for the same pay.",
    ),
    Term(
        "36協定",
        "さぶろくきょうてい",
        "saburoku kyōtei",
        "36 agreement / overtime agreement",
        "The written agreement with employees, under Labor Standards Act art. 36, without which"
        " no overtime is allowed. It normally caps overtime at 45 hours a month and 360 a year.",
        "Ask what overtime limits the company's agreement sets and whether it has a special"
        " clause allowing more.",
        ("三六協定", "サブロク協定"),
    ),
    Term(
        "裁量労働制",
        "さいりょうろうどうせい",
        "sairyō rōdōsei",
        "discretionary work system",
        "A system in which a fixed number of hours is deemed worked whatever you actually work,"
        " allowed only for certain jobs; system analysis and design qualify, programming alone"
        " does not. Since April 2024 the professional type needs your individual consent.",
        "Ask how many hours are deemed, what you are paid for them, and how to withdraw your"
        " consent.",
        ("専門業務型裁量労働制", "企画業務型裁量労働制"),
    ),
    Term(
        "フレックスタイム制",
        "ふれっくすたいむせい",
        "furekkusu taimu sei",
        "flextime / flexible working hours",
        "You choose your own start and end times within rules, and overtime is counted against"
        " the total hours of a settlement period of up to three months.",
        "Ask about the core time, if any, and how overtime over the period is counted and paid.",
        ("フレックスタイム", "フレックス"),
    ),
    Term(
        "在宅勤務",
        "ざいたくきんむ",
        "zaitaku kinmu",
        "remote work / working from home",
        "Working from home. Policies vary widely and are often set in separate rules that can"
        " change.",
        "Ask how many days are allowed, whether it is written in your conditions, and whether"
        " there is an allowance for home costs.",
        ("テレワーク", "リモートワーク", "リモート勤務"),
    ),
    Term(
        "副業",
        "ふくぎょう",
        "fukugyō",
        "side job / outside work",
        "Work outside your main job. Many companies restrict it in their work rules, and your"
        " residence status may limit it too.",
        "Ask whether side work is allowed and what approval it needs.",
        ("兼業",),
    ),
    # --- Leave -------------------------------------------------------------------
    Term(
        "年次有給休暇",
        "ねんじゆうきゅうきゅうか",
        "nenji yūkyū kyūka",
        "annual paid leave / paid holidays",
        "Paid days off: 10 days after six months with at least 80% attendance, rising with"
        " service to 20 (Labor Standards Act art. 39). The employer must make sure you take at"
        " least 5 days a year, and unused days expire after two years.",
        "Ask whether any leave is given from the first day and how easily people take it.",
        ("有給休暇", "年休", "有休", "有給"),
    ),
    Term(
        "特別休暇",
        "とくべつきゅうか",
        "tokubetsu kyūka",
        "special leave / company leave",
        "Leave a company gives beyond the legal minimum, such as summer, New Year or bereavement"
        " leave.",
        "Ask whether it is paid and whether it counts against your annual paid leave.",
        ("夏季休暇", "年末年始休暇", "慶弔休暇"),
    ),
    Term(
        "育児休業",
        "いくじきゅうぎょう",
        "ikuji kyūgyō",
        "childcare leave / parental leave",
        "Leave to care for a child, generally until the child turns one, with benefits paid from"
        " employment insurance. A company agreement may exclude employees with under a year of"
        " service.",
        "If it matters to you, ask whether you would be eligible in your first year.",
        ("育休",),
    ),
    # --- Insurance, tax and residence -------------------------------------------
    Term(
        "社会保険",
        "しゃかいほけん",
        "shakai hoken",
        "social insurance",
        "The public insurance schemes an employer enrols you in: health and pension, and in a"
        " wider sense employment and accident insurance. The employee's share of health and"
        " pension together is roughly 15% of pay.",
        "Confirm you are enrolled from your first day and count the deductions when comparing"
        " offers.",
        ("社保",),
    ),
    Term(
        "厚生年金",
        "こうせいねんきん",
        "kōsei nenkin",
        "employees' pension insurance",
        "The public pension for employees; contributions are 18.3% of pay, split equally with"
        " the employer. Foreign residents who leave Japan can claim part of it back as a"
        " lump-sum withdrawal payment.",
        "Check whether your home country has a social security agreement with Japan, and keep"
        " your pension number.",
        ("厚生年金保険",),
    ),
    Term(
        "健康保険",
        "けんこうほけん",
        "kenkō hoken",
        "health insurance",
        "Public health insurance through the employer; most adults pay 30% of medical costs and"
        " insurance covers the rest. It also covers your dependants.",
        "Ask which insurer the company uses and when your card will be issued.",
    ),
    Term(
        "雇用保険",
        "こようほけん",
        "koyō hoken",
        "employment insurance",
        "Insurance that pays unemployment benefits and parental-leave benefits. Employees working"
        " 20 hours or more a week are enrolled.",
        "Check that you are enrolled; it matters if you later lose the job or take parental leave.",
    ),
    Term(
        "労災保険",
        "ろうさいほけん",
        "rōsai hoken",
        "workers' accident compensation insurance",
        "Insurance paid for entirely by the employer that covers injury and illness from work,"
        " including accidents on the way to and from work.",
        "Nothing to pay; report any work or commuting accident to the company promptly.",
        ("労働者災害補償保険",),
    ),
    Term(
        "住民税",
        "じゅうみんぜい",
        "jūminzei",
        "resident tax / local inhabitant tax",
        "A local tax of about 10% of the previous year's income, charged to people living in"
        " Japan on 1 January. It is usually deducted from salary from June.",
        "Expect little or none in your first year in Japan and a drop in take-home pay in the"
        " second; settle it before you leave Japan.",
    ),
    Term(
        "所得税",
        "しょとくぜい",
        "shotokuzei",
        "income tax",
        "National tax on income, withheld from each salary payment and settled at year end.",
        "Nothing to arrange at the start; give the company the forms it asks for on joining.",
        ("源泉徴収",),
    ),
    Term(
        "年末調整",
        "ねんまつちょうせい",
        "nenmatsu chōsei",
        "year-end tax adjustment",
        "The employer's recalculation in December of the income tax withheld during the year,"
        " which usually gives a small refund.",
        "Bring the withholding slip (源泉徴収票) from any earlier employer that year.",
    ),
    Term(
        "在留資格",
        "ざいりゅうしかく",
        "zairyū shikaku",
        "status of residence / visa status",
        "The immigration status that allows you to live and work in Japan, such as Engineer /"
        " Specialist in Humanities / International Services. Your duties must fit it.",
        "Ask whether the company supports visa changes or renewals, and tell Immigration within"
        " 14 days when you change employer.",
        ("ビザ", "就労ビザ"),
    ),
    # --- Leaving -----------------------------------------------------------------
    Term(
        "退職",
        "たいしょく",
        "taishoku",
        "resignation / leaving the job",
        "Leaving employment. On an open-ended contract you may resign with two weeks' notice"
        " under the Civil Code, though work rules often ask for a month.",
        "Check the notice the letter asks for, and how unused paid leave is handled when you"
        " leave.",
        ("退職の事由", "自己都合退職"),
    ),
    Term(
        "解雇",
        "かいこ",
        "kaiko",
        "dismissal / termination",
        "The employer ending the contract. It is void without objectively reasonable grounds"
        " (Labor Contract Act art. 16) and needs 30 days' notice or pay in lieu (Labor Standards"
        " Act art. 20).",
        "Read the grounds for dismissal listed in the letter or the work rules.",
        ("解雇の事由",),
    ),
    Term(
        "定年",
        "ていねん",
        "teinen",
        "mandatory retirement age",
        "The age at which employment ends under the work rules, usually 60 or 65. Employers must"
        " offer ways to keep working until 65.",
        "Check the age and what re-employment after it looks like.",
    ),
)


# --- Matching helpers ------------------------------------------------------------

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
# Long-vowel spellings folded to one vowel so kyū, kyuu and kyu all match, and
# m before b/p/m (nempō) folded to n (nenpō).
_LONG_VOWELS = re.compile(r"([aeiou])\1+|ou")
_M_BEFORE_LABIAL = re.compile(r"m(?=[bpm])")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _to_hiragana(text: str) -> str:
    return _nfkc(text).translate(_KATAKANA_TO_HIRAGANA).replace("・", "").replace(" ", "")


def _fold_romaji(text: str) -> str:
    """Lower-case ASCII letters and digits only, with long vowels and n/m folded."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    ascii_only = "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())
    folded = _LONG_VOWELS.sub(lambda m: "o" if m.group(0) == "ou" else m.group(1), ascii_only)
    folded = _M_BEFORE_LABIAL.sub("n", folded)
    return folded.replace("nn", "n")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _nfkc(text))


def _rank(term: Term, query: str) -> int | None:
    """0 exact, 1 prefix, 2 contained, 3 words found in the explanation; None: no match."""
    plain = _nfkc(query).replace(" ", "").replace("・", "")
    kana = _to_hiragana(query)
    folded = _fold_romaji(query)
    english = " ".join(_words(query))

    japanese = [_nfkc(t).replace("・", "") for t in (term.term, *term.aliases)]
    kana_forms = [_to_hiragana(term.kana), *(_to_hiragana(t) for t in (term.term, *term.aliases))]
    romaji = _fold_romaji(term.romaji)
    english_names = [" ".join(_words(name)) for name in term.english_names]

    exact = (
        (plain and plain in japanese)
        or (kana and kana in kana_forms)
        or (folded and folded == romaji)
        or (english and english in english_names)
    )
    if exact:
        return 0
    prefix = (
        (plain and any(j.startswith(plain) for j in japanese))
        or (kana and any(k.startswith(kana) for k in kana_forms))
        or (folded and romaji.startswith(folded))
        or (english and any(name.startswith(english) for name in english_names))
    )
    if prefix:
        return 1
    contained = (
        (plain and any(plain in j for j in japanese))
        or (kana and any(kana in k for k in kana_forms))
        or (len(folded) >= 3 and folded in romaji)
        or (english and any(english in name for name in english_names))
    )
    if contained:
        return 2
    query_words = [w for w in _words(query) if len(w) >= 3]
    if query_words:
        text_words = set(_words(term.meaning + " " + term.check))
        if all(any(tw.startswith(w) for tw in text_words) for w in query_words):
            return 3
    return None


def search(query: str) -> list[Term]:
    """Glossary terms matching ``query``, best matches first.

    Matches the Japanese term and its aliases, the kana reading (hiragana or
    katakana), the romaji (case, spaces, macrons and long-vowel spelling ignored,
    so ``kihonkyu``, ``kihonkyuu`` and ``kihon kyū`` all find 基本給) and the
    English names; failing those, English words in the explanation. Exact matches
    rank first, then prefix matches, then the rest; ties keep glossary order. An
    empty query returns the whole glossary in its order.
    """
    if not query.strip():
        return list(GLOSSARY)
    ranked: list[tuple[int, int, Term]] = []
    for index, term in enumerate(GLOSSARY):
        rank = _rank(term, query.strip())
        if rank is not None:
            ranked.append((rank, index, term))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [term for _, _, term in ranked]


def _english_pattern(name: str) -> re.Pattern[str]:
    words = _words(name)
    # Whole words separated by spaces or hyphens; a plural ending is allowed.
    return re.compile(r"\b" + r"[\s\-]+".join(map(re.escape, words)) + r"(?:s|es)?\b")


_ENGLISH_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    term.term: tuple(_english_pattern(name) for name in term.english_names if _words(name))
    for term in GLOSSARY
}


def terms_in_text(text: str) -> list[Term]:
    """Glossary terms that appear in a letter, in glossary order.

    Japanese terms and aliases are matched after NFKC normalisation (so full-width
    ``３６協定`` counts); English names as whole words, ignoring case.
    """
    normalized = _nfkc(text)
    found: list[Term] = []
    for term in GLOSSARY:
        japanese = (term.term, *term.aliases)
        if any(_nfkc(form) in normalized for form in japanese) or any(
            pattern.search(normalized) for pattern in _ENGLISH_PATTERNS[term.term]
        ):
            found.append(term)
    return found
