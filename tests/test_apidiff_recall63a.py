"""Recall sample 63a (web, databases, auth, CLI, developer tooling): a callable that stops returning its value."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a method or function every `return` of which gave a value (the instance, an attribute read on it, a literal)
# whose new body returns nothing: callers using the value get None (mongoengine 0.28's `no_dereference.__enter__`) --

_OLD = '''class Session:
    def __init__(self, cls):
        self.cls = cls

    def __enter__(self):
        self.cls.active = True
        return self.cls

    def __exit__(self, *exc):
        self.cls.active = False

    def __iter__(self):
        return self

    def where(self, **filters):
        self.filters = filters
        return self

    def options(self):
        return {"debug": False}

    def kept(self):
        self.n = 1
        return self

    def maybe(self, flag):
        if flag:
            return self
        self.n = 2

    def abstract(self):
        return self.cls

    def raising(self):
        return self.cls


def label():
    return "demo"
'''

_NEW = '''class Session:
    def __init__(self, cls):
        self.cls = cls

    def __enter__(self):
        self.cls.active = True

    def __exit__(self, *exc):
        self.cls.active = False

    def __iter__(self):
        self.started = True

    def where(self, **filters):
        self.filters = filters

    def options(self):
        defaults = {"debug": False}

    def kept(self):
        self.n = 1
        return self

    def maybe(self, flag):
        self.n = flag

    def abstract(self):
        """Subclasses return the class."""

    def raising(self):
        raise NotImplementedError


def label():
    print("demo")
'''


def test_a_callable_whose_every_return_gave_a_value_now_returning_nothing_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": _NEW})
    for name in ("Session.__enter__", "Session.__iter__", "Session.where", "Session.options", "label"):
        change = found[("signature_changed", f"demo.{name}")]
        assert change.breakages == ("returns_none_now",), name
        assert "now returns None where every call returned" in change.detail, name
    # still returns; returned None on one old path already; a placeholder; no `as` binds what `__exit__` returns
    for name in ("Session.kept", "Session.maybe", "Session.abstract", "Session.__exit__"):
        assert ("signature_changed", f"demo.{name}") not in found, name
    # now raises: another kind says it, never that it returns None
    assert "returns_none_now" not in found[("signature_changed", "demo.Session.raising")].breakages


def test_mongoengine_0_28_no_dereference_enter_no_longer_returns_the_class() -> None:
    found = changes("mongoengine", "0.27.0", "0.28.0")
    change = found["signature_changed", "mongoengine.context_managers.no_dereference.__enter__"]
    assert change.breakages == ("returns_none_now",)
