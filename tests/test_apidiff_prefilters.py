"""The cheaper paths of issue 11's second speed pass give what the full ones gave: the text test before a body's
warnings are read, line offsets from line lengths, error-message spans walked only where a read was found."""

from __future__ import annotations

import ast
import gc
import re
from bisect import bisect_right
from pathlib import Path
from typing import Any

import pytest

from bot.apidiff import release
from bot.apidiff.calls import _BUILTIN_METHODS, _SKIPPED, _call_lines, read_calls
from bot.apidiff.configkeys import _access_starts
from bot.apidiff.envvars import read_env_vars
from bot.apidiff.extract import read_module, word_count
from bot.apidiff.facts import _NESTED, _has_nested_def, nodes_on_lines, read_facts
from bot.apidiff.locate import find_modules
from bot.apidiff.located import candidate_lines
from bot.apidiff.model import ModuleStatus, Surface
from bot.apidiff.raw import RawCallable
from bot.apidiff.release import surface_of
from bot.apidiff.source import line_offsets
from bot.apidiff.surface import build_surface
from tests.compiled import patches_engine_functions


def _warns(source: str) -> tuple[object, ...]:
    raw = read_module("m", "m.py", source.encode(), False)
    function = raw.bindings["f"][-1]
    assert isinstance(function, RawCallable)
    return (*function.warns, *function.param_warns)


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('import warnings\ndef f():\n    warnings.warn("old", DeprecationWarning)\n', 1),
        ('def f(x=None):\n    if x is not None:\n        _Deprecated("x is old")\n', 1),  # helper, any case
        ('def f():\n    log("x")\n    print("warn")\n', 0),  # mentioned, but no warning call
        ('def f():\n    WARN("x")\n', 1),  # a helper named for warning: the surface decides whether it deprecates
        # the same name to Python in a compatibility spelling: the text test lets non-ASCII bodies through
        ('import warnings\ndef f():\n    ｗａｒｎｉｎｇｓ.ｗａｒｎ("old", ＤｅｐｒｅｃａｔｉｏｎＷａｒｎｉｎｇ)\n', 1),
        ("def f():\n    return 1\n", 0),
    ],
)
def test_warnings_of_a_body_are_found_whatever_the_text_test_skips(source: str, found: int) -> None:
    assert len(_warns(source)) == found


@pytest.mark.parametrize("data", [b"", b"x", b"\n", b"a\nb\n", b"a\n\nb", b"a\r\nb\rc\n", "é\nü\n".encode()])
def test_line_offsets_are_where_each_line_starts(data: bytes) -> None:
    assert line_offsets(data) == [0, *(match.end() for match in re.finditer(rb"\n", data))]


def test_a_read_only_wording_an_error_is_left_out_in_any_function() -> None:
    data = (
        b"import os\n"
        b"def other():\n    return os.environ.get('KEPT')\n"
        b"def fail():\n    if ok():\n        return\n    lang = os.environ.get('LANG')\n    raise RuntimeError(lang)\n"
        b"def plain():\n    raise RuntimeError('no read here')\n"
    )
    assert read_env_vars(ast.parse(data), data).names == {"KEPT": 3}


@patches_engine_functions
def test_a_release_is_read_with_the_collector_paused_and_left_enabled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("def f(a):\n    return a\n")
    seen: list[bool] = []

    def build(*args: Any) -> Surface:
        seen.append(gc.isenabled())
        return build_surface(*args)

    monkeypatch.setattr(release, "build_surface", build)
    assert gc.isenabled()
    surface = surface_of(tmp_path, "pkg", "1.0")
    assert gc.isenabled() and seen == [False]
    assert "pkg.f" in surface.symbols
    assert all(report.status is ModuleStatus.OK for report in surface.modules)


@pytest.mark.parametrize(
    "text",
    [b"def", b"undef x", b"define", b"(lambda: 1)", b"lambda_", b"subclass", b"x.class_", b"class A", b"a\nclass"],
)
def test_nested_scope_words_are_found_as_a_leading_boundary_pattern_finds_them(text: bytes) -> None:
    plain = re.search(rb"\b(?:def|lambda|class)\b", text)
    assert (_NESTED.search(text) is None) is (plain is None)


