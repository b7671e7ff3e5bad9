"""Recall on data-science, file-format, parsing, CLI and testing libraries never measured (moto, mimesis, natsort,
webcolors, xlrd, pydot, graphviz, pdfminer.six, mlxtend): the class they missed, on synthetic siblings and on the
real pinned pair."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.apidiff.python_versions import python_truth
from bot.apidiff.versionflags import inline_version_flags
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module global holding a reading of the running Python's version (`PY_VERSION = float(sys.version[:3])`),
# tested by the module (`if PY_VERSION >= 3:`): decided as the reading written out is, so the Python 3 arm is what
# the module binds (natsort 5.5 chose its `u_format` decorator so: the signatures it kept were unknown) --

_MAKER = '''import functools
import sys

PY_VERSION = float(sys.version[:3])
basestring_ = str if PY_VERSION >= 3 else basestring


def _modify_str_or_docstring(str_change_func):
    @functools.wraps(str_change_func)
    def wrapper(func_or_str):
        if isinstance(func_or_str, basestring_):
            func = None
            doc = func_or_str
        else:
            func = func_or_str
            doc = func.__doc__
        if doc is not None:
            doc = str_change_func(doc)
        if func:
            func.__doc__ = doc
            return func
        return doc

    return wrapper


if PY_VERSION >= 3:

    @_modify_str_or_docstring
    def u_format(s):
        return s.format(u="")

else:

    @_modify_str_or_docstring
    def u_format(s):
        return s.format(u="u")


@u_format
def natsorted(seq, key=None, number_type=float):
    """Sorts {u}'a'."""
    return seq
'''


def test_a_decorator_chosen_by_a_version_global_keeps_the_signatures_it_decorates(tmp_path: Path) -> None:
    new = _MAKER.replace(", number_type=float", "")
    found = diffed(tmp_path, {"demo/__init__.py": _MAKER}, {"demo/__init__.py": new})
    assert "'number_type' removed" in found[("signature_changed", "demo.natsorted")].detail


def test_a_function_bound_only_under_a_python_2_version_global_is_never_claimed(tmp_path: Path) -> None:
    old = "import sys\n\nPY_MAJOR = sys.version_info[0]\n\nif PY_MAJOR < 3:\n    def natcmp(x, y, **kwargs):\n        pass\n"
    new = "import sys\n\nPY_MAJOR = sys.version_info[0]\n\nif PY_MAJOR < 3:\n    def natcmp(x, y):\n        pass\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.natcmp") not in found
    gone = diffed(tmp_path / "gone", {"demo/__init__.py": old}, {"demo/__init__.py": "import sys\n"})
    assert ("removed", "demo.natcmp") not in gone


def test_a_version_global_the_module_binds_again_is_not_put_in_its_tests() -> None:
    source = (
        "import sys\nPY_VERSION = float(sys.version[:3])\n\ndef force():\n    global PY_VERSION\n    PY_VERSION = 2.7\n\n"
        "if PY_VERSION >= 3:\n    x = 1\n"
    )
    tree = ast.parse(source)
    inline_version_flags(tree)
    test = tree.body[-1].test  # type: ignore[attr-defined]
    assert isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
    kept = ast.parse(source.replace("    global PY_VERSION\n    PY_VERSION = 2.7\n", "    pass\n"))
    inline_version_flags(kept)
    assert python_truth(kept.body[-1].test) is True  # type: ignore[attr-defined]


def test_a_global_reading_more_than_the_version_is_not_put_in_its_tests() -> None:
    tree = ast.parse("import sys, os\nFLAG = sys.version_info[0] >= 3 and os.name == 'nt'\nif FLAG:\n    x = 1\n")
    inline_version_flags(tree)
    assert isinstance(tree.body[-1].test, ast.Name)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("test", "truth"),
    [
        ("float(sys.version[:3]) >= 3", True),
        ("float(sys.version[:3]) < 3", False),
        ("float(sys.version[:3]) >= 3.0", True),
        # "3.10"[:3] is "3.1": below 3.8 on 3.10 and later, above it on 3.8 and 3.9
        ("float(sys.version[:3]) >= 3.8", None),
        ("float(sys.version[:3]) >= '3'", None),
        ("float(os.version[:3]) >= 3", None),
    ],
)
def test_the_version_text_read_as_a_float_is_decided_on_every_supported_python(test: str, truth: bool | None) -> None:
    assert python_truth(ast.parse(test, mode="eval").body) is truth


def test_natsort_6_0_dropped_the_keywords_5_5_took_through_kwargs() -> None:
    found = changes("natsort", "5.5.0", "6.0.0")
    # `natsorted`, `natsort_keygen` and `index_natsorted` took `number_type`, `signed`, `exp`, `as_path` and
    # `py3_safe` through `**_kwargs` (handed to `utils.args_to_enum`), all removed in 6.0 (changelog, issue #81)
    for function in ("natsorted", "natsort_keygen", "index_natsorted"):
        detail = found[("signature_changed", f"natsort.{function}")].detail
        assert "'**kwargs' removed" in detail
        # `py3_safe` is only let through `args_to_enum`'s check of the keys, never read: not named, still covered
        for keyword in ("number_type", "signed", "exp", "as_path"):
            assert f"keyword '{keyword}'" in detail, (function, keyword)
    # `natcmp` is defined under `if float(sys.version[:3]) < 3:` in both: Python 2 only, nothing to claim
    assert ("signature_changed", "natsort.natcmp") not in found
    assert ("removed", "natsort.natsort.versorted") in found
