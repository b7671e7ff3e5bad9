"""False claims found by reading every claim on the published research set of documented Python breaking changes
(AexPy's `known.csv`, re-run whole): a decorator's wrapper moving a keyword into another by literal names (captum
0.3.1's `kwargs["n_samples"] = kwargs["n_perturb_samples"]`, warned) renamed the decorated function's parameter in
place: the old keyword is deprecated, not "now keyword-only" (a positional caller fills the same slot as before); a
typed decorator returning `cast(F, wrapper)` (pandas 1.4's `names_compat`) hands that wrapper back too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.locate import find_modules
from bot.apidiff.model import Surface
from bot.apidiff.release import read_file
from bot.apidiff.surface import build_surface
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface
from tests.test_apidiff_private_members import modules_surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

_OLD = "def f(a, old=1, c=2):\n    return a\n"

_BARE = '''import functools
import warnings

def renamed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if "old" in kwargs:
            kwargs["new"] = kwargs["old"]
            warnings.warn("old is deprecated, use new", DeprecationWarning)
            del kwargs["old"]
        return func(*args, **kwargs)
    return wrapper

@renamed
def f(a, new=1, c=2):
    return a
'''

_FACTORY = '''import functools
import warnings

def renamed(since):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if "old" in kwargs:
                warnings.warn(f"old is deprecated since {since}", DeprecationWarning)
                kwargs["new"] = kwargs.pop("old")
            return func(*args, **kwargs)
        return wrapper
    return decorate

@renamed("1.5")
def f(a, new=1, c=2, **kwargs):
    return a
'''

_CLASS = '''import functools
import warnings

class renamed:
    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if "old" in kwargs:
                warnings.warn("old is deprecated", DeprecationWarning)
                kwargs["new"] = kwargs.get("old")
                kwargs.pop("old")
            return func(*args, **kwargs)
        return wrapper

@renamed()
def f(a, new=1, c=2):
    return a
'''


def _claims(tmp_path: Path, old: str | dict[str, str], new: str | dict[str, str]) -> dict[tuple[str, str], str]:
    """Every change, deprecations too, by kind and symbol; a text is the package's `__init__.py`."""
    files = [{"demo/__init__.py": side} if isinstance(side, str) else side for side in (old, new)]
    found = diff_surfaces(surface(tmp_path, files[0], "1.0"), surface(tmp_path, files[1], "2.0"))
    return {(c.kind.value, c.symbol): c.detail for c in found}


@pytest.mark.parametrize("new", [_BARE, _FACTORY, _CLASS], ids=["bare", "factory", "class"])
def test_a_wrapper_renaming_a_keyword_by_literal_names_deprecates_it(tmp_path: Path, new: str) -> None:
    assert _claims(tmp_path, _OLD, new) == {("deprecated", "demo.f"): "deprecated parameter 'old'"}


def test_a_silent_renaming_wrapper_keeps_the_keyword_and_dropping_it_removes_it(tmp_path: Path) -> None:
    silent = _BARE.replace('            warnings.warn("old is deprecated, use new", DeprecationWarning)\n', "")
    assert "demo.f" not in synthetic(tmp_path, _OLD, silent)  # same slot, old keyword still taken: nothing breaks
    dropped = synthetic(tmp_path, _BARE, "def f(a, new=1, c=2):\n    return a\n")
    assert dropped["demo.f"].detail == "parameter 'old' removed"  # the release after drops the decorator
    # a wrapper renaming into a name the function does not have renames nothing of it: the old claim stands
    elsewhere = synthetic(tmp_path, _OLD, _BARE.replace("def f(a, new=1", "def f(a, other=1"))
    assert elsewhere["demo.f"].detail == "parameter 'old' is now keyword-only"


