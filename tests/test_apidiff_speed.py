"""The engine's fast paths (issue 11) give what the plain ones gave: re-pathed symbols keep every field, the pruned
`wraps(x)` search and the regex scans anchored on a literal find what a full walk and a `^`/`\\b` pattern found."""

from __future__ import annotations

import ast
import gc
import re
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.apidiff import keyreaders
from bot.apidiff.collector import collector_paused
from bot.apidiff.configkeys import read_config_keys
from bot.apidiff.envvars import read_env_vars
from bot.apidiff.extract import _literal_setattrs, dispatch_prefixes
from bot.apidiff.facts import _lines_with, read_facts
from bot.apidiff.source import SourceText, node_bytes, walk
from tests.compiled import patches_engine_functions


def _facts(source: str) -> list[bool]:
    """keeps_signature of every def in `source`, in walk order."""
    data = textwrap.dedent(source).encode()
    tree, text = ast.parse(data), SourceText(data)
    defs = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    return [read_facts(node, node_bytes(text, node)).keeps_signature for node in defs]


@pytest.mark.parametrize(
    ("source", "keeps"),
    [
        ("def deco(f):\n    @wraps(f)\n    def inner(*a, **k):\n        return f(*a, **k)\n    return inner\n", True),
        # the wrapped function is another one: the signature is `other`'s
        ("def deco(f):\n    @wraps(other)\n    def inner(*a, **k):\n        return f(*a, **k)\n    return inner\n", False),
        # `wraps` on a continuation line, below the line the decorator starts on
        (
            "def deco(f):\n    if f:\n        @functools.\\\nwraps(other)\n        def inner(*a, **k):\n"
            "            return f(*a, **k)\n    return inner\n",
            False,
        ),
        # a compatibility spelling of `wraps` is the same name to Python: no line filter in non-ASCII source
        ("def deco(f):\n    ｗｒａｐｓ(other)\n    return wraps(f)(lambda *a: f(*a))\n", False),
        ("def deco(f):\n    x = [update_wrapper(w, other) for w in ws]\n    return wraps(f)(g(*a))\n", False),
    ],
)
def test_wraps_of_another_function_is_found_in_any_subtree(source: str, keeps: bool) -> None:
    assert _facts(source)[0] is keeps


def test_lines_with_lists_each_line_once() -> None:
    data = b"def f():\n    yield 1; yield 2\n    x = kwargs\n    return\n    yield kwargs\n"
    node = ast.parse(data).body[0]
    assert isinstance(node, ast.FunctionDef)
    assert _lines_with(node, data, [b"yield", b"kwargs"]) == [2, 3, 5]


def test_config_reads_after_a_word_boundary_only() -> None:
    data = b'a = ("KEY_ONE" in\n     app.config)\nb = app.config ["KEY_TWO"]\nc = ("KEY_THREE" in\\\n app.config)\n'
    reads = read_config_keys(ast.parse(data), data).reads
    assert reads == {"KEY_ONE", "KEY_TWO"}  # a backslash continuation is no `\\s`: as before


def test_os_imports_on_the_first_and_later_lines() -> None:
    data = b'import os as o\nif o:\n  from os import (environ as env, getenv)\nA = o.environ["A"]\nB = env.get("B")\n'
    data += b'C = getenv("C")\n'
    assert read_env_vars(ast.parse(data), data).names == {"A": 4, "B": 5, "C": 6}


def test_collector_is_paused_while_reading_and_left_as_the_caller_had_it() -> None:
    seen = []
    paused = collector_paused(lambda: seen.append(gc.isenabled()))
    assert gc.isenabled()
    paused()
    assert gc.isenabled()
    gc.disable()
    try:
        paused()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False, False]


_KEYED = b'''import os

DEFAULTS = {"EXT_A": 1, "EXT_B": 2}
ORDER = "EXT_ORDER_NAME"


def _env(name, default=None):
    return os.environ.get(name, default)


def _computed(self_name):
    return os.environ.get(self_name)


class Config:
    def load(self):
        self.timeout = _env("EXT_TIMEOUT")
        self.retries = _env(name="EXT_RETRIES", default=3)
        self.other = _computed(self.order_name)
        return [os.environ.get(key) for key in DEFAULTS]


for key in DEFAULTS.keys():
    os.getenv(key)
'''


@patches_engine_functions
def test_keyed_reads_are_found_in_one_walk_of_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    walked = []

    def counted(node: ast.AST) -> Iterator[ast.AST]:
        walked.append(type(node).__name__)
        return walk(node)

    tree = ast.parse(_KEYED)
    monkeypatch.setattr(ast, "walk", counted)
    monkeypatch.setattr(keyreaders, "walk", counted)
    reads = read_env_vars(tree, _KEYED)
    # loops over a literal table (the last statement's read first), a computed name (any UPPER name spelled), a
    # helper given literals (positional, keyword): what, where and in which order the walks one by one found them
    assert list(reads.names.items()) == [
        ("EXT_A", 24), ("EXT_B", 24), ("EXT_ORDER_NAME", 4), ("EXT_TIMEOUT", 17), ("EXT_RETRIES", 18)
    ]
    assert reads.shapes == frozenset()
    assert walked.count("Module") == 1  # five reads keyed by a name: one walk of the module, not one per question


