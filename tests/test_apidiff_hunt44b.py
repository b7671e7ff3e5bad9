"""False claims found by hunt44b on science, data, geo and visualisation libraries nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module global naming an attribute no reader finds (`Quantity = UnitRegistry.Quantity`): members unknown --


def test_pint_quantity_built_per_registry_keeps_its_members() -> None:
    # 0.20: `Quantity = UnitRegistry.Quantity`, set by `PlainRegistry.__init_subclass__` from the facets'
    # `_quantity_class` attributes (`PlainQuantity.to`, `DaskQuantity.compute`, ...)
    found = changes("pint", "0.19.2", "0.20.1")
    for member in ("Quantity.to", "Quantity.magnitude", "Quantity.compute", "Unit.from_", "Context.redefine"):
        assert ("removed", f"pint.{member}") not in found
    # the old modules and classes that really went stay claimed
    assert ("removed", "pint.quantity") in found
    assert ("removed", "pint.definitions.Definition.converter") in found


_QUANTITY = "class Quantity:\n    def to(self, unit):\n        return unit\n\n    @property\n    def magnitude(self):\n        return 1\n"
_REGISTRY = """from .plain import PlainQuantity


def build(cls, name, attribute):
    return type(name, (getattr(cls, attribute),), {})


class PlainRegistry:
    _quantity_class = PlainQuantity
    Fixed = PlainQuantity

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        cls.Quantity = build(cls, "Quantity", "_quantity_class")


class UnitRegistry(PlainRegistry):
    pass
"""


def _registry_diff(tmp_path: Path, binding: str) -> set[tuple[str, str]]:
    old = {"demo/__init__.py": "from .quantity import Quantity\n", "demo/quantity.py": _QUANTITY}
    new = {
        "demo/__init__.py": f"from .registry import PlainRegistry, UnitRegistry\nQuantity = {binding}\n",
        "demo/plain.py": "class PlainQuantity:\n    def other(self):\n        return 0\n",
        "demo/registry.py": _REGISTRY,
    }
    return set(diffed(tmp_path, old, new))


def test_a_global_naming_an_unfound_class_attribute_keeps_the_members(tmp_path: Path) -> None:
    found = _registry_diff(tmp_path, "UnitRegistry.Quantity")
    assert ("removed", "demo.Quantity.to") not in found
    assert ("removed", "demo.Quantity.magnitude") not in found
    assert ("removed", "demo.quantity") in found


def test_a_global_naming_a_class_attribute_the_reader_finds_still_loses_members(tmp_path: Path) -> None:
    found = _registry_diff(tmp_path, "PlainRegistry.Fixed")  # `PlainQuantity`, which has no `to`
    assert ("removed", "demo.Quantity.to") in found
    assert ("removed", "demo.Quantity.magnitude") in found


# -- a class's own `__new__` naming parameters, under an `__init__` written further up: calls fit the `__new__` --


def test_torchmetrics_task_wrappers_keep_their_new_signature() -> None:
    # 1.0: `class F1Score(_ClassificationTaskWrapper)` with `def __new__(cls, task, threshold=0.5, ..., **kwargs)`,
    # which returns a `BinaryF1Score` & co.; `Metric.__init__(self, **kwargs)` above it never runs
    found = changes("torchmetrics", "0.11.4", "1.0.3")
    for wrapper in ("F1Score", "Accuracy", "AveragePrecision", "ConfusionMatrix"):
        assert ("signature_changed", f"torchmetrics.{wrapper}") not in found
    # what 1.0 really changed in those `__new__`s stays claimed: `task` lost its `None` default
    assert "task" in found["signature_changed", "torchmetrics.CalibrationError"].signature.defaults_removed


_METRIC = """class Metric:
    def __init__(self, **kwargs):
        self.on_cpu = kwargs.pop("compute_on_cpu", False)


class Binary(Metric):
    def __init__(self, threshold=0.5, **kwargs):
        super().__init__(**kwargs)
"""
_WRAPPER = "\n\nclass Wrapper(Metric):\n    def update(self):\n        raise NotImplementedError\n"
_SCORE = "\n\nclass Score{base}:\n    def __new__(cls, task, threshold=0.5, **kwargs):\n        return Binary(threshold)\n"


def test_an_own_new_wins_over_an_inherited_init(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _METRIC + _SCORE.format(base="")}
    new = {"demo/__init__.py": _METRIC + _WRAPPER + _SCORE.format(base="(Wrapper)")}
    assert ("signature_changed", "demo.Score") not in diffed(tmp_path, old, new)


def test_an_own_init_still_wins_over_an_inherited_new(tmp_path: Path) -> None:
    base = "\n\nclass Base:\n    def __new__(cls, task, threshold=0.5, **kwargs):\n        return object.__new__(cls)\n"
    score = "\n\nclass Score(Base):\n    def __init__(self, task{rest}):\n        self.task = task\n"
    old = {"demo/__init__.py": base + score.format(rest=", threshold=0.5, **kwargs")}
    new = {"demo/__init__.py": base + score.format(rest="")}
    change = diffed(tmp_path, old, new)["signature_changed", "demo.Score"]
    assert "threshold" in change.signature.removed


def test_a_pass_through_new_leaves_the_inherited_init_deciding(tmp_path: Path) -> None:
    base = "\n\nclass Base:\n    def __init__(self, task{rest}):\n        self.task = task\n"
    score = "\n\nclass Score(Base):\n    def __new__(cls, *args, **kwargs):\n        return object.__new__(cls)\n"
    old = {"demo/__init__.py": base.format(rest=", threshold=0.5") + score}
    new = {"demo/__init__.py": base.format(rest="") + score}
    change = diffed(tmp_path, old, new)["signature_changed", "demo.Score"]
    assert "threshold" in change.signature.removed


# -- a decorator that appends the decorated function's name to its module's `__all__`: still star-imported --


def test_timm_registered_models_stay_star_imported() -> None:
    # 0.9: `beit.py` has `__all__ = ['Beit']`; `@register_model` appends `beitv2_large_patch16_224` & co.
    found = changes("timm", "0.6.13", "0.9.16")
    for model in ("beitv2_large_patch16_224", "deit_base_distilled_patch16_384", "xcit_small_12_p16_224"):
        assert ("removed", f"timm.models.{model}") not in found
    # a class the written `__all__` listed, renamed (`SelecSLS` to `SelecSls`), is gone from `timm.models`
    assert ("removed", "timm.models.SelecSLS") in found


def test_timm_deprecated_model_names_are_still_bound() -> None:
    # 0.9: `register_model_deprecations(__name__, {'convnext_small_in22k': 'convnext_small.fb_in22k', ...})` sets a
    # warning shim under each key in the module and appends it to `__all__`
    found = changes("timm", "0.6.13", "0.9.16")
    for path in ("convnext.convnext_small_in22k", "convnext_small_in22k", "inception_v3.adv_inception_v3"):
        assert ("removed", f"timm.models.{path}") not in found
    # a model 0.9 dropped with no deprecation stays claimed
    assert ("removed", "timm.models.mobilevit.semobilevit_s") in found


_EXPORTING_REGISTRY = """import sys


