"""The cheaper paths of issue 11's second speed pass give what the full ones gave: the text test before a body's
warnings are read, line offsets from line lengths, error-message spans walked only where a read was found."""

from __future__ import annotations

import ast
import gc
import re
from pathlib import Path
from typing import Any

import pytest

from bot.apidiff import release
from bot.apidiff.envvars import read_env_vars
from bot.apidiff.extract import read_module
from bot.apidiff.model import ModuleStatus, Surface
from bot.apidiff.raw import RawCallable
from bot.apidiff.release import surface_of
from bot.apidiff.source import line_offsets
from bot.apidiff.surface import build_surface


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
        ('def f():\n    WARN("x")\n    print("warn")\n', 0),  # mentioned, but no warning call
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
    assert read_env_vars(ast.parse(data), data) == {"KEPT": 3}


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
