"""Lead, thirty-second stop: deprecation messages with the fields a static reading can fill."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module `__getattr__` building its warning with `"'{}' is deprecated. Use '{}' instead.".format(name,
# table[name][0])` (bracex 1.1): the name asked for fills its field; the sentence naming what the table holds goes --

_TABLE_GETATTR = '''import warnings

__version__ = "2.0"
__deprecated__ = {"version": ("__version__", __version__)}


def __getattr__(name):
    deprecated = __deprecated__.get(name)
    if deprecated:
        warnings.warn("'{}' is deprecated. Use '{}' instead.".format(name, deprecated[0]), DeprecationWarning)
        return deprecated[1]
    raise AttributeError(name)
'''


def test_a_module_getattr_warning_formatted_with_the_name_asked_for_names_it(tmp_path: Path) -> None:
    old = {"demo/__init__.py": 'version = "1.0"\n'}
    found = diffed(tmp_path, old, {"demo/__init__.py": _TABLE_GETATTR})
    assert found[("deprecated", "demo.version")].detail == "'version' is deprecated."


def test_bracex_1_1_version_deprecation_names_the_attribute() -> None:
    found = changes("bracex", "1.0.2", "1.1")
    assert found[("deprecated", "bracex.version")].detail == "'version' is deprecated."
    assert found[("deprecated", "bracex.version_info")].detail == "'version_info' is deprecated."


# -- a warning naming a class or function of its module in an f-string field (keystoneauth1 5.10's
# `f"'{AuthConstructor.__qualname__}' is deprecated ... Subclass '{Auth.__qualname__}' instead"`): what the field
# prints is the definition's name; a field of anything else is left as written --

_NAMED_FIELDS = '''import warnings


class Auth:
    class Options:
        pass


def helper():
    pass


class Old(Auth):
    def __init__(self):
        warnings.warn(
            f"'{Old.__qualname__}' is deprecated. Subclass '{Auth.__qualname__}' and use "
            f"'{Auth.Options.__qualname__}', '{helper.__name__}' or '{settings.__name__}' instead.",
            DeprecationWarning,
        )
'''


def test_a_warning_naming_classes_of_its_module_in_fields_spells_their_names(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class Auth:\n    pass\n\n\nclass Old(Auth):\n    def __init__(self):\n        pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _NAMED_FIELDS})
    detail = found[("deprecated", "demo.Old")].detail
    assert detail.startswith("'Old' is deprecated. Subclass 'Auth' and use '{Auth.Options.__qualname__}', 'helper'")
    assert "'{settings.__name__}'" in detail  # not a definition of the module: unknown


def test_keystoneauth1_5_10_auth_constructor_deprecation_names_both_classes() -> None:
    found = changes("keystoneauth1", "5.9.1", "5.10.0")
    detail = found[("deprecated", "keystoneauth1.identity.v3.base.AuthConstructor")].detail
    assert detail.startswith("'AuthConstructor' is deprecated and will be removed in a future release. Subclass 'Auth'")


# -- a module-level warning under an `if` testing whether an optional dependency imported (structlog 26.1's `elif
# better_exceptions is not None: warnings.warn("better-exceptions support is deprecated ...")`) fires in some
# installs only: it deprecates the dependency's support, not the module --

_OPTIONAL = '''import warnings

try:
    import fancy_tracebacks
except ImportError:
    fancy_tracebacks = None


def render(exc):
    return str(exc)


if fancy_tracebacks is not None:
    warnings.warn("fancy-tracebacks support is deprecated.", DeprecationWarning)
'''


def test_a_module_warning_under_an_optional_import_test_deprecates_no_module(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/dev.py": "def render(exc):\n    return str(exc)\n"}
    found = diffed(tmp_path, old, {**old, "demo/dev.py": _OPTIONAL})
    assert ("deprecated", "demo.dev") not in found
    always = _OPTIONAL.replace("if fancy_tracebacks is not None:\n    ", "")
    assert ("deprecated", "demo.dev") in diffed(tmp_path / "always", old, {**old, "demo/dev.py": always})


def test_structlog_26_1_dev_module_is_not_deprecated_but_better_traceback_is() -> None:
    found = changes("structlog", "25.5.0", "26.1.0")
    assert ("deprecated", "structlog.dev") not in found
    assert ("deprecated", "structlog.dev.better_traceback") in found


# -- a class's annotation without a value moved under `if TYPE_CHECKING:` (SQLAlchemy 2.1 declares
# `DeclarativeBaseNoMeta.registry` and `.metadata` in a typing-only base's `if TYPE_CHECKING:` block, 2.0 at its
# top level): neither binds anything at run time, type checkers see both: nothing is removed --

_DECLARED = "from typing import ClassVar\n\n\nclass Base:\n    registry: ClassVar[dict]\n    name: str = 'x'\n"
_FOR_CHECKERS = (
    "from typing import TYPE_CHECKING, ClassVar\n\n\nclass _Typing:\n    if TYPE_CHECKING:\n"
    "        registry: ClassVar[dict]\n        name: ClassVar[str]\n\n\nclass Base(_Typing):\n    name: str = 'x'\n"
)


def test_an_annotation_moved_under_type_checking_is_still_declared(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _DECLARED}, {"demo/__init__.py": _FOR_CHECKERS})
    assert ("removed", "demo.Base.registry") not in found and ("removed", "demo.Base.name") not in found
    dropped = _FOR_CHECKERS.replace("        registry: ClassVar[dict]\n", "")
    assert ("removed", "demo.Base.registry") in diffed(tmp_path / "dropped", {"demo/__init__.py": _DECLARED}, {"demo/__init__.py": dropped})


def test_sqlalchemy_2_1_declarative_base_no_meta_keeps_registry_and_metadata() -> None:
    found = changes("sqlalchemy", "2.0.59", "2.1.9")
    for name in ("registry", "metadata"):
        assert ("removed", f"sqlalchemy.orm.DeclarativeBaseNoMeta.{name}") not in found
    assert ("removed", "sqlalchemy.orm.Session.close_all") in found  # true: deprecated since 1.3, gone in 2.1