@pytest.mark.parametrize(
    "text",
    [
        b"def f():\n    def g(): pass\n",
        b"def f():\n\tasync  def g(): pass\n",
        b"def f():\n    x = undef g\n    y = 'default'\n",
        b"def f():\ndef g(): pass\n",  # not indented
        b"\n def g(): pass",  # the newline at the first byte: the first line is the def's own
        b"def f():\n    async def\n",  # no space or tab after `def`
        b"def f():\n    xasync def g(): pass\n",
        b"def f():\n    return 1  # def g\n",
    ],
)
def test_a_nested_def_is_found_as_the_newline_led_pattern_finds_it(text: bytes) -> None:
    newline_led = re.compile(rb"\n[ \t]+(?:async[ \t]+)?def[ \t]").search(text, 1)
    assert _has_nested_def(text) is (newline_led is not None)


@pytest.mark.parametrize(
    ("source", "keeps"),
    [
        ("def deco(f):\n    f.marked = True\n    return f\n", True),
        ("def deco(f):\n    return f  # as is\n", False),  # as before: `$` right after the name and spaces
        ("def deco(f):\n    return f.wrapped\n", False),
        ("def deco(f):\n    # xreturn f\n    return f.wrapped\n", False),  # no word boundary before `return`
        ("def deco(f):\n    # (return f\n    return f.wrapped\n", True),  # the text is read, comments too, as before
    ],
)
def test_a_decorator_handing_its_argument_back_keeps_the_signature(source: str, keeps: bool) -> None:
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.FunctionDef)
    assert read_facts(node, source.encode()).keeps_signature is keeps


_ONE_PATTERN = re.compile(rb"config\s*(?:\[|\.\s*(?:get|setdefault|pop)\s*\()|default_config|\bin\s+[\w.]*config\b")
"""The config access pattern as one pattern of three alternatives (what `_access_starts` must agree with)."""


@pytest.mark.parametrize(
    "data",
    [
        b'"A" in app.config["B"]',
        b"default_config[x] = config.get('C')",
        b"k in default_config",
        b"k in\n    self.config\n",
        b"app.config  .  setdefault ( 'D', 1)",
        b"inconfig x.in config min config",
        b"config[config[config.pop(",
        b"",
    ],
)
def test_config_access_starts_are_where_one_alternation_pattern_finds_them(data: bytes) -> None:
    assert _access_starts(data) == [match.start() for match in _ONE_PATTERN.finditer(data)]


@pytest.mark.parametrize(
    ("data", "names"),
    [
        (b"import os\nx = os.environ\ny = getenv('A')\nz = environ2 + my_environ\n", {"environ", "getenv"}),
        (b"from os import environ as env, getenv as e\nenv['A']\nenvironment = e('B')\n", {"env", "e", "environ"}),
        (b"", {"environ"}),
    ],
)
def test_candidate_lines_are_where_one_alternation_of_the_names_finds_them(data: bytes, names: set[str]) -> None:
    alternation = re.compile(rb"\b(?:" + b"|".join(name.encode() for name in sorted(names)) + rb")\b")
    starts = line_offsets(data)
    assert candidate_lines(data, names) == sorted({bisect_right(starts, m.start()) for m in alternation.finditer(data)})


@pytest.mark.parametrize(
    "data",
    [
        b"from ._x import name\nname(1)\n",
        b"9name x9name _9name name9 name_ names aname\n",
        b"name",
        b"namename name.name (name)",
        b"caf\xc3\xa9 = name\n",
        b"",
    ],
)
@pytest.mark.parametrize("word", [b"name", b"_9name", b"na", b"caf\xc3\xa9", b"n"])
def test_a_word_is_counted_as_listing_every_word_counts_it(data: bytes, word: bytes) -> None:
    every_word = re.findall(rb"[A-Za-z_][A-Za-z0-9_]*", data)
    assert word_count(data, word) == every_word.count(word)


