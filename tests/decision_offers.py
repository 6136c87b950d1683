"""Three offers in different states, for the Decision and Compare tests and snapshots.

Times are relative to the tests' fixed clock (Wednesday 2026-11-25 14:05 JST).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from offertui.domain.offer import Contact, Decision, Fact, Letter, Meeting, Offer, Question
from offertui.domain.pay import PayModel
from offertui.domain.question_bank import FACTS
from offertui.storage.store import OfferStore
from tests.helpers import NOW

SETTLED = {
    "position": "SRE, platform team",
    "contract": "Permanent (正社員)",
    "probation": "3 months, same pay",
    "responsibilities": "Run the payments platform; reports to the Head of Infra",
    "compensation": "¥700,000 a month + 3 months' bonus",
    "remote": "Full remote, core hours 11-15",
    "start": "2027-02-01",
    "benefits": "Visa support, relocation",
}


def _save(store: OfferStore, offer: Offer) -> Offer:
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()
    return offer


def sakura(store: OfferStore) -> Offer:
    """Met yesterday, pressed to decide, no letter, deadline in two days, pay that
    does not add up: many red flags."""
    ended = NOW - timedelta(hours=26)
    offer = store.create("株式会社サクラテック", "Backend Engineer")
    return _save(
        store,
        replace(
            offer,
            stage="deciding",
            contact=Contact("Tanaka", "HR"),
            reply_deadline=date(2026, 11, 27),
            annual_pay=8_500_000,
            pay=PayModel(monthly_base=450_000, bonus_months=2),
            facts=(
                Fact("contract", "正社員", "letter", True),
                Fact("remote", "2 days in the office", "interview", False),
                Fact("start", "2027-01-05", "email", True),
            ),
            questions=(
                Question(
                    "q1",
                    "compensation",
                    "Could you walk me through the annual pay?",
                    must_ask=True,
                    status="unclear",
                    answer="They said it depends.",
                ),
                Question("q2", "deadline", "By when do you need my answer?", status="answered"),
                # The team is not written down, so this one counts as must-ask.
                Question("q3", "role", "Which team would I join?"),
            ),
            meeting=Meeting(
                started_at=ended - timedelta(hours=1),
                ended_at=ended,
                pressure=(ended - timedelta(minutes=5),),
                notes="They asked me to decide today.",
            ),
        ),
    )


def globex(store: OfferStore) -> Offer:
    """Everything settled and written: no red flags."""
    offer = store.create("Globex Japan K.K.", "Site Reliability Engineer")
    return _save(
        store,
        replace(
            offer,
            stage="deciding",
            letter=Letter(received=True, date=date(2026, 11, 20), language="both"),
            reply_deadline=date(2026, 12, 7),
            pay=PayModel(monthly_base=700_000, bonus_months=3, bonus_guaranteed=True),
            facts=tuple(Fact(spec.key, SETTLED[spec.key], "letter", True) for spec in FACTS),
            questions=(
                Question("q1", "compensation", "How does the pay break down?", status="answered"),
            ),
            meeting=Meeting(started_at=NOW - timedelta(hours=5), ended_at=NOW - timedelta(hours=4)),
            decision=Decision(pros=("Full remote", "Strong SRE team"), cons=("English only",)),
        ),
    )


def initech(store: OfferStore) -> Offer:
    """Still in prep, and the reply deadline passed yesterday."""
    offer = store.create("Initech", "Frontend Developer")
    return _save(
        store,
        replace(
            offer,
            reply_deadline=date(2026, 11, 24),
            annual_pay=6_000_000,
            questions=(Question("q1", "role", "Which team would I join?"),),
        ),
    )


def seed_three(store: OfferStore) -> tuple[Offer, Offer, Offer]:
    return sakura(store), globex(store), initech(store)
