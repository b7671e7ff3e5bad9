"""speed55's fast paths give what the plain ones gave: a literal gate before a walk, one walk of a def shared by the
readers of `read_facts` that read all its nodes (see bot/apidiff/facts.py, handedkwargs.py, source.py)."""

from __future__ import annotations

import ast
import textwrap

import pytest

from bot.apidiff.facts import _may_serve_prefixed, _serves_prefixed, read_facts
from tests.artifacts import unpacked_release


def _def(source: str) -> tuple[ast.FunctionDef, bytes]:
    text = textwrap.dedent(source).encode()
    node = ast.parse(text).body[0]
    assert isinstance(node, ast.FunctionDef)
    return node, text


@pytest.mark.parametrize("prefix", ["f", "F", "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"])
def test_every_f_string_prefix_passes_the_gate_of_serves_prefixed(prefix: str) -> None:
    node, text = _def(f"def get(name, table):\n    return table[{prefix}'_old_{{name}}']\n")
    assert _may_serve_prefixed(node, text)
    assert _serves_prefixed(node) == ("_old_", "name", "table")


def test_a_look_up_by_a_plain_string_is_not_walked_for_a_prefix() -> None:
    node, text = _def("def get(name, table):\n    return table[fmt % name] or table.get(fo + name)\n")
    assert b"[f" in text and b"get(f" in text  # the gates before it pass
    assert not _may_serve_prefixed(node, text)
    assert read_facts(node, text).serves_prefixed is None
    node, text = _def("def get(name, table):\n    return table[f'_old_{name}'] or table.get(fo + name)\n")
    assert read_facts(node, text).serves_prefixed == ("_old_", "name", "table")  # its sibling with an f-string


def test_a_decorated_def_is_walked_whatever_its_text() -> None:
    """A decorator is above the def's text, yet walked with it: the gate lets every decorated def through."""
    module = ast.parse("@deco(table[f'_old_{name}'])\ndef get(name, table):\n    return table[fmt]\n")
    node = module.body[0]
    assert isinstance(node, ast.FunctionDef)
    text = b"def get(name, table):\n    return table[fmt]\n"
    assert _may_serve_prefixed(node, text)
    assert _serves_prefixed(node) == ("_old_", "name", "table")


def test_prettytable_3_12_serves_its_deprecated_constants_by_prefix() -> None:
    path = unpacked_release("prettytable", "3.12.0") / "prettytable" / "prettytable.py"
    data = path.read_bytes()
    tree = ast.parse(data)
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            lines = data.splitlines(keepends=True)[node.lineno - 1 : node.end_lineno]
            found[node.name] = read_facts(node, b"".join(lines)).serves_prefixed
    assert found["_warn_deprecation"] == ("_DEPRECATED_", "name", "module_globals")
    assert sum(value is not None for value in found.values()) == 1
