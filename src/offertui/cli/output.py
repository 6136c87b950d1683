"""What the subcommands print: one place for standard output and error lines.

Everything a subcommand prints goes through here, and everything printed here is
terminal-safe: control and bidi characters from an offer file (which anyone may have
written) are shown as visible escapes (`offertui.domain.terminal_text`), never sent to
the terminal raw. Use:

- `write_out(text)` for the subcommand's output (Markdown, an email, a table); lines
  and tabs are kept. `one_line(field)` for a field inside a tab-separated line.
- `write_json(data)` for `--json` output: exact data, escaped the JSON way. (JSON
  passed to `write_out` stays valid too: its escapes are JSON's.)
- `write_out_or_export(text, output, done)` for output that `--output FILE` sends to
  a file instead (written as `storage.export` writes exports), with a note that says so.
- `warn(message)` / `note(message)` for a line on stderr; `fail(message)` for the
  error that ends the command (returns the exit status).

A standard output that cannot be written (closed, full, a pipe whose reader left)
raises `StdoutError`, which the command line turns into one line on stderr and a
non-zero exit, whichever subcommand was running.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from offertui.domain.terminal_text import visible

__all__ = [
    "StdoutError",
    "fail",
    "finish",
    "guard_streams",
    "note",
    "one_line",
    "warn",
    "write_json",
    "write_out",
    "write_out_or_export",
]


_SURROGATE = re.compile("[\ud800-\udfff]")


class StdoutError(Exception):
    """Standard output could not be written; the message says why, for one line."""

    def __init__(self, reason: str, code: int = 1) -> None:
        super().__init__(reason)
        self.code = code


class _ClosedStdout:
    """Stands in for a standard output that was closed before offertui started: any
    write, even a bare print, says so instead of vanishing."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise StdoutError("standard output is closed")

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False


def guard_streams() -> bool:
    """Give a closed stdin, stdout or stderr a /dev/null descriptor, so no file offertui
    opens later gets descriptor 0, 1 or 2 and receives output meant for the terminal.
    True if standard output was closed (writing to it then raises `StdoutError`)."""
    closed = False
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            closed = closed or fd == 1
    if closed:
        sys.stdout = _ClosedStdout()
    return closed


def _stdout_failed(error: OSError) -> StdoutError:
    # Later writes (and Python's own flush at exit) go nowhere instead of failing again.
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
    if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
        return StdoutError("standard output was closed by the program reading it", 141)
    return StdoutError(f"cannot write to standard output: {error.strerror or error}")


def _write_bytes(data: bytes) -> None:
    stdout = sys.stdout
    if stdout is None or isinstance(stdout, _ClosedStdout):
        raise StdoutError("standard output is closed")
    try:
        stdout.flush()  # anything printed before, in order
        stdout.buffer.write(data)
        stdout.flush()
    except OSError as error:
        raise _stdout_failed(error) from None
    except ValueError:  # the stream object itself was closed
        raise StdoutError("standard output is closed") from None


def write_out_or_export(text: str, output: str | None, done: Callable[[Path], str]) -> int:
    """`text` on standard output, or, when `output` names a file, written there with the
    note `done(path)` on stderr. The exit status: a file that cannot be written is one
    line of error."""
    if output is None:
        write_out(text)
        return 0
    # Imported here: opening the app goes through this module too, and never exports.
    from offertui.storage.export import ExportError, export_path, write_export

    try:
        path = write_export(export_path(output), text)
    except ExportError as error:
        return fail(str(error))
    note(done(path))
    return 0


def write_out(text: str) -> None:
    """Print `text` as UTF-8 whatever the locale says (so Japanese survives any pipe),
    with control and bidi characters shown as escapes; lines and tabs are kept."""
    _write_bytes(visible(text).encode("utf-8"))


def one_line(text: str) -> str:
    """A field for one column of a tab-separated line: tabs, line breaks and every
    other control shown as escapes too."""
    return visible(text, keep="")


def write_json(data: Any) -> None:
    """Print `data` as JSON (UTF-8, indented): the data exact, and nothing in it that a
    terminal would obey."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # JSON escapes C0 itself; `visible` writes DEL, C1 and bidi as JSON escapes too,
    # and a lone surrogate (a name no locale decoded) becomes its JSON escape here.
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    _write_bytes(visible(text + "\n").encode())


def finish() -> None:
    """Flush standard output at the end of a command, so a failure is reported while
    offertui can still say so (not as a traceback at exit)."""
    stdout = sys.stdout
    if stdout is None or isinstance(stdout, _ClosedStdout):
        return
    try:
        stdout.flush()
    except OSError as error:
        raise _stdout_failed(error) from None
    except ValueError:
        pass


def _say(kind: str, message: str) -> None:
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        print(f"offertui: {kind}{visible(message, keep='')}", file=sys.stderr, flush=True)


def fail(message: str, code: int = 1) -> int:
    """Say what went wrong on one line of stderr; return the exit status to use."""
    _say("error: ", message)
    return code


def warn(message: str) -> None:
    """A warning on one line of stderr; the command goes on."""
    _say("warning: ", message)


def note(message: str) -> None:
    """A note on one line of stderr (what was written where, what is left to do)."""
    _say("", message)
