"""What the subcommands print: one place for standard output and error lines."""

from __future__ import annotations

import sys


def fail(message: str, code: int = 1) -> int:
    """Say what went wrong on one line of stderr; return the exit status to use."""
    print(f"offertui: error: {message}", file=sys.stderr)
    return code


def write_out(text: str) -> None:
    """Print `text` as UTF-8 whatever the locale says, so Japanese survives any pipe."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
