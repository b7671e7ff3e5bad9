"""False claims found by hunt54b on Zope/Plone/ZODB persistence libraries and small web/CLI frameworks nobody tuned
on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- `*args, **kwargs` handed to a class attribute holding a standard-library method (`_sd = UserDict.setdefault`) --


def test_persistent_5_0_setdefault_spelling_out_what_userdict_took_is_no_change() -> None:
    found = changes("persistent", "4.9.3", "5.0")
    # 4.9: `setdefault(self, key, *args, **kwargs)` -> `self.__super_setdefault(key, *args, **kwargs)`, where
    # `__super_setdefault = IterableUserDict.setdefault` (`collections.UserDict`); 5.0: `setdefault(self, key,
    # default=None)`
    assert ("signature_changed", "persistent.mapping.PersistentMapping.setdefault") not in found


COMPAT = "from collections import UserDict as IterableUserDict\n"


def _mapping(held: str, base: str, method: str) -> str:
    return (
        f"from demo._compat import IterableUserDict\n\n\nclass Mapping({base}):\n    {held}\n\n"
        f"    def setdefault(self, key{', ' if method else ''}{method}):\n"
    )


OLD = _mapping("__sd = IterableUserDict.setdefault", "IterableUserDict", "*args, **kwargs") + (
    "        return self.__sd(key, *args, **kwargs)\n"
)
OLD_DICT = (
    _mapping("_sd = dict.setdefault", "dict", "*args, **kwargs") + "        return self._sd(key, *args, **kwargs)\n"
)


@pytest.mark.parametrize(
    ("old", "new", "claimed"),
    [
        (OLD, "default=None", False),
        (OLD_DICT, "default=None", False),  # a method descriptor binds the instance the same way
        # the siblings: the new one takes less than the held method did, or names its parameter otherwise
        (OLD, "", True),
        (OLD, "fallback=None", True),
        (OLD_DICT, "", True),
    ],
)
def test_varargs_handed_to_a_held_stdlib_method_take_its_parameters(
    tmp_path: Path, old: str, new: str, claimed: bool
) -> None:
    base = "dict" if "dict." in old else "IterableUserDict"
    new_source = _mapping("pass", base, new) + "        return None\n"
    found = diffed(
        tmp_path,
        {"demo/__init__.py": old, "demo/_compat.py": COMPAT},
        {"demo/__init__.py": new_source, "demo/_compat.py": COMPAT},
    )
    assert (("signature_changed", "demo.Mapping.setdefault") in found) is claimed


def test_varargs_handed_to_a_held_builtin_function_stay_unfollowed(tmp_path: Path) -> None:
    # a builtin function held by a class binds no instance (`self._size(*args)` calls `len(*args)`): not followed as
    # if it took the instance first
    old = "class Sized:\n    _size = len\n\n    def size(self, *args, **kwargs):\n        return self._size(*args, **kwargs)\n"
    new = "class Sized:\n    def size(self, obj):\n        return len(obj)\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert "could not be followed" in found[("signature_changed", "demo.Sized.size")].detail


# -- a `tests.py` or `test.py` module that became a folder of the same name, which the walk skips as tests --


def test_zc_buildout_3_0_tests_module_now_a_tests_folder_is_still_importable() -> None:
    found = changes("zc.buildout", "2.13.8", "3.0.0")
    assert ("removed", "zc.buildout.tests") not in found  # `zc/buildout/tests.py` -> `zc/buildout/tests/__init__.py`
    assert ("removed", "zc.buildout.easy_install.call_easy_install") in found  # really gone


@pytest.mark.parametrize("name", ["tests", "test"])
@pytest.mark.parametrize(
    ("new_files", "claimed"),
    [
        ({"__init__.py": "def check():\n    pass\n"}, False),
        # the siblings: the module gone with no folder in its place, or a folder no `import` finds (no __init__.py)
        ({}, True),
        ({"helpers.py": "def check():\n    pass\n"}, True),
    ],
)
def test_a_test_module_turned_into_a_test_package_is_not_removed(
    tmp_path: Path, name: str, new_files: dict[str, str], claimed: bool
) -> None:
    old = {"demo/__init__.py": "", f"demo/{name}.py": "def check():\n    pass\n", "demo/core.py": "X = 1\n"}
    new = {"demo/__init__.py": "", "demo/core.py": "X = 1\n", **{f"demo/{name}/{f}": t for f, t in new_files.items()}}
    found = diffed(tmp_path, old, new)
    assert (("removed", f"demo.{name}") in found) is claimed


# -- a shipped test module whose unittest classes are named `XTests`/`XTestsBase`, with variants deriving from them --


def test_zeo_6_0_asyncio_tests_module_is_test_code() -> None:
    found = changes("ZEO", "5.4.1", "6.0.0")
    for key in (
        ("signature_changed", "ZEO.asyncio.tests.ClientTests"),
        ("signature_changed", "ZEO.asyncio.tests.MsgpackClientTests"),
        ("removed", "ZEO.asyncio.tests.CoroutineExecutorTestsBase.test_return_"),
    ):
        assert found[key].private and "test code the release shipped" in found[key].detail
    assert not found[("removed", "ZEO.hash")].private
    assert not found[("signature_changed", "ZEO.asyncio.client.ClientThread")].private


_SUFFIXED = (
    "import unittest\n\n\nclass Base:\n    pass\n\n\nclass HelperTests(unittest.TestCase):\n"
    "    def test_one(self):\n        pass\n\n\nclass OtherHelperTests(HelperTests):\n    pass\n\n\n"
    "class PlainTestCase(unittest.TestCase):\n    def test_two(self):\n        pass\n\n\n"
    "class VariantTestCase(PlainTestCase):\n    pass\n\n\ndef make():\n    return Base()\n"
)
# the sibling: a module of test helpers for dependents (django's `test/testcases.py`), classes deriving from
# `unittest.TestCase` with no tests of their own, stays public
_HELPERS = (
    "import unittest\n\n\nclass SimpleTestCase(unittest.TestCase):\n    def assertThing(self):\n        pass\n\n\n"
    "class TransactionTestCase(SimpleTestCase):\n    pass\n\n\nclass LiveTests(TransactionTestCase):\n    pass\n\n\n"
    "def make():\n    return 1\n"
)


@pytest.mark.parametrize(("source", "private"), [(_SUFFIXED, True), (_HELPERS, False)])
def test_a_module_of_suffix_named_unittest_classes_is_test_code(tmp_path: Path, source: str, private: bool) -> None:
    found = diffed(
        tmp_path,
        {"demo/__init__.py": "", "demo/tests.py": source},
        {
            "demo/__init__.py": "",
            "demo/tests.py": source.replace("def make():\n    return", "def build():\n    return"),
        },
    )
    assert found[("removed", "demo.tests.make")].private is private
