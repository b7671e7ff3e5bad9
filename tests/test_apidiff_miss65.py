"""Misses the last recall samples left: fitted attributes of estimators."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an estimator's fitted attribute (`self.estimator_ = ...` in a method `fit` runs, never in `__init__`) is what
# users read on a fitted object (imbalanced-learn 0.12 deprecates `CondensedNearestNeighbour.estimator_`): a member
# read only by contract; any other public name a method sets is a member too (see test_apidiff_missb67) --

_ESTIMATOR = '''class Base:
    def fit(self, X):
        self._validate()
        return self


class Sampler(Base):
    def __init__(self, k=1):
        self.k = k

    def _validate(self):
        self.estimator_ = object()
        self.n_seen_ = 3
        self.cache = {}
        self.__dunder__ = 1


class Plain:
    def run(self):
        self.type_ = "x"
'''

_DEPRECATED = '''import warnings


class Base:
    def fit(self, X):
        return self


class Sampler(Base):
    def __init__(self, k=1):
        self.k = k

    @property
    def estimator_(self):
        warnings.warn("`estimator_` is deprecated; use `estimators_`", FutureWarning)
        return None


class Plain:
    def run(self):
        pass
'''

_STILL_SET = '''def _fill(model):
    model.n_seen_ = 3


class Base:
    def fit(self, X):
        _fill(self)
        self.estimator_ = object()
        return self


class Sampler(Base):
    def __init__(self, k=1):
        self.k = k
'''


def test_a_fitted_attribute_turned_deprecated_property_is_newly_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ESTIMATOR}, {"demo/__init__.py": _DEPRECATED})
    assert ("deprecated", "demo.Sampler.estimator_") in found
    assert ("removed", "demo.Sampler.n_seen_") in found  # set by nothing any more
    assert not any(kind == "signature_changed" for kind, _ in found)  # no contract to assign what `fit` writes
    # missb67: any public name a method set on `self` is a member, gone when no method sets it any more
    assert found[("removed", "demo.Sampler.cache")].detail == "attribute 'demo.Sampler.cache' no longer exists in 2.0"
    assert ("removed", "demo.Plain.type_") in found
    assert ("signature_changed", "demo.Plain.type_") not in found  # no estimator: still assignable


def test_a_fitted_attribute_set_elsewhere_in_the_new_release_is_kept(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ESTIMATOR}, {"demo/__init__.py": _STILL_SET})
    assert ("removed", "demo.Sampler.estimator_") not in found  # now set by the ancestor's `fit`
    assert ("removed", "demo.Sampler.n_seen_") not in found  # set by a function `fit` hands `self` to


def test_imbalanced_learn_0_12_deprecates_the_fitted_estimator_() -> None:
    found = changes("imbalanced-learn", "0.11.0", "0.12.0")
    for name in ("CondensedNearestNeighbour", "OneSidedSelection"):
        change = found[("deprecated", f"imblearn.under_sampling.{name}.estimator_")]
        assert "Use `estimators_` instead" in change.detail
    # 0.11 wraps `self.base_estimator_ = ...` in `try/except AttributeError`: assigning it was no contract
    assert ("signature_changed", "imblearn.ensemble.BalancedBaggingClassifier.base_estimator_") not in found


# -- a bare class decorator, a function of the package every path of which returns the class it is given
# (ipywidgets 8's `@register` files the widget in a registry): the constructor is the class's own; one that sets
# `cls.__init__` (`_int_doc`) or hands back something else on some path still may change it --

_DECORATED = '''REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__] = cls
    return cls


def patched(cls):
    def __init__(self, value=None):
        pass

    cls.__init__ = __init__
    return cls


def maybe(cls):
    if REGISTRY:
        return object
    return cls


@register
class Kept:
    def __init__(self, a, b=1):
        pass


@patched
class Patched:
    def __init__(self, a, b=1):
        pass


@maybe
class Maybe:
    def __init__(self, a, b=1):
        pass
'''


def test_a_class_decorator_handing_back_its_argument_keeps_the_constructor(tmp_path: Path) -> None:
    new = _DECORATED.replace("def __init__(self, a, b=1)", "def __init__(self, a)")
    found = diffed(tmp_path, {"demo/__init__.py": _DECORATED}, {"demo/__init__.py": new})
    assert "parameter 'b' removed" in found[("signature_changed", "demo.Kept")].detail
    assert ("signature_changed", "demo.Patched") not in found  # its constructor is the decorator's
    assert ("signature_changed", "demo.Maybe") not in found  # some path hands back another object


def test_ipywidgets_8_register_keeps_the_widget_constructors() -> None:
    surface = pinned_surface("ipywidgets", "8.0.7")
    button = surface.symbols["ipywidgets.Button"]
    assert button.signature_unknown == "" and [p.name for p in button.params or ()] == ["kwargs"]
    assert "@_int_doc" in surface.symbols["ipywidgets.IntText"].signature_unknown  # sets `cls.__init__`
    shape = pinned_surface("fpdf2", "2.8.1").symbols["fpdf.svg.ShapeBuilder"]  # `@force_nodocument`
    assert shape.signature_unknown == "" and shape.params is not None


# -- a numpydoc "Parameters" entry with a nested `.. deprecated::` (seaborn's style, `ci : float` then the
# directive), the only word of the deprecation: a parameter deprecation as the Sphinx `:param ci:` form is; an entry
# of the "Attributes" section is no parameter --

_NUMPYDOC = '''def plot(data, ci=95, errwidth=None):
    """Plot.

    Parameters
    ----------
    data : DataFrame
        The data.
    ci : float
        Level of the confidence interval.

        .. deprecated:: 0.12.0
            Use `errorbar`.
    errwidth : float
        Thickness of the lines.

    Attributes
    ----------
    data
        .. deprecated:: 0.12.0
    """
'''


def test_a_numpydoc_parameter_entry_nesting_a_deprecation_deprecates_it(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _NUMPYDOC.replace(".. deprecated:: 0.12.0", "A note.")}
    found = diffed(tmp_path, old, {"demo/__init__.py": _NUMPYDOC})
    change = found[("deprecated", "demo.plot")]
    assert change.signature is not None and change.signature.deprecated_parameters == ("ci",)
