"""Offers with one of each kind of thing falling due, around the tests' fixed clock
(Wednesday 2026-11-25 14:05 JST), and two with nothing due."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from offertui.domain.offer import (
    Attendee,
    Decision,
    EmailDraft,
    Meeting,
    Offer,
    Question,
    Revision,
)
from offertui.domain.questions import new_offer
from offertui.storage import codec, toml_write
from offertui.storage.files import atomic_write
from offertui.storage.store import OfferStore


def write_offers(store: OfferStore, offers: list[Offer]) -> None:
    """Save `offers` under their own ids, as files offertui wrote."""
    for offer in offers:
        document = toml_write.new_document(codec.offer_to_data(offer))
        atomic_write(store.path_for(offer.id), document.as_string().encode("utf-8"))


JST = timezone(timedelta(hours=9))


def at(day: int, hour: int, minute: int = 0, *, month: int = 11) -> datetime:
    """A naive local time in November 2026, as the offer file keeps `scheduled`."""
    return datetime(2026, month, day, hour, minute)


def at_jst(day: int, hour: int, minute: int = 0) -> datetime:
    """An aware time, as the file keeps the meeting's start and end."""
    return datetime(2026, 11, day, hour, minute, tzinfo=JST)


def timeline_offers() -> list[Offer]:
    """Each offer's id says what is due for it."""
    return [
        Offer(
            "meeting-today",
            "Acme K.K.",
            "Backend Engineer",
            stage="meeting",
            meeting=Meeting(
                scheduled=at(25, 16),
                format="online",
                link="https://meet.example.com/acme",
                attendees=(Attendee("Tanaka", "HR"), Attendee("Suzuki", "Engineering Manager")),
            ),
            questions=(
                Question("q1", "compensation", "How is overtime paid?", must_ask=True),
                Question("q2", "other", "Is there a book budget?"),
            ),
        ),
        Offer(
            "meeting-friday",
            "株式会社サクラテック",
            "SRE",
            meeting=Meeting(
                scheduled=at(27, 10),
                format="in-person",
                place="東京都千代田区丸の内1-1-1",
            ),
        ),
        Offer(
            "meeting-next-week",
            "Later Inc.",
            "Developer",
            meeting=Meeting(scheduled=at(30, 10)),
        ),
        Offer(
            "thank-you",
            "Beta GK",
            "Data Engineer",
            stage="deciding",
            meeting=Meeting(
                scheduled=at(25, 10), started_at=at_jst(25, 10, 2), ended_at=at_jst(25, 11)
            ),
        ),
        Offer(
            "no-answer",
            "Gamma Co.",
            "Frontend Engineer",
            stage="deciding",
            meeting=Meeting(started_at=at_jst(24, 9), ended_at=at_jst(24, 10)),
        ),
        Offer(
            "deadline-passed",
            "Delta KK",
            "QA Engineer",
            stage="deciding",
            reply_deadline=date(2026, 11, 23),
        ),
        Offer(
            "reply-due",
            "Epsilon",
            "Platform Engineer",
            stage="deciding",
            reply_deadline=date(2026, 11, 26),
        ),
        Offer(
            "accept-unsent",
            "Zeta Systems",
            "Staff Engineer",
            stage="accepted",
            decision=Decision(choice="accept", decided_at=at_jst(25, 9)),
            meeting=Meeting(started_at=at_jst(20, 15), ended_at=at_jst(20, 16)),
            emails=(EmailDraft("need-time", "en", "Thank you", "...", sent=date(2026, 11, 20)),),
        ),
        Offer(
            "revised",
            "Eta Labs",
            "ML Engineer",
            stage="negotiating",
            annual_pay=9_000_000,
            decision=Decision(choice="negotiate", decided_at=at_jst(20, 9)),
            meeting=Meeting(started_at=at_jst(19, 15), ended_at=at_jst(19, 16)),
            emails=(EmailDraft("negotiate", "ja", "件名", "...", sent=date(2026, 11, 20)),),
            revisions=(Revision(date(2026, 11, 24), 9_500_000, "Start in April"),),
        ),
        Offer(
            "settled",
            "Theta",
            "Engineer",
            stage="declined",
            reply_deadline=date(2026, 11, 20),
            decision=Decision(choice="decline", decided_at=at_jst(19, 9)),
            meeting=Meeting(started_at=at_jst(18, 15), ended_at=at_jst(18, 16)),
            emails=(EmailDraft("decline", "en", "Decline", "...", sent=date(2026, 11, 19)),),
        ),
        Offer("quiet", "Iota", "Engineer"),
    ]


#: What each offer above has due, as (kind, offer id), in the order `due_items` gives.
EXPECTED_DUE = [
    ("deadline_passed", "deadline-passed"),  # 2026-11-23, overdue
    ("revised_unanswered", "revised"),  # answer of 2026-11-24, overdue
    ("no_answer", "no-answer"),  # a day after 2026-11-24 10:00, overdue
    ("email_unsent", "accept-unsent"),  # decided 2026-11-25 09:00
    ("meeting", "meeting-today"),  # 16:00 today
    ("thank_you", "thank-you"),  # 18:00 today
    ("reply_due", "reply-due"),  # tomorrow
    ("meeting", "meeting-friday"),  # Friday 10:00
]


#: The video link of `negotiating`'s meeting.
MEETING_LINK = "https://meet.example.com/abc-defg-hij"


def negotiating(store: OfferStore, *revisions: Revision) -> Offer:
    """Acme K.K.'s offer, saved in `store`: the candidate negotiates, the meeting is
    online on Friday, and the company has answered with `revisions`."""
    offer = replace(
        new_offer("acme-k-k-backend-engineer", "Acme K.K.", "Backend Engineer"),
        stage="negotiating",
        annual_pay=9_000_000,
        reply_deadline=date(2026, 12, 4),
        meeting=Meeting(
            scheduled=at(27, 14),
            format="online",
            link=MEETING_LINK,
            place="Tokyo office, 8F; ask for Tanaka at reception",
        ),
        decision=Decision(choice="negotiate"),
        revisions=revisions,
    )
    write_offers(store, [offer])
    return offer
