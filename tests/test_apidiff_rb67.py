"""Recall and precision on data-science, scientific, CLI, developer-tool and testing libraries never measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter handed to the base's method written out as `Base.__init__(self, ...)`: the base's deprecation of
# it reaches the subclass's callers already, so a release spelling the same call `super().__init__(...)` adds none --

_BASE = (
    "import warnings\n\n\nclass Remote:\n    def __init__(self, url, caps=None, keep=True):\n"
    "        if caps:\n            warnings.warn('caps is deprecated', DeprecationWarning)\n        self.url = url\n\n\n"
)
_BY_SUPER = (
    "class Local(Remote):\n    def __init__(self, url, caps=None, keep=True):\n"
    "        super().__init__(\n            url,\n            caps=caps,\n            keep=keep)\n"
)


def test_a_deprecation_reached_through_an_explicit_base_call_is_not_new_under_super(tmp_path: Path) -> None:
    old = _BASE + (
        "class Local(Remote):\n    def __init__(self, url, caps=None, keep=True):\n"
        "        Remote.__init__(\n            self,\n            url,\n            caps=caps,\n            keep=keep)\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": _BASE + _BY_SUPER})
    assert ("deprecated", "demo.Local") not in found


def test_a_parameter_handed_by_position_to_an_explicit_base_call_is_followed_too(tmp_path: Path) -> None:
    old = _BASE + "class Local(Remote):\n    def __init__(self, url, caps=None):\n        Remote.__init__(self, url, caps)\n"
    new = _BASE + "class Local(Remote):\n    def __init__(self, url, caps=None):\n        super().__init__(url, caps)\n"
    assert ("deprecated", "demo.Local") not in diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})


def test_a_parameter_first_handed_to_the_warning_base_is_still_a_new_deprecation(tmp_path: Path) -> None:
    old = _BASE + "class Local(Remote):\n    def __init__(self, url, caps=None, keep=True):\n        self.url = url\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": _BASE + _BY_SUPER})
    assert "deprecated parameter 'caps'" in found[("deprecated", "demo.Local")].detail


def test_selenium_4_3_deprecates_no_parameter_4_2_already_warned_of() -> None:
    found = changes("selenium", "4.2.0", "4.3.0")
    # 4.2's `WebKitGTK.__init__` handed `desired_capabilities` and `keep_alive` to `RemoteWebDriver.__init__(self,
    # ...)`, which warns of both in each release; 4.3 only spells the call `super().__init__(...)`
    for driver in ("WebKitGTK", "WPEWebKit", "webkitgtk.webdriver.WebDriver", "wpewebkit.webdriver.WebDriver"):
        assert ("deprecated", f"selenium.webdriver.{driver}") not in found, driver
    # the documented removals are still found
    assert ("removed", "selenium.webdriver.remote.webelement.WebElement.find_element_by_id") in found
    assert ("removed", "selenium.webdriver.opera") in found


# -- a name a module binds by importing it from a compiled module of its own distribution (`from .h5t import
# py_new_vlen as new_vlen`): the compiled module is unread, but the importing module is read, and when it no longer
# binds the name, `from pkg import name` fails whatever the extension holds --

_COMPILED = {"demo/h5t.pyx": "def py_new_vlen(b):\n    pass\n\ndef check_dtype(**kw):\n    pass\n"}
_KEPT = "from .h5t import check_dtype\nfrom . import h5t\n"


def test_a_name_no_longer_imported_from_a_compiled_module_is_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .h5t import py_new_vlen as new_vlen\n" + _KEPT, **_COMPILED}
    found = diffed(tmp_path, old, {"demo/__init__.py": _KEPT, **_COMPILED})
    lost = found[("removed", "demo.new_vlen")]
    assert lost.breakage == "attribute_removed"  # the distribution's own name, not a third party's re-export
    assert lost.witness == "from demo import new_vlen"
    assert ("removed", "demo.check_dtype") not in found


def test_a_name_a_star_import_of_the_compiled_module_may_still_bind_is_not_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .h5t import new_vlen\n" + _KEPT, **_COMPILED}
    new = {"demo/__init__.py": "from .h5t import *\n" + _KEPT, **_COMPILED}
    assert ("removed", "demo.new_vlen") not in diffed(tmp_path, old, new)


def test_a_name_of_a_module_that_no_longer_parses_is_not_claimed(tmp_path: Path) -> None:
    # an unparsable module is no compiled one: what it would bind is unknown
    old = {"demo/__init__.py": "from .h5t import py_new_vlen as new_vlen\n" + _KEPT, **_COMPILED}
    new = {"demo/__init__.py": "from .h5t import py_new_vlen as new_vlen\n" + _KEPT, "demo/h5t.py": "def (:\n"}
    assert ("removed", "demo.new_vlen") not in diffed(tmp_path, old, new)


def test_h5py_3_removed_the_vlen_and_enum_helpers_of_its_compiled_h5t() -> None:
    found = changes("h5py", "2.10.0", "3.0.0")
    for name in ("new_vlen", "new_enum", "get_vlen", "get_enum"):
        assert ("removed", f"h5py.{name}") in found, name
    assert ("removed", "h5py.h5t") not in found  # still shipped, compiled
    assert ("removed", "h5py.Dataset.value") in found


# -- an attribute the old release read from a handed object by literal (`getattr(node, "type_comment", None)`) and
# the new one reads as a plain attribute (`node.type_comment`): still read, no user's setting is ignored --

_READER = "def build(node):\n    comment = getattr(node, 'type_comment', None)\n    return comment\n"


def test_an_attribute_now_read_plainly_is_still_read(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "def build(node):\n    return node.type_comment\n"}
    assert ("removed", "attr:type_comment") not in diffed(tmp_path, {"demo/__init__.py": _READER}, new)


def test_an_attribute_read_only_on_self_now_is_no_longer_read(tmp_path: Path) -> None:
    # the release's own attribute is no reader of the user's object
    new = {"demo/__init__.py": "class Builder:\n    def build(self, node):\n        return self.type_comment\n"}
    found = diffed(tmp_path, {"demo/__init__.py": _READER}, new)
    assert "no longer reads the attribute 'type_comment'" in found[("removed", "attr:type_comment")].detail


def test_astroid_3_still_reads_type_comment_of_the_nodes_it_is_handed() -> None:
    found = changes("astroid", "2.15.8", "3.0.0")
    assert ("removed", "attr:type_comment") not in found
    assert ("removed", "astroid.TryExcept") in found  # the documented removals are still found


# -- a name the old release bound without making it a symbol (a star import of a package with no `__all__`), whose
# object warned already under its other path: the new surface seeing the name is no new deprecation --

_READ = (
    "import warnings\n\ndef read_loom(path):\n    warnings.warn('read_loom is deprecated', DeprecationWarning)\n"
    "    return path\n\ndef read_csv(path):\n    return path\n"
)
_STARRED = {
    "demo/__init__.py": "from ._io import read_loom, read_csv\n",
    "demo/_io/__init__.py": "from .read import read_loom, read_csv\n",
    "demo/readwrite.py": "from ._io import *\n",
}
_LISTED = "from .read import read_loom, read_csv\n__all__ = ['read_loom', 'read_csv']\n"


def test_a_name_newly_seen_for_an_object_that_warned_already_is_no_new_deprecation(tmp_path: Path) -> None:
    old = {**_STARRED, "demo/_io/read.py": _READ}
    found = diffed(tmp_path, old, {**old, "demo/_io/__init__.py": _LISTED})
    assert ("deprecated", "demo.readwrite.read_loom") not in found


def test_an_object_that_starts_warning_is_still_a_new_deprecation_under_each_name(tmp_path: Path) -> None:
    quiet = _READ.replace("    warnings.warn('read_loom is deprecated', DeprecationWarning)\n", "")
    old = {**_STARRED, "demo/_io/read.py": quiet}
    found = diffed(tmp_path, old, {**_STARRED, "demo/_io/__init__.py": _LISTED, "demo/_io/read.py": _READ})
    assert found[("deprecated", "demo.read_loom")].detail == "read_loom is deprecated"


def test_anndata_0_10_deprecates_read_and_not_the_read_loom_0_9_warned_of() -> None:
    found = changes("anndata", "0.9.2", "0.10.0")
    assert ("deprecated", "anndata.readwrite.read_loom") not in found
    assert ("deprecated", "anndata.read") in found
