"""The numeric tower (PEP 484: an `int` fits where a `float` is expected) inside a generic's type arguments, as at
the top level: narwhals 2.0's `Series.hist(bins: list[float])`, in 1.48 `list[float | int]`, takes the same lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.annotations import parameter_incompatible
from tests.test_apidiff_review import synthetic


@pytest.mark.parametrize(
    ("old", "new", "incompatible"),
    [
        ("list[float | int]", "list[float]", False),  # narwhals 2.0's `bins`
        ("Sequence[int]", "Sequence[float]", False),
        ("dict[str, bool | int]", "dict[str, complex]", False),
        ("list[float | int]", "list[int]", True),  # a float is no int
        ("list[float]", "list[int]", True),
        ("list[str | int]", "list[float]", True),  # the str went
    ],
)
def test_type_arguments_follow_the_numeric_tower(old: str, new: str, incompatible: bool) -> None:
    assert parameter_incompatible(old, new) is incompatible


def test_a_list_of_floats_or_ints_now_of_floats_is_no_type_change(tmp_path: Path) -> None:
    old = "def hist(bins: list[float | int]) -> None:\n    pass\n\ndef take(keys: list[str | int]) -> None:\n    pass\n"
    new = "def hist(bins: list[float]) -> None:\n    pass\n\ndef take(keys: list[int]) -> None:\n    pass\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.hist" not in found
    assert found["demo.take"].breakage == "param_type_changed"  # the str went: still claimed
