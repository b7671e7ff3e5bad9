"""recall61c: classes found measuring recall on libraries nobody measured (fonttools, ipython, absl-py, ...)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an environment variable read through a constant another module binds (`os.environ.get(MODE_ENV_KEY)` after
# `from demo.consts import MODE_ENV_KEY`) was only "some variable": the release that stopped reading it lost nothing
# anyone could name (fonttools 4.33 replaced FONTTOOLS_GPOS_COMPACT_MODE with a config option) --

_READER = 'import os\nfrom demo.consts import MODE_ENV_KEY\n\n\ndef build():\n    return os.environ.get(MODE_ENV_KEY, "0")\n'
_THROUGH_OLD = {
    "demo/__init__.py": "",
    "demo/consts.py": 'MODE_ENV_KEY = "DEMO_MODE"\n',
    "demo/builder.py": _READER,
}
_THROUGH_NEW = {"demo/__init__.py": "", "demo/consts.py": "", "demo/builder.py": 'def build():\n    return "0"\n'}


def test_a_variable_named_by_a_constant_another_module_binds_is_read(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", _THROUGH_OLD, "1.0")
    assert "DEMO_MODE" in old.env_vars
    assert "*" not in old.env_shapes
    found = diffed(tmp_path, _THROUGH_OLD, _THROUGH_NEW)
    assert ("env_var_removed", "env:DEMO_MODE") in found


def test_a_constant_bound_to_no_one_string_still_reads_any_variable(tmp_path: Path) -> None:
    """A constant built at run time (`PREFIX + "MODE"`) or bound twice names no one variable: every name the new
    release no longer spells literally may still be the one it reads, so none is claimed."""
    built = {**_THROUGH_OLD, "demo/consts.py": 'PREFIX = "DEMO_"\nMODE_ENV_KEY = PREFIX + "MODE"\n'}
    assert "*" in surface(tmp_path / "built", built, "1.0").env_shapes
    old = {**_THROUGH_OLD, "demo/other.py": 'import os\n\nTIMEOUT = os.environ.get("DEMO_TIMEOUT")\n'}
    new = {**built, "demo/other.py": ""}
    assert ("env_var_removed", "env:DEMO_TIMEOUT") not in diffed(tmp_path / "twice", old, new)


def test_a_constant_through_a_module_attribute_is_read(tmp_path: Path) -> None:
    reader = 'import os\nfrom demo import consts\n\n\ndef build():\n    return os.environ[consts.MODE_ENV_KEY]\n'
    old = surface(tmp_path / "old", {**_THROUGH_OLD, "demo/builder.py": reader}, "1.0")
    assert "DEMO_MODE" in old.env_vars


def test_fonttools_4_33_no_longer_reads_the_gpos_compact_mode_variable() -> None:
    found = changes("fonttools", "4.32.0", "4.33.0")
    assert ("env_var_removed", "env:FONTTOOLS_GPOS_COMPACT_MODE") in found
