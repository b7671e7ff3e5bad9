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
