"""Misses the last note left alone: deprecations of methods a class body imports, removals on classes whose bases
come from a distribution named otherwise than its module."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.apidiff.lazydeps import seeds
from bot.apidiff.requires import needed_dependencies
from tests.test_apidiff_core import surface
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a function an import in a class body binds is held as a def written there would be: its warning is the
# method's deprecation, through a decorator that keeps the function (`functools.wraps`); one that may replace it
# makes no method (opensearch-py 2.4's `class OpenSearch: from ._patch import list_all_point_in_time`) --

_METHODS = '''class Client:
    def health(self, params=None):
        return 1

    def audit(self, params=None):
        return 2

    def stats(self, params=None):
        return 3
'''
_IMPORTED = '''class Client:
    from ._patch import health
    from demo._patch import audit as audit
    from ._patch import stats
'''
_PATCH = '''import warnings
from functools import wraps


def query_params(*accepted):
    def wrapper(func):
        @wraps(func)
        def wrapped(*args, **kwargs):
            return func(*args, **kwargs)

        return wrapped

    return wrapper


def command(func):
    return Command(func)


class Command:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args, **kwargs):
        return self.func(*args, **kwargs)


@query_params("pretty")
def health(self, params=None):
    warnings.warn("health is deprecated, use check() instead", DeprecationWarning)
    return 1


def audit(self, index, params=None):
    warnings.warn("audit is deprecated", DeprecationWarning)
    return 2


@command
def stats(self, params=None):
    warnings.warn("stats is deprecated", DeprecationWarning)
    return 3
'''


def test_a_function_a_class_body_imports_warns_as_its_method(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _METHODS}, {"demo/__init__.py": _IMPORTED, "demo/_patch.py": _PATCH})
    assert found[("deprecated", "demo.Client.health")].detail.startswith("health is deprecated")
    assert ("deprecated", "demo.Client.audit") in found
    assert found[("signature_changed", "demo.Client.audit")].detail.startswith("new required parameter 'index'")
    # a decorator that makes another object (no descriptor): what the class holds is unknown, nothing claimed
    assert not {key for key in found if key[1] == "demo.Client.stats"}


def test_opensearch_py_2_4_deprecates_its_point_in_time_and_security_patches() -> None:
    found = changes("opensearch-py", "2.3.2", "2.4.0")
    for symbol in ("OpenSearch.list_all_point_in_time", "OpenSearch.create_point_in_time",
                   "OpenSearch.delete_point_in_time", "AsyncOpenSearch.list_all_point_in_time",
                   "client.SecurityClient.health_check", "client.SecurityClient.update_audit_config"):
        assert "deprecated" in found[("deprecated", f"opensearchpy.{symbol}")].detail
    # 2.4's `create_point_in_time(self, index, ...)` no longer defaults `index`
    assert found[("signature_changed", "opensearchpy.OpenSearch.create_point_in_time")].detail == (
        "parameter 'index' lost its default"
    )


# -- a class inheriting from a module no requirement's name spells (`sklearn`, installed by scikit-learn): the
# requirements whose names spell no module the release imports are read for it, so its members' removals are seen --

_SAMPLER = '''from sklearn.base import BaseEstimator
import numpy


class Sampler(BaseEstimator):
    def fit(self, X):
        self.estimators_ = [X]
        return self
'''


def test_a_requirement_named_otherwise_than_its_module_is_read_for_the_bases(tmp_path: Path) -> None:
    old = surface(tmp_path, {"demo/__init__.py": _SAMPLER + "\n    @property\n    def estimator_(self):\n"
                             "        return self.estimators_[-1]\n"}, "1.0")
    new = surface(tmp_path, {"demo/__init__.py": _SAMPLER}, "2.0")
    requires = ("numpy>=1.25", "scikit-learn>=1.4", "threadpoolctl", "tomli; python_version < '3.11'")
    new = replace(new, requires=requires)
    assert [r.name for r in needed_dependencies(new, old, seeds(new, old))] == ["scikit-learn", "threadpoolctl"]
    many = replace(new, requires=(*requires, "joblib", "pooch"))  # more unspelled ones than that: none read
    assert needed_dependencies(many, old, seeds(many, old)) == []
    spelled = replace(new, requires=("numpy", "sklearn>=1"))  # a name spelling the module: that one alone
    assert [r.name for r in needed_dependencies(spelled, old, seeds(spelled, old))] == ["sklearn"]
    # a base from a module of the release's own package it does not ship (a compiled one) is no other's
    native = {"demo/__init__.py": _SAMPLER.replace("sklearn.base", "demo._speedups")}
    own = replace(surface(tmp_path, native, "3.0"), requires=requires)
    assert "demo._speedups.BaseEstimator" in seeds(own, old)
    assert needed_dependencies(own, old, seeds(own, old)) == []


def test_imbalanced_learn_0_14_removes_the_fitted_estimator_() -> None:
    new, old = pinned_surface("imbalanced-learn", "0.14.0"), pinned_surface("imbalanced-learn", "0.13.0")
    assert "scikit-learn" in {r.name for r in needed_dependencies(new, old, seeds(new, old))}
    found = changes("imbalanced-learn", "0.13.0", "0.14.0", ("scikit-learn", "1.9.1"))
    for name in ("CondensedNearestNeighbour", "OneSidedSelection"):
        assert ("removed", f"imblearn.under_sampling.{name}.estimator_") in found
    assert ("removed", "imblearn.under_sampling.CondensedNearestNeighbour.estimators_") not in found


# -- a method that returned a call's result, become an instance attribute the constructor sets to a call of the same
# callable (django-crispy-forms 2.0's `FormActions.flat_attrs = flatatt(kwargs)`, once `return flatatt(self.attrs)`):
# the attribute holds what calling the method gave, so calling it calls that value; another callee is unknown --

_FLAT = '''from html import escape


def flatatt(attrs):
    return "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())


def other(attrs):
    return attrs


class Actions:
    def __init__(self, **kwargs):
        self.attrs = kwargs

    def flat_attrs(self):
        return flatatt(self.attrs)

    def handler(self):
        return other(self.attrs)
'''
_SET = '''from html import escape


def flatatt(attrs):
    return "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())


def other(attrs):
    return attrs


def make(attrs):
    return lambda: attrs


class Actions:
    def __init__(self, **kwargs):
        self.flat_attrs = flatatt(kwargs)
        self.handler = make(kwargs)
'''


def test_a_method_become_the_value_of_the_call_it_returned(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FLAT}, {"demo/__init__.py": _SET})
    change = found[("signature_changed", "demo.Actions.flat_attrs")]
    assert change.breakage == "method_to_attribute"
    assert "a call of flatatt()" in change.detail
    assert ("signature_changed", "demo.Actions.handler") not in found  # `make(...)` may give a callable


def test_django_crispy_forms_2_formactions_flat_attrs_is_an_attribute() -> None:
    found = changes("django-crispy-forms", "1.14.0", "2.0")
    change = found[("signature_changed", "crispy_forms.bootstrap.FormActions.flat_attrs")]
    assert change.breakage == "method_to_attribute"
    assert "flatatt()" in change.detail
