"""No field of the app selects its text when it takes the focus: Textual's Input does
by default, and the next key typed (after a Tab, or into a dialog's field that typing
was sent back to) then replaced everything the field held."""

from __future__ import annotations

import ast
from pathlib import Path

import offertui

SRC = Path(offertui.__file__).parent


def _inputs_made(tree: ast.AST) -> list[ast.Call]:
    """The calls that make an Input: `Input(...)`, and `super().__init__(...)` in a
    class of the app derived from it."""
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Input"
    ]
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and any(
            isinstance(base, ast.Name) and base.id == "Input" for base in cls.bases
        ):
            calls += [
                node
                for node in ast.walk(cls)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "__init__"
            ]
    return calls


def _keeps_text(call: ast.Call) -> bool:
    return any(
        k.arg == "select_on_focus" and isinstance(k.value, ast.Constant) and k.value.value is False
        for k in call.keywords
    )


def test_every_field_keeps_its_text_when_focused() -> None:
    made = 0
    selecting = []
    for path in sorted(SRC.rglob("*.py")):
        for call in _inputs_made(ast.parse(path.read_text("utf-8"))):
            made += 1
            if not _keeps_text(call):
                selecting.append(f"{path.relative_to(SRC)}:{call.lineno}")
    assert made > 20  # the scan sees the app's fields
    assert selecting == []


def test_the_scan_sees_a_field_that_selects() -> None:
    tree = ast.parse("Input('x')\nInput('y', select_on_focus=False)\n")
    assert [_keeps_text(c) for c in _inputs_made(tree)] == [False, True]
