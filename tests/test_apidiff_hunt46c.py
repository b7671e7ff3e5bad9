"""False claims found by hunt46c on CLI, configuration, serialisation, data-structure and game/hardware libraries
nobody tuned on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay
claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a submodule's `from <another public module> import *` traded for named imports removes nothing it passed on --


def test_pyglet_2_1_image_no_longer_star_importing_gl_removes_no_gl_name() -> None:
    found = changes("pyglet", "2.0.10", "2.1.0")
    gone = {symbol for kind, symbol in found if kind == "removed"}
    # `pyglet/image/__init__.py`, `graphics/__init__.py`, `gl/wgl_info.py`: `from pyglet.gl import *` (its
    # `gl.py` has an `__all__`) became `from pyglet.gl import (GL_..., ...)`; every name is still `pyglet.gl`'s
    for path in ("pyglet.image.glWaitSync", "pyglet.graphics.GL_TRIANGLES", "pyglet.gl.wgl_info.GL_ACTIVE_PROGRAM"):
        assert path not in gone, path
    assert len(gone) < 400, len(gone)
    # siblings: real removals of the release stay claimed
    assert "pyglet.font.create_font" in gone
    assert "pyglet.canvas" in gone


_GL = "__all__ = ['GL_A', 'GL_B', 'GL_C']\nGL_A = 1\nGL_B = 2\nGL_C = 3\n"


def test_star_import_of_another_public_module_dropped(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "",
        "demo/gl.py": _GL,
        "demo/image/__init__.py": "from demo.gl import *\n\n\nclass Image:\n    pass\n",
        "demo/info.py": "from demo.gl import *\n",
        "demo/api/__init__.py": "from .core import *\n",
        "demo/api/core.py": "__all__ = ['run', 'stop']\n\n\ndef run():\n    pass\n\n\ndef stop():\n    pass\n",
    }
    new = {
        "demo/__init__.py": "",
        "demo/gl.py": "__all__ = ['GL_A', 'GL_B']\nGL_A = 1\nGL_B = 2\n",
        "demo/image/__init__.py": "from demo.gl import GL_A\n\n\nclass Image:\n    pass\n",
        "demo/info.py": "from demo.gl import GL_A\n",
        "demo/api/__init__.py": "from .core import run\n",
        "demo/api/core.py": "__all__ = ['run', 'stop']\n\n\ndef run():\n    pass\n\n\ndef stop():\n    pass\n",
    }
    found = diffed(tmp_path, old, new)
    # nothing lost: `demo.gl` still has the names `demo.image` (a package) and `demo.info` (a module) passed on
    assert ("removed", "demo.image.GL_B") not in found and ("removed", "demo.info.GL_B") not in found
    # the name gone from its home too is claimed at every path
    assert ("removed", "demo.gl.GL_C") in found and ("removed", "demo.image.GL_C") in found
    # a package's star import of its own submodule is its API: `demo.api.stop` is gone
    assert ("removed", "demo.api.stop") in found


def test_top_level_package_star_import_of_another_stays_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _GL, "other/__init__.py": "from demo import *\n"}
    new = {"demo/__init__.py": _GL, "other/__init__.py": "from demo import GL_A\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "other.GL_B") in found  # `other` is a facade over `demo`: what it offered is gone


# -- Python 2's `str = type('')` is the builtin `str` on Python 3 --


def test_gpiozero_2_drops_its_python2_text_type_in_every_module() -> None:
    found = changes("gpiozero", "1.6.2", "2.0")
    gone = {symbol for kind, symbol in found if kind == "removed"}
    assert not {s for s in gone if s.rsplit(".", 1)[-1] in ("str", "nstr")}, gone
    # siblings: `gpiozero.compat`'s own helpers and `pins.data`'s classes went for real
    assert "gpiozero.compat.median" in gone
    assert "gpiozero.pins.data.PiBoardInfo" in gone


def test_type_of_a_text_literal_is_str(tmp_path: Path) -> None:
    old = {"demo/__init__.py": (
        "nstr = str\nstr = type('')\ntext = type(u'')\nMade = type('Made', (object,), {})\n"
        "Other = type(other)\n")}
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    for name in ("nstr", "str", "text"):
        assert ("removed", f"demo.{name}") not in found, name
    assert ("removed", "demo.Made") in found  # a class `type()` makes: API
    assert ("removed", "demo.Other") in found  # the type of something else: unknown, claimed


# -- a Python 2/3 conditional (`X = str if PY3 else unicode`) is the arm Python 3 takes --


def test_confuse_2_drops_python2_conditional_text_types() -> None:
    found = changes("confuse", "1.7.0", "2.0.0")
    for path in ("confuse.STRING", "confuse.BASESTRING", "confuse.util.STRING", "confuse.util.BASESTRING"):
        assert ("removed", path) not in found, path
    # sibling: `NUMERIC_TYPES = (int, float) if PY3 else (...)` is a tuple of its own, still claimed
    assert ("removed", "confuse.util.NUMERIC_TYPES") in found


def test_python3_arm_of_a_version_conditional(tmp_path: Path) -> None:
    old = {"demo/__init__.py": (
        "import sys\n\nPY3 = sys.version_info[0] == 3\n"
        "STRING = str if PY3 else unicode\nBASE = basestring if not PY3 else str\n"
        "class Impl:\n    pass\n\nOther = Impl if PY3 else object\nPICK = str if sys.platform == 'win32' else bytes\n")}
    new = {"demo/__init__.py": "class Impl:\n    pass\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.STRING") not in found and ("removed", "demo.BASE") not in found
    assert ("removed", "demo.Other") in found  # the arm is the package's own class: an alias users import
    assert ("removed", "demo.PICK") in found  # not a Python version test: unknown, claimed