def test_captum_0_3_1_renamed_sample_counts_under_deprecation_decorators() -> None:
    found = changes("captum", "0.3.0", "0.3.1")
    for name in ("Lime", "KernelShap", "LimeBase"):
        assert ("signature_changed", f"captum.attr.{name}.attribute") not in found, name  # was "now keyword-only"
        assert found["deprecated", f"captum.attr.{name}.attribute"].detail == "deprecated parameter 'n_perturb_samples'"
    tunnel = "captum.attr.NoiseTunnel.attribute"
    assert found["deprecated", tunnel].detail == "deprecated parameter 'n_samples'"
    # `nt_samples_batch_size` was inserted before `stdevs`: that move is the true break left
    assert found["signature_changed", tunnel].detail == (
        "positional parameter 'stdevs' moved from slot 3 to 4; "
        "positional parameter 'draw_baseline_from_distrib' moved from slot 4 to 5"
    )


# -- a typed decorator hands its wrapper back through `typing.cast` (`return cast(F, new_meth)`) --

_NAMES_COMPAT = '''from functools import wraps
from typing import Callable, TypeVar, cast

F = TypeVar("F", bound=Callable)

def names_compat(meth: F) -> F:
    @wraps(meth)
    def new_meth(self_or_cls, *args, **kwargs):
        if "name" in kwargs:
            kwargs["names"] = kwargs.pop("name")
        return meth(self_or_cls, *args, **kwargs)
    return RETURNED

class Index:
    @classmethod
    @names_compat
    def from_tuples(cls, tuples, sortorder=None, names=None):
        pass
'''


@pytest.mark.parametrize(
    "returned",
    [
        "cast(F, new_meth)",
        "typing.cast(F, new_meth)",
        "functools.update_wrapper(new_meth, meth)",
        "functools.wraps(meth)(new_meth)",
    ],
)
def test_a_wrapper_handed_back_through_a_call_is_read(tmp_path: Path, returned: str) -> None:
    old = _NAMES_COMPAT.replace("RETURNED", "new_meth")
    new = _NAMES_COMPAT.replace("RETURNED", returned).replace(
        "from typing", "import functools\nimport typing\nfrom typing"
    )
    if returned.startswith("functools."):  # the call copies the metadata `@wraps` did
        new = new.replace("    @wraps(meth)\n", "")
    assert "demo.Index.from_tuples" not in synthetic(tmp_path, old, new)  # `name=` still renamed into `names`
    dropped = synthetic(tmp_path, new, new.replace("    @names_compat\n", ""))
    assert dropped["demo.Index.from_tuples"].detail == "parameter 'name' removed"


def test_pandas_1_4_names_compat_returns_its_wrapper_through_cast() -> None:
    modules = {"pandas.core.indexes.multi"}
    new = modules_surface("pandas", "1.4.0", modules)
    found = {c.symbol for c in diff_surfaces(modules_surface("pandas", "1.3.5", modules), new)}
    path = "pandas.core.indexes.multi.MultiIndex.from_tuples"
    assert path not in found  # was "parameter 'name' removed" once the wrapper's rename was read on 1.3.5 only
    assert new.symbols[path].kwargs_renamed == (("name", "names"),)


# -- a keyword a public method gained, passed to another def so named (a private class's), is no evidence --

_MODEL_OLD = "class Model:\n    def export(self, path):\n        pass\n\nclass _Bento:\n    def export(self, path):\n        pass\n"
_MODEL_NEW = _MODEL_OLD.replace("def export(self, path)", "def export(self, path, protocol=None)")
_BENTO_CALL = "def export_bento(bento):\n    return bento.export('out', protocol='s3')\n"
_MODEL_CALL = "def export_model(model):\n    return model.export('out', protocol='s3')\n"


