"""False claims the last hunts left alone, taken up by leftover49: each class on its pinned real example, on a
synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an `*args` only spread beside `**kwargs` into calls that take no positional argument: its loss refuses none --


def test_prefect_dict_args_only_reached_pydantics_keyword_only_dict() -> None:
    # 2.16.9's `PrefectBaseModel.dict(self, *args, shallow=False, json_compatible=False, **kwargs)` handed `*args`
    # to `self.json(*args, **kwargs)` (which hands them to pydantic's `json`) and `super().dict(*args, **kwargs)`:
    # both keyword-only in pydantic, so no call passing one worked; 2.17's `dict(self, **kwargs)` refuses none more
    path = "prefect.client.schemas.actions.DeploymentCreate.dict"
    assert ("signature_changed", path) not in changes("prefect", "2.16.9", "2.17.0", ("pydantic", "2.11.0"))
    # without pydantic read, where they went is unknown: still said
    assert ("signature_changed", path) in changes("prefect", "2.16.9", "2.17.0")


_BASE = """class Base:
    def dump(self, *, include=None, exclude=None):
        return {}

    def text(self, *, indent=None):
        return ""


class Model(Base):
    def text(self, *args, secrets=False, **kwargs):
        if secrets:
            kwargs["encoder"] = lambda value: value
        return super().text(*args, **kwargs)
"""
_FORWARDING = """
    def dump(self, *args, shallow=False, **kwargs):
        if shallow and not args and not kwargs:
            return dict(vars(self))
        if shallow:
            return self.text(*args, **kwargs)
        return super().dump(*args, **kwargs)
"""
_KEYWORDS = """
    def dump(self, *, shallow=False, **kwargs):
        return super().dump(**kwargs)
