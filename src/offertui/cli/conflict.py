"""`offertui conflict NAME`: compare the two versions of a conflicted offer, keep one.

A sync tool's conflicting copy, or a merge left in the file, makes two versions of one
offer (see `offertui list`). Without `--keep` this prints both, numbered, and how the
second differs from the first; `--keep 1` or `--keep 2` makes that one the offer's
file, and the other goes to `trash/`, never deleted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from offertui.cli.output import fail, note, one_line, write_out


def run(args: argparse.Namespace, root: Path) -> int:
    from offertui.storage import conflicts
    from offertui.storage.store import OfferStore

    store = OfferStore(root)
    name: str = args.name
    found = conflicts.find(store, name)
    if not found:
        return fail(f"{name!r} has no conflicting versions (see `offertui list`)")
    if len(found) > 1:
        files = ", ".join(c.path.name for c in found)
        return fail(f"{name} has {len(found)} conflicting copies ({files}); name one of them")
    [conflict] = found
    first, second = conflicts.versions(store, conflict)
    if args.keep is None:
        lines = [f"{conflict.offer_id} has two versions:"]
        for number, version in enumerate((first, second), 1):
            problem = f" (cannot be kept: {version.problem})" if version.problem else ""
            lines.append(f"  {number}  {version.label}{problem}")
        write_out("".join(one_line(line) + "\n" for line in lines) + "\n")
        write_out(conflicts.compare(store, conflict) or "(the two versions are the same)\n")
        note(f"keep one with: offertui conflict {name} --keep 1 (or 2)")
        return 0
    kept = (first, second)[args.keep - 1]
    dropped = conflicts.keep(store, conflict, args.keep - 1)
    where = dropped.relative_to(store.root) if dropped.is_relative_to(store.root) else dropped
    write_out(
        one_line(
            f"kept {kept.label} as {store.path_for(conflict.offer_id).name}; the other "
            f"version is in {where}"
        )
        + "\n"
    )
    return 0