_EVERY_FORM = """
import os.path as p, sys
from . import x as y
global_name: int = 1
@decorator(arg, key=[1, *rest])
async def f(a, /, b: "T" = 1, *args, c, d=2, **kwargs) -> list[int]:  # type: ignore
    global g
    async with ctx() as (u, v):
        async for i in aiter():
            await g(i)
    try:
        yield from (lambda q: q)(x)
    except (ValueError, TypeError) as error:
        raise RuntimeError(f"{error!r:>{width}}") from error
    finally:
        del a[0], b.c
    return {k: v for k, v in kwargs.items() if k not in {1, 2}} or [x async for x in y] or not a < b <= c
class C(Base[int], metaclass=Meta):
    match command:
        case Point(x=0, y=_) | [1, 2, *others] | {"k": v, **more} if v:
            pass
        case str() as s:
            pass
"""


@pytest.mark.parametrize(
    "path", [pytest.param(None, id="every-form"), *sorted((Path(__file__).parent.parent / "bot/apidiff").glob("*.py"))]
)
def test_walk_gives_what_ast_walk_gives_in_its_order(path: Path | None) -> None:
    tree = ast.parse(path.read_bytes() if path is not None else _EVERY_FORM, type_comments=True)
    assert [id(node) for node in walk(tree)] == [id(node) for node in ast.walk(tree)]  # contexts, operators too


_SETATTR_BY_EVERY_BYTE = re.compile(
    rb"(?<![\w])(?:[A-Za-z_][\w.]*\.)?setattr\(\s*([A-Za-z_][\w.]*)\s*,\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]"
)
"""`_LITERAL_SETATTR` as it was: led by a look-behind and an optional receiver, tried at every byte."""


@pytest.mark.parametrize(
    "text",
    [
        b"setattr(Cls, 'name', 1)",
        b"x=1;setattr(a,'b',1)\nmp.setattr(mod.Cls, \"c\", v)",
        b"a.b.setattr(\n  c.d ,\n 'e')\n1.setattr(f, 'g')",
        b"_setattr(a, 'b')\nresetattr(a, 'b')\n\xc3\xa9setattr(a, 'b')\nsetattr(a, 'b'\nsetattr(setattr(a, 'b'), 'c')",
    ],
)
def test_literal_setattrs_found_as_by_every_byte(text: bytes) -> None:
    expected = {(subject.decode(), name.decode()) for subject, name in _SETATTR_BY_EVERY_BYTE.findall(text)}
    assert set(_literal_setattrs(text)) == {pair for pair in expected if pair[0] not in ("self", "cls")}


def test_literal_setattrs_skip_to_the_word() -> None:
    module = b"".join(b"value_%d = some.dotted_name.attribute_%d(argument)\n" % (i, i) for i in range(3000))
    module += b"setattr(Cls, 'name', value_1)\n"

    def cost(scan: Callable[[], object]) -> float:
        times = []
        for _ in range(3):
            start = time.process_time()
            scan()
            times.append(time.process_time() - start)
        return min(times)

    assert _literal_setattrs(module) == (("Cls", "name"),)
    assert cost(lambda: _literal_setattrs(module)) * 5 < cost(lambda: _SETATTR_BY_EVERY_BYTE.findall(module))


_BUILT_NAME_BY_EITHER_QUOTE = re.compile(rb"""['"]([A-Za-z][A-Za-z0-9_]*_)(?:['"]\s*\+|\{|%s['"]\s*%)""")
"""`_BUILT_NAMES` as it was: one pattern led by the class of both quotes, tested at every byte."""


@pytest.mark.parametrize(
    "text",
    [
        b"getattr(self, 'visit_' + name)",
        b'getattr(self, f"depart_{name}")\ngetattr(self, "on_%s" % event)',
        b"""x = 'a_' + "b_" + 'c_'{ "d_%s" % 'e_' "f_"+'g_'""",
        b"""'a_"+'b_'+ "c_"  '_x_' + '\xc3\xa9_' + "9_" +""",
        b"",
    ],
)
def test_built_names_found_as_by_either_quote(text: bytes) -> None:
    expected = frozenset(name.decode() for name in _BUILT_NAME_BY_EITHER_QUOTE.findall(text))
    assert dispatch_prefixes(text) == expected


def test_built_names_of_the_engine_found_as_by_either_quote() -> None:
    for path in sorted((Path(__file__).parent.parent / "bot/apidiff").glob("*.py")):
        data = path.read_bytes()
        expected = frozenset(name.decode() for name in _BUILT_NAME_BY_EITHER_QUOTE.findall(data))
        assert dispatch_prefixes(data) == expected, path
