"""False claims found by reading every claim on the published research set of documented Python breaking changes
(AexPy's `known.csv`, re-run whole): a decorator's wrapper moving a keyword into another by literal names (captum
0.3.1's `kwargs["n_samples"] = kwargs["n_perturb_samples"]`, warned) renamed the decorated function's parameter in
place: the old keyword is deprecated, not "now keyword-only" (a positional caller fills the same slot as before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

_OLD = "def f(a, old=1, c=2):\n    return a\n"

_BARE = '''import functools
import warnings

def renamed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if "old" in kwargs:
            kwargs["new"] = kwargs["old"]
            warnings.warn("old is deprecated, use new", DeprecationWarning)
            del kwargs["old"]
        return func(*args, **kwargs)
    return wrapper

@renamed
def f(a, new=1, c=2):
    return a
'''

_FACTORY = '''import functools
import warnings

def renamed(since):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if "old" in kwargs:
                warnings.warn(f"old is deprecated since {since}", DeprecationWarning)
                kwargs["new"] = kwargs.pop("old")
            return func(*args, **kwargs)
        return wrapper
    return decorate

@renamed("1.5")
def f(a, new=1, c=2, **kwargs):
    return a
'''

_CLASS = '''import functools
import warnings

class renamed:
    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if "old" in kwargs:
                warnings.warn("old is deprecated", DeprecationWarning)
                kwargs["new"] = kwargs.get("old")
                kwargs.pop("old")
            return func(*args, **kwargs)
        return wrapper

@renamed()
def f(a, new=1, c=2):
    return a
'''


def _claims(tmp_path: Path, old: str, new: str) -> dict[tuple[str, str], str]:
    """Every change, deprecations too, by kind and symbol."""
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    return {(c.kind.value, c.symbol): c.detail for c in found}


@pytest.mark.parametrize("new", [_BARE, _FACTORY, _CLASS], ids=["bare", "factory", "class"])
def test_a_wrapper_renaming_a_keyword_by_literal_names_deprecates_it(tmp_path: Path, new: str) -> None:
    assert _claims(tmp_path, _OLD, new) == {("deprecated", "demo.f"): "deprecated parameter 'old'"}


def test_a_silent_renaming_wrapper_keeps_the_keyword_and_dropping_it_removes_it(tmp_path: Path) -> None:
    silent = _BARE.replace('            warnings.warn("old is deprecated, use new", DeprecationWarning)\n', "")
    assert "demo.f" not in synthetic(tmp_path, _OLD, silent)  # same slot, old keyword still taken: nothing breaks
    dropped = synthetic(tmp_path, _BARE, "def f(a, new=1, c=2):\n    return a\n")
    assert dropped["demo.f"].detail == "parameter 'old' removed"  # the release after drops the decorator
    # a wrapper renaming into a name the function does not have renames nothing of it: the old claim stands
    elsewhere = synthetic(tmp_path, _OLD, _BARE.replace("def f(a, new=1", "def f(a, other=1"))
    assert elsewhere["demo.f"].detail == "parameter 'old' is now keyword-only"


def test_captum_0_3_1_renamed_sample_counts_under_deprecation_decorators() -> None:
    found = changes("captum", "0.3.0", "0.3.1")
    for name in ("Lime", "KernelShap", "LimeBase"):
        assert ("signature_changed", f"captum.attr.{name}.attribute") not in found, name  # was "now keyword-only"
        assert found["deprecated", f"captum.attr.{name}.attribute"].detail == "deprecated parameter 'n_perturb_samples'"
    tunnel = "captum.attr.NoiseTunnel.attribute"
    assert found["deprecated", tunnel].detail == "deprecated parameter 'n_samples'"
    # `nt_samples_batch_size` was inserted before `stdevs`: that move is the true break left
    assert found["signature_changed", tunnel].detail == (
        "positional parameter 'stdevs' moved from slot 3 to 4; "
        "positional parameter 'draw_baseline_from_distrib' moved from slot 4 to 5"
    )
