"""False claims found by hunt52a on finance, trading and time-series libraries nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a package's numpy.distutils build script (`setup.py` defining `configuration()`) --


def test_pmdarima_2_1_dropped_build_scripts_not_modules() -> None:
    found = changes("pmdarima", "2.0.4", "2.1.0")
    for path in ("pmdarima.setup", "pmdarima.arima.setup", "pmdarima.datasets.setup", "pmdarima.utils.setup",
                 "pmdarima.preprocessing.setup", "pmdarima.preprocessing.exog.setup"):
        assert ("removed", path) not in found
    assert ("removed", "pmdarima.version_path") in found  # the sibling: a public attribute 2.1 really dropped


BUILT_OLD = {
    "demo/__init__.py": "from demo.tools.setup import install\n",
    "demo/ext/__init__.py": "",
    "demo/ext/setup.py": (
        "import numpy\nfrom numpy.distutils.misc_util import Configuration\n\n\n"
        "def configuration(parent_package='', top_path=None):\n    config = Configuration('ext', parent_package, top_path)\n"
        "    config.add_extension('_fast', sources=['_fast.pyx'], include_dirs=[numpy.get_include()])\n"
        "    return config\n"
    ),
    "demo/tools/__init__.py": "",
    "demo/tools/setup.py": "def install(target):\n    return target\n\n\ndef configure(target):\n    return target\n",
}
BUILT_NEW = {
    "demo/__init__.py": "",
    "demo/ext/__init__.py": "",
    "demo/tools/__init__.py": "",
}


def test_a_numpy_distutils_build_script_is_no_module(tmp_path: Path) -> None:
    found = diffed(tmp_path, BUILT_OLD, BUILT_NEW)
    assert ("removed", "demo.ext.setup") not in found
    assert ("removed", "demo.ext.setup.configuration") not in found
    # the sibling: a module that only happens to be called `setup` is API like any other
    assert ("removed", "demo.tools.setup") in found


# -- another distribution's object bound by an import helper's call, or by an optional import with a stand-in --


def test_sktime_1_2_moved_its_torch_imports_into_functions() -> None:
    found = changes("sktime", "1.1.0", "1.2.0")
    for path in ("sktime.forecasting.cinn.torch", "sktime.forecasting.cinn.DataLoader",  # `_safe_import(...)`
                 "sktime.forecasting.cinn.Dataset", "sktime.forecasting.momentfm.empty_cache",
                 "sktime.forecasting.hf_transformers.Dataset",  # `from torch... import` / `class Dataset:` stand-in
                 "sktime.forecasting.pykan.Dataset", "sktime.networks.cinn.NNModule",  # `NNModule = nn.Module` / stand-in
                 "sktime.networks.ltsf.models.linear.nn_module"):
        assert ("removed", path) not in found
    assert ("removed", "build_tools") not in found  # 1.1's wheel installed the release scripts' folder, 1.2's not
    # the siblings: classes sktime defined at module level (on the stand-in) and 1.2 builds inside a function
    assert ("removed", "sktime.forecasting.pykan.PyTorchTrainDataset") in found
    assert ("removed", "sktime.forecasting.cinn.PyTorchCinnTestDataset") in found


SOFT_OLD = {
    "demo/__init__.py": "",
    "demo/_deps.py": "import importlib\n\n\ndef safe_import(path):\n    return importlib.import_module(path)\n",
    "demo/nets.py": (
        "from demo._deps import safe_import\n\ntorch = safe_import('torch')\nDataLoader = safe_import('torch.utils.data.DataLoader')\n"
        "helpers = safe_import('demo._deps')\n\ntry:\n    import numpy\nexcept ImportError:\n    numpy = None\n"
        "if numpy is not None:\n    from torch.nn import Module\n    Layer = numpy.ndarray\nelse:\n\n"
        "    class Module:\n        '''Dummy class if torch is unavailable.'''\n\n"
        "    class Layer:\n        def forward(self, x):\n            return x\n"
    ),
}
SOFT_NEW = {
    "demo/__init__.py": "",
    "demo/_deps.py": "import importlib\n\n\ndef safe_import(path):\n    return importlib.import_module(path)\n",
    "demo/nets.py": "def build():\n    import torch\n    return torch\n",
}


def test_an_optional_dependency_s_objects_are_no_api_of_a_plain_module(tmp_path: Path) -> None:
    found = diffed(tmp_path, SOFT_OLD, SOFT_NEW)
    for path in ("demo.nets.torch", "demo.nets.DataLoader", "demo.nets.Module"):
        assert ("removed", path) not in found
    # the siblings: the module's own module bound by the helper, and a fallback class that does something of its own
    assert ("removed", "demo.nets.helpers") in found
    assert ("removed", "demo.nets.Layer") in found


def test_a_wheel_s_build_tools_folder_is_no_package(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "build_tools/make_release.py": "def main():\n    pass\n",
           "demo_tools/__init__.py": "def main():\n    pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert not any(path.startswith("build_tools") for _kind, path in found)
    assert ("removed", "demo_tools") in found  # the sibling: a top-level package of another name is one


# -- a new default that only marks a coming change --


def test_sktime_1_2_marks_pre_dispatch_deprecated_without_changing_it() -> None:
    found = changes("sktime", "1.1.0", "1.2.0")
    # `pre_dispatch="deprecated"` (was "2*n_jobs"): the tuner resolves the marker to what it did, and says it will go
    for path in ("sktime.classification.model_selection.TSCGridSearchCV",
                 "sktime.regression.model_selection.TSRGridSearchCV"):
        assert ("signature_changed", path) not in found
    # the sibling: a default that really changed value
    assert "'verbose' defaults to -2" in found["signature_changed", "sktime.forecasting.autots.AutoTS"].detail


MARKED_OLD = {"demo/__init__.py": (
    "def fit(x, activation='sigmoid', solver='lbfgs', mode='linear'):\n    return x\n"
)}
MARKED_NEW = {"demo/__init__.py": (
    "import warnings\n\n\ndef fit(x, activation='changing_from_sigmoid_to_relu_in_2.1', solver='adam',\n"
    "        mode='changing_from_linear_to_tanh'):\n"
    "    if activation == 'changing_from_sigmoid_to_relu_in_2.1':\n"
    "        warnings.warn('will be relu', FutureWarning)\n        activation = 'sigmoid'\n    return x\n"
)}
MARKED_LATER = {"demo/__init__.py": (
    "def fit(x, activation='relu', solver='adam', mode='changing_from_linear_to_tanh'):\n    return x\n"
)}


def test_a_transition_marker_default_is_no_default_change(tmp_path: Path) -> None:
    detail = diffed(tmp_path, MARKED_OLD, MARKED_NEW)["signature_changed", "demo.fit"].detail
    assert "'activation'" not in detail
    assert "'mode'" not in detail
    assert "parameter 'solver' defaults to 'adam' where it defaulted to 'lbfgs'" in detail  # the sibling: a value
    # the marker giving way to the value it announced is the change
    later = diffed(tmp_path / "later", MARKED_NEW, MARKED_LATER)["signature_changed", "demo.fit"].detail
    assert "parameter 'activation' defaults to 'relu'" in later


# -- a `sys.modules` key spelled with a loop's variable inside an f-string --


def test_sktime_1_0_keeps_transformations_panel_and_series_importable() -> None:
    found = changes("sktime", "0.40.1", "1.0.0")
    assert ("removed", "sktime.transformations.panel") not in found
    assert ("removed", "sktime.transformations.series") not in found
    assert ("removed", "sktime.transformations.base.__author__") not in found  # a module's credits (see below)
    assert ("removed", "sktime.series_as_features") in found  # the sibling: a package 1.0 dropped outright


LOOPED_OLD = {
    "demo/__init__.py": "",
    "demo/old/__init__.py": "def run():\n    pass\n",
    "demo/legacy/__init__.py": "def run():\n    pass\n",
    "demo/gone/__init__.py": "def run():\n    pass\n",
}
LOOPED_NEW = {
    "demo/__init__.py": (
        "import sys\nfrom importlib import import_module\n\n_FLATTENED = ['old', 'legacy']\n\n"
        "for _module in _FLATTENED:\n    sys.modules[f'{__name__}.{_module}'] = import_module(__name__)\n\n\n"
        "def run():\n    pass\n"
    ),
}


def test_a_sys_modules_key_a_loop_spells_keeps_the_module(tmp_path: Path) -> None:
    found = diffed(tmp_path, LOOPED_OLD, LOOPED_NEW)
    assert ("removed", "demo.old") not in found
    assert ("removed", "demo.legacy") not in found
    assert ("removed", "demo.gone") in found  # the sibling: not among the loop's names


# -- a submodule's `__author__` --


def test_a_submodule_s_credits_are_no_api(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "__author__ = 'me'\n__version__ = '1.0'\n",
           "demo/nets.py": "__author__ = ['me', 'you']\n__version__ = '0.1'\n\n\ndef run():\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/nets.py": "def run():\n    pass\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.nets.__author__") not in found
    # the siblings: the distribution's own credits, and a submodule's version, are read
    assert ("removed", "demo.__author__") in found
    assert ("removed", "demo.nets.__version__") in found
