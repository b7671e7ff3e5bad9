"""Deprecations that expire into errors: a deprecator handed the version it lasts until, whose code raises instead of
warning once the package's version is above it (nibabel's `@deprecate_with_version(message, since, until)`)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# nibabel's construct, reduced: an instance of a class whose `__call__(message, since, until)` returns a wrapper
# that raises when `until` is below the package's version, else warns
_DEPRECATOR = (
    "import functools\nimport warnings\n\n__version__ = '{version}'\n\n\n"
    "class ExpiredError(RuntimeError):\n    pass\n\n\n"
    "class Deprecator:\n    def __init__(self, compare):\n        self.compare = compare\n\n"
    "    def __call__(self, message, since='', until=''):\n        def deprecator(func):\n"
    "            @functools.wraps(func)\n            def deprecated_func(*args, **kwargs):\n"
    "                if until and self.compare(until) == -1:\n                    raise ExpiredError(message)\n"
    "                warnings.warn(message, DeprecationWarning, stacklevel=2)\n"
    "                return func(*args, **kwargs)\n\n            return deprecated_func\n\n        return deprecator\n\n\n"
    "def cmp_version(text):\n    return 0\n\n\n"
    "deprecate_with_version = Deprecator(cmp_version)\n"
)
# the `deprecation` package's way (2.1): `removed_in` compared to choose the warning's class, never to raise; its
# only `raise` tests whether it was given
_WARNING_ONLY = (
    "import functools\nimport warnings\n\n\n"
    "def deprecated(deprecated_in=None, removed_in=None, current_version=None, details=''):\n"
    "    if deprecated_in is None and removed_in is not None:\n        raise TypeError('removed_in needs deprecated_in')\n"
    "    unsupported = removed_in is not None and current_version >= removed_in\n\n"
    "    def wrapper(function):\n        @functools.wraps(function)\n        def inner(*args, **kwargs):\n"
    "            if unsupported and removed_in:\n                warnings.warn('unsupported', UserWarning)\n"
    "            else:\n                warnings.warn('deprecated', DeprecationWarning)\n"
    "            return function(*args, **kwargs)\n\n        return inner\n\n    return wrapper\n"
)


def _release(version: str, deprecator: str, decorator: str) -> dict[str, str]:
    return {
        "demo/deprecator.py": deprecator.replace("{version}", version),
        "demo/__init__.py": (
            "from .deprecator import deprecate_with_version, deprecated\n\n\n"
            f"{decorator}\ndef read(path):\n    return path\n\n\n"
            f"class Image:\n    {decorator}\n    def get_data(self):\n        return 1\n"
        ),
    }


def _both(tmp_path: Path, until: str, deprecator: str = _DEPRECATOR, decorator: str = "") -> dict[str, str]:
    written = decorator or f"@deprecate_with_version('read is deprecated', '0.5', '{until}')"
    if "deprecated(" not in deprecator:
        deprecator += "\n\ndef deprecated(**kwargs):\n    return lambda f: f\n"
    found = diffed(tmp_path, _release("1.0", deprecator, written), _release("2.0", deprecator, written))
    return {symbol: c.breakage for (kind, symbol), c in found.items()}


def test_a_deprecation_lasting_until_a_version_between_the_releases_now_raises(tmp_path: Path) -> None:
    found = _both(tmp_path, "1.5")
    assert found["demo.read"] == "callable_now_raises"
    assert found["demo.Image.get_data"] == "callable_now_raises"


def test_the_evidence_names_the_decorator_and_the_version(tmp_path: Path) -> None:
    written = "@deprecate_with_version('read is deprecated', since='0.5', until='1.5')"
    found = diffed(tmp_path, _release("1.0", _DEPRECATOR, written), _release("2.0", _DEPRECATOR, written))
    change = next(c for (kind, symbol), c in found.items() if symbol == "demo.read")
    assert change.breakage == "callable_now_raises"
    assert "`@deprecate_with_version(...)` deprecates it until 1.5" in change.detail
    assert "(1.0 warned)" in change.detail


def test_a_deprecation_lasting_past_the_new_release_is_no_change(tmp_path: Path) -> None:
    assert _both(tmp_path, "3.0") == {}


def test_a_release_equal_to_the_version_is_read_by_the_deprecators_own_test(tmp_path: Path) -> None:
    # `compare(until) == -1`: raising only above `until`, so 2.0 still warns for '2.0' and 1.0 warned for '1.0'
    assert _both(tmp_path, "2.0") == {}
    assert _both(tmp_path / "old", "1.0")["demo.read"] == "callable_now_raises"
    # `Version(until) <= Version(__version__)`: raising once reached, so 2.0 raises for '2.0', and 1.0 did for '1.0'
    reached = _DEPRECATOR.replace(
        "if until and self.compare(until) == -1:", "if until and Version(until) <= Version(__version__):"
    ).replace("import functools\n", "import functools\nfrom packaging.version import Version\n")
    assert _both(tmp_path / "reached", "2.0", reached)["demo.read"] == "callable_now_raises"
    assert _both(tmp_path / "reached_old", "1.0", reached) == {}


def test_a_test_deferred_to_a_method_of_the_deprecator_is_read_there(tmp_path: Path) -> None:
    # nibabel's `if until and self.is_bad_version(until)`, `is_bad_version` returning `compare(version) == -1`
    deferred = _DEPRECATOR.replace(
        "if until and self.compare(until) == -1:", "if until and self.is_bad(until):"
    ).replace(
        "    def __call__(",
        "    def is_bad(self, version):\n        return self.compare(version) == -1\n\n    def __call__(",
    )
    assert _both(tmp_path, "1.0", deferred)["demo.read"] == "callable_now_raises"
    assert _both(tmp_path / "at", "2.0", deferred) == {}
    # a method saying nothing of the boundary: no claim even between the releases
    unsaid = deferred.replace("return self.compare(version) == -1", "return bool(self.compare(version))")
    assert _both(tmp_path / "unsaid", "1.5", unsaid) == {}


def test_a_deprecator_that_only_warns_past_the_version_is_no_change(tmp_path: Path) -> None:
    decorator = "@deprecated(deprecated_in='0.5', removed_in='1.5', current_version=__version__)"
    assert _both(tmp_path, "", _WARNING_ONLY + "\n\n__version__ = '{version}'\n", decorator) == {}


def test_a_deprecator_function_raising_past_a_keyword_version_expires(tmp_path: Path) -> None:
    # the same function-style deprecator, raising where it warned: `removed_in=` by keyword is read too
    raising = _WARNING_ONLY.replace(
        "if unsupported and removed_in:\n                warnings.warn('unsupported', UserWarning)",
        "if removed_in and current_version > removed_in:\n                raise RuntimeError('removed')",
    )
    decorator = "@deprecated(deprecated_in='0.5', removed_in='1.5', current_version=__version__)"
    found = _both(tmp_path, "", raising + "\n\n__version__ = '{version}'\n", decorator)
    assert found == {"demo.read": "callable_now_raises", "demo.Image.get_data": "callable_now_raises"}


def test_a_deprecator_raising_without_testing_the_version_is_no_expiry(tmp_path: Path) -> None:
    # `if until: raise` raises whenever a version is given: already in the old release, nothing new
    given_only = _DEPRECATOR.replace("if until and self.compare(until) == -1:", "if until:")
    assert _both(tmp_path, "1.5", given_only) == {}


# dipy's copy of nibabel's deprecator: a function, its test a function of its module with the comparator handed
_FUNCTION_DEPRECATOR = (
    "import functools\nimport warnings\n\n__version__ = '{version}'\n\n\n"
    "def cmp_pkg_version(version_str, pkg_version_str=__version__):\n    return 0\n\n\n"
    "def is_bad_version(version_str, version_comparator=cmp_pkg_version):\n"
    "    return version_comparator(version_str) == -1\n\n\n"
    "def deprecate_with_version(message, since='', until='', version_comparator=cmp_pkg_version):\n"
    "    def deprecator(func):\n        @functools.wraps(func)\n        def deprecated_func(*args, **kwargs):\n"
    "            if until and is_bad_version(until, version_comparator):\n"
    "                raise RuntimeError(message)\n"
    "            warnings.warn(message, DeprecationWarning, stacklevel=2)\n"
    "            return func(*args, **kwargs)\n\n        return deprecated_func\n\n    return deprecator\n"
)


def test_a_function_deprecator_deferring_to_a_module_function_expires(tmp_path: Path) -> None:
    assert _both(tmp_path, "1.0", _FUNCTION_DEPRECATOR)["demo.read"] == "callable_now_raises"
    assert _both(tmp_path / "past", "3.0", _FUNCTION_DEPRECATOR) == {}
    # a helper whose comparison says nothing of the boundary (`!= 0`): no claim
    unsaid = _FUNCTION_DEPRECATOR.replace(
        "version_comparator(version_str) == -1", "version_comparator(version_str) != 0"
    )
    assert _both(tmp_path / "unsaid", "1.5", unsaid) == {}


def test_nibabel_5_0_1_raises_for_what_5_0_deprecated_until_5_0() -> None:
    # `until='5.0'`: nibabel's `cmp_pkg_version('5.0')` is -1 against 5.0.1, so `ExpiredDeprecationError`
    # (5.0.1's own tests expect it under `@expires('5.0.0')`)
    found = changes("nibabel", "5.0.0", "5.0.1")
    raising = {symbol for (kind, symbol), c in found.items() if c.breakage == "callable_now_raises"}
    for symbol in (
        "nibabel.loadsave.read_img_data",
        "nibabel.loadsave.guessed_image_type",
        "nibabel.orientations.flip_axis",
        "nibabel.dataobj_images.DataobjImage.get_data",
    ):
        assert symbol in raising or any(symbol in found[k].aliases for k in found if k[1] in raising), symbol


def test_nibabel_5_0_0_still_warns_for_what_it_deprecated_until_5_0() -> None:
    # 5.0.0's own tests call `read_img_data` under `pytest.deprecated_call()`: equal to `until`, it still warns
    found = changes("nibabel", "4.0.2", "5.0.0")
    assert not [
        k for k, c in found.items() if c.breakage == "callable_now_raises" and "deprecates it until" in c.detail
    ]
