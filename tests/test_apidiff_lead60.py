"""Lead, thirtieth stop: the fate of an old keyword where a required parameter now holds its slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a required parameter taking the slot of another under a new or kept `**kwargs` was worded "removed (a keyword
# call is now silently ignored)": the keyword lands in `**kwargs`, but the call leaves the required one unfilled,
# TypeError (flynt 1.0's `transform_join(code, *args, **kwargs)` -> `transform_join(tree, *args, **kwargs)`) --


def _signature(found: dict[tuple[str, str], object], symbol: str) -> str:
    change = found[("signature_changed", symbol)]
    return change.detail  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("variadics", ["*args, **kwargs", "**kwargs"])
def test_a_required_parameter_in_the_slot_of_the_sole_one_is_that_one_renamed(tmp_path: Path, variadics: str) -> None:
    old = {"demo/__init__.py": f"def transform(code, {variadics}):\n    return code, kwargs\n"}
    new = {"demo/__init__.py": f"def transform(tree, {variadics}):\n    return tree, kwargs\n"}
    found = diffed(tmp_path, old, new)
    assert found[("signature_changed", "demo.transform")].breakages == ("param_renamed",)
    assert "silently ignored" not in found[("signature_changed", "demo.transform")].detail


def test_an_optional_parameter_in_the_slot_leaves_the_keyword_to_kwargs(tmp_path: Path) -> None:
    """The sibling that stays: an optional one in the slot, the keyword call binds and `**kwargs` never reads it."""
    old = {"demo/__init__.py": "def transform(code, **kwargs):\n    return code, kwargs\n"}
    new = {"demo/__init__.py": "def transform(tree=None, **kwargs):\n    return tree\n"}
    found = diffed(tmp_path, old, new)
    assert "silently ignored" in found[("signature_changed", "demo.transform")].detail


def test_a_required_parameter_in_a_slot_among_others_takes_no_keyword_into_kwargs(tmp_path: Path) -> None:
    """Not the sole parameter: the old name is removed, but no longer said to be swallowed by `**kwargs`."""
    old = {"demo/__init__.py": "def run(state, code, mode=1, **kwargs):\n    return code, kwargs\n"}
    new = {"demo/__init__.py": "def run(state, tree, mode=1, **kwargs):\n    return tree\n"}
    found = diffed(tmp_path, old, new)
    detail = found[("signature_changed", "demo.run")].detail
    assert "parameter 'code' removed" in detail
    assert "kwargs" not in detail.split("parameter 'code' removed", 1)[1].split(";", 1)[0]


def test_flynt_1_0_renamed_code_to_tree() -> None:
    found = changes("flynt", "0.78", "1.0.0")
    for symbol in ("flynt.static_join.transformer.transform_join", "flynt.string_concat.transformer.transform_concat"):
        assert _signature(found, symbol) == "parameter 'code' renamed to 'tree'"
