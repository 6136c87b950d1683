"""The letter check against the hand-labelled corpus in tests/letters: how right its
"missing" warnings are, per item and overall, on the tuning half and the held-out half.

An item reported missing is right when the law requires it of that letter and the
letter does not state it (see tests/letter_corpus.py for how that is worked out).

    python benchmarks/letter_check.py           # both halves, per item
    python benchmarks/letter_check.py --quick   # the overall figures only (for CI)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.letter_corpus import load_corpus, predict, score

from offertui.domain.letter_items import ITEM_KEYS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="overall figures only")
    args = parser.parse_args()
    worst = 1.0
    for split in ("dev", "held-out", None):
        letters = load_corpus(split)
        started = time.perf_counter()
        result = score(predict, letters, ITEM_KEYS)
        took = (time.perf_counter() - started) / max(len(letters), 1) * 1000
        name = split or "all"
        overall = result.overall
        worst = min(worst, overall.precision, overall.recall)
        print(
            f"{name:9} {len(letters):3} letters  precision {overall.precision:.3f}"
            f"  recall {overall.recall:.3f}  (tp {overall.true_positive}, fp"
            f" {overall.false_positive}, fn {overall.false_negative})  found/not found right"
            f" {result.presence_accuracy:.3f}  fixed-term {result.fixed_term_right}/{len(letters)}"
            f"  fixed overtime {result.overtime_right}/{len(letters)}  {took:.1f} ms a letter"
        )
        if not args.quick and split is None:
            print(f"\n{'item':24} {'warned':>6} {'right':>6} {'missed':>6} precision recall")
            for key in ITEM_KEYS:
                tally = result.per_item.get(key)
                if tally is None:
                    continue
                print(
                    f"{key:24} {tally.true_positive + tally.false_positive:6}"
                    f" {tally.true_positive:6} {tally.false_negative:6}"
                    f" {tally.precision:9.3f} {tally.recall:6.3f}"
                )
            for error in result.errors:
                print("  ", error)
    return 0 if worst >= 0.95 else 1


if __name__ == "__main__":
    raise SystemExit(main())
