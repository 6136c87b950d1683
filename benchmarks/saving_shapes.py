"""Saving long strings of every shape: how long one save takes, and how it grows.

A doubt (a string in a list), a pro (a list in a table), a one-line field and the
meeting notes (multi-line) are saved holding 400 KB and 1 MB of plain text, and of
text where every few characters need escaping (quotes, backslashes, control
characters). "later save" is a save of an offer already open (merge and write, as
after a keystroke); "first save" the first one after opening, which also parses the
file. Medians of a few runs.

    python benchmarks/saving_shapes.py           # 400 KB and 1 MB, 3 runs each
    python benchmarks/saving_shapes.py --quick   # 100 KB, 1 run
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from _harness import median, ms, table

from offertui.domain.offer import Offer
from offertui.storage.store import OfferStore

ESCAPES = 'a doubt with "quotes", a \\ backslash and a \x01 control, 日本語 '
PLAIN = "a plain doubt in plain words, 日本語も少し "

SHAPES: dict[str, Callable[[Offer, str], Offer]] = {
    "doubt": lambda o, t: replace(o, doubts=(t,)),
    "pro": lambda o, t: replace(o, decision=replace(o.decision, pros=(t,))),
    "one-line field": lambda o, t: replace(o, company=t),
    "notes": lambda o, t: replace(o, meeting=replace(o.meeting, notes=t.replace("、", "\n"))),
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def one(root: Path, shape: Callable[[Offer, str], Offer], text: str) -> tuple[float, float]:
    store = OfferStore(root)
    store.prepare()
    created = store.create("Acme", "Dev")
    handle = store.open(created.id)
    handle.save(shape(handle.offer, text))
    handle.close()
    handle = store.open(created.id)
    started = time.perf_counter()
    handle.save(replace(handle.offer, stage="meeting"))
    first = time.perf_counter() - started
    started = time.perf_counter()
    handle.save(shape(handle.offer, text + "!"))
    later = time.perf_counter() - started
    handle.close()
    return first, later


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = [100_000] if args.quick else [400_000, 1_000_000]
    runs = 1 if args.quick else 3
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        n = 0
        for name, shape in SHAPES.items():
            for kind, unit in (("plain", PLAIN), ("escapes", ESCAPES)):
                for size in sizes:
                    firsts, laters = [], []
                    for _ in range(runs):
                        n += 1
                        first, later = one(Path(folder) / str(n), shape, _text(unit, size))
                        firsts.append(first)
                        laters.append(later)
                    rows.append(
                        [name, kind, f"{size // 1000:,} KB", ms(median(firsts)), ms(median(laters))]
                    )
    print(table(rows, ["field", "text", "size", "first save", "later save"]))


if __name__ == "__main__":
    main()
