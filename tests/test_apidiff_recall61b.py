"""Helper recall61b: classes found measuring recall on libraries nobody measured (M-Z)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an Enum member is no value its body assigns: a member whose value became a tuple is still a member, and only
# its `.value` changed type (pathvalidate 3.0's `ErrorReason`, claimed "now a tuple, was a str") --

_REASONS = '''import enum


class Reason(enum.Enum):
    NULL_NAME = "NULL_NAME"


class Plain:
    NULL_NAME = "NULL_NAME"
'''


def test_an_enum_members_value_of_another_type_is_no_type_change(tmp_path: Path) -> None:
    new = _REASONS.replace('= "NULL_NAME"', '= (1001, "NULL_NAME")')
    found = diffed(tmp_path, {"demo/__init__.py": _REASONS}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.Reason.NULL_NAME") not in found
    # the sibling: a plain class's attribute is the value it is assigned
    assert found[("signature_changed", "demo.Plain.NULL_NAME")].breakages == ("attribute_type_changed",)


def test_pathvalidate_3_0_error_reasons_stay_members() -> None:
    found = changes("pathvalidate", "2.5.2", "3.0.0")
    assert not [symbol for _, symbol in found if symbol.startswith("pathvalidate.ErrorReason.")]
    assert ("removed", "pathvalidate.InvalidLengthError") in found  # really gone


# -- a Sphinx extension's config value (`app.add_config_value("name", default, rebuild)`) it no longer registers is
# read nowhere: `conf.py` setting it is silently ignored (numpydoc 1.3's `numpydoc_edit_link`, 1.5's
# `numpydoc_use_blockquotes`, both unclaimed) --

_SETUP_OLD = '''def setup(app):
    app.add_config_value("demo_edit_link", None, False)
    app.add_config_value(name="demo_use_plots", default=None, rebuild=False)
    app.add_config_value("demo_show_members", True, True)
    return {"parallel_read_safe": True}
'''


def test_a_config_value_no_longer_registered_is_a_config_key_no_longer_read(tmp_path: Path) -> None:
    new = _SETUP_OLD.replace('    app.add_config_value("demo_edit_link", None, False)\n', "")
    found = diffed(tmp_path, {"demo/__init__.py": _SETUP_OLD}, {"demo/__init__.py": new})
    assert found[("removed", "config:demo_edit_link")].breakages == ("config_key_removed",)
    assert ("removed", "config:demo_use_plots") not in found  # still registered, by keyword
    assert ("removed", "config:demo_show_members") not in found


def test_config_values_registered_under_computed_names_may_be_any(tmp_path: Path) -> None:
    looped = (
        'VALUES = {"demo_use_plots": None, "demo_show_members": True}\n\n\ndef setup(app):\n'
        "    for name, default in VALUES.items():\n        app.add_config_value(name, default, True)\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _SETUP_OLD}, {"demo/__init__.py": looped})
    assert not [symbol for _, symbol in found if symbol.startswith("config:")]  # which names it registers is unknown


def test_numpydoc_dropped_two_config_values() -> None:
    assert ("removed", "config:numpydoc_edit_link") in changes("numpydoc", "1.2.1", "1.3")
    found = changes("numpydoc", "1.4.0", "1.5.0")
    assert found[("removed", "config:numpydoc_use_blockquotes")].breakages == ("config_key_removed",)
    assert not [s for _, s in found if s.startswith("config:") and s != "config:numpydoc_use_blockquotes"]


# -- a class whose only base is a `namedtuple(...)` call with literal fields (or a module-level literal of them)
# derives from a known ancestor, `tuple` with those fields: the methods its body drops are gone (uritools 1.0's
# `SplitResult.getaddrinfo`, hidden as inherited maybe from "a base that is no one class") --

_SPLIT = '''import collections

_FIELDS = ("scheme", "authority", "path")


class Split(collections.namedtuple("Split", _FIELDS)):
    __slots__ = ()

    def getaddrinfo(self, port=None):
        return port


class SplitBytes(Split):
    pass
'''
_SPLIT_NEW = _SPLIT.replace("    def getaddrinfo(self, port=None):\n        return port\n", "")


def test_a_method_dropped_from_a_class_over_a_namedtuple_call_is_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SPLIT}, {"demo/__init__.py": _SPLIT_NEW})
    assert found[("removed", "demo.Split.getaddrinfo")].aliases == ("demo.SplitBytes.getaddrinfo",)
    # a field of that name now serves it: nothing removed, and the constructor takes one more field
    field = _SPLIT_NEW.replace('"path")', '"path", "getaddrinfo")')
    found = diffed(tmp_path / "field", {"demo/__init__.py": _SPLIT}, {"demo/__init__.py": field})
    assert ("removed", "demo.Split.getaddrinfo") not in found
    assert found[("signature_changed", "demo.Split")].breakages == ("record_field_made_required",)


def test_a_namedtuple_call_base_under_a_written_constructor_stays_unknown(tmp_path: Path) -> None:
    written = "    def __new__(cls, *args, **kwargs):\n        return super().__new__(cls, *args, **kwargs)\n\n"
    old, new = (text.replace("    __slots__ = ()\n", written) for text in (_SPLIT, _SPLIT_NEW))
    assert ("removed", "demo.Split.getaddrinfo") not in diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})


def test_uritools_1_0_drops_three_split_result_methods() -> None:
    found = changes("uritools", "0.12.0", "1.0.0")
    for name in ("getaddrinfo", "getauthority", "gethostip"):
        assert ("removed", f"uritools.SplitResult.{name}") in found
    assert ("removed", "uritools.SplitResult.gethost") not in found  # kept, without its `encoding` keyword
