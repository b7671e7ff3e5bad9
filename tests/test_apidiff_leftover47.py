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


# -- example programs shipped inside the package are no API --


def test_arcade_example_scripts_are_private() -> None:
    found = changes("arcade", "2.6.17", "3.0")
    coin = found[("removed", "arcade.examples.performance_statistics.Coin.angle")]
    assert coin.private and "example script" in coin.detail
    examples = [c for (_, symbol), c in found.items() if symbol.startswith("arcade.examples.")]
    assert len(examples) > 400 and all(c.private for c in examples)
    assert not found[("removed", "arcade.gui.examples")].private  # the package itself, no script: still said
    assert not found[("removed", "arcade.draw_commands")].private  # the API outside examples: still said


_SCRIPT = "import demo\n\nclass Coin:\n    angle = 0\n\ndef main():\n    pass\n\nif __name__ == '__main__':\n    main()\n"
_RUN_AT_LOAD = "import demo\n\nclass Coin:\n    angle = 0\n\ndemo.run()\n"
_HELPERS = "class Coin:\n    angle = 0\n"


def test_an_example_script_in_an_examples_package_is_private(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "def run():\n    pass\n",
        "demo/examples/__init__.py": "",
        "demo/examples/coins.py": _SCRIPT,
        "demo/demos/__init__.py": "",
        "demo/demos/loaded.py": _RUN_AT_LOAD,
        "demo/examples/shared.py": _HELPERS,
        "demo/exampleutils.py": _SCRIPT,
    }
    new = {"demo/__init__.py": "def run():\n    pass\n", "demo/examples/__init__.py": "", "demo/demos/__init__.py": ""}
    found = diffed(tmp_path, old, new)
    assert found[("removed", "demo.examples.coins")].private
    assert found[("removed", "demo.demos.loaded")].private
    assert not found[("removed", "demo.examples.shared")].private  # defines only: a helper dependents may import
    assert not found[("removed", "demo.exampleutils")].private  # a longer name is no examples package


def test_a_script_changed_in_place_is_private_too(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/examples/__init__.py": "", "demo/examples/coins.py": _SCRIPT}
    new = {**old, "demo/examples/coins.py": _SCRIPT.replace("    angle = 0\n", "    pass\n")}
    found = diffed(tmp_path, old, new)
    change = next(c for (_, symbol), c in found.items() if symbol == "demo.examples.coins.Coin.angle")
    assert change.private
