"""misses60: classes of documented breaks the recall sample of stop 59 missed (natsort 6.0, ...)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_unseen4 import diffed

# -- a decorator made by a decorator of the package whose wrapper hands back what it is given, after editing its
# docstring (natsort 5.5's `@u_format`, `u_format = _modify_str_or_docstring(...)`): the signature is kept --

_DOC_OLD = '''import functools

basestring_ = str


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


@_modify_str_or_docstring
def u_format(s):
    return s.format(u="")


@u_format
def natsorted(seq, key=None, number_type=float):
    """Sorts {u}'a'."""
    return seq
'''
_DOC_NEW = _DOC_OLD.replace(", number_type=float", "")


def test_a_decorator_whose_made_wrapper_hands_back_the_function_keeps_its_signature(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", {"demo/__init__.py": _DOC_OLD}, "1.0")
    assert [p.name for p in old.symbols["demo.natsorted"].params] == ["seq", "key", "number_type"]
    found = diffed(tmp_path, {"demo/__init__.py": _DOC_OLD}, {"demo/__init__.py": _DOC_NEW})
    assert "'number_type' removed" in found[("signature_changed", "demo.natsorted")].detail


def test_a_made_wrapper_not_handing_back_the_function_on_every_path_leaves_the_signature_unknown(
    tmp_path: Path,
) -> None:
    # a function is an instance of `object`: the path returning the formatted docstring is the one it takes
    for old in (
        _DOC_OLD.replace("basestring_ = str", "basestring_ = object"),
        _DOC_OLD.replace("return func\n", "return doc\n"),
    ):
        assert (
            surface(tmp_path / str(len(old)), {"demo/__init__.py": old}, "1.0").symbols["demo.natsorted"].params is None
        )
