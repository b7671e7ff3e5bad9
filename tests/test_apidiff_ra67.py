"""Recall and precision on web framework, HTTP and API client, auth and serialization libraries never measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a false literal default used only where the value is true (`proxy=""` under `if proxy:`), become a None used
# only where it is not None: a call leaving it out skips the uses on both sides, no default changed --

_FALSE_GUARDED = (
    "class API:\n    def __init__(self, auth=None, proxy=''):\n        self.proxy = {}\n"
    "        if proxy:\n            self.proxy['https'] = proxy\n"
)
_NONE_GUARDED = (
    "class API:\n    def __init__(self, auth=None, proxy=None):\n        self.proxy = {}\n"
    "        if proxy is not None:\n            self.proxy['https'] = proxy\n"
)


def test_a_false_default_used_only_where_true_become_a_skipped_none_is_no_default_change(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.API") not in diffed(
        tmp_path, {"demo/__init__.py": _FALSE_GUARDED}, {"demo/__init__.py": _NONE_GUARDED}
    )
    # the reverse too
    assert ("signature_changed", "demo.API") not in diffed(
        tmp_path / "back", {"demo/__init__.py": _NONE_GUARDED}, {"demo/__init__.py": _FALSE_GUARDED}
    )


def test_a_false_default_used_unguarded_become_a_skipped_none_is_still_a_default_change(tmp_path: Path) -> None:
    # `{"https": ""}` was sent where now no proxy is: what the call does changed
    old = {"demo/__init__.py": "class API:\n    def __init__(self, auth=None, proxy=''):\n        self.proxy = {'https': proxy}\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _NONE_GUARDED})
    assert "parameter 'proxy' defaults to None" in found[("signature_changed", "demo.API")].detail


def test_a_false_default_guarded_by_truth_that_becomes_true_is_still_a_default_change(tmp_path: Path) -> None:
    body = "def f(flag=False):\n    if flag:\n        return 1\n    return 0\n"
    found = diffed(tmp_path, {"demo/__init__.py": body}, {"demo/__init__.py": body.replace("False", "True")})
    assert "defaults to True where it defaulted to False" in found[("signature_changed", "demo.f")].detail


def test_tweepy_4_proxy_none_is_no_default_change_of_3_10_s_empty_proxy() -> None:
    found = changes("tweepy", "3.10.0", "4.0.0")
    detail = found[("signature_changed", "tweepy.API")].detail
    assert "parameter 'auth_handler' renamed to 'auth'" in detail  # the documented breaks stay
    assert "'proxy' defaults to" not in detail


# -- a module whose top-level relative import names what the release's module no longer binds (a stale file the
# wheel still ships): ImportError ends every import of it, so it is lost --

_COMPAT_OLD = "try:\n    from urllib3.contrib import appengine as gaecontrib\nexcept ImportError:\n    gaecontrib = None\n"
_APPENGINE = "from .._compat import gaecontrib\nfrom .._compat import timeout\n\n\nclass AppEngineAdapter:\n    pass\n"


def _toolbelt(compat: str, appengine: str = _APPENGINE) -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/adapters/__init__.py": "", "demo/adapters/appengine.py": appengine,
            "demo/_compat.py": compat + "timeout = 3\n"}


def test_a_module_importing_a_name_its_sibling_no_longer_binds_is_lost(tmp_path: Path) -> None:
    found = diffed(tmp_path, _toolbelt(_COMPAT_OLD), _toolbelt(""))
    assert "now fails on import" in found[("removed", "demo.adapters.appengine")].detail


def test_a_sibling_that_may_bind_the_name_unseen_or_a_guarded_import_makes_no_claim(tmp_path: Path) -> None:
    for i, compat in enumerate(("from os.path import *\n", "def __getattr__(name):\n    return None\n",
                                "globals()[NAME] = None\n")):
        assert ("removed", "demo.adapters.appengine") not in diffed(tmp_path / str(i), _toolbelt(_COMPAT_OLD),
                                                                     _toolbelt(compat))
    guarded = "try:\n    from .._compat import gaecontrib\nexcept ImportError:\n    gaecontrib = None\n"
    assert ("removed", "demo.adapters.appengine") not in diffed(
        tmp_path / "guarded", _toolbelt(_COMPAT_OLD, guarded), _toolbelt("", guarded)
    )
    # a submodule of that name is imported
    sub = {"demo/__init__.py": "", "demo/sub/__init__.py": "", "demo/sub/thing.py": "X = 1\n",
           "demo/user.py": "from .sub import thing\n"}
    assert ("removed", "demo.user") not in diffed(tmp_path / "sub", sub, {**sub, "demo/sub/thing.py": "Y = 1\n"})


def test_requests_toolbelt_1_0_wheel_ships_an_appengine_adapter_that_no_longer_imports() -> None:
    found = changes("requests-toolbelt", "0.10.1", "1.0.0")
    assert "now fails on import" in found[("removed", "requests_toolbelt.adapters.appengine")].detail


# -- a module the release itself imports, or a package holding modules, whose import names what its sibling binds in
# a way no reader sees (bs4 4.12's `builder` copies its tree builders in by `setattr(sys.modules[__name__], name,
# obj)`): the release would fail itself, so its import stands --

_COPIED_IN = (
    "import sys\n\n\ndef register_from(module):\n    this_module = sys.modules[__name__]\n"
    "    for name in module.__all__:\n        setattr(this_module, name, getattr(module, name))\n\n\n"
    "from . import _impl\nregister_from(_impl)\n"
)


def test_a_module_the_release_imports_is_no_module_failing_on_import(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "from .builder import Special\n\n\nclass Soup:\n    pass\n",
        "demo/builder/__init__.py": "class Special:\n    pass\n",
        "demo/helpers.py": "from .builder import Special\n",
    }
    new = {
        **old,
        "demo/builder/__init__.py": _COPIED_IN,
        "demo/builder/_impl.py": "__all__ = ['Special']\n\n\nclass Special:\n    pass\n",
    }
    found = diffed(tmp_path, old, new)
    assert not [key for key in found if key[0] == "removed" and key[1] in ("demo", "demo.Soup", "demo.helpers")]
    assert ("removed", "demo.Soup") not in found


def test_bs4_4_12_package_copying_builders_in_by_setattr_keeps_its_surface() -> None:
    found = changes("beautifulsoup4", "4.12.3", "4.13.0")
    assert found["signature_changed", "bs4.BeautifulSoup.isSelfClosing"].breakage == "property_to_method"
    assert ("deprecated", "bs4.BeautifulSoup.findAll") in found


def test_a_name_imported_from_a_package_may_be_a_submodule_no_reader_sees(tmp_path: Path) -> None:
    """pillow 9.0's `ImageMath` does `from . import Image, _imagingmath`, a compiled submodule: the package may hold
    modules the reader does not see, so its import stands and 9.1's dropped `VERBOSE` is removed."""
    old = {"demo/__init__.py": "", "demo/image.py": "class Image:\n    pass\n",
           "demo/math.py": "from . import image, _speedups\n\nVERBOSE = 0\n\n\ndef evaluate(e):\n    return e\n"}
    new = {**old, "demo/math.py": "from . import image, _speedups\n\n\ndef evaluate(e):\n    return e\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.math.VERBOSE") in found
    assert ("removed", "demo.math") not in found
