"""Leftover, fifty-seventh stop: wording errors and misses the last stop left alone."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a named parameter removed and now swallowed by a `**kwargs` the body never reads (only literal keys, or not at
# all) was worded "now keyword-only": a keyword call binds and is silently ignored --

_IGNORED_OLD = '''def save(data, filename=None, **kwargs):
    return kwargs.get("debug")


def keep(data, filename=None, **kwargs):
    return data


def stored(data, filename=None, **kwargs):
    return data
'''
_IGNORED_NEW = '''def save(data, target=None, **kwargs):
    if kwargs["debug"] and "verbose" in kwargs:
        return kwargs.pop("level", None)
    return target


def keep(data, target=None, **kwargs):
    return data


class Holder:
    pass


def stored(data, target=None, **kwargs):
    holder = Holder()
    holder.__dict__.update(kwargs)
    return holder
'''


def test_a_parameter_swallowed_by_a_kwargs_never_read_is_removed_and_ignored(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", {"demo/__init__.py": _IGNORED_NEW}, "2.0")
    assert new.symbols["demo.save"].kwargs_keys_only and new.symbols["demo.keep"].kwargs_keys_only
    assert not new.symbols["demo.stored"].kwargs_keys_only  # the dict goes on whole: every key is kept
    found = diffed(tmp_path, {"demo/__init__.py": _IGNORED_OLD}, {"demo/__init__.py": _IGNORED_NEW})
    for name in ("demo.save", "demo.keep"):
        change = found[("signature_changed", name)]
        assert change.signature is not None
        assert change.signature.kwargs_ignored == ("filename",)
        assert change.signature.made_keyword_only == ()
        assert change.breakages == ("param_absorbed_ignored",)
        assert "silently ignored" in change.detail
    # the sibling: a `**kwargs` stored whole keeps the keyword, at its slot now another parameter
    sibling = found[("signature_changed", "demo.stored")]
    assert sibling.signature is not None and sibling.signature.made_keyword_only == ("filename",)


def test_a_kwargs_a_decorator_or_locals_may_read_is_not_keys_only(tmp_path: Path) -> None:
    source = '''import functools


def wrap(f):
    @functools.wraps(f)
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner


@wrap
def wrapped(data, **kwargs):
    return data


def framed(data, **kwargs):
    return dict(locals())


def keyed(data, **kwargs):
    key = "debug"
    return kwargs[key]


class Plain:
    @staticmethod
    def run(data, **kwargs):
        return data
'''
    found = surface(tmp_path, {"demo/__init__.py": source}, "1.0")
    assert not found.symbols["demo.wrapped"].kwargs_keys_only
    assert not found.symbols["demo.framed"].kwargs_keys_only
    assert not found.symbols["demo.keyed"].kwargs_keys_only  # a key not spelled: any key may be read
    assert found.symbols["demo.Plain.run"].kwargs_keys_only


def test_pdf2docx_0_5_7_make_docx_ignores_the_old_docx_filename_keyword() -> None:
    change = changes("pdf2docx", "0.5.6", "0.5.7")[("signature_changed", "pdf2docx.Converter.make_docx")]
    assert change.signature is not None
    assert change.signature.kwargs_ignored == ("docx_filename",)
    assert change.signature.made_keyword_only == ()
    assert "param_absorbed_ignored" in change.breakages
