"""A module `__getattr__` warning a deprecation for every name it serves (mne 1.6's `mne.io.pick` shims): the names
the module no longer defines are said possibly deprecated; one warning for some names only stays theirs."""

from pathlib import Path

from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

OLD = {
    "demo/__init__.py": "",
    "demo/pick.py": "def pick_types(a):\n    return a\n\n\ndef pick_info(b):\n    return b\n\n\ndef _scratch():\n    pass\n",
}
NEW_HOME = {"demo/_new.py": "def pick_types(a):\n    return a\n\n\ndef pick_info(b):\n    return b\n"}


def _deprecated(found: dict, path: str) -> bool:
    return ("deprecated", path) in found


def test_a_getattr_warning_in_its_own_body_for_every_name_deprecates_the_lost_names(tmp_path: Path) -> None:
    shim = (
        "import warnings\nfrom demo import _new\n\n\ndef __getattr__(name):\n"
        "    warnings.warn(f'demo.pick.{name} is deprecated', FutureWarning)\n    return getattr(_new, name)\n"
    )
    found = diffed(tmp_path, OLD, {"demo/__init__.py": "", **NEW_HOME, "demo/pick.py": shim})
    for path in ("demo.pick.pick_types", "demo.pick.pick_info"):
        assert _deprecated(found, path)
        assert found[("deprecated", path)].detail.startswith("possibly deprecated")
        assert ("removed", path) not in found
    assert not _deprecated(found, "demo.pick._scratch")  # private: never said deprecated


def test_a_helper_that_always_warns_deprecates_the_names_its_getattr_hands_back(tmp_path: Path) -> None:
    helper = (
        "import importlib\nimport warnings\n\n\ndef _dep_getattr(name, mod):\n"
        "    obj = getattr(importlib.import_module(f'demo.{mod}'), name)\n"
        "    warnings.warn(f'demo.{mod}.{name} is deprecated', DeprecationWarning)\n    return obj\n"
    )
    shim = (
        "from demo._helpers import _dep_getattr\n\n\ndef __getattr__(name):\n    try:\n        return globals()[name]\n"
        "    except KeyError:\n        pass\n    return _dep_getattr(name, '_new')\n"
    )
    new = {"demo/__init__.py": "", **NEW_HOME, "demo/_helpers.py": helper, "demo/pick.py": shim}
    found = diffed(tmp_path, OLD, new)
    assert _deprecated(found, "demo.pick.pick_types")
    assert "DeprecationWarning" in found[("deprecated", "demo.pick.pick_types")].detail


def test_a_helper_in_the_same_module_counts_too_and_one_that_does_not_warn_does_not(tmp_path: Path) -> None:
    def shim(warns: bool) -> str:
        said = "    warnings.warn('moved', PendingDeprecationWarning)\n" if warns else ""
        return (
            "import warnings\nfrom demo import _new\n\n\ndef _moved(name):\n"
            + said
            + "    return getattr(_new, name)\n"
            "\n\ndef __getattr__(name):\n    return _moved(name)\n"
        )

    warned = diffed(tmp_path / "a", OLD, {"demo/__init__.py": "", **NEW_HOME, "demo/pick.py": shim(True)})
    assert _deprecated(warned, "demo.pick.pick_types")
    silent = diffed(tmp_path / "b", OLD, {"demo/__init__.py": "", **NEW_HOME, "demo/pick.py": shim(False)})
    assert not _deprecated(silent, "demo.pick.pick_types")
    assert ("removed", "demo.pick.pick_types") not in silent  # still possibly served: no claim either way


