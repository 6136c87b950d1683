"""The scope of change said in general words ("変更の範囲") belongs to the section it
sits in: the place of work, the duties, both, or neither."""

from __future__ import annotations

import pytest

from offertui.domain.letter_check import check_letter

SCOPE = "（変更の範囲）会社の定める範囲\n"


@pytest.mark.parametrize(
    ("section", "place", "duties"),
    [
        ("就業の場所及び従事すべき業務\n（雇入れ直後）本社、ソフトウェア開発\n", True, True),
        ("就業の場所\n（雇入れ直後）本社\n", True, False),
        ("従事すべき業務\n（雇入れ直後）ソフトウェア開発\n", False, True),
        ("給与\n月給30万円\n", False, False),
    ],
)
def test_a_general_scope_line_takes_the_kind_of_its_section(
    section: str, place: bool, duties: bool
) -> None:
    found = {r.item.key: r.found for r in check_letter(section + SCOPE).items}
    assert (found["change_scope_workplace"], found["change_scope_duties"]) == (place, duties)


@pytest.mark.parametrize(
    ("letter", "place", "duties"),
    [
        # A sentence ending inside an indented row does not open a section of its own.
        (
            "Work location:    Fully remote; occasional visits to our\n"
            "                  Tokyo hub. Scope of change: none.\n",
            True,
            False,
        ),
        (
            "Place of work: Osaka branch, with visits to\n"
            "    clients. Scope of change: any office of the Company.\n",
            True,
            False,
        ),
        # Negations in an email's plain words.
        ("- Where you'll work: our Shibuya office. This won't change.\n", True, False),
        ("Location: Tokyo office, which will remain the same.\n", True, False),
        ("Office: Kobe. It is not subject to change.\n", True, False),
        # The employer's power to move the employee to other work.
        (
            "Role: Backend development. The Company may assign you\nto any engineering role.\n",
            False,
            True,
        ),
        ("Duties: QA. We may assign you to another team.\n", False, True),
        ("Duties: QA. We may move the employee to a different department.\n", False, True),
        # A transfer to another office is about the place, not the duties.
        ("Location: Tokyo. The Company may transfer you to any of its offices.\n", True, False),
    ],
)
def test_english_scope_wordings(letter: str, place: bool, duties: bool) -> None:
    found = {r.item.key: r.found for r in check_letter(letter).items}
    assert (found["change_scope_workplace"], found["change_scope_duties"]) == (place, duties)
