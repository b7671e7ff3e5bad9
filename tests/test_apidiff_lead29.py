"""False claims found by the lead's sweep of 2025-2026 releases of libraries no test had pinned: each class on its
pinned real example and on a synthetic case, with siblings that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a None default the body dereferences at once, behind statements that only bind names --


def test_oauthlib_3_3_raise_from_error_keeps_its_params_default() -> None:
    found = changes("oauthlib", "3.2.2", "3.3.0")
    # 3.2.2 opened `raise_from_error(error, params=None)` with `import inspect; import sys`, then `params.get(...)`;
    # 3.3.0 moved the imports to the module: leaving `params` out raised AttributeError in both
    assert ("signature_changed", "oauthlib.oauth2.rfc6749.errors.raise_from_error") not in found
    assert ("signature_changed", "oauthlib.openid.connect.core.exceptions.raise_from_error") not in found


_DEREFERENCED = "    return params.get('error')\n"


@pytest.mark.parametrize(
    "opening",
    [
        "    import sys\n",
        "    from os import path as p\n",
        "    def helper():\n        return 1\n",
        "    class Local:\n        pass\n",
        "    '''Docstring.'''\n    import inspect\n",
    ],
)
def test_binding_statements_before_the_dereference_do_not_hide_it(tmp_path: Path, opening: str) -> None:
    old = f"def f(error, params=None):\n{opening}{_DEREFERENCED}"
    new = f"def f(error, params=None):\n{_DEREFERENCED}"
    assert ("signature_changed", "demo.f") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize(
    "opening",
    [
        "    import params\n",  # the import binds the parameter itself: None never reaches the dereference
        "    def params():\n        return {}\n",
        "    params = params or {}\n",
    ],
)
def test_a_statement_binding_the_parameter_itself_still_leaves_the_old_default_usable(
    tmp_path: Path, opening: str
) -> None:
    old = f"def f(error, params=None):\n{opening}{_DEREFERENCED}"
    new = f"def f(error, params=None):\n{_DEREFERENCED}"
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.f")]
    assert "'params' lost its default" in change.detail


def test_a_guard_after_a_nested_def_returning_early_still_rejects_none(tmp_path: Path) -> None:
    # the nested def's `return` is its own: the `if data is None: raise` that follows still runs first
    guarded = "    def helper():\n        return 1\n    if data is None:\n        raise ValueError('data is required')\n"
    old = f"def f(data=None):\n{guarded}    return data\n"
    new = "def f(data=None):\n    if data is None:\n        raise ValueError('data is required')\n    return data\n"
    assert ("signature_changed", "demo.f") not in diffed(tmp_path, old, new)
    usable = "def f(data=None):\n    def helper():\n        return 1\n    return data\n"
    assert "'data' lost its default" in diffed(tmp_path, usable, new)[("signature_changed", "demo.f")].detail