"""


def test_varargs_only_forwarded_to_keyword_only_methods_are_no_loss(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _BASE + _FORWARDING}, {"demo/__init__.py": _BASE + _KEYWORDS})
    assert ("signature_changed", "demo.Model.dump") not in found


def test_varargs_forwarded_to_a_positional_parameter_stay_claimed(tmp_path: Path) -> None:
    base = _BASE.replace("def dump(self, *, include=None", "def dump(self, fmt=None, *, include=None")
    found = diffed(tmp_path, {"demo/__init__.py": base + _FORWARDING}, {"demo/__init__.py": base + _KEYWORDS})
    assert ("signature_changed", "demo.Model.dump") in found  # `Model().dump("json")` reached `fmt`


def test_varargs_forwarded_to_a_subclass_override_taking_one_stay_claimed(tmp_path: Path) -> None:
    sub = "\n\nclass Sub(Model):\n    def text(self, fmt=None, *, secrets=False):\n        return ''\n"
    found = diffed(tmp_path, {"demo/__init__.py": _BASE + _FORWARDING + sub}, {"demo/__init__.py": _BASE + _KEYWORDS + sub})
    assert ("signature_changed", "demo.Sub.dump") in found  # `self.text` is the subclass's: `Sub().dump("x", shallow=True)`
    assert ("signature_changed", "demo.Model.dump") not in found


def test_varargs_read_otherwise_stay_claimed(tmp_path: Path) -> None:
    read = _FORWARDING.replace("return dict(vars(self))", "return dict(vars(self), first=args[0] if args else 0)")
    found = diffed(tmp_path, {"demo/__init__.py": _BASE + read}, {"demo/__init__.py": _BASE + _KEYWORDS})
    assert ("signature_changed", "demo.Model.dump") in found  # the body itself took a positional argument


# -- a package stub's name its filling source never binds (not listed, not its own, in no submodule) was never there --


def test_pyzmq_backend_zmq_version_was_only_in_the_stub() -> None:
    # 27.1's `zmq/backend/__init__.pyi` declared `zmq_version`; `zmq/backend/__init__.py` fills its globals with
    # `select_backend(...)`, the names of `public_api` (and `monitored_queue`): `from zmq.backend import zmq_version`
    # always failed (it lives in `zmq.sugar.version`, still `zmq.zmq_version`)
    found = changes("pyzmq", "27.1.0", "27.2.0")
    assert ("removed", "zmq.backend.zmq_version") not in found
    assert ("removed", "zmq.zmq_version") not in found


_TOP = "from demo.backend import *\n"
_FILL = "from .select import public_api, pick\n\nglobals().update(pick())\n__all__ = public_api\n"
_SELECT = "public_api = ['Frame', 'version']\n\n\ndef pick():\n    return {}\n"
_STUB = "from .select import pick as pick\n\nclass Frame: ...\n\ndef version() -> str: ...\n"
_STUB_ONLY = "def lib_version() -> str: ...\n\nclass Poller:\n    def poll(self) -> None: ...\n"


def _release(stub: str, fill: str = _FILL, select: str = _SELECT) -> dict[str, str]:
    return {
        "demo/__init__.py": _TOP,
        "demo/backend/__init__.py": fill,
        "demo/backend/__init__.pyi": stub,
        "demo/backend/select.py": select,
    }


def test_a_stub_name_the_filling_source_never_binds_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _release(_STUB + _STUB_ONLY), _release(_STUB))
    assert ("removed", "demo.backend.lib_version") not in found
    assert ("removed", "demo.backend.Poller") not in found
    assert ("removed", "demo.backend.Poller.poll") not in found


def test_a_stub_name_the_source_binds_itself_stays_claimed(tmp_path: Path) -> None:
    select = _SELECT + "\n\ndef lib_version():\n    return ''\n"
    fill = _FILL.replace("public_api, pick", "public_api, pick, lib_version")
    found = diffed(tmp_path, _release(_STUB + _STUB_ONLY, fill, select), _release(_STUB))
    assert ("removed", "demo.backend.lib_version") in found  # `from .select import lib_version` bound it
    assert ("removed", "demo.backend.Poller") not in found


def test_a_stub_writing_its_own_all_keeps_its_names(tmp_path: Path) -> None:
    listed = "__all__ = ['Frame', 'version']\n\n"
    found = diffed(tmp_path, _release(listed + _STUB + _STUB_ONLY), _release(listed + _STUB))
    assert ("removed", "demo.backend.lib_version") in found  # no list of the source's: the stub is all there is


# -- a name a submodule had by a star import, whose definition the model keeps no symbol of, still at its home --


def test_pyglet_2_1_ctypes_types_once_star_imported_are_still_at_home() -> None:
    # `pyglet.gl.lib` binds `c_ptrdiff_t = t` in a loop (no symbol), `gl.GLintptr = c_ptrdiff_t`; `egl.EGLint =
    # khronos_int32_t = c_int32`: `image`, `graphics`, `gl.wgl_info` and `gl.headless` dropped their star imports
    found = changes("pyglet", "2.0.10", "2.1.0")
    gone = {symbol for kind, symbol in found if kind == "removed"}
    for path in ("pyglet.image.GLintptr", "pyglet.graphics.GLsizeiptr", "pyglet.gl.wgl_info.GLintptr",
                 "pyglet.gl.headless.EGLint", "pyglet.gl.headless.EGLTime"):
        assert path not in gone, path
    assert "pyglet.font.create_font" in gone  # a real removal of the release


_LIB = "from ctypes import c_int32, c_int64\n\nfor _t in (c_int32, c_int64):\n    size_t = _t\n"
_LOOPED = "from demo.lib import size_t\n\n"
_GL = _LOOPED + "__all__ = ['GLintptr', 'GL_A']\nGL_A = 1\nGLintptr = size_t\n"


def _star_release(gl: str, image: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/lib.py": _LIB,
        "demo/gl.py": gl,
        "demo/image/__init__.py": image + "\n\nclass Image:\n    pass\n",
    }


def test_a_star_imported_name_of_no_symbol_still_at_its_home_is_no_removal(tmp_path: Path) -> None:
    old = _star_release(_GL, "from demo.gl import *\n")
    found = diffed(tmp_path, old, _star_release(_GL, "from demo.gl import GL_A\n"))
    assert ("removed", "demo.image.GLintptr") not in found


def test_a_star_imported_name_its_home_lost_too_stays_claimed(tmp_path: Path) -> None:
    old = _star_release(_GL, "from demo.gl import *\n")
    gl = _LOOPED + "__all__ = ['GL_A']\nGL_A = 1\n"
    found = diffed(tmp_path, old, _star_release(gl, "from demo.gl import GL_A\n"))
    assert ("removed", "demo.gl.GLintptr") in found
    assert "demo.image.GLintptr" in {found[k].symbol for k in found} | {a for c in found.values() for a in c.aliases}
