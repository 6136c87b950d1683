"""A company's name as a narrow table shows it: without its legal form.

Most Japanese companies are 株式会社 something, so a column that cuts the name after a
few cells shows "株式会社サ…" for all of them. The table drops the legal form (the
offer keeps its name as typed); a name that is nothing but a legal form stays whole.
"""

from __future__ import annotations

import re
from typing import Final

# Japanese legal forms, written out or abbreviated ((株), ㈱), and the English ones that
# Japanese companies use.
_JA_FORMS: Final = (
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
    "一般社団法人",
    "一般財団法人",
    "(株)",
    "（株）",
    "㈱",
    "(有)",
    "（有）",
    "㈲",
    "(同)",
    "（同）",
)
_EN_FORM: Final = re.compile(
    r"[\s,]*\b(?:K\.?\s?K\.?|G\.?\s?K\.?|Co\.,?\s*Ltd\.?|Ltd\.?|Inc\.?|Corp\.?|"
    r"Corporation|LLC|G\.?K\.?)$",
    re.IGNORECASE,
)


def short_company(name: str) -> str:
    """`name` without its legal form, for a table; `name` itself if nothing is left."""
    short = name.strip()
    # No Japanese form is ASCII: a name that is has none to drop (the home shortens
    # every offer's name on each start, a thousand of them).
    for form in () if short.isascii() else _JA_FORMS:
        if short.startswith(form):
            short = short[len(form) :]
        elif short.endswith(form):
            short = short[: -len(form)]
    short = _EN_FORM.sub("", short.strip()).strip(" ,\u3000")
    return short or name
