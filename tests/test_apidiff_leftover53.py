"""False claims and misdescribed claims the last stop left alone, taken up by leftover53: each class on its pinned
real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a renaming decorator factory whose decorator ends in an if/else and returns `cast(F, wraps(f)(w))` --


def test_apischema_0_15_deprecate_kwargs_still_takes_the_old_keywords() -> None:
    found = changes("apischema", "0.14.7", "0.15.9")
    deserialize = found[("signature_changed", "apischema.deserialize")]
    # `coercion=`, `default_fallback=`, `conversions=` are mapped to `coerce=`, ... with a DeprecationWarning
    assert "'coercion'" not in deserialize.detail and "'conversions'" not in deserialize.detail
    # `deserialize(tp=X, data=...)` really fails: now `type`, the same `AnyType` in the same required slot (words69)
    assert "parameter 'tp' renamed to 'type'" in deserialize.detail
    assert "coercion" in found[("deprecated", "apischema.deserialize")].detail
    assert ("deprecated", "apischema.serialize") in found
    assert "conversions" not in found[("signature_changed", "apischema.serialize")].detail


_DECORATOR = """import warnings
from functools import wraps
from typing import cast


def deprecate_kwargs(parameters_map):
    def decorator(func):
        wrapped = func.__init__ if isinstance(func, type) else func

        def wrapper(*args, **kwargs):
            for param, replacement in parameters_map.items():
                if param in kwargs:
                    warnings.warn(f"{param} is deprecated", DeprecationWarning)
                    arg = kwargs.pop(param)
                    if replacement:
                        kwargs[replacement] = kwargs.get(replacement, arg)
            return wrapped(*args, **kwargs)

        if isinstance(func, type):
            func.__init__ = wraps(func.__init__)(wrapper)
            return cast(type, func)
        else:
            return cast(type, wraps(func)(wrapper))

    return decorator
"""

_OLD = {"demo/__init__.py": "def load(tp, data, *, coercion=None, strict=None):\n    return data\n"}


def test_keywords_a_decorator_ending_in_if_else_maps_are_only_deprecated(tmp_path: Path) -> None:
    new = {
        "demo/_utils.py": _DECORATOR,
        "demo/__init__.py": (
            "from demo._utils import deprecate_kwargs\n\n\n@deprecate_kwargs({'coercion': 'coerce'})\n"
            "def load(tp, data, *, coerce=None):\n    return data\n"
        ),
    }
    found = diffed(tmp_path, _OLD, new)
    detail = found[("signature_changed", "demo.load")].detail
    assert "'coercion'" not in detail
    assert "parameter 'strict' removed" in detail  # the map does not name it: still gone
    assert "coercion" in found[("deprecated", "demo.load")].detail


def test_a_decorator_whose_other_way_returns_the_function_bare_maps_nothing(tmp_path: Path) -> None:
    # the `if` way hands the function back untouched: the keyword is mapped only sometimes, so it stays claimed
    bare = _DECORATOR.replace("            func.__init__ = wraps(func.__init__)(wrapper)\n", "")
    new = {
        "demo/_utils.py": bare,
        "demo/__init__.py": (
            "from demo._utils import deprecate_kwargs\n\n\n@deprecate_kwargs({'coercion': 'coerce'})\n"
            "def load(tp, data, *, coerce=None, strict=None):\n    return data\n"
        ),
    }
    detail = diffed(tmp_path, _OLD, new)[("signature_changed", "demo.load")].detail
    assert "'coercion'" in detail


# -- a body that first calls a name nothing binds already raised NameError: no "now raises" --


def test_cheetah3_3_1_summary_methods_raised_name_error_already() -> None:
    found = changes("cheetah3", "3.0.1", "3.1.0")
    for name in ("variance", "variance_n", "standardDeviation", "standardDeviation_n"):
        assert ("signature_changed", f"Cheetah.Tools.MondoReport.Summary.{name}") not in found


_SUMMARY = """import math


def mean(values):
    return sum(values) / len(values)


class Summary:
    def variance(self, values):
        {first}()
        return 0

    def deviation(self, values):
        checked(values)
        return math.sqrt(mean(values))
"""
_RAISING = """class Summary:
    def variance(self, values):
        raise NotImplementedError()

    def deviation(self, values):
        raise NotImplementedError()
"""


def test_a_typo_called_first_raised_before_the_raise_was_spelled(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _SUMMARY.format(first="raiseNotImplementedError").replace("checked(values)", "pass")}
    found = diffed(tmp_path, old, {"demo/__init__.py": _RAISING})
    assert ("signature_changed", "demo.Summary.variance") not in found
    assert ("signature_changed", "demo.Summary.deviation") in found  # it worked: now it raises


def test_a_name_bound_only_by_a_loop_or_a_parameter_still_worked(tmp_path: Path) -> None:
    # `for check in ...` at the top level binds it: the call may work, so the claim stays
    old = {"demo/__init__.py": _SUMMARY.format(first="check").replace("checked(values)", "pass")
           + "\nfor check in (print,):\n    pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _RAISING})
    assert ("signature_changed", "demo.Summary.variance") in found
