"""False claims a sweep left alone, taken up by leftover47: each class on its pinned real example, on a synthetic
case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a stub read in place of its source leaves defaults out: the source's defaults are what calls get --


def test_pyglet_options_new_field_has_the_default_its_source_gives() -> None:
    # both `__init__.pyi` list `Options`'s fields bare (`dpi_scaling: Literal[...]`); `__init__.py` gives each a
    # default (`dpi_scaling: ... = "real"`), and is not read because it writes `globals()[name] = module`
    found = changes("pyglet", "2.0.18", "2.1.0")
    options = found[("signature_changed", "pyglet.Options")]
    assert "required" not in options.detail
    assert "moved from slot 30 to 31" in options.detail  # the source inserts it before shader_bind_management too
    assert ("signature_changed", "pyglet.font.load") in found  # `bold` removed: still said


_FILLS = "import importlib\n\ndef _load(name):\n    globals()[name] = importlib.import_module(name)\n\n"
"""A source that writes its namespace when it runs: its stub is read in its place."""


def _stub(fields: str, extra: str = "") -> str:
    return f"from dataclasses import dataclass\n\n@dataclass\nclass Options:\n{fields}\n{extra}"


def test_a_stub_field_the_source_defaults_is_no_new_required_parameter(tmp_path: Path) -> None:
    source = _FILLS + "from dataclasses import dataclass\n\n@dataclass\nclass Options:\n    debug: bool = False\n"
    new_source = _FILLS + (
        "from dataclasses import dataclass\n\n@dataclass\nclass Options:\n"
        "    strict: bool\n    debug: bool = False\n    scaling: str = 'real'\n"
    )
    old = {"demo/__init__.py": source, "demo/__init__.pyi": _stub("    debug: bool\n")}
    new = {
        "demo/__init__.py": new_source,
        "demo/__init__.pyi": _stub("    strict: bool\n    debug: bool\n    scaling: str\n"),
    }
    found = diffed(tmp_path / "twin", old, new)
    detail = found[("signature_changed", "demo.Options")].detail
    assert "'scaling'" not in detail
    assert "new required parameter 'strict'" in detail  # the source has no default for it either: still said


def test_a_stub_only_field_made_required_stays_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.pyi": _stub("    debug: bool\n")}
    new = {"demo/__init__.pyi": _stub("    debug: bool\n    scaling: str\n")}
    found = diffed(tmp_path, old, new)
    assert "new required parameter 'scaling'" in found[("signature_changed", "demo.Options")].detail
