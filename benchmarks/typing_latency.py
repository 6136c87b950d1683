"""Typing: key-to-frame latency in the meeting notes, against a bare TextArea app.

Both apps run in a real pseudo-terminal holding the same notes (1 KB, 100 KB, 1 MB),
with the cursor at the end. Each keystroke types "¤" (a character no escape sequence
contains) and the clock stops when the terminal receives a frame whose text holds one
more "¤" than before, i.e. the frame that shows the key. Keys are sent one at a time,
as a fast typist would (every 40 ms), never faster than the app can show them.

    python benchmarks/typing_latency.py           # 1 KB, 100 KB, 1 MB; 60 keys each
    python benchmarks/typing_latency.py --quick   # a small run for CI
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _harness import (
    PtyProcess,
    bare_argv,
    make_offers,
    median,
    ms,
    notes_of_size,
    offertui_argv,
    p95,
    table,
)

KEY = "¤"
F4 = b"\x1bOS"
LINE = 20  # keys per line before an (untimed) Enter, so the run never wraps


def measure(term: PtyProcess, keys: int, gap: float) -> list[float]:
    latencies = []
    typed = 0
    for _ in range(keys):
        if typed == LINE:
            mark = term.mark()
            term.send(b"\r")
            time.sleep(gap)
            typed = 0
        typed += 1
        mark = term.mark()
        sent = term.send(KEY.encode())
        shown = term.wait_for((KEY * typed).encode(), since=mark, timeout=10)
        latencies.append(shown - sent)
        time.sleep(gap)
    return latencies


def run_offertui(data: Path, keys: int, gap: float, tail: str) -> list[float]:
    term = PtyProcess(offertui_argv(data))
    try:
        term.wait_for(b"Company 0000")
        mark = term.mark()
        term.send(b"\r")
        term.wait_for(b"Overview", since=mark)
        mark = term.mark()
        term.send(F4)
        term.wait_for(tail.encode(), since=mark)
        time.sleep(0.5)
        return measure(term, keys, gap)
    finally:
        term.kill()


def run_bare(path: Path, keys: int, gap: float, tail: str) -> list[float]:
    term = PtyProcess(bare_argv("bare_textarea.py", str(path)))
    try:
        term.wait_for(tail.encode())
        time.sleep(0.5)
        return measure(term, keys, gap)
    finally:
        term.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--gap", type=float, default=0.04, help="seconds between keys")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 100_000, 1_000_000])
    parser.add_argument("--quick", action="store_true", help="20 keys, 1 KB and 100 KB")
    args = parser.parse_args()
    if args.quick:
        args.keys, args.sizes = 20, [1_000, 100_000]

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            notes = notes_of_size(size)
            tail = notes.rsplit("\n", 1)[-1][-24:]
            data = Path(tmp) / f"typing-{size}"
            make_offers(data, 1, notes=notes)
            text_file = Path(tmp) / f"notes-{size}.txt"
            text_file.write_text(notes, "utf-8")
            bare = run_bare(text_file, args.keys, args.gap, tail)
            app = run_offertui(data, args.keys, args.gap, tail)
            rows.append(
                [
                    f"{size // 1000:,} KB",
                    ms(median(bare)),
                    ms(p95(bare)),
                    ms(median(app)),
                    ms(p95(app)),
                    f"{median(app) / median(bare):.2f}x",
                ]
            )
            print(f"  {size // 1000} KB done", flush=True)
    print(f"\nKey-to-frame latency over {args.keys} keys:\n")
    print(
        table(
            rows,
            ["notes", "bare median", "bare p95", "offertui median", "offertui p95", "ratio"],
        )
    )


if __name__ == "__main__":
    main()
