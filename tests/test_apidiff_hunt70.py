"""A false-claim sweep on releases never measured (hunt70): call forms that only a compiled module's stub states."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a `.pyi` with no source beside it declares compiled code, whose binding decides how calls bind: a stub that now
# marks parameters positional-only, drops a default or makes a method a property may only state what the binding
# always did (pikepdf 10.18's nanobind core). No claim; its annotations are still compared. --

_OLD_STUB = (
    "class Matrix:\n"
    "    def scaled(self, sx: float, sy: float) -> Matrix: ...\n"
    "    def index(self) -> int: ...\n"
    "    def names(self) -> list[bytes]: ...\n"
    "def set_level(level: int = ...) -> int: ...\n"
    "def same(arg0: object) -> bool: ...\n"
)
_NEW_STUB = (
    "class Matrix:\n"
    "    def scaled(self, sx: float, sy: float, /) -> Matrix: ...\n"
    "    @property\n"
    "    def index(self) -> int: ...\n"
    "    def names(self) -> list[str]: ...\n"
    "def set_level(level: int) -> int: ...\n"
    "def same(other: object, /) -> bool: ...\n"
)
_INIT = "from demo._core import Matrix, same, set_level\n\n__all__ = ['Matrix', 'same', 'set_level']\n"


def _source(stub: str) -> str:
    """The stub as Python source: each `...` body returns None."""
    return stub.replace(": ...", ":\n        return None").replace("\ndef ", "\n\n\ndef ")


def test_a_stub_of_compiled_code_stating_its_call_forms_is_no_claim(tmp_path: Path) -> None:
    found = diffed(
        tmp_path,
        {"demo/__init__.py": _INIT, "demo/_core.pyi": _OLD_STUB},
        {"demo/__init__.py": _INIT, "demo/_core.pyi": _NEW_STUB},
    )
    for name in ("Matrix.scaled", "Matrix.index", "set_level", "same"):
        assert ("signature_changed", f"demo.{name}") not in found, name
    # what a type checker reads of the stub is still compared
    assert "list[bytes] to list[str]" in found[("signature_changed", "demo.Matrix.names")].detail


def test_the_same_call_forms_in_python_source_are_still_claimed(tmp_path: Path) -> None:
    found = diffed(
        tmp_path,
        {"demo/__init__.py": _INIT, "demo/_core.py": _source(_OLD_STUB)},
        {"demo/__init__.py": _INIT, "demo/_core.py": _source(_NEW_STUB)},
    )
    assert "'sx' is now positional-only" in found[("signature_changed", "demo.Matrix.scaled")].detail
    assert "now a property" in found[("signature_changed", "demo.Matrix.index")].detail
    assert "'level' lost its default" in found[("signature_changed", "demo.set_level")].detail
    assert "parameter 'arg0' removed" in found[("signature_changed", "demo.same")].detail


def test_pikepdf_10_18_stubs_stating_what_its_nanobind_core_always_did_are_no_claims() -> None:
    found = changes("pikepdf", "10.17.0", "10.18.0")
    for name in (
        "Matrix.scaled",  # `.def("scaled", [](QPDFMatrix const &self, double sx, double sy) ...)`: no nb::arg
        "Object.update",
        "Object.with_same_owner_as",  # `arg0` -> `other, /`
        "settings.set_decimal_precision",
        "TokenFilter.handle_token",  # `py::arg("token")`, never a default
        "AttachedFileSpec",  # the binding named it `q`, never `pdf`
    ):
        assert ("signature_changed", f"pikepdf.{name}") not in found, name
    for name in ("form_xobjects", "index", "label"):  # `def_prop_ro` in both releases
        assert ("signature_changed", f"pikepdf.Page.{name}") not in found, name
    # the stub's return annotation, which type checkers read, is still compared
    assert "Iterator[bytes] to Iterator[str]" in found[("signature_changed", "pikepdf.NameTree.__iter__")].detail


# -- a proxy variable the release stopped reading itself, while it sends its requests through requests or httpx, whose
# sessions scan `*_proxy` for every request (`trust_env`): the user's setting still takes effect --

_READS_PROXY = "import os\nimport {lib}\nPROXY = os.environ.get('https_proxy')\nHOME = os.environ.get('APP_HOME')\n"
_NO_PROXY = "import {lib}\nPROXY = None\nHOME = None\n"


def test_a_proxy_variable_dropped_for_the_http_library_s_own_scan_is_no_claim(tmp_path: Path) -> None:
    for lib in ("requests", "httpx"):
        old = {"demo/__init__.py": _READS_PROXY.format(lib=lib)}
        found = diffed(tmp_path / lib, old, {"demo/__init__.py": _NO_PROXY.format(lib=lib)})
        assert ("env_var_removed", "env:https_proxy") not in found, lib
        assert ("env_var_removed", "env:APP_HOME") in found, lib  # the release's own variable is still claimed


def test_a_proxy_variable_dropped_where_no_such_library_is_imported_is_still_claimed(tmp_path: Path) -> None:
    # urllib3 alone scans no environment: the setting is lost
    old = {"demo/__init__.py": _READS_PROXY.format(lib="urllib3")}
    found = diffed(tmp_path, old, {"demo/__init__.py": _NO_PROXY.format(lib="urllib3")})
    assert ("env_var_removed", "env:https_proxy") in found


def test_apache_libcloud_3_9_proxy_variables_are_read_by_the_requests_session_it_sends_through() -> None:
    found = changes("apache-libcloud", "3.8.0", "3.9.1")
    for name in ("http_proxy", "https_proxy"):
        assert ("env_var_removed", f"env:{name}") not in found, name
    # the documented breaks stay: the Equinix Metal volume extensions are gone
    assert ("removed", "libcloud.compute.drivers.equinixmetal.EquinixMetalNodeDriver.ex_clone_volume") in found


# -- a method only raising NotImplementedError (a placeholder its subclasses fill) made a property: no call of it ever
# worked, and what the subclasses define is compared on its own (lark 1.0's `Pattern.min_width`) --

_PLACEHOLDER = (
    "class Pattern:\n    def min_width(self):\n        raise NotImplementedError()\n\n\n"
    "class PatternStr(Pattern):\n    @property\n    def min_width(self):\n        return 1\n"
)
_ABSTRACT = (
    "from abc import ABC, abstractmethod\n\n\nclass Pattern(ABC):\n    @property\n    @abstractmethod\n"
    "    def min_width(self):\n        raise NotImplementedError()\n\n\n"
    "class PatternStr(Pattern):\n    @property\n    def min_width(self):\n        return 1\n"
)


def test_a_placeholder_method_made_a_property_is_no_claim_that_calls_fail(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PLACEHOLDER}, {"demo/__init__.py": _ABSTRACT})
    detail = found[("signature_changed", "demo.Pattern.min_width")].detail
    assert "now abstract" in detail  # a subclass not overriding it can no longer be instantiated
    assert "now a property" not in detail
    # a method that worked, made a property, is still claimed
    working = _PLACEHOLDER.replace("raise NotImplementedError()", "return 0", 1)
    found = diffed(tmp_path / "working", {"demo/__init__.py": working}, {"demo/__init__.py": _ABSTRACT})
    assert "now a property" in found[("signature_changed", "demo.Pattern.min_width")].detail


def test_lark_1_0_pattern_widths_were_properties_wherever_they_worked() -> None:
    found = changes("lark", "0.12.0", "1.0.0")
    for name in ("min_width", "max_width"):
        detail = found[("signature_changed", f"lark.lexer.Pattern.{name}")].detail
        assert "now abstract" in detail
        assert "now a property" not in detail
    assert ("removed", "lark.lexer.TraditionalLexer") in found  # the documented breaks stay


# -- an attribute the release reads from a handed object only where it stores it itself: a memo a decorator keeps on
# the function it wraps (keyring 24's `once`: `if not hasattr(func, "always_returns"): func.always_returns = ...`) is
# its own, no user's setting --

_MEMO = (
    "def once(func):\n    def wrapper(*args, **kwargs):\n        if not hasattr(func, 'always_returns'):\n"
    "            func.always_returns = func(*args, **kwargs)\n        return func.always_returns\n    return wrapper\n"
)
_SETTING = "def limit(view):\n    return getattr(view, 'rate_limit', None)\n"


def test_an_attribute_read_back_where_the_release_stored_it_is_no_user_setting(tmp_path: Path) -> None:
    for store in ("func.always_returns = func(*args, **kwargs)", "setattr(func, 'always_returns', func())"):
        old = {"demo/__init__.py": _MEMO.replace("func.always_returns = func(*args, **kwargs)", store) + _SETTING}
        found = diffed(tmp_path / str(len(store)), old, {"demo/__init__.py": "VERSION = 2\n"})
        assert ("removed", "attr:always_returns") not in found, store
        assert ("removed", "attr:rate_limit") in found  # one only read from a handed object is still claimed


def test_keyring_25_once_s_memo_attribute_is_no_user_attribute() -> None:
    found = changes("keyring", "24.3.1", "25.0.0")
    assert ("removed", "attr:always_returns") not in found
    assert ("removed", "keyring.util.once") in found  # the function itself did go


# -- a dispatcher a helper picks (`singledispatch = import_single_dispatch()`, functools' or a backport) decorating
# the old def: its first parameter never went by keyword, so `functools.singledispatch` in the new one makes nothing
# positional-only (graphene-django 2.16 -> 3.0) --

_PICKED = (
    "def import_single_dispatch():\n    from functools import singledispatch\n    return singledispatch\n\n\n"
    "singledispatch = import_single_dispatch()\n\n\n"
    "@singledispatch\ndef convert(field, registry=None):\n    raise Exception(field)\n"
)
_FUNCTOOLS = "from functools import singledispatch\n\n\n@singledispatch\ndef convert(field, registry=None):\n    raise Exception(field)\n"


def test_a_dispatcher_picked_by_a_helper_already_took_the_first_parameter_by_position(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PICKED}, {"demo/__init__.py": _FUNCTOOLS})
    assert ("signature_changed", "demo.convert") not in found
    # a plain def made a dispatcher is still claimed
    plain = {"demo/__init__.py": "def convert(field, registry=None):\n    raise Exception(field)\n"}
    found = diffed(tmp_path / "plain", plain, {"demo/__init__.py": _FUNCTOOLS})
    assert "'field' is now positional-only" in found[("signature_changed", "demo.convert")].detail


def test_graphene_django_3_converters_were_dispatched_by_position_already() -> None:
    found = changes("graphene-django", "2.16.0", "3.0.0")
    for name in (
        "converter.convert_django_field",
        "forms.converter.convert_form_field",
        "rest_framework.serializer_converter.get_graphene_type_from_serializer_field",
    ):
        assert ("signature_changed", f"graphene_django.{name}") not in found, name
    # the documented breaks stay
    assert "parameter 'backend' removed" in found[("signature_changed", "graphene_django.views.GraphQLView")].detail
