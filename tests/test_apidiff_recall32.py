"""Documented breaking changes read against the diff's claims (recall32): a special method an instance loses is not
given back by the metaclass (bottle 0.13's `ConfigDict(dict)` no longer callable: `type.__call__` makes the class
callable, never its instances), and a deprecation helper named neither for warning nor for deprecating (bottle's
`depr(major, minor, cause, fix)`, building its message in a local) announces the deprecations of its callers and
is no deprecated function itself."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.locate import find_modules
from tests.artifacts import unpacked_release
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a special method is looked up on the instance's class, never on its metaclass --


def test_bottle_0_13_config_dict_no_longer_callable() -> None:
    found = changes("bottle", "0.12.25", "0.13.0")
    # "ConfigDict instances are no longer callable": 0.12's `ConfigDict(dict).__call__` is gone; `hasattr(dict,
    # "__call__")` is true (the metaclass's), which made `dict` seem to hand it down
    assert ("removed", "bottle.ConfigDict.__call__") in found
    assert ("removed", "bottle.Route.__call__") in found  # `Route(object)`, deprecated in 0.12, gone in 0.13
    assert ("removed", "bottle.ConfigDict.__setitem__") not in found  # still its own


_CALLABLE = (
    "import functools\n\n\nclass Config(dict):\n    def __call__(self, *a):\n        return self\n\n\n"
    "class Plain(object):\n    def __call__(self):\n        return 1\n\n\n"
    "class Error(Exception):\n    def __call__(self):\n        return 1\n\n\n"
    "class Bound(functools.partial):\n    def __call__(self, *a):\n        return 1\n\n\n"
    "class Items(dict):\n    def __iter__(self):\n        return iter(())\n"
)
_NOT_CALLABLE = (
    "import functools\n\n\nclass Config(dict):\n    pass\n\n\nclass Plain(object):\n    pass\n\n\n"
    "class Error(Exception):\n    pass\n\n\nclass Bound(functools.partial):\n    pass\n\n\nclass Items(dict):\n    pass\n"
)


def test_a_special_method_a_stdlib_base_lacks_is_claimed_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _CALLABLE, _NOT_CALLABLE)
    for name in ("Config", "Plain", "Error"):
        assert ("removed", f"demo.{name}.__call__") in found, name


def test_a_special_method_a_stdlib_base_defines_stays_unclaimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _CALLABLE, _NOT_CALLABLE)
    assert ("removed", "demo.Bound.__call__") not in found  # `functools.partial` instances are callable
    assert ("removed", "demo.Items.__iter__") not in found  # `dict.__iter__`


# -- a deprecation helper named `depr`, formatting what it is given in a local before warning --


def test_bottle_0_13_deprecations_through_its_depr_helper() -> None:
    found = changes("bottle", "0.12.25", "0.13.0")
    for name in ("cookie_encode", "cookie_decode", "cookie_is_encoded", "AppEngineServer.run"):
        assert ("deprecated", f"bottle.{name}") in found, name
    assert found["deprecated", "bottle.cookie_encode"].detail == "cookie_encode() will be removed soon."
    # the helper itself warns on every call: it announces, it is not deprecated
    assert ("deprecated", "bottle.depr") not in found


_HELPER = (
    "import warnings\n\n\ndef depr(major, minor, cause, fix):\n"
    "    text = 'Deprecated in %d.%d: %s Fix: %s' % (major, minor, cause, fix)\n"
    "    warnings.warn(text, DeprecationWarning, stacklevel=3)\n\n\n"
)


def test_a_short_named_helper_announces_its_callers_deprecation(tmp_path: Path) -> None:
    old = _HELPER + "def encode(data):\n    return data\n"
    new = _HELPER + "def encode(data):\n    depr(0, 13, 'encode() will be removed.', 'Use json.')\n    return data\n"
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.encode"].detail == "encode() will be removed."
    assert ("deprecated", "demo.depr") not in found


def test_a_function_warning_a_message_it_formats_stays_deprecated(tmp_path: Path) -> None:
    # not named for warning or deprecating: a function announcing its own deprecation, with its argument in the text
    old = "def fetch(url):\n    return url\n"
    new = (
        "import warnings\n\n\ndef fetch(url):\n    msg = 'fetch(%r) is deprecated, use get()' % url\n"
        "    warnings.warn(msg, DeprecationWarning)\n    return url\n"
    )
    assert ("deprecated", "demo.fetch") in diffed(tmp_path, old, new)


def test_twisted_23_8_deprecates_the_gnome_reactors_through_a_helper_building_its_message() -> None:
    found = changes("twisted", "22.10.0", "23.8.0")
    # `deprecatedGnomeReactor(name, version)` sets `stem = FORMAT % {"fqpn": "twisted.internet." + name, ...}`, then
    # `msg = stem + "..."`, then warns `msg`: what it warns is what it is given, so each module calling it warns
    for name in ("gtk2reactor", "gtk3reactor", "glib2reactor"):
        assert ("deprecated", f"twisted.internet.{name}") in found, name
    assert ("deprecated", "twisted.internet._deprecate.deprecatedGnomeReactor") not in found


# -- Twisted's `deprecatedModuleAttribute(version, message, __name__, "name")` --


def test_twisted_22_10_deprecates_the_unsafe_error_pages() -> None:
    found = changes("twisted", "22.8.0", "22.10.0")
    for name in ("ErrorPage", "NoResource", "ForbiddenResource"):
        assert ("deprecated", f"twisted.web.resource.{name}") in found, name
    assert found["deprecated", "twisted.web.resource.ErrorPage"].detail == (
        "Use twisted.web.pages.errorPage instead, which properly escapes HTML."
    )
    assert ("deprecated", "twisted.web.resource.Resource") not in found


_TWISTED = "from incremental import Version\nfrom twisted.python.deprecate import deprecatedModuleAttribute\n\n\n"
_CLIENTS = "class HTTPClient:\n    pass\n\n\nclass Agent:\n    pass\n\n\n"


def test_a_module_attribute_deprecated_by_name_or_by_dunder_name(tmp_path: Path) -> None:
    new = (
        _TWISTED + _CLIENTS + "deprecatedModuleAttribute(Version('demo', 2, 0, 0), 'Use Agent.', __name__, "
        "HTTPClient.__name__)\ndeprecatedModuleAttribute(Version('demo', 2, 0, 0), 'Gone soon.', 'demo', 'Agent')\n"
    )
    found = diffed(tmp_path, _TWISTED + _CLIENTS, new)
    assert found["deprecated", "demo.HTTPClient"].detail == "Use Agent."
    assert found["deprecated", "demo.Agent"].detail == "Gone soon."


def test_a_module_attribute_deprecation_of_another_module_or_helper_stays_unclaimed(tmp_path: Path) -> None:
    other = _TWISTED + _CLIENTS + "deprecatedModuleAttribute(Version('demo', 2, 0, 0), 'x', 'demo.other', 'Agent')\n"
    assert ("deprecated", "demo.Agent") not in diffed(tmp_path, _TWISTED + _CLIENTS, other)
    own = (
        "def deprecatedModuleAttribute(version, message, module, name):\n    return name\n\n\n" + _CLIENTS
        + "deprecatedModuleAttribute(None, 'x', __name__, 'Agent')\n"
    )
    assert ("deprecated", "demo.Agent") not in diffed(tmp_path, _CLIENTS, own)


# -- a property made by a decorator named for one (Twisted's `@deprecatedProperty(Version(...))`) --


def test_twisted_25_5_deprecates_deferred_callbacks_as_a_property() -> None:
    found = changes("twisted", "24.11.0", "25.5.0")
    # `self.callbacks = []` became `@deprecatedProperty(Version("Twisted", 25, 5, 0)) def callbacks(self)`: a property
    # that warns, not a method ("now a method: reading it gives a bound method" was claimed)
    assert ("deprecated", "twisted.internet.defer.Deferred.callbacks") in found
    change = found["signature_changed", "twisted.internet.defer.Deferred.callbacks"]
    assert change.breakages == ("attribute_made_read_only",)  # no setter: assigning it fails, as claimed
    assert ("removed", "twisted.trial.unittest.TestCase.deferSetUp") in found  # documented removal: kept


_HOLDS = "class Deferred:\n    def __init__(self):\n        self.callbacks = []\n        self.chained = []\n"


def test_a_property_made_by_a_decorator_named_for_one(tmp_path: Path) -> None:
    new = (
        "from twisted.python.deprecate import deprecatedProperty\n\n\n" + _HOLDS.replace("self.callbacks", "self._cbs")
        + "\n    @deprecatedProperty(Version('demo', 2, 0, 0))\n    def callbacks(self):\n        return self._cbs\n"
    )
    found = diffed(tmp_path, _HOLDS, new)
    assert found["deprecated", "demo.Deferred.callbacks"].detail == "deprecated"
    assert found["signature_changed", "demo.Deferred.callbacks"].breakages == ("attribute_made_read_only",)


def test_a_method_under_another_decorator_stays_a_method(tmp_path: Path) -> None:
    new = (
        "from functools import lru_cache\n\n\n" + _HOLDS.replace("self.callbacks", "self._cbs")
        + "\n    @lru_cache\n    def callbacks(self):\n        return self._cbs\n"
    )
    found = diffed(tmp_path, _HOLDS, new)
    assert found["signature_changed", "demo.Deferred.callbacks"].breakages == ("attribute_to_method",)
    assert ("deprecated", "demo.Deferred.callbacks") not in found


# -- variables the GitHub Actions runner sets for its steps are no configuration --


def test_twisted_24_11_release_tooling_no_longer_reading_a_ci_variable_is_no_claim() -> None:
    found = changes("twisted", "23.8.0", "24.11.0")
    # `twisted.python._release` tested `os.environ.get("GITHUB_HEAD_REF", "") == "pre-commit-ci-update-config"`
    assert ("env_var_removed", "env:GITHUB_HEAD_REF") not in found
    assert ("removed", "twisted.python.constants") in found


_CI = "import os\n\n\ndef settings():\n    return os.environ.get('GITHUB_HEAD_REF'), os.environ.get('GITHUB_TOKEN')\n"


def test_a_token_a_workflow_hands_on_stays_configuration(tmp_path: Path) -> None:
    found = diffed(tmp_path, _CI, "def settings():\n    return None, None\n")
    assert ("env_var_removed", "env:GITHUB_TOKEN") in found  # a secret the user chooses to hand on
    assert ("env_var_removed", "env:GITHUB_HEAD_REF") not in found  # set by the runner for every step


# -- names `__all__` promises, assigned only for type checkers, are bound at run time by other means --


def test_setuptools_70_pkg_resources_keeps_its_working_set_functions() -> None:
    found = changes("setuptools", "69.5.1", "70.0.0")
    # 69.5's `require = None` placeholders became `if TYPE_CHECKING: require = working_set.require`; the names are
    # still made at import by `_initialize_master_working_set()`'s `globals().update(locals())`
    for name in ("require", "working_set", "iter_entry_points", "resource_string", "cleanup_resources"):
        assert ("removed", f"pkg_resources.{name}") not in found, name
    assert ("removed", "setuptools.convert_path") in found  # documented removals: kept
    assert ("removed", "setuptools.dep_util") in found


_PLACEHOLDERS = "__all__ = ['require', 'fetch']\n\nrequire = None\nfetch = None\nhelper = None\n"
_CHECKERS = (
    "from typing import TYPE_CHECKING\n\n__all__ = ['require', 'fetch']\n\n\ndef _init():\n    require = print\n"
    "    helper = print\n    globals().update(locals())\n\n\n_init()\n\nif TYPE_CHECKING:\n    require = print\n"
    "    helper = print\n"
)


def test_a_name_all_lists_assigned_for_type_checkers_is_not_removed(tmp_path: Path) -> None:
    assert ("removed", "demo.require") not in diffed(tmp_path, _PLACEHOLDERS, _CHECKERS)


def test_names_all_does_not_promise_or_no_one_declares_stay_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _PLACEHOLDERS, _CHECKERS)
    assert ("removed", "demo.helper") in found  # assigned for checkers only, and not promised by `__all__`
    assert ("removed", "demo.fetch") in found  # promised by `__all__`, bound by nothing


# -- an sdist's namespace package (no `__init__.py`) that its listing names --


def test_zope_interface_8_namespace_package_is_read() -> None:
    # 8.0 "Replace pkg_resources namespace with PEP 420 native namespace": `src/zope/` lost its `__init__.py`, and
    # the sdist seemed to hold no module at all ("cannot compare")
    root = unpacked_release("zope-interface", "8.0")
    modules = {m.module for m in find_modules(root)}
    assert {"zope.interface", "zope.interface.declarations", "zope.interface.common.mapping"} <= modules
    found = changes("zope-interface", "7.2", "8.0")
    assert not [key for key, c in found.items() if key[0] == "removed" and not c.private]  # nothing public went


def _sdist(tmp_path: Path, listing: str | None) -> Path:
    root = tmp_path / "ns.thing-1.0"
    files = {"src/ns/thing/__init__.py": "def go():\n    return 1\n", "src/ns/thing/core.py": "x = 1\n",
             "src/tools/helper.py": "y = 2\n", "setup.py": "from setuptools import setup\nsetup()\n"}
    if listing is not None:
        files["src/ns.thing.egg-info/top_level.txt"] = listing
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return tmp_path


def test_a_listed_namespace_folder_is_a_package(tmp_path: Path) -> None:
    assert sorted(m.module for m in find_modules(_sdist(tmp_path, "ns\n"))) == ["ns.thing", "ns.thing.core"]


def test_an_unlisted_folder_without_init_stays_out(tmp_path: Path) -> None:
    assert find_modules(_sdist(tmp_path, None)) == []  # no listing: a folder needs its `__init__.py`, as before