def test_a_getattr_warning_for_some_names_only_is_not_widened(tmp_path: Path) -> None:
    shim = (
        "import warnings\nfrom demo import _new\n\n\ndef __getattr__(name):\n    if name == 'pick_info':\n"
        "        warnings.warn('pick_info is deprecated', DeprecationWarning)\n        return _new.pick_info\n"
        "    return getattr(_new, name)\n"
    )
    found = diffed(tmp_path, OLD, {"demo/__init__.py": "", **NEW_HOME, "demo/pick.py": shim})
    assert _deprecated(found, "demo.pick.pick_info")
    assert not _deprecated(found, "demo.pick.pick_types")


def test_a_warning_that_is_no_deprecation_deprecates_nothing(tmp_path: Path) -> None:
    shim = (
        "import warnings\nfrom demo import _new\n\n\ndef __getattr__(name):\n"
        "    warnings.warn('lazy import is slow', RuntimeWarning)\n    return getattr(_new, name)\n"
    )
    found = diffed(tmp_path, OLD, {"demo/__init__.py": "", **NEW_HOME, "demo/pick.py": shim})
    assert not _deprecated(found, "demo.pick.pick_types")


def test_mne_1_6_io_shims_deprecate_the_names_they_no_longer_define() -> None:
    found = changes("mne", "1.5.1", "1.6.0")
    # `mne.io.pick.__getattr__` returns `_io_dep_getattr(name, "pick")`, imported from `mne._fiff`, which warns
    # FutureWarning for every name; `pick_types` moved to `mne._fiff.pick` (still public as `mne.pick_types`)
    for path in ("mne.io.pick.pick_types", "mne.io.meas_info.read_info", "mne.io.proj.Projection"):
        assert ("deprecated", path) in found, path
        assert "FutureWarning" in found[("deprecated", path)].detail
        assert ("removed", path) not in found
    # still defined there (its `__all__`): no deprecation
    assert ("deprecated", "mne.io.pick._picks_to_idx") not in found


def test_names_its_all_lists_are_said_deprecated_without_doubt(tmp_path: Path) -> None:
    # scipy's `linalg/basic.py` shims: `__all__` lists the names, `__getattr__` hands each to a warning helper
    helper = (
        "import warnings\nfrom importlib import import_module\n\n\n"
        "def _sub_module_deprecation(*, module, all, attribute):\n    if attribute not in all:\n"
        "        raise AttributeError(attribute)\n    message = f'the demo.{module} namespace is deprecated'\n"
        "    warnings.warn(message, category=DeprecationWarning, stacklevel=3)\n"
        "    return getattr(import_module('demo._new'), attribute)\n"
    )
    shim = (
        "from demo._lib import _sub_module_deprecation\n\n__all__ = ['pick_types']  # noqa: F822\n\n\n"
        "def __getattr__(name):\n    return _sub_module_deprecation(module='pick', all=__all__, attribute=name)\n"
    )
    new = {"demo/__init__.py": "", **NEW_HOME, "demo/_lib.py": helper, "demo/pick.py": shim}
    found = diffed(tmp_path, OLD, new)
    listed = found[("deprecated", "demo.pick.pick_types")].detail
    assert not listed.startswith("possibly") and "DeprecationWarning" in listed
    # the helper raises AttributeError for a name `__all__` does not list: removed (words70), not possibly deprecated
    assert ("deprecated", "demo.pick.pick_info") not in found
    assert ("removed", "demo.pick.pick_info") in found


def test_scipy_sub_module_deprecation_shims_are_read_as_warning_for_every_name() -> None:
    # scipy 1.12+'s `linalg/basic.py`: `__getattr__` returns `_sub_module_deprecation(..., all=__all__,
    # attribute=name)`, imported from `scipy._lib.deprecation`, which always warns DeprecationWarning; scipy's own
    # lazy `__getattr__` (submodules, no warning) deprecates nothing
    found = pinned_surface("scipy", "1.17.1").symbols
    assert "DeprecationWarning through scipy._lib.deprecation._sub_module_deprecation" in (
        found["scipy.linalg.basic"].getattr_deprecated
    )
    assert found["scipy"].dynamic and not found["scipy"].getattr_deprecated