def register_model(fn):
    mod = sys.modules[fn.__module__]
    model_name = fn.__name__
    if hasattr(mod, "__all__"):
        mod.__all__.append(model_name)
    else:
        mod.__all__ = [model_name]
    return fn


def register_other(fn):
    return fn
"""
_MODELS = """from ._registry import register_model, register_other
{all}

class Beit:
    pass


@register_model
def beit_base():
    return Beit()


@register_other
def beit_other():
    return Beit()


def helper():
    return 1
"""


def test_a_decorator_appending_to_all_exports_what_it_decorates(tmp_path: Path) -> None:
    # (leftover46: a module writing no `__all__` gets `[beit_base]` from the decorator, so the old one listed
    # `helper` and `beit_other` itself for their loss to be claimed)
    old = {"demo/__init__.py": "from .beit import *\n", "demo/_registry.py": _EXPORTING_REGISTRY,
           "demo/beit.py": _MODELS.format(all="__all__ = ['Beit', 'helper', 'beit_other']\n")}
    new = {**old, "demo/beit.py": _MODELS.format(all="__all__ = ['Beit']\n")}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.beit_base") not in found
    # neither the undecorated helper nor what another decorator wraps joins `__all__`
    assert ("removed", "demo.helper") in found
    assert ("removed", "demo.beit_other") in found


_DEPRECATIONS = """import sys


def _shim(name, fn):
    def made(*args, **kwargs):
        return fn(*args, **kwargs)
    return made


def register_deprecations(module_name, deprecation_map):
    mod = sys.modules[module_name]
    for deprecated, current in deprecation_map.items():
        if hasattr(mod, "__all__"):
            mod.__all__.append(deprecated)
        setattr(mod, deprecated, _shim(deprecated, getattr(mod, current)))


def record(module_name, notes):
    for key, value in notes.items():
        print(module_name, key, value)
"""
_NETS = "from ._registry import register_deprecations, record\n\n\ndef net_new():\n    return 2\n"


def test_keys_a_helper_binds_in_the_module_handing_its_name_stay(tmp_path: Path) -> None:
    old_net = _NETS + "\n\ndef net_old():\n    return 1\n\n\ndef net_gone():\n    return 1\n\n\ndef net_noted():\n    return 1\n"
    new_net = _NETS + "\n\nregister_deprecations(__name__, {'net_old': 'net_new'})\nrecord(__name__, {'net_noted': 1})\n"
    old = {"demo/__init__.py": "from .net import *\n", "demo/_registry.py": _DEPRECATIONS, "demo/net.py": old_net}
    new = {**old, "demo/net.py": "__all__ = ['net_new']\n" + new_net}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.net.net_old") not in found
    assert ("removed", "demo.net_old") not in found  # appended to `__all__`: still star-imported
    # a key handed to a helper that binds nothing, and a name no call hands, are gone
    assert ("removed", "demo.net.net_noted") in found
    assert ("removed", "demo.net.net_gone") in found
    assert ("removed", "demo.net_gone") in found


# -- `x: T = None` is PEP 484's implicit `Optional[T]`: narrowing `Optional[T]` to it breaks no call --


def test_pymc_to_inference_data_model_still_takes_none() -> None:
    # 6.0: `model: Model = None` where 5.28 wrote `model: Optional["Model"] = None`
    found = changes("pymc", "5.28.5", "6.0.1")
    assert ("signature_changed", "pymc.to_inference_data") not in found
    # what 6.0 really changed in a signature stays claimed
    assert "samples" in found["signature_changed", "pymc.sample_prior_predictive"].signature.removed


def test_an_annotation_defaulting_to_none_keeps_taking_none(tmp_path: Path) -> None:
    model = "class Model:\n    pass\n\n\n"
    old = {"demo/__init__.py": "from typing import Optional\n\n" + model
           + "def f(*, model: Optional['Model'] = None, n: Optional[int] = 3):\n    return model\n"}
    new = {"demo/__init__.py": model + "def f(*, model: Model = None, n: int = 3):\n    return model\n"}
    change = diffed(tmp_path, old, new)["signature_changed", "demo.f"]
    changed = [where for where, _, _ in change.signature.annotations_changed]
    assert changed == ["n"]  # `n: int = 3` no longer takes None
