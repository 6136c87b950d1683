"""Keep both in a running meeting: what was typed here is carried onto the file as the
other program left it, and what that program changed is kept too."""

from __future__ import annotations

from dataclasses import replace

from offertui.domain.meeting import set_answer, set_status, start
from offertui.domain.meeting_merge import carry_meeting, merged_text, running
from offertui.domain.offer import Offer, Question
from offertui.domain.questions import new_offer
from tests.helpers import NOW


def _notes(offer: Offer, notes: str) -> Offer:
    return replace(offer, meeting=replace(offer.meeting, notes=notes))


def test_text_changed_on_one_side_only_is_taken_from_it() -> None:
    assert merged_text("a", "a\nb", "a") == "a\nb"
    assert merged_text("a", "a", "a\nc") == "a\nc"
    assert merged_text("a", "a\nb", "a\nb") == "a\nb"


def test_text_changed_on_both_sides_keeps_both_theirs_first() -> None:
    # Typed on at the end here: those lines follow the other program's text.
    assert merged_text("a\n", "a\nmine", "a\ntheirs\n") == "a\ntheirs\nmine"
    # Changed earlier here: the whole of it follows theirs, nothing dropped.
    assert merged_text("a", "A mine", "a theirs") == "a theirs\nA mine"
    assert merged_text("a\n", "a\nmine", "") == "mine"


def test_the_meeting_typed_here_is_carried_onto_the_file_read_again() -> None:
    base = start(new_offer("acme-dev", "Acme", "Dev"), NOW)
    first, second = base.questions[0], base.questions[1]
    mine = _notes(base, "Salary 9M")
    mine = set_status(set_answer(mine, first.id, "By Friday"), first.id, "answered")
    mine = replace(mine, questions=(*mine.questions, Question(id="own", topic="x", text="Q?")))
    # The other program renamed the position, answered another question, added a note.
    theirs = replace(_notes(base, "From the phone"), position="Lead")
    theirs = set_answer(theirs, second.id, "Hybrid")
    carried = carry_meeting(base, mine, theirs)
    assert carried.position == "Lead"
    assert carried.meeting.notes == "From the phone\nSalary 9M"
    by_id = {q.id: q for q in carried.questions}
    assert (by_id[first.id].status, by_id[first.id].answer) == ("answered", "By Friday")
    assert by_id[second.id].answer == "Hybrid"
    assert by_id["own"].text == "Q?"
    assert running(carried) and carried.stage == mine.stage
    # Nothing typed here: the file as it is.
    assert carry_meeting(base, base, theirs) == theirs
