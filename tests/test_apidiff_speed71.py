"""speed71's fast paths give what the plain ones gave: `plain_reads` led by the attribute's dot instead of a pattern
tried at every word, `private_calls` walking for a way out only before a private call it found, `refuses_unlisted`
asking `contains` for a return or a yield (see bot/apidiff/userattrs.py, helpercalls.py, servedfrom.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.apidiff.helpercalls import PrivateCall, _exits_early, _private_helper, call_literals, private_calls
from bot.apidiff.locate import find_modules
from bot.apidiff.servedfrom import refuses_unlisted
from bot.apidiff.source import dotted_name, walk
from bot.apidiff.userattrs import plain_reads
from tests.artifacts import unpacked_release

_PLAIN = re.compile(rb"\b(?!(?:self|cls)\.)[A-Za-z_]\w*\.([a-z][a-z0-9]*_\w*)\b")
"""The pattern `plain_reads` searched with before: the reference."""


def _plain_reference(data: bytes) -> frozenset[str]:
    return frozenset(m.decode() for m in _PLAIN.findall(data))


def _private_reference(node: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[PrivateCall, ...]:
    """`private_calls` as it read every statement in order before."""
    found: list[PrivateCall] = []
    for stmt in node.body:
        if _exits_early(stmt):
            break
        value = stmt.value if isinstance(stmt, (ast.Expr, ast.Return, ast.Assign, ast.AnnAssign)) else None
        if isinstance(value, ast.Await):
            value = value.value
        called = dotted_name(value.func) if isinstance(value, ast.Call) else None
        if isinstance(value, ast.Call) and called is not None and _private_helper(called):
            found.append((called, call_literals(value)))
    return tuple(found)


def _unlisted_reference(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether some statement of the body holds a return or a yield, as `refuses_unlisted` walked for it before."""
    kinds = (ast.Return, ast.Yield, ast.YieldFrom)
    return any(isinstance(sub, kinds) for stmt in node.body for sub in walk(stmt))


def _defs(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (b"node.type_comment\n", {"type_comment"}),
        (b"a.b_c.d_e\n", {"b_c"}),  # the name of one match is no receiver of the next
        (b"x.y.baz_qux\n", {"baz_qux"}),  # `y` is no such name, so it is the receiver
        (b"a.b_c.d_e f.g_h\n", {"b_c", "g_h"}),
        (b"self.a_b cls.c_d\n", set()),
        (b"selfx.e_f _cls.g_h\n", {"e_f", "g_h"}),  # only `self` and `cls` themselves are left out
        (b"1.a_b a1.x_y\n", {"x_y"}),  # a receiver led by a digit is none
        (b"\xc3\xa9x.a_b\n", {"a_b"}),  # `x` after a UTF-8 letter: a word of its own to a bytes pattern
        (b"a.B_c a.b_C a.bc_ a._b a.b1_2 a.bC_d\n", {"b_C", "bc_", "b1_2"}),
        (b".a_b a .c_d a. e_f\n", set()),
    ],
)
def test_plain_reads_finds_what_the_pattern_found(text: bytes, names: set[str]) -> None:
    assert plain_reads(text) == names
    assert plain_reads(text) == _plain_reference(text)


_HELPERS = """
def none(self):
    if self.x:
        return 1
    return 2

def before_and_after(self):
    self._setup("a", key="b")
    if self.ready:
        return self.value
    self._after()

def only_after(self):
    for item in self.items:
        if item:
            raise ValueError(item)
    x = self._late()

def unguarded(self):
    with self.lock:
        self.count += 1
    await_it = self._one()
    return cls._two(1)

async def awaited(self):
    await self._wait("x")
    if self.done:
        pass
    return _helper()
"""


def test_private_calls_walk_only_before_the_calls_found() -> None:
    defs = {node.name: node for node in _defs(ast.parse(_HELPERS))}
    assert private_calls(defs["none"]) == ()
    assert private_calls(defs["before_and_after"]) == (("self._setup", ((0, "a"), ("key", "b"))),)
    assert private_calls(defs["only_after"]) == ()  # the loop may raise before it
    assert private_calls(defs["unguarded"]) == (("self._one", ()), ("cls._two", ()))
    assert private_calls(defs["awaited"]) == (("self._wait", ((0, "x"),)), ("_helper", ()))
    for node in defs.values():
        assert private_calls(node) == _private_reference(node)


_GETATTRS = """
def __getattr__(name):
    if name not in __all__:
        raise AttributeError(name)
    return globals()[name]

def __getattr__(name):
    if name == "x":
        return 1
    if name not in TABLE:
        raise AttributeError(name)

def __getattr__(name):
    for key in TABLE:
        yield key
    if name not in TABLE:
        raise AttributeError(name)

def __getattr__(name):
    if name not in TABLE:
        raise AttributeError(name)
"""


def test_refuses_unlisted_stops_at_a_return_or_a_yield() -> None:
    first, returned, yielded, last = _defs(ast.parse(_GETATTRS))
    assert refuses_unlisted(first) == ("name", "__all__")
    assert refuses_unlisted(returned) is None
    assert refuses_unlisted(yielded) is None
    assert refuses_unlisted(last) == ("name", "TABLE")
    assert [_unlisted_reference(node) for node in (first, returned, yielded, last)] == [True, True, True, False]


@pytest.mark.parametrize(("package", "version"), [("werkzeug", "2.3.0"), ("flask", "2.2.5")])
def test_the_fast_paths_agree_on_a_real_release(package: str, version: str) -> None:
    """Every module of the pinned release (one side of a benchmark pair): the same plain reads, and for every def
    the same private calls, as the plain readings gave."""
    root: Path = unpacked_release(package, version)
    modules = find_modules(root)
    assert modules
    calling = 0
    for module in modules:
        data = module.path.read_bytes()
        assert plain_reads(data) == _plain_reference(data), module.relpath
        for node in _defs(ast.parse(data)):
            found = private_calls(node)
            assert found == _private_reference(node), (module.relpath, node.name)
            calling += bool(found)
    assert calling  # the releases' defs do call private helpers: the comparison saw some
