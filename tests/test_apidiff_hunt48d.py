"""False claims found by hunt48d on ML-adjacent, GUI and crypto/finance libraries nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- `*args, **kwargs` handed by `super().__init__` to a private base's constructor --


def test_peft_0_14_conv2d_hands_its_arguments_to_the_private_convnd() -> None:
    # 0.14's `class Conv2d(_ConvNd): def __init__(self, *args, **kwargs): super().__init__(*args, **kwargs)`, and
    # `_ConvNd.__init__(self, base_layer, adapter_name, ...)` takes every parameter 0.13's `Conv2d` had
    found = changes("peft", "0.13.2", "0.14.0")
    for path in ("peft.tuners.ia3.Conv2d", "peft.tuners.ia3.layer.Conv2d", "peft.tuners.lora.Conv2d",
                 "peft.tuners.lora.layer.Conv2d"):
        assert ("signature_changed", path) not in found
    # the siblings: 0.14 rewrote OFT, whose layers really changed
    assert ("signature_changed", "peft.tuners.oft.Conv2d") in found
    assert ("removed", "peft.tuners.oft.OFTLayer.forward") in found


OLD_CONV = {
    "demo/__init__.py": (
        "class Conv:\n    def __init__(self, base, name, flag=False, **kwargs):\n        self.base = base\n\n\n"
        "class Strict:\n    def __init__(self, base, flag=False):\n        self.base = base\n"
    ),
}
NEW_CONV = {
    "demo/__init__.py": (
        "class _Nd:\n    def __init__(self, base, name, flag=False, **kwargs):\n        self.base = base\n\n\n"
        "class Conv(_Nd):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n\n\n"
        "class _Bare:\n    def __init__(self, base):\n        self.base = base\n\n\n"
        "class Strict(_Bare):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n"
    ),
}


def test_arguments_handed_to_a_private_base_constructor_are_followed(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_CONV, NEW_CONV)
    assert ("signature_changed", "demo.Conv") not in found
    # the sibling: the private constructor `Strict` hands them to has no `flag`: `Strict(b, flag=True)` fails
    assert "'flag'" in found["signature_changed", "demo.Strict"].detail


# -- module names a loop over a list puts in `sys.modules` --


CE_MODULES = ("CEBinaryAccuracyEvaluator", "CEBinaryClassificationEvaluator", "CECorrelationEvaluator",
              "CEF1Evaluator", "CERerankingEvaluator", "CESoftmaxAccuracyEvaluator")


def test_sentence_transformers_4_keeps_the_old_evaluator_modules_in_sys_modules() -> None:
    # 4.0's `cross_encoder/evaluation/__init__.py`: `for module in deprecated_modules: sys.modules[module] =
    # sys.modules["...evaluation.deprecated"]`, which defines the six classes
    found = changes("sentence-transformers", "3.4.1", "4.0.0")
    for name in CE_MODULES:
        assert ("removed", f"sentence_transformers.cross_encoder.evaluation.{name}.{name}") not in found
        assert ("removed", f"sentence_transformers.cross_encoder.evaluation.{name}") not in found
    # the sibling: the real changes of the same release stay claimed
    assert "'default_activation_function' removed" in found["signature_changed", "sentence_transformers.CrossEncoder"].detail


OLD_MODULES = {
    "demo/__init__.py": "from demo.old_a import A\nfrom demo.old_b import B\nfrom demo.old_c import C\n",
    "demo/old_a.py": "class A:\n    pass\n",
    "demo/old_b.py": "class B:\n    pass\n",
    "demo/old_c.py": "class C:\n    pass\n",
}
NEW_MODULES = {
    "demo/__init__.py": (
        "import sys\n\nfrom demo.shim import A, B, C\n\nOLD = ['demo.old_a']\nfor name in OLD:\n"
        "    sys.modules[name] = sys.modules['demo.shim']\n"
        "for other in ('demo.old_b',):\n    sys.modules[other] = sys.modules['demo.shim']\n"
    ),
    "demo/shim.py": "class A:\n    pass\n\n\nclass B:\n    pass\n\n\nclass C:\n    pass\n",
}


def test_a_module_name_a_loop_puts_in_sys_modules_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_MODULES, NEW_MODULES)
    for name in ("old_a", "old_b"):
        assert ("removed", f"demo.{name}") not in found
        assert ("removed", f"demo.{name}.{name[-1].upper()}") not in found
    assert ("removed", "demo.old_c") in found  # the sibling: no loop lists it


# -- a property handing back a function, now a method called the same way --


def test_sentence_transformers_6_similarity_is_called_as_before() -> None:
    # 5.7's `@property def similarity(self) -> Callable[[Tensor | ndarray, Tensor | ndarray], Tensor]` (after two
    # `@overload` stubs spelling the call) is 6.0's `def similarity(self, embeddings1, embeddings2) -> Tensor`
    found = changes("sentence-transformers", "5.7.0", "6.0.0")
    for owner in ("SentenceTransformer", "SparseEncoder"):
        for name in ("similarity", "similarity_pairwise"):
            assert ("signature_changed", f"sentence_transformers.{owner}.{name}") not in found
    # the sibling: the module 6.0 dropped stays claimed
    assert ("removed", "sentence_transformers.sentence_transformer.modules.normalize") in found


OLD_PROPS = {
    "demo/__init__.py": (
        "from typing import Callable, overload\n\n\nclass Model:\n"
        "    @property\n    def scorer(self) -> Callable[[int], int]:\n        return abs\n\n"
        "    @overload\n    def pairwise(self, a: int) -> int: ...\n\n"
        "    @overload\n    def pairwise(self, a: str) -> int: ...\n\n"
        "    @property\n    def pairwise(self) -> Callable[[int | str], int]:\n        return len\n\n"
        "    @property\n    def size(self) -> int:\n        return 1\n"
    ),
}
NEW_PROPS = {
    "demo/__init__.py": (
        "class Model:\n    def scorer(self, a):\n        return abs(a)\n\n"
        "    def pairwise(self, a):\n        return len(a)\n\n"
        "    def size(self):\n        return 1\n"
    ),
}


def test_a_property_returning_a_callable_now_a_method_is_no_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_PROPS, NEW_PROPS)
    assert ("signature_changed", "demo.Model.scorer") not in found
    assert ("signature_changed", "demo.Model.pairwise") not in found
    # the sibling: `model.size` read an int; now it is a bound method
    assert found["signature_changed", "demo.Model.size"].breakage == "property_to_method"


# -- `__iter__` gone from a class whose `__getitem__` still takes positions --


def test_toga_0_4_sources_still_iterate_through_getitem() -> None:
    # 0.4's `ListSource.__getitem__(self, index: int)` returns `self._data[index]`: `for row in source` runs it with
    # 0, 1, ... until IndexError; `OptionList.__repr__` itself iterates `for option in self`
    found = changes("toga-core", "0.3.1", "0.4.0")
    for path in ("toga.sources.ListSource.__iter__", "toga.sources.TreeSource.__iter__",
                 "toga.widgets.optioncontainer.OptionList.__iter__"):
        assert ("removed", path) not in found
    # the siblings: methods really gone from the same classes
    assert ("removed", "toga.sources.ListSource.prepend") in found
    assert ("removed", "toga.sources.TreeSource.can_have_children") in found


OLD_ITER = {
    "demo/__init__.py": (
        "class Rows:\n    def __init__(self):\n        self._data = []\n\n    def __iter__(self):\n"
        "        return iter(self._data)\n\n    def __getitem__(self, index):\n        return self._data[index]\n\n\n"
        "class Table:\n    def __init__(self):\n        self._data = {}\n\n    def __iter__(self):\n"
        "        return iter(self._data)\n\n    def __getitem__(self, key: str):\n        return self._data[key]\n"
    ),
}
NEW_ITER = {
    "demo/__init__.py": (
        "class Rows:\n    def __init__(self):\n        self._data = []\n\n"
        "    def __getitem__(self, index):\n        return self._data[index]\n\n\n"
        "class Table:\n    def __init__(self):\n        self._data = {}\n\n"
        "    def __getitem__(self, key: str):\n        return self._data[key]\n"
    ),
}


def test_iter_dropped_beside_a_positional_getitem_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_ITER, NEW_ITER)
    assert ("removed", "demo.Rows.__iter__") not in found
    # the sibling: a mapping's `__getitem__(key: str)` makes `for k in table` look up `table[0]`: KeyError
    assert ("removed", "demo.Table.__iter__") in found


# -- `__exit__` beside an `__enter__` that always raised --


def test_toga_0_5_fill_exit_was_never_reached() -> None:
    # 0.4.9's `Fill.__enter__` raised RuntimeError("Context.fill() has been renamed Context.Fill()."): no `with`
    # block ever reached its `__exit__`, which 0.5 dropped with it
    found = changes("toga-core", "0.4.9", "0.5.0")
    for owner in ("Fill", "Stroke"):
        assert ("removed", f"toga.widgets.canvas.{owner}.__exit__") not in found
    # the sibling: the deprecated methods 0.5 dropped stay claimed
    assert ("removed", "toga.widgets.canvas.Context.new_path") in found


OLD_CTX = {
    "demo/__init__.py": (
        "class Old:\n    def __enter__(self):\n        raise RuntimeError('renamed')\n\n"
        "    def __exit__(self, *exc):\n        pass\n\n\n"
        "class Live:\n    def __enter__(self):\n        return self\n\n    def __exit__(self, *exc):\n        pass\n"
    ),
}
NEW_CTX = {"demo/__init__.py": "class Old:\n    pass\n\n\nclass Live:\n    def __enter__(self):\n        return self\n"}


def test_exit_of_a_refusing_enter_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_CTX, NEW_CTX)
    assert ("removed", "demo.Old.__exit__") not in found
    assert ("removed", "demo.Live.__exit__") in found  # the sibling: `with Live():` now fails


# -- `object` spelled `builtins.object` --


def test_asciimatics_1_15_classes_still_derive_from_object() -> None:
    # 1.14 wrote python-future's `from builtins import object` and `class Particle(object)`; 1.15 `class Particle()`
    found = changes("asciimatics", "1.14.0", "1.15.0")
    for path in ("asciimatics.particles.Particle", "asciimatics.scene.Scene", "asciimatics.widgets.Layout"):
        assert ("signature_changed", path) not in found


OLD_BASES = {
    "demo/__init__.py": (
        "from builtins import object\n\n\nclass Plain(object):\n    pass\n\n\n"
        "class Error(ValueError):\n    pass\n"
    ),
}
NEW_BASES = {"demo/__init__.py": "class Plain:\n    pass\n\n\nclass Error(Exception):\n    pass\n"}


def test_a_base_written_builtins_object_is_never_lost(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_BASES, NEW_BASES)
    assert ("signature_changed", "demo.Plain") not in found
    # the sibling: a real builtin base lost stays claimed
    assert "ValueError" in found["signature_changed", "demo.Error"].detail


# -- stand-ins taking anything and ignoring it, replaced by the real classes --


def test_diffusers_0_37_dummy_objects_are_stand_ins() -> None:
    # 0.37.1's `AmusedImg2ImgPipeline(metaclass=DummyObject)`: `__init__(self, *args, **kwargs)` and
    # `from_config(cls, *args, **kwargs)` only call `requires_backends(...)`; 0.38 serving the real pipeline under
    # `pipelines.deprecated` was claimed "parameter '*args' removed" 66 times (the full diff takes minutes: the
    # surface says it)
    from bot.apidiff.diff import _placeholder_files
    from tests.test_apidiff_releases import pinned_surface

    files = _placeholder_files(pinned_surface("diffusers", "0.37.1"))
    assert "diffusers/utils/dummy_torch_and_transformers_objects.py" in files
    assert "diffusers/utils/dummy_pt_objects.py" in files
    # the siblings: modules of real code are no stand-ins
    assert not any("pipeline_" in file or file.endswith("configuration_utils.py") for file in files)


OLD_STANDINS = {
    "demo/__init__.py": "from demo.dummies import Alpha, Beta, Gamma\nfrom demo.real import Loose\n",
    "demo/utils.py": "def needs(obj, backends):\n    if missing(backends):\n        raise ImportError(backends)\n",
    "demo/dummies.py": "from demo.utils import needs\n\n\n" + "".join(
        f"class {name}:\n    def __init__(self, *args, **kwargs):\n        needs(self, ['torch'])\n\n"
        f"    @classmethod\n    def load(cls, *args, **kwargs):\n        needs(cls, ['torch'])\n\n\n"
        for name in ("Alpha", "Beta", "Gamma")
    ),
    "demo/real.py": (
        "class Loose:\n    def __init__(self, *args, **kwargs):\n        pass\n\n"
        "    def run(self, value):\n        return value\n"
    ),
}
NEW_STANDINS = {
    "demo/__init__.py": "from demo.real import Alpha, Beta, Gamma, Loose\n",
    "demo/real.py": "".join(
        f"class {name}:\n    def __init__(self, model, scheduler=None):\n        self.model = model\n\n"
        f"    @classmethod\n    def load(cls, path):\n        return cls(path)\n\n\n"
        for name in ("Alpha", "Beta", "Gamma")
    ) + "class Loose:\n    def __init__(self, size):\n        self.size = size\n\n    def run(self, value):\n"
    "        return value\n",
}


def test_a_module_of_stand_ins_is_no_signature_to_keep(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_STANDINS, NEW_STANDINS)
    for name in ("Alpha", "Beta", "Gamma"):
        assert ("signature_changed", f"demo.{name}") not in found
        assert ("signature_changed", f"demo.{name}.load") not in found
    # the sibling: a real module's class that took anything now takes one argument: `Loose(1, 2)` fails
    assert ("signature_changed", "demo.Loose") in found
