"""Stop 19, the lead's classes.

An environment variable or a config key named by a class attribute (`timeout_var = "DEMO_TIMEOUT"` in the class
body, read as `os.environ.get(self.timeout_var)` or `app.config.get(self.timeout_key)`) was claimed no longer read:
the readers followed module constants and upper-case names only.
"""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface


def _key_claims(tmp_path: Path, old: str, new: str) -> list[str]:
    found = diff_surfaces(
        surface(tmp_path, {"demo/__init__.py": old}, "1.0"), surface(tmp_path, {"demo/__init__.py": new}, "2.0")
    )
    return sorted(change.symbol for change in found if change.symbol.startswith(("env:", "config:")))


_ENV_OLD = "import os\n\ndef load():\n    return os.environ.get('DEMO_TIMEOUT'), os.environ.get('DEMO_HOST')\n"


def test_an_environment_variable_named_by_a_class_attribute_is_still_read(tmp_path: Path) -> None:
    new = (
        "import os\n\nclass Loader:\n    timeout_var = 'DEMO_TIMEOUT'\n\n    def load(self):\n"
        "        return os.environ.get(self.timeout_var), os.environ.get('DEMO_HOST')\n"
    )
    assert _key_claims(tmp_path, _ENV_OLD, new) == []


def test_a_variable_no_class_attribute_names_is_still_claimed_beside_one_that_does(tmp_path: Path) -> None:
    """An upper-case attribute of another class was a name of any variable; bound here, it names one."""
    new = "import os\n\nclass Vars:\n    TIMEOUT = 'DEMO_TIMEOUT'\n\ndef load():\n    return os.environ[Vars.TIMEOUT]\n"
    assert _key_claims(tmp_path, _ENV_OLD, new) == ["env:DEMO_HOST"]


def test_an_attribute_bound_twice_names_no_one_variable(tmp_path: Path) -> None:
    new = (
        "import os\n\nclass A:\n    var = 'DEMO_TIMEOUT'\n\nclass B:\n    var = 'DEMO_PORT'\n\n"
        "def load(obj):\n    return os.environ.get(obj.var), os.environ.get('DEMO_HOST')\n"
    )
    assert _key_claims(tmp_path, _ENV_OLD, new) == ["env:DEMO_TIMEOUT"]


_CONFIG_OLD = (
    "class Ext:\n    def init_app(self, app):\n        app.config.setdefault('DEMO_TIMEOUT', 3)\n"
    "        app.config.setdefault('DEMO_HOST', 'x')\n"
)


def test_a_config_key_named_by_a_class_attribute_is_still_read(tmp_path: Path) -> None:
    new = (
        "class Ext:\n    timeout_key = 'DEMO_TIMEOUT'\n\n    def init_app(self, app):\n"
        "        app.config.setdefault(self.timeout_key, 3)\n        app.config.setdefault('DEMO_HOST', 'x')\n"
    )
    assert _key_claims(tmp_path, _CONFIG_OLD, new) == []


def test_a_config_key_no_longer_defaulted_beside_one_a_class_attribute_names_is_claimed(tmp_path: Path) -> None:
    new = (
        "class Ext:\n    timeout_key = 'DEMO_TIMEOUT'\n\n    def init_app(self, app):\n"
        "        app.config.setdefault(self.timeout_key, 3)\n"
    )
    assert _key_claims(tmp_path, _CONFIG_OLD, new) == ["config:DEMO_HOST"]
