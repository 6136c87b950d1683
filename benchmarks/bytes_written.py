"""Bytes on the wire: what the terminal receives per keystroke, and per idle second.

Over SSH every byte a frame writes crosses the link. The real `offertui` runs in a
pseudo-terminal at 100x30 with 100 KB of meeting notes, against a bare Textual app
holding one TextArea with the same notes (`bare_textarea.py`), in turns. Each key
types "¤" (a character no escape sequence holds); its cost is every byte written from
the key until the screen has been still for `--quiet` seconds. Measured: the meeting
notes, a question's answer (shift+tab from the notes), an email draft (Emails opens on
it), and a running meeting (F9) left alone for `--idle` seconds.

    python benchmarks/bytes_written.py           # 3 launches of each, 30 keys each
    python benchmarks/bytes_written.py --quick   # a small run for CI
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _harness import PtyProcess, bare_argv, make_offers, median, notes_of_size, table
from _harness import offertui_argv as offertui

KEY = "¤"
F4, F6, F9, SHIFT_TAB = b"\x1bOS", b"\x1b[17~", b"\x1b[20~", b"\x1b[Z"


LINE = 10  # keys per line before an (uncounted) Enter, so the typing never wraps


def typing(term: PtyProcess, keys: int, quiet: float) -> list[int]:
    sizes = []
    typed = 0
    for _ in range(keys):
        if typed == LINE:
            term.send(b"\r")
            time.sleep(2 * quiet)
            typed = 0
        typed += 1
        mark = term.mark()
        term.send(KEY.encode())
        _end, size = term.change(mark, (KEY * typed).encode(), quiet=quiet)
        sizes.append(size - mark)
    return sizes


def settle(term: PtyProcess, key: bytes, marker: bytes, quiet: float) -> None:
    mark = term.mark()
    term.send(key)
    term.change(mark, marker, quiet=quiet)


def run_offertui(data: Path, tail: bytes, keys: int, quiet: float, idle: float) -> dict[str, float]:
    term = PtyProcess(offertui(data))
    try:
        term.wait_for(b"Company 0000")
        time.sleep(0.5)
        settle(term, b"m", tail, quiet)
        notes = median(typing(term, keys, quiet))
        settle(term, SHIFT_TAB, b"Answer", quiet)
        answer = median(typing(term, keys, quiet))
        settle(term, F9, b"Meeting started", quiet)
        time.sleep(7)  # the notice (5 s) goes away
        mark = term.mark()
        time.sleep(idle)
        running = (term.mark() - mark) / idle
        # Leaving a running meeting asks first; the key that asked, again, says yes
        # (the meeting goes on running).
        settle(term, F6, b"Leave", quiet)
        settle(term, F6, b"Request letter", quiet)
        draft = median(typing(term, keys, quiet))
        return {"notes": notes, "answer": answer, "draft": draft, "running": running}
    finally:
        term.kill()


def run_bare(path: Path, tail: bytes, keys: int, quiet: float, idle: float) -> dict[str, float]:
    term = PtyProcess(bare_argv("bare_textarea.py", str(path)))
    try:
        term.wait_for(tail)
        time.sleep(0.5)
        typed = median(typing(term, keys, quiet))
        mark = term.mark()
        time.sleep(idle)
        return {"typing": typed, "idle": (term.mark() - mark) / idle}
    finally:
        term.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=3)
    parser.add_argument("--keys", type=int, default=30)
    parser.add_argument("--quiet", type=float, default=0.2)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds left alone")
    parser.add_argument("--quick", action="store_true", help="one launch, 5 keys, 3 s idle")
    args = parser.parse_args()
    if args.quick:
        args.launches, args.keys, args.idle = 1, 5, 3.0
    app: dict[str, list[float]] = {}
    bare: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        notes = notes_of_size(100_000)
        tail = notes.rsplit("\n", 1)[-1][-24:].encode()
        text = Path(tmp) / "notes.txt"
        text.write_text(notes, "utf-8")
        for n in range(args.launches):
            # An offer of its own each time: F9 on a meeting already started would end it.
            data = Path(tmp) / f"data-{n}"
            make_offers(data, 1, notes=notes)
            for what, value in run_bare(text, tail, args.keys, args.quiet, args.idle).items():
                bare.setdefault(what, []).append(value)
            for what, value in run_offertui(data, tail, args.keys, args.quiet, args.idle).items():
                app.setdefault(what, []).append(value)
    bare_key = median(bare["typing"])
    rows = [
        [
            f"a key in the {what}",
            f"{bare_key:,.0f} B",
            f"{median(app[what]):,.0f} B",
            f"{median(app[what]) / bare_key:.2f}x",
        ]
        for what in ("notes", "answer", "draft")
    ]
    rows.append(
        [
            "a second, meeting running, idle",
            f"{median(bare['idle']):,.0f} B",
            f"{median(app['running']):,.0f} B",
            "",
        ]
    )
    print(
        f"\nBytes written to the terminal at 100x30, medians over {args.launches} launches "
        f"({args.keys} keys each):\n"
    )
    print(table(rows, ["what", "bare TextArea", "offertui", "ratio"]))


if __name__ == "__main__":
    main()
