"""No field of the app selects its text when it takes the focus: Textual's Input does
by default, and the next key typed (after a Tab, or into a dialog's field that typing
was sent back to) then replaced everything the field held."""

from __future__ import annotations

import ast
from pathlib import Path

import offertui

SRC = Path(offertui.__file__).parent


def _input_classes(tree: ast.AST) -> set[str]:
    """The app's classes derived from Input: a call of one makes an Input too."""
    return {
        cls.name
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        and any(isinstance(base, ast.Name) and base.id == "Input" for base in cls.bases)
    }


def _forwards_keywords(call: ast.Call) -> bool:
    """`super().__init__(..., **kwargs)`: the caller's own select_on_focus goes through."""
    return any(k.arg is None for k in call.keywords)


def _passing_on(tree: ast.AST) -> set[str]:
    """Those of the app's Input classes whose callers choose select_on_focus: no
    `__init__` of their own, or one that passes the caller's keywords on."""
    names = set()
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.name in _input_classes(tree):
            inits = [
                node
                for node in ast.walk(cls)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "__init__"
            ]
            if not inits or all(_forwards_keywords(call) for call in inits):
                names.add(cls.name)
    return names


def _inputs_made(tree: ast.AST, makers: frozenset[str] = frozenset({"Input"})) -> list[ast.Call]:
    """The calls that make an Input: `Input(...)` or a call of an app class derived from
    it, and `super().__init__(...)` in such a class unless it passes on the caller's
    keywords (the call of the class is then what is checked)."""
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in makers | {"Input"}
    ]
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.name in _input_classes(tree):
            calls += [
                node
                for node in ast.walk(cls)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "__init__"
                and not _forwards_keywords(node)
            ]
    return calls


def _keeps_text(call: ast.Call) -> bool:
    return any(
        k.arg == "select_on_focus" and isinstance(k.value, ast.Constant) and k.value.value is False
        for k in call.keywords
    )


def test_every_field_keeps_its_text_when_focused() -> None:
    trees = {path: ast.parse(path.read_text("utf-8")) for path in sorted(SRC.rglob("*.py"))}
    makers = frozenset(name for tree in trees.values() for name in _passing_on(tree))
    made = 0
    selecting = []
    for path, tree in trees.items():
        for call in _inputs_made(tree, makers):
            made += 1
            if not _keeps_text(call):
                selecting.append(f"{path.relative_to(SRC)}:{call.lineno}")
    assert made > 20  # the scan sees the app's fields
    assert selecting == []


def test_the_scan_sees_a_field_that_selects() -> None:
    tree = ast.parse("Input('x')\nInput('y', select_on_focus=False)\n")
    assert [_keeps_text(c) for c in _inputs_made(tree)] == [False, True]


def test_the_scan_sees_a_field_made_from_a_class_of_the_app() -> None:
    tree = ast.parse(
        "class Field(Input):\n"
        "    def __init__(self, **kwargs):\n"
        "        super().__init__(**kwargs)\n"
        "Field(id='a')\n"
        "Field(id='b', select_on_focus=False)\n"
    )
    made = _inputs_made(tree, frozenset(_passing_on(tree)))
    assert [_keeps_text(c) for c in made] == [False, True]
