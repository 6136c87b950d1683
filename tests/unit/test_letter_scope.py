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
