"""`offertui letter FILE [--json]`: check an offer letter from the shell.

FILE is plain text in any Japanese encoding, a PDF, a Word .docx, or `-` for standard
input. The plain report lists each item the letter should state with what was found;
`--json` prints the documented contract (see the README).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from offertui.cli.output import fail, write_out

_MARKS = {
    "found": "✓",
    "missing": "✗",
    "unconfirmed": "?",
    "optional": "○",
    "not_applicable": "–",
}


def report(check: Any) -> str:
    """The check as plain text, one line per item."""
    from offertui.domain.money import format_hours, format_yen

    lines: list[str] = []
    kind = "Fixed-term contract" if check.fixed_term else "Open-ended contract"
    if check.fixed_term_evidence:
        kind += f" ({check.fixed_term_evidence})"
    lines.append(kind)
    overtime = check.fixed_overtime
    if overtime is not None:
        hours = format_hours(overtime.hours) if overtime.hours is not None else "hours not stated"
        amount = format_yen(overtime.amount) if overtime.amount is not None else "amount not stated"
        lines.append(f"Fixed overtime: {hours} a month, {amount}")
        lines.append(f"  {overtime.excerpt}")
    lines.append("")
    for result in check.items:
        mark = _MARKS[result.status]
        item = result.item
        line = f"{mark} {item.label_en} ({item.label_ja})"
        if result.status == "missing":
            line += " — missing" + (f"; {item.law}" if item.law else "")
        elif result.status == "unconfirmed":
            line += " — mentioned, not confirmed" + (f"; {item.law}" if item.law else "")
        lines.append(line)
        if result.excerpt:
            lines.append(f"    {result.excerpt}")
        elif result.mention:
            lines.append(f"    read: {result.mention}")
    missing = check.missing
    lines.append("")
    if missing:
        keys = ", ".join(r.item.key for r in missing)
        lines.append(f"{len(missing)} required item(s) missing: {keys}")
        unconfirmed = check.unconfirmed
        if unconfirmed:
            keys = ", ".join(r.item.key for r in unconfirmed)
            lines.append(
                f"  of which {len(unconfirmed)} mentioned in words the check could not "
                f"confirm (?): {keys}"
            )
    else:
        lines.append("Every item required in writing was found.")
    lines.append("offertui gives information, not legal advice.")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, root: Path) -> int:
    from offertui.domain.letter_check import check_letter
    from offertui.storage.letter_file import LetterFileError, read_letter

    source = args.file if args.file == "-" else Path(args.file)
    try:
        letter = read_letter(source)
    except LetterFileError as error:
        return fail(str(error))
    check = check_letter(letter.text)
    if args.json:
        write_out(json.dumps(check.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_out(report(check))
    return 3 if check.missing else 0