@pytest.mark.parametrize("home", ["demo/__init__.py", "demo/_internal.py"])
def test_a_private_class_method_so_named_may_be_what_a_call_reaches(tmp_path: Path, home: str) -> None:
    shim = {"demo/__init__.py": "from demo._internal import Model\n"} if home != "demo/__init__.py" else {}
    old, new = {**shim, home: _MODEL_OLD}, {**shim, home: _MODEL_NEW, "demo/bentos.py": _BENTO_CALL}
    assert "demo.Model.export" not in {
        c.symbol for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    }
    # a receiver named after the class still shows whose method it calls
    found = diff_surfaces(
        surface(tmp_path, old, "1.0"), surface(tmp_path, {**new, "demo/models.py": _MODEL_CALL}, "2.0")
    )
    (change,) = [c for c in found if c.symbol == "demo.Model.export"]
    assert change.breakage == "hook_called_with_new_arguments" and change.detail.endswith("demo/models.py:2)")


def test_bentoml_1_0_0a6_model_export_is_called_with_protocol_by_export_model() -> None:
    found = changes("bentoml", "1.0.0a5", "1.0.0a6")
    change = found["signature_changed", "bentoml.Model.export"]
    assert change.breakage == "hook_called_with_new_arguments"
    # `bentos.export_bento`'s `bento.export(..., protocol=...)` calls a `Bento`'s (a class of a private module)
    assert change.new_location is not None and change.new_location.path == "bentoml/models.py"


_STORE = "def export(path, protocol=None):\n    pass\n"


def test_a_call_on_an_imported_module_calls_its_function(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _MODEL_OLD.split("\n\nclass _Bento")[0] + "\n", "demo/store.py": _STORE}
    new = {
        "demo/__init__.py": _MODEL_NEW.split("\n\nclass _Bento")[0] + "\n",
        "demo/store.py": _STORE,
        "demo/api.py": "import demo.store as store\n\ndef save():\n    return store.export('out', protocol='s3')\n",
    }
    assert "demo.Model.export" not in {
        c.symbol for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    }
    # a module function so named is no method a call on an object may reach: `obj.export(...)` is evidence
    new["demo/api.py"] = "def save(obj):\n    return obj.export('out', protocol='s3')\n"
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    assert [c.breakage for c in found if c.symbol == "demo.Model.export"] == ["hook_called_with_new_arguments"]


def test_matplotlib_3_5_subplot_mosaic_is_called_with_sharex_beside_pyplots_function_so_named() -> None:
    modules = {"matplotlib", "matplotlib.figure", "matplotlib.pyplot"}
    found = {
        c.symbol: c
        for c in diff_surfaces(
            modules_surface("matplotlib", "3.4.3", modules), modules_surface("matplotlib", "3.5.0", modules)
        )
    }
    change = found["matplotlib.figure.FigureBase.subplot_mosaic"]  # `fig.subplot_mosaic(mosaic, sharex=sharex, ...)`
    assert change.breakage == "hook_called_with_new_arguments" and "'sharex', 'sharey'" in change.detail


def test_numpy_1_22_np_argmax_in_array_api_is_no_call_of_masked_array_argmax() -> None:
    modules = {"numpy", "numpy.ma", "numpy.ma.core", "numpy.array_api", "numpy.array_api._searching_functions"}

    def part(version: str) -> Surface:
        files = [f for f in find_modules(unpacked_release("numpy", version)) if f.module in modules]
        return build_surface("numpy", version, [read_file(f) for f in files])

    found = {c.symbol: c for c in diff_surfaces(part("1.21.6"), part("1.22.0"))}
    # `np.argmax(x._array, axis=axis, keepdims=keepdims)` calls the function numpy.argmax
    for name in ("argmax", "argmin"):
        location = found[f"numpy.ma.MaskedArray.{name}"].new_location
        assert location is not None and location.path == "numpy/ma/core.py", name


# -- a module-level loop over literal names setting them on a class with `setattr` spells what it sets --

_HANDLERS = (
    "class Handler:\n    def write(self):\n        pass\n\n"
    "class WS(Handler):\n    def async_callback(self, callback):\n        pass\n\n    def write(self):\n        pass\n"
)
_GONE = _HANDLERS.replace("    def async_callback(self, callback):\n        pass\n\n", "")


