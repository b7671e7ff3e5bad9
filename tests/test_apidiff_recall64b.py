"""Recall sample 64b (documentation, testing and numerical libraries): deprecations a static reading misses."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter whose default becomes a value named "deprecated" (seaborn 0.13's `scale=deprecated`, scikit-learn's
# `kind_sel="deprecated"`): kept only to notice those passing it, wherever the warning is raised --

_SENTINEL_OLD = '''class Deprecated:
    pass


deprecated = Deprecated()


class Level:
    DEPRECATED = 1


def plot(data=None, *, scale=1.0, ci="sd", errwidth=None, level=0):
    """Plot."""


class Rule:
    def __init__(self, n=3, kind_sel="all"):
        self.kind_sel = kind_sel
'''

_SENTINEL_NEW = '''class Deprecated:
    pass


deprecated = Deprecated()


class Level:
    DEPRECATED = 1


def plot(data=None, *, scale=deprecated, ci="deprecated", errwidth=None, level=Level.DEPRECATED):
    """Plot."""
    if scale is not deprecated:
        _warn_scale()


def _warn_scale():
    pass


class Rule:
    def __init__(self, n=3, kind_sel="deprecated"):
        self.kind_sel = kind_sel
'''


def test_a_parameter_defaulting_to_a_deprecated_sentinel_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SENTINEL_OLD}, {"demo/__init__.py": _SENTINEL_NEW})
    plot = found[("deprecated", "demo.plot")]
    assert plot.signature is not None and plot.signature.deprecated_parameters == ("scale", "ci")  # not the enum member
    rule = found[("deprecated", "demo.Rule")]
    assert rule.signature is not None and rule.signature.deprecated_parameters == ("kind_sel",)
    assert rule.witness == ""  # scikit-learn's estimators warn in `fit`: constructing one shows nothing


def test_a_parameter_already_defaulting_to_the_sentinel_is_not_newly_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SENTINEL_NEW}, {"demo/__init__.py": _SENTINEL_NEW})
    assert not [key for key in found if key[0] == "deprecated"]


def test_seaborn_0_13_categorical_parameters_defaulting_to_deprecated() -> None:
    found = changes("seaborn", "0.12.2", "0.13.0")
    expected = {
        "seaborn.pointplot": ("errwidth", "join", "scale"),
        "seaborn.barplot": ("errcolor", "errwidth"),
        "seaborn.violinplot": ("scale", "scale_hue", "bw"),
        "seaborn.boxenplot": ("scale",),
    }
    for path, names in expected.items():
        signature = found[("deprecated", path)].signature
        assert signature is not None and sorted(signature.deprecated_parameters) == sorted(names)


# -- a class decorated by an instance of the distribution's own class whose `__call__` hands the class back
# (imbalanced-learn's `@Substitution(...)`, formatting the docstring): the constructor's signature is the class's own --

_SUBSTITUTION = '''class Substitution:
    def __init__(self, *args, **kwargs):
        self.params = args or kwargs

    def __call__(self, obj):
        if obj.__doc__:
            obj.__doc__ = obj.__doc__.format(**self.params)
        return obj


class Wrapping:
    def __call__(self, obj):
        return lambda *args: obj(*args)


@Substitution(n_jobs="n_jobs : int")
class Rule:
    """{n_jobs}"""

    def __init__(self, n=3, base_estimator=None):
        self.n = n


@Wrapping()
class Other:
    def __init__(self, n=3, base_estimator=None):
        self.n = n
'''


def test_a_class_decorator_instance_handing_the_class_back_keeps_its_signature(tmp_path: Path) -> None:
    new = _SUBSTITUTION.replace(", base_estimator=None", "")
    found = diffed(tmp_path, {"demo/__init__.py": _SUBSTITUTION}, {"demo/__init__.py": new})
    signature = found[("signature_changed", "demo.Rule")].signature
    assert signature is not None and signature.removed == ("base_estimator",)
    assert ("signature_changed", "demo.Other") not in found  # its `__call__` hands back another callable


def test_imbalanced_learn_0_12_substituted_estimators_signatures() -> None:
    found = changes("imbalanced-learn", "0.11.0", "0.12.0")
    for name in ("BalancedBaggingClassifier", "EasyEnsembleClassifier", "RUSBoostClassifier"):
        signature = found[("signature_changed", f"imblearn.ensemble.{name}")].signature
        assert signature is not None and signature.removed == ("base_estimator",)  # deprecated in 0.10 for 0.12
    kind_sel = found[("deprecated", "imblearn.under_sampling.NeighbourhoodCleaningRule")]
    assert kind_sel.signature is not None and kind_sel.signature.deprecated_parameters == ("kind_sel",)
    assert kind_sel.witness == ""  # warned in `fit_resample`, not by the constructor