@pytest.mark.parametrize("stubs", [(), ("a.pyi",), ("a.pyi", "c.pyi")])
def test_sources_are_kept_with_or_without_stubs_beside_them(tmp_path: Path, stubs: tuple[str, ...]) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    for name in ("__init__.py", "a.py", "b.py", *stubs):
        (package / name).write_text("x = 1\n")
    found = {module.relpath for module in find_modules(tmp_path)}
    alone = {f"pkg/{name}" for name in stubs if not (package / name.replace(".pyi", ".py")).exists()}
    assert found == {"pkg/__init__.py", "pkg/a.py", "pkg/b.py"} | alone


_RECEIVER_LED = re.compile(
    rb"(?<![A-Za-z0-9_.])(self|cls)\.([A-Za-z_][A-Za-z0-9_]*)\s*\(|\.([A-Za-z_][A-Za-z0-9_]*)\s*\("
)
"""The pattern the call lines were found with before: tried at every byte (led by a look-behind)."""


def _receiver_led_lines(text: bytes, first: int) -> list[int]:
    found = set()
    for match in _RECEIVER_LED.finditer(text):
        name = match.group(2) or match.group(3)
        if name.startswith(b"_") or (match.group(1) is None and name in _BUILTIN_METHODS):
            continue
        found.add(first + text.count(b"\n", 0, match.start()))
    return sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        b"self.get(x)",
        b"cls.update(x)",
        b"myself.get(x)",  # not `self`
        b"x.self.get(x)",  # an attribute named self
        b"x.cls.keys()",
        b"(self.items())",
        b"\nself .get(x)",  # a space before the dot: no call of `self`'s
        b"a.b.run(x)\nz = 1\nself._hidden(x)\nobj.__enter__()",
        b"_cls.get(1)\nself_.get(1)\ncls.pop(1)",
        b"obj.process_request(\n    request)\nobj.join(x)\n\nself.join(y)",
    ],
)
def test_call_lines_are_where_the_receiver_led_pattern_finds_them(text: bytes) -> None:
    assert _call_lines(text, 10) == _receiver_led_lines(text, 10)


def test_the_calls_of_a_release_are_read_as_the_receiver_led_pattern_and_a_full_walk_find_them() -> None:
    source = (Path(ast.__file__).parent / "argparse.py").read_bytes()  # a large module full of calls
    tree = ast.parse(source)
    lines = source.split(b"\n")
    compared = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        text = b"\n".join(lines[node.lineno - 1 : node.end_lineno]) + b"\n"
        wanted = _receiver_led_lines(text, node.lineno)
        walked = [
            (sub.lineno, sub.func.attr)
            for sub in ast.walk(ast.Module(body=node.body, type_ignores=[]))
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.lineno in wanted
        ]
        found = [(node.lineno + call.offset, call.name) for call in read_calls(node, text)]
        assert set(found) <= set(walked)
        assert {line for line, _ in found} <= set(wanted)
        compared += len(found)
    assert compared > 50


_SINGLETONS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
"""Operators and load/store contexts: leaves meaning nothing alone, which `nodes_on_lines` does not hand out."""


def test_nodes_on_lines_are_those_a_full_walk_finds_on_them() -> None:
    source = (Path(ast.__file__).parent / "argparse.py").read_bytes()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            lines = list(range(node.lineno, (node.end_lineno or node.lineno) + 1, 3))
            found = list(nodes_on_lines(node.body, lines, _SKIPPED))
            expected = []
            stack: list[ast.AST] = [s for s in node.body if not isinstance(s, _SKIPPED)]
            while stack:
                current = stack.pop()
                start = getattr(current, "lineno", None)
                end = getattr(current, "end_lineno", None) or start
                if start is not None and not any(start <= line <= end for line in lines):
                    continue
                expected.append(current)
                stack.extend(c for c in ast.iter_child_nodes(current) if not isinstance(c, (*_SKIPPED, *_SINGLETONS)))
            assert found == expected
