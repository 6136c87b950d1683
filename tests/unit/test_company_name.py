"""The Offers table shows companies without their legal form, so that they differ."""

from __future__ import annotations

import pytest

from offertui.domain.company_name import short_company


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("株式会社サイバーエージェント", "サイバーエージェント"),
        ("サンプル商事株式会社", "サンプル商事"),
        ("(株)サンプル", "サンプル"),
        ("㈱サンプル", "サンプル"),
        ("合同会社DMM.com", "DMM.com"),
        ("Acme K.K.", "Acme"),
        ("Globex Inc.", "Globex"),
        ("Initech Co., Ltd.", "Initech"),
        ("Mercari, Inc.", "Mercari"),
        ("Kakaku", "Kakaku"),
        # Nothing but a legal form, or a name that only looks like one: left whole.
        ("株式会社", "株式会社"),
        ("KKday", "KKday"),
    ],
)
def test_the_legal_form_goes_and_the_name_stays(name: str, short: str) -> None:
    assert short_company(name) == short
