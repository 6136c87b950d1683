"""Hand a text to the user's $VISUAL or $EDITOR, and read back what they saved.

The screen is given to the editor (Textual suspends the app) with the text in a private
temporary file, removed afterwards whatever happens.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from textual.app import App, SuspendNotSupported


@dataclass(frozen=True)
class Edited:
    """What came back: the saved text, or why there is none (for a notice)."""

    text: str | None
    problem: str = ""
    title: str = "Editor"
    severity: Literal["information", "warning", "error"] = "warning"


def editor_command() -> str:
    """$VISUAL, else $EDITOR, as the user set it."""
    return (os.environ.get("VISUAL") or "").strip() or (os.environ.get("EDITOR") or "").strip()


def edit_in_editor(app: App[Any], text: str, file_name: str, fallback: str = "") -> Edited:
    """Let the user edit `text` in their editor, in a file called `file_name`.
    `fallback` says what to do instead when this terminal cannot give the screen away."""
    command = editor_command()
    if not command:
        return Edited(
            None,
            "No editor is set. Set $VISUAL or $EDITOR (for example `export EDITOR=nano`) "
            "and start offertui again.",
            title="No editor",
        )
    try:
        argv = shlex.split(command)
    except ValueError as error:
        return Edited(None, f"Cannot read the editor command {command!r}: {error}")
    folder = Path(tempfile.mkdtemp(prefix="offertui-"))
    path = folder / file_name
    try:
        path.write_text(text, encoding="utf-8")
        try:
            with app.suspend():
                result = subprocess.run([*argv, str(path)], check=False)
        except SuspendNotSupported:
            return Edited(
                None,
                f"This terminal cannot hand the screen to an editor. {fallback}".strip(),
                title="No editor here",
            )
        except OSError as error:
            return Edited(
                None, f"Could not start {argv[0]}: {error.strerror or error}", severity="error"
            )
        if result.returncode != 0:
            return Edited(
                None, f"{argv[0]} exited with status {result.returncode}; the text is unchanged."
            )
        return Edited(path.read_text(encoding="utf-8", errors="replace"))
    except OSError as error:
        return Edited(None, f"Could not use a temporary file: {error}", severity="error")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