@pytest.mark.parametrize(
    "patch",
    [
        "for method in ['write', 'flush']:\n    setattr(WS, method, getattr(Handler, method))\n",
        "for method in ('write',):\n    setattr(WS, method, None)\n",
        "setattr(WS, 'write', None)\n",
    ],
)
def test_setattr_of_spelled_names_leaves_the_other_members_known(tmp_path: Path, patch: str) -> None:
    found = synthetic(tmp_path, _HANDLERS + patch, _GONE + patch)
    assert found["demo.WS.async_callback"].breakage == "method_removed"


@pytest.mark.parametrize(
    "patch",
    [
        "for method in names():\n    setattr(WS, method, None)\n",
        "for method in ['write']:\n    method = '_' + method\n    setattr(WS, method, None)\n",
        "setattr(WS, NAME, None)\n",
    ],
)
def test_setattr_of_names_not_spelled_may_set_any(tmp_path: Path, patch: str) -> None:
    assert "demo.WS.async_callback" not in synthetic(tmp_path, _HANDLERS + patch, _GONE + patch)


def test_setattr_of_a_spelled_name_keeps_it(tmp_path: Path) -> None:
    patch = "for method in ['write']:\n    setattr(WS, method, None)\n"
    new = "class Handler:\n    pass\n\nclass WS(Handler):\n    def async_callback(self, callback):\n        pass\n"
    found = synthetic(tmp_path, _HANDLERS, new + patch)
    assert "demo.WS.write" not in found and found["demo.Handler.write"].breakage == "method_removed"


def test_tornado_4_websocket_handler_lost_async_callback() -> None:
    modules = {"tornado", "tornado.web", "tornado.websocket"}
    found = {
        c.symbol: c
        for c in diff_surfaces(modules_surface("tornado", "3.2.2", modules), modules_surface("tornado", "4.0", modules))
    }
    # 4.0's `for method in ["write", "redirect", ...]: setattr(WebSocketHandler, method, ...)` hid every removal
    assert found["tornado.websocket.WebSocketHandler.async_callback"].breakage == "method_removed"
    assert "tornado.websocket.WebSocketHandler.write" not in found


# -- a stub's `name: Any` says nothing of what the name was, nor of whether it warned --

_IO = "import warnings\n\ndef loads(s, bias=None):\n    if bias is not None:\n        warnings.warn('bias is deprecated', DeprecationWarning)\n    warnings.warn('loads is deprecated', DeprecationWarning)\n"


def test_a_stub_placeholder_hides_whether_the_old_release_warned(tmp_path: Path) -> None:
    new = {"demo/__init__.pyi": "from demo._io import loads as loads\n", "demo/_io.py": _IO}
    for stub in ("from typing import Any\n\nloads: Any\n", "import typing\n\nloads: typing.Any\n"):
        old = {"demo/__init__.pyi": stub, "demo/_io.py": _IO}
        assert _claims(tmp_path, old, new) == {}
    # a stub saying what the name was is compared as ever
    old = {"demo/__init__.pyi": "def loads(s, bias=...): ...\n", "demo/_io.py": _IO}
    assert _claims(tmp_path, old, new) == {("deprecated", "demo.loads"): "loads is deprecated"}


def test_numpy_1_21_stub_imports_functions_its_1_20_stub_declared_any() -> None:
    modules = {
        "numpy",
        "numpy.lib",
        "numpy.lib.npyio",
        "numpy.lib.function_base",
        "numpy.core",
        "numpy.core.arrayprint",
    }
    found = {
        (c.kind.value, c.symbol)
        for c in diff_surfaces(modules_surface("numpy", "1.20.3", modules), modules_surface("numpy", "1.21.0", modules))
    }
    for name in ("loads", "corrcoef", "array2string"):  # warning since 1.15, 1.10 and 1.14, in both releases
        assert ("deprecated", f"numpy.{name}") not in found, name
