"""Start-up: time to the first frame that shows the Offers table filled, and peak memory.

Runs the real `offertui` against a bare Textual "hello world" in the same run, in a
real pseudo-terminal, interleaved (bare, offertui, bare, offertui, …) after warm-up.
The clock stops when the terminal receives the text that proves the frame is there:
"Hello, bare Textual" for the bare app, the first offer's company (or the empty
state) for offertui. Interpreter shutdown is not timed: the process is killed.

    python benchmarks/startup.py            # 0, 100 and 1,000 offers, 21 rounds
    python benchmarks/startup.py --quick    # a small run for CI
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _harness import (
    PtyProcess,
    bare_argv,
    make_offers,
    median,
    ms,
    offertui_argv,
    table,
)


def first_frame(argv: list[str], marker: bytes) -> tuple[float, int | None]:
    term = PtyProcess(argv)
    try:
        shown = term.wait_for(marker)
        return shown - term.started, term.peak_rss_kib()
    finally:
        term.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Start-up times vary by a few per cent from run to run; 21 rounds steady the median.
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--counts", type=int, nargs="*", default=[0, 100, 1000])
    parser.add_argument("--quick", action="store_true", help="3 rounds, 0 and 100 offers")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.warmup, args.counts = 3, 1, [0, 100]

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.counts:
            data = Path(tmp) / f"offers-{count}"
            make_offers(data, count)
            marker = b"Company 0000" if count else b"No offers yet"
            bare_times, app_times, bare_rss, app_rss = [], [], [], []
            for n in range(args.warmup + args.rounds):
                b, b_rss = first_frame(bare_argv("bare_app.py"), b"Hello, bare Textual")
                a, a_rss = first_frame(offertui_argv(data), marker)
                if n >= args.warmup:
                    bare_times.append(b)
                    app_times.append(a)
                    bare_rss.append(b_rss or 0)
                    app_rss.append(a_rss or 0)
            bare, app = median(bare_times), median(app_times)
            rss_ratio = median(app_rss) / median(bare_rss) if median(bare_rss) else 0.0
            rows.append(
                [
                    f"{count:,} offers",
                    ms(bare),
                    ms(app),
                    f"{app / bare:.2f}x",
                    f"{median(bare_rss) / 1024:.0f} MiB",
                    f"{median(app_rss) / 1024:.0f} MiB",
                    f"{rss_ratio:.2f}x",
                ]
            )
            print(f"  {count} offers done", flush=True)
    print(f"\nFirst frame, median of {args.rounds} interleaved rounds:\n")
    print(
        table(
            rows,
            ["data", "bare app", "offertui", "ratio", "bare RSS", "offertui RSS", "RSS ratio"],
        )
    )


if __name__ == "__main__":
    main()
