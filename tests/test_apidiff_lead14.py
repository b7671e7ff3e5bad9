"""What a class's claims say that users would not see or could not read: losing `abc.ABC` as a base (it carries
nothing but the `ABCMeta` metaclass, so `class B(ABC)` rewritten `class B(metaclass=ABCMeta)`, or six's
`@add_metaclass(ABCMeta)`, breaks no `isinstance` and no `except`, nor does losing a one-method ABC such as
`Iterable`, which `isinstance` answers by the methods; losing a base users do name stays a claim); a constructor's warning naming the class
through `cls.__name__`, shown with the placeholder unfilled; and a base's method now raising `NotImplementedError`
that a subclass of the release defines again (a hook, not a call that fails); a type variable the module does not
export (it spells annotations; nobody imports it); a package's import its `__all__` leaves out, an alias of the
definition it imports (bleach's `ALLOWED_TAGS`), not API of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

OLD = "import abc\n\n\nclass B(abc.ABC):\n    def run(self):\n        pass\n"


@pytest.mark.parametrize(
    "new",
    [
        pytest.param(
            "import abc\n\n\nclass B(metaclass=abc.ABCMeta):\n    def run(self):\n        pass\n", id="metaclass"
        ),
        pytest.param(
            "import abc\nimport six\n\n\n@six.add_metaclass(abc.ABCMeta)\nclass B(object):\n    def run(self):\n        pass\n",
            id="six-add-metaclass",
        ),
        pytest.param("class B:\n    def run(self):\n        pass\n", id="no-longer-abstract"),
    ],
)
def test_losing_abc_abc_is_no_claim(tmp_path: Path, new: str) -> None:
    assert diffed(tmp_path, OLD, new) == {}


def test_losing_a_base_users_name_is_still_claimed(tmp_path: Path) -> None:
    old = "from collections.abc import Mapping\n\n\nclass B(Mapping):\n    pass\n"
    found = diffed(tmp_path, old, "class B:\n    pass\n")
    assert "no longer a subclass of collections.abc.Mapping" in found["signature_changed", "demo.B"].detail


# -- a constructor's warning naming the class through `cls.__name__` names the class being built --


def test_werkzeug_2_3_url_classes_are_named_in_their_deprecation() -> None:
    found = changes("werkzeug", "2.2.3", "2.3.0")
    for name in ("BaseURL", "URL", "BytesURL"):  # `BaseURL.__new__` warns f"'werkzeug.urls.{cls.__name__}' is ..."
        detail = found["deprecated", f"werkzeug.urls.{name}"].detail
        assert detail.startswith(f"'werkzeug.urls.{name}' is deprecated"), detail


def test_a_subclass_inheriting_the_warning_is_named_itself(tmp_path: Path) -> None:
    new = (
        "import warnings\n\n\nclass Base:\n    def __new__(cls, *args):\n"
        "        warnings.warn(f'{cls.__name__} is deprecated', DeprecationWarning)\n"
        "        return super().__new__(cls)\n\n\nclass Child(Base):\n    pass\n"
    )
    old = "class Base:\n    pass\n\n\nclass Child(Base):\n    pass\n"
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.Child"].detail == "Child is deprecated"
    assert found["deprecated", "demo.Base"].detail == "Base is deprecated"


# -- a base's method that now only raises NotImplementedError, defined again by a subclass of the release: a hook --


def test_tornado_6_make_current_is_a_hook_the_asyncio_loops_fill() -> None:
    found = changes("tornado", "5.1.1", "6.0")
    # 6.0's `IOLoop.make_current` raises NotImplementedError; `BaseAsyncIOLoop` overrides it, and `IOLoop()` builds one
    assert ("signature_changed", "tornado.ioloop.IOLoop.make_current") not in found


_RAISING = (
    "class Loop:\n    def start(self):\n        raise NotImplementedError()\n\n\n"
    "class AsyncLoop(Loop):\n    def start(self):\n        return 1\n"
)


def test_a_method_now_raising_that_a_subclass_defines_again_is_no_claim(tmp_path: Path) -> None:
    old = "class Loop:\n    def start(self):\n        return 1\n\n\nclass AsyncLoop(Loop):\n    pass\n"
    assert ("signature_changed", "demo.Loop.start") not in diffed(tmp_path, old, _RAISING)


def test_a_method_now_raising_with_no_subclass_defining_it_is_claimed(tmp_path: Path) -> None:
    old = "class Loop:\n    def start(self):\n        return 1\n"
    new = "class Loop:\n    def start(self):\n        raise NotImplementedError()\n"
    assert diffed(tmp_path, old, new)["signature_changed", "demo.Loop.start"].breakage == "callable_now_raises"


@pytest.mark.parametrize("base", ["typing.Iterable", "collections.abc.Sized", "collections.abc.Hashable"])
def test_losing_a_one_method_abc_is_no_claim(tmp_path: Path, base: str) -> None:
    # `isinstance(x, Iterable)` asks `Iterable.__subclasshook__`, which looks for `__iter__`, base or not
    module, _, name = base.rpartition(".")
    old = f"import {module}\n\n\nclass Array({base}):\n    def __iter__(self):\n        return iter(())\n"
    new = "class Array:\n    def __iter__(self):\n        return iter(())\n"
    assert diffed(tmp_path, old, new) == {}


# -- a type variable spells annotations: renaming or dropping it removes nothing users import --


def test_a_type_variable_is_no_public_name(tmp_path: Path) -> None:
    old = "import typing as t\n\nF = t.TypeVar('F', bound=t.Callable)\nP = t.ParamSpec('P')\n\n\ndef wrap(f: F) -> F:\n    return f\n"
    new = "import typing as t\n\n_F = t.TypeVar('_F', bound=t.Callable)\n\n\ndef wrap(f: _F) -> _F:\n    return f\n"
    assert diffed(tmp_path, old, new) == {}


def test_a_type_variable_a_module_exports_stays_public(tmp_path: Path) -> None:
    old = "from typing import TypeVar\n\n__all__ = ['T']\nT = TypeVar('T')\n"
    assert ("removed", "demo.T") in diffed(tmp_path, old, "__all__ = []\n")


# -- a package's import its `__all__` leaves out is no API, but code reaches the definition through it --


def test_bleach_6_tag_lists_are_reached_through_the_package_too() -> None:
    found = changes("bleach", "5.0.1", "6.0.0")
    # `bleach/__init__.py` imports ALLOWED_TAGS from `bleach.sanitizer`; its `__all__` is ["clean", "linkify"]
    assert "bleach.ALLOWED_TAGS" in found["signature_changed", "bleach.sanitizer.ALLOWED_TAGS"].aliases
    assert ("signature_changed", "bleach.ALLOWED_TAGS") not in found  # no API of its own: one change


def test_hidden_imports_of_a_package_are_aliases_only(tmp_path: Path) -> None:
    core = "def run(a):\n    pass\n\n\ndef helper(a):\n    pass\n"
    package = "from .core import helper, run\n\n__all__ = ['run']\n"
    new_core = "def run(a, b):\n    pass\n\n\ndef helper(a, b):\n    pass\n"
    found = diff_surfaces(
        surface(tmp_path, {"demo/__init__.py": package, "demo/core.py": core}, "1.0"),
        surface(tmp_path, {"demo/__init__.py": package, "demo/core.py": new_core}, "2.0"),
    )
    by_symbol = {c.symbol: c.aliases for c in found}
    # `run` is API at both paths (module-level names are changes of their own); `helper` only through `demo.core`
    assert by_symbol == {"demo.core.helper": ("demo.helper",), "demo.core.run": (), "demo.run": ()}
