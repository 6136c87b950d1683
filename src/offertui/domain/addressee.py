"""Who an email is addressed to, written by the rules of each language.

The candidate types the recruiter's name however it came: 「田中 花子」, "Tanaka-san",
"Ms. Tanaka", 「田中様」. :func:`parse_name` takes off whatever honorific was typed, so a
draft never doubles one (「田中様様」, ``Tanaka-san様``), and each language then applies its
own form:

- **Japanese**: the company on the first line, the department or role on its own line,
  then the name with 様. With no name, the role and 採用ご担当者様 share a line, without
  doubling a 採用担当 the role already says (:func:`addressee_ja`).
- **English** (:func:`greeting_en`): a title only when the candidate typed one ("Dear
  Ms. Tanaka,"); a one-word name, which recruiters in Japan usually give as their family
  name, takes "-san" ("Dear Tanaka-san,"); a full name is written whole ("Dear Hana
  Tanaka,"); no name gives "Dear Hiring Team,". Why: Mr. or Ms. is a guess at a gender the
  candidate usually does not know, and a wrong one is worse than none. "-san" is
  gender-neutral and is what English business mail inside Japan commonly uses, but it
  must follow the family name, and from "Hana Tanaka" or "Tanaka Hana" alone the order
  cannot be told, so a full name goes without it, the neutral international form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from offertui.domain.japanese import is_japanese

__all__ = ["PersonName", "addressee_ja", "greeting_en", "parse_name", "role_ja"]

_TITLE: Final = re.compile(r"(?i)^(mrs|mr|ms|miss|mx|dr|prof)\.?(?:\s+|$)")
_TITLES: Final = MappingProxyType(
    {
        "mr": "Mr.",
        "mrs": "Mrs.",
        "ms": "Ms.",
        "miss": "Miss",
        "mx": "Mx.",
        "dr": "Dr.",
        "prof": "Prof.",
    }
)
_SUFFIX_LATIN: Final = re.compile(r"(?i)(?:[\s\-]+)(san|sama|sensei|dono)$")
_SUFFIX_JA: Final = re.compile(r"[\s\u3000]*(様|さま|サマ|さん|殿|どの|氏|先生)$")
_EDGES: Final = " \u3000\t,，、:："


@dataclass(frozen=True)
class PersonName:
    """A name as typed, with the honorifics taken off; `title` is an English title the
    candidate typed (``"Ms."``), normalised, or ``""``."""

    name: str
    title: str = ""


def parse_name(raw: str) -> PersonName:
    """The name in `raw` without the honorifics typed around it.

    Titles before it (Mr., Ms., Mrs., Dr., …, with or without the dot) are kept apart in
    ``title``; honorifics after it (-san, -sama, さん, 様, 殿, 氏, …) are dropped, however
    many were typed (``"Ms. Tanaka-san"`` → ``Ms.``, ``Tanaka``).
    """
    name = raw.strip(_EDGES)
    title = ""
    while match := _TITLE.match(name):
        title = title or _TITLES[match.group(1).lower()]
        name = name[match.end() :].strip(_EDGES)
    while True:
        stripped = _SUFFIX_JA.sub("", _SUFFIX_LATIN.sub("", name)).strip(_EDGES)
        if stripped == name or not stripped:
            break
        name = stripped
    return PersonName(" ".join(name.split()), title)


def greeting_en(name: str, name_en: str, unknown: str) -> str:
    """The English salutation for a recruiter called `name` (as written) or `name_en`
    (in Latin letters); see the module's rules. `unknown` is the placeholder written when
    the name is known only in Japanese script, to be replaced by its romanised form."""
    written = parse_name(name)
    latin = parse_name(name_en) if name_en.strip() else written
    if not latin.name or is_japanese(latin.name):
        if not written.name:
            return "Dear Hiring Team,"
        return f"Dear {unknown},"
    title = latin.title or written.title
    if title:
        return f"Dear {title} {latin.name},"
    if " " not in latin.name:
        return f"Dear {latin.name}-san,"
    return f"Dear {latin.name},"


# Roles typed in English, as a Japanese addressee block writes them.
_ROLES_JA: Final = MappingProxyType(
    {
        "hr": "人事部",
        "human resources": "人事部",
        "people": "人事部",
        "people team": "人事部",
        "recruiter": "採用担当",
        "recruiting": "採用担当",
        "recruitment": "採用担当",
        "talent acquisition": "採用担当",
        "hr recruiter": "人事部 採用担当",
    }
)


def role_ja(role: str) -> str:
    """The contact's role for the Japanese addressee block.

    A role written in Japanese is used as it is; the usual English ones are translated;
    any other English role is left out, since "Engineering Manager 田中様" would read oddly
    and the block is correct without it.
    """
    role = role.strip()
    if not role.isascii():
        return role
    return _ROLES_JA.get(" ".join(role.lower().split()), "")


_IN_CHARGE: Final = re.compile(r"(ご)?担当(者)?$")
# Honorifics typed into the role (「採用ご担当者様」, 「人事部御中」): the block adds its own.
_ROLE_HONORIFIC: Final = re.compile(r"[\s\u3000]*(様|さま|殿|御中)$")
# A job title typed after the name (「田中部長」): 「部長 田中様」, never 「田中部長様」.
_NAME_TITLE: Final = re.compile(
    r"^(.+?)[\s\u3000]*(本部長|部長|課長|係長|次長|室長|社長|所長|マネージャー|マネジャー|リーダー)$"
)


def _clean_role(role: str) -> str:
    role = role.strip()
    while (stripped := _ROLE_HONORIFIC.sub("", role)) != role:
        role = stripped
    return role


def _person_ja(person: str) -> str:
    """The name line: 〇〇様, with a job title typed after a Japanese name put first."""
    match = _NAME_TITLE.match(person) if is_japanese(person) else None
    if match is not None:
        return f"{match.group(2)} {match.group(1)}様"
    return f"{person}様"


_TITLE_JA: Final = ("長", "マネージャー", "マネジャー", "責任者", "リーダー", "役員")


def _nameless(role: str) -> str:
    """The line that addresses the person in charge when their name is not known."""
    if not role:
        return "採用ご担当者様"
    if _IN_CHARGE.search(role):
        # 「人事部 採用担当」 → 「人事部 採用ご担当者様」, never 「採用担当 採用ご担当者様」.
        return _IN_CHARGE.sub("", role) + "ご担当者様"
    if role.endswith(_TITLE_JA):
        return f"{role}様"
    return f"{role} ご担当者様" if "採用" in role else f"{role} 採用ご担当者様"


def addressee_ja(company: str, role: str, name: str, name_en: str = "") -> str:
    """The addressee block of a Japanese email: company, then role, then 〇〇様.

    `role` should already be in Japanese (:func:`role_ja`). The name is the one as
    written, else the romanised one; honorifics typed with it are replaced by 様.
    """
    person = parse_name(name).name or parse_name(name_en).name
    role = _clean_role(role)
    lines = [company.strip()]
    if person:
        # Above a name the role is the department's: 「採用ご担当者」 reads 「採用担当」.
        lines += [_IN_CHARGE.sub("担当", role) if _IN_CHARGE.search(role) else role]
        lines.append(_person_ja(person))
    else:
        lines.append(_nameless(role))
    return "\n".join(line for line in lines if line)
