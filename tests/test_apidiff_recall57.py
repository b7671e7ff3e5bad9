"""recall57: documented breaks the engine missed, checked against changelogs of libraries nobody had measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a bare decorator handing back a `@wraps(f)` wrapper that spells its own parameters hid the decorated function's
# signature: the wrapper's keyword `package` going with the decorator (importlib_resources 7.0's `files`) went unseen --

_SPELLED_OLD = '''import functools
import warnings


def package_to_anchor(func):
    undefined = object()

    @functools.wraps(func)
    def wrapper(anchor=undefined, package=undefined):
        if package is not undefined:
            warnings.warn("renamed to anchor", DeprecationWarning)
            return func(package)
        return func() if anchor is undefined else func(anchor)

    return wrapper


def keep(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@package_to_anchor
def files(anchor=None):
    return anchor


@keep
def kept(anchor=None, package=None):
    return anchor


def method_to_anchor(method):
    @functools.wraps(method)
    def wrapper(self, anchor=None, package=None):
        return method(self, anchor or package)

    return wrapper


class Reader:
    @method_to_anchor
    def open(self, anchor=None):
        return anchor
'''
_SPELLED_NEW = _SPELLED_OLD.replace("@package_to_anchor\n", "").replace("    @method_to_anchor\n", "")


def test_a_wrapper_spelling_its_own_parameters_is_what_the_decorated_function_takes(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", {"demo/__init__.py": _SPELLED_OLD}, "1.0")
    params = old.symbols["demo.files"].params
    assert params is not None and [p.name for p in params] == ["anchor", "package"]
    method = old.symbols["demo.Reader.open"].params
    assert method is not None and [p.name for p in method] == ["anchor", "package"]  # the instance left out
    found = diffed(tmp_path, {"demo/__init__.py": _SPELLED_OLD}, {"demo/__init__.py": _SPELLED_NEW})
    assert "param_removed" in found[("signature_changed", "demo.files")].breakages
    assert "param_removed" in found[("signature_changed", "demo.Reader.open")].breakages
    # its defaults stand for "not given": no default is claimed changed, nor any other parameter
    assert "default" not in found[("signature_changed", "demo.files")].detail
    assert ("signature_changed", "demo.kept") not in found  # a `(*args, **kwargs)` wrapper keeps the signature


def test_a_wrapper_kept_in_both_releases_claims_nothing(tmp_path: Path) -> None:
    # the decorated def changing behind a wrapper that spells its own parameters changes nothing callers pass
    new = _SPELLED_OLD.replace("def files(anchor=None):", "def files(anchor=None, extra=None):")
    found = diffed(tmp_path, {"demo/__init__.py": _SPELLED_OLD}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.files") not in found


def test_a_factory_or_a_wrapper_with_variadics_leaves_the_signature_unknown(tmp_path: Path) -> None:
    factory = _SPELLED_OLD.replace("@package_to_anchor\ndef files", "@package_to_anchor()\ndef files")
    old = surface(tmp_path / "old", {"demo/__init__.py": factory}, "1.0")
    assert old.symbols["demo.files"].params is None  # called: the decorator is what the call returns
    variadic = _SPELLED_OLD.replace("def wrapper(anchor=undefined, package=undefined):", "def wrapper(*a, **k):")
    other = surface(tmp_path / "other", {"demo/__init__.py": variadic}, "1.0")
    assert other.symbols["demo.files"].params is None


# importlib_resources 7.0 dropped `@package_to_anchor` from `files`: its documented "Remove compatibility shim for
# deprecated parameter *package*" was unclaimed, the wrapper hiding 6.5's signature


def test_importlib_resources_7_files_no_longer_takes_package() -> None:
    found = changes("importlib-resources", "6.5.2", "7.0.0")
    claim = found[("signature_changed", "importlib_resources.files")]
    assert "param_removed" in claim.breakages and "'package'" in claim.detail
    assert "'anchor'" not in claim.detail


# -- Sphinx 9 renamed `.. deprecated::` to `.. version-deprecated::` (the old name kept as an alias; pathspec 1.0
# writes the new one): a docstring-only deprecation so spelled went unseen --

_DOC_OLD = 'def fetch(url):\n    """Fetch."""\n    return url\n\n\ndef get(url):\n    """Get."""\n    return url\n'


def test_a_sphinx_9_version_deprecated_directive_deprecates_the_object(tmp_path: Path) -> None:
    new = _DOC_OLD.replace(
        '"""Fetch."""', '"""Fetch.\n\n    .. version-deprecated:: 2.0\n        Use ``get`` instead.\n    """'
    )
    found = diffed(tmp_path, {"demo/__init__.py": _DOC_OLD}, {"demo/__init__.py": new})
    assert found[("deprecated", "demo.fetch")].detail == "Deprecated since 2.0. Use ``get`` instead."
    assert ("deprecated", "demo.get") not in found
    # another Sphinx 9 directive of the family (`version-changed`) deprecates nothing
    changed = _DOC_OLD.replace('"""Get."""', '"""Get.\n\n    .. version-changed:: 2.0\n        Faster.\n    """')
    assert ("deprecated", "demo.get") not in diffed(
        tmp_path, {"demo/__init__.py": _DOC_OLD}, {"demo/__init__.py": changed}
    )
