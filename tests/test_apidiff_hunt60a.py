"""Hunt 60a: classes found sweeping databases, ORMs, database drivers, migrations and search clients."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen4 import diffed

# -- a module putting in its own place an object made first under a name (`_config_module = _ConfigModule()`, then
# `sys.modules[__name__] = _config_module`) serves what that object serves: its old globals were claimed removed --

_CONFIG_OLD = {"demo/__init__.py": "", "demo/config.py": 'DATABASE_URL = "bolt://localhost"\nENCRYPTED = False\n'}
_CONFIG_NEW = {
    "demo/__init__.py": "",
    "demo/config.py": """import sys


class _ConfigModule:
    @property
    def DATABASE_URL(self):
        return "bolt://localhost"

    @property
    def ENCRYPTED(self):
        return False


_config_module = _ConfigModule()
sys.modules[__name__] = _config_module
""",
}


def test_a_module_replaced_by_an_object_made_under_a_name_keeps_its_names(tmp_path: Path) -> None:
    found = diffed(tmp_path, _CONFIG_OLD, _CONFIG_NEW)
    assert ("removed", "demo.config.DATABASE_URL") not in found
    assert ("removed", "demo.config.ENCRYPTED") not in found
    # the sibling: the object put under another module's key leaves `demo.config` what it is, its globals gone
    elsewhere = {**_CONFIG_NEW, "demo/config.py": _CONFIG_NEW["demo/config.py"].replace("[__name__]", '["other"]')}
    assert ("removed", "demo.config.DATABASE_URL") in diffed(tmp_path / "elsewhere", _CONFIG_OLD, elsewhere)


def test_neomodel_6_0_config_still_serves_its_old_settings() -> None:
    gone = removed(changes("neomodel", "5.5.3", "6.0.0"))
    # only the renamed setting neither the object's class nor the globals it copies hold (falses62)
    assert {name for name in gone if name.startswith("neomodel.config.")} == {
        "neomodel.config.SOFT_INVERSE_CARDINALITY_CHECK"
    }
    assert "neomodel.install_labels" in gone  # really gone from the package's top


# -- a method whose body only raised NotImplementedError ("Not implemented."), whose name the new class's
# `__getattr__` refuses with the same error, was claimed removed: no call of it ever worked, nor works now --

_STUB_OLD = """class Collection:
    def find(self, query):
        return [query]

    def aggregate(self, pipeline, **kwargs):
        raise NotImplementedError("Not implemented.")

    def rename(self, name):
        raise NotImplementedError("Not implemented.")

    def drop(self):
        return None
"""
_STUB_NEW = """NOT_IMPLEMENTED = {"aggregate"}


class Collection:
    def find(self, query):
        return [query]

    def __getattr__(self, name):
        if name in NOT_IMPLEMENTED:
            raise NotImplementedError(name)
        raise AttributeError(name)
"""


def test_a_placeholder_the_new_getattr_still_refuses_is_no_loss(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _STUB_OLD}, {"demo/__init__.py": _STUB_NEW})
    assert ("removed", "demo.Collection.aggregate") not in found
    assert ("removed", "demo.Collection.rename") in found  # a placeholder gone for good: a subclass may fill it
    assert ("removed", "demo.Collection.drop") in found  # a method that worked


def test_montydb_2_0_placeholders_that_never_worked_are_not_claimed_removed() -> None:
    gone = removed(changes("montydb", "1.3.0", "2.0.0"))
    assert "montydb.MontyCollection.aggregate" not in gone  # 1.3's body: raise NotImplementedError("Not implemented.")
    assert "montydb.MontyCursor.hint" not in gone
    assert "montydb.base.command_coder" in gone  # a working function really gone


# -- a package handing a table of names to a helper of its own that puts in its place an object serving them
# (`_setup_lazy_imports(_LAZY_IMPORTS)`, whose `sys.modules["demo"] = LazyModule(original, lazy_imports)` imports
# each on first use) still has those names: they were claimed removed --

_LAZY_HELPER = """import importlib
import sys


class LazyModule:
    def __init__(self, original, lazy_imports):
        self._original = original
        self._lazy_imports = lazy_imports

    def __getattr__(self, name):
        module_path, item = self._lazy_imports[name]
        return getattr(importlib.import_module(module_path), item)


def setup_lazy_imports(lazy_imports):
    original = sys.modules["demo"]
    proxy = LazyModule(original, lazy_imports)
    sys.modules["demo"] = proxy
"""
_LAZY_OLD = {
    "demo/__init__.py": "from demo.things import Thing, helper\n",
    "demo/things.py": "class Thing:\n    def go(self):\n        return 1\n\n\ndef helper():\n    return 2\n",
}
_LAZY_NEW = {
    **_LAZY_OLD,
    "demo/__init__.py": """from demo._lazy import setup_lazy_imports as _setup

_things = {"Thing": ("demo.things", "Thing")}
_helpers = {"helper": ("demo.things", "helper")}
_LAZY_IMPORTS = {**_things, **_helpers}
_setup(_LAZY_IMPORTS)
""",
    "demo/_lazy.py": _LAZY_HELPER,
}


def test_names_a_package_hands_a_helper_putting_a_lazy_module_in_its_place_are_still_there(tmp_path: Path) -> None:
    found = diffed(tmp_path, _LAZY_OLD, _LAZY_NEW)
    assert ("removed", "demo.Thing") not in found
    assert ("removed", "demo.helper") not in found
    assert ("removed", "demo.Thing.go") not in found  # the name leads to the same class
    # the sibling: a helper replacing another module leaves `demo` without the names
    other = {**_LAZY_NEW, "demo/_lazy.py": _LAZY_HELPER.replace('sys.modules["demo"] = ', 'sys.modules["other"] = ')}
    assert ("removed", "demo.Thing") in diffed(tmp_path / "other", _LAZY_OLD, other)


def test_pinecone_7_0_still_serves_its_lazily_imported_names() -> None:
    gone = removed(changes("pinecone", "6.0.2", "7.0.0"))
    assert not {"pinecone.Index", "pinecone.Config", "pinecone.ServerlessSpec", "pinecone.Vector"} & gone
    assert "pinecone.check_for_deprecated_plugins" in gone  # now bound only as a private alias
