"""recall59: documented breaks the engine missed, measured on libraries nobody had measured (jsonpickle 4.1,
cbor2 6.0, deepdiff 6.7)."""

from __future__ import annotations

from pathlib import Path

from bot.changes import Change, SignatureDelta
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes

# -- a parameter's deprecation warned in an `if` nested in one that holds on another parameter's default path
# (jsonpickle 4.1.2's `if context is None:` around `if numeric_keys: warnings.warn(...)`) was not read --

_NESTED = '''import warnings


def encode(value, keys=False, numeric_keys=False, safe=True, context=None):
    if context is None:
        if not keys:
            warnings.warn("keys will default to True in 5.0", DeprecationWarning)
        if numeric_keys:
            warnings.warn("numeric_keys is deprecated", DeprecationWarning)
        if not safe:
            warnings.warn("safe=False is deprecated", DeprecationWarning)
    return value


def decode(value, strict=False, context=None):
    if context is not None:
        if strict:
            warnings.warn("strict is deprecated", DeprecationWarning)
    return value
'''


def test_a_warning_nested_under_another_parameters_default_deprecates_the_inner_parameter(tmp_path: Path) -> None:
    found = surface(tmp_path, {"demo/__init__.py": _NESTED}).symbols
    assert found["demo.encode"].deprecated_params == ("keys", "numeric_keys", "safe")
    assert found["demo.encode"].deprecated_omitted == ("keys",)  # leaving it out warns: passing it is the way out
    assert ("safe", "not safe") in found["demo.encode"].deprecated_when
    # the sibling: an outer test that holds only when the caller passes the other parameter is no default's path
    assert found["demo.decode"].deprecated_params == ()


def test_jsonpickle_4_1_2_deprecates_the_parameters_it_warns_about_under_its_default_context() -> None:
    found = changes("jsonpickle", "4.1.1", "4.1.2")
    for name in ("jsonpickle.encode", "jsonpickle.dumps"):
        assert _signature(found[("deprecated", name)]).deprecated_parameters == ("keys", "numeric_keys", "use_decimal")
    assert _signature(found[("deprecated", "jsonpickle.decode")]).deprecated_parameters == ("keys", "safe")


def _signature(change: Change) -> SignatureDelta:
    assert change.signature is not None
    return change.signature
