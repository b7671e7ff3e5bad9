"""The lead's fixes of session 41 (issue 11): a deprecation message's `{__name__}` is filled with the module's name."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_unseen4 import diffed

# -- a module's `__name__` in a deprecation message (wheel 0.46's `f"The {__name__!r} package has been made
# private ..."`) is shown as the module's dotted name, for the module and for a def re-exported from it --


def test_a_module_name_in_a_deprecation_message_is_filled(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from demo.util import run\n", "demo/legacy.py": "X = 1\n", "demo/util.py": "def run(): ...\n"}
    new = {
        "demo/__init__.py": "from demo.util import run\n",
        "demo/legacy.py": "import warnings\n\nwarnings.warn(f'The {__name__!r} module is private', DeprecationWarning)\n"
        "X = 1\n",
        "demo/util.py": "import warnings\n\nLEVEL = 2\n\ndef run():\n"
        "    warnings.warn(f'{__name__}.run is deprecated ({LEVEL})', DeprecationWarning)\n",
    }
    found = diffed(tmp_path, old, new)
    assert found[("deprecated", "demo.legacy")].detail == "The demo.legacy module is private"
    run = found[("deprecated", "demo.run")].detail
    assert run == "demo.util.run is deprecated ({LEVEL})"  # the defining module; another placeholder as written
