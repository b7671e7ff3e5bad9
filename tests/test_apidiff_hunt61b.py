"""Hunt 61b: geospatial, hardware/embedded, e-commerce and scientific workflow libraries."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a folder without `__init__.py` the old release imported by name and the new one only through a string it reads
# at run time (adafruit-blinka 9.0's `board.py` imports its board modules by names from a JSON file): the new release
# ships the same files, read as package data; `import pkg.boards.acme.one` works as before --

_SHIPPED_OLD = {
    "demo/__init__.py": "",
    "demo/board.py": "from demo.boards.acme.one import *\nfrom demo.boards.other.two import *\n",
    "demo/boards/__init__.py": "",
    "demo/boards/acme/one.py": "PIN = 1\n",
    "demo/boards/other/two.py": "PIN = 2\n",
}
_SHIPPED_NEW = {
    "demo/__init__.py": "",
    "demo/board.py": "import importlib\n\nglobals().update(vars(importlib.import_module(NAME)))\n",
    "demo/boards/__init__.py": "",
    "demo/boards/acme/one.py": "PIN = 1\n",
}


def test_a_module_folder_the_new_release_still_ships_is_not_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _SHIPPED_OLD, _SHIPPED_NEW)
    assert ("removed", "demo.boards.acme") not in found
    assert not [key for key in found if key[1].startswith("demo.boards.acme")]
    assert ("removed", "demo.boards.other") in found  # its file is gone


# -- a module handing its `globals()` to a call in the test of an `if` (or a `with`), which fills it on import
# (adafruit-blinka 9.0's `if not import_microcontroller(globals(), imports, "", "*"):`): what it binds is unknown,
# so a name 8.70's star import of a chip's module brought (`microcontroller.Connection`) is not claimed lost --

_FILLED_OLD = {
    "demo/__init__.py": "from demo._chips import *\n",
    "demo/_chips.py": "class Connection:\n    pass\n\n\nclass Pin:\n    pass\n",
    "demo/_load.py": "def fill(space):\n    return True\n",
}


def test_globals_handed_to_a_call_in_a_block_header_leave_the_names_unknown(tmp_path: Path) -> None:
    for header in ("if not fill(globals()):\n    raise ImportError\n", "with fill(globals()):\n    pass\n"):
        new = {**_FILLED_OLD, "demo/__init__.py": f"from demo._load import fill\n\n{header}"}
        assert ("removed", "demo.Connection") not in diffed(tmp_path / str(len(header)), _FILLED_OLD, new)
    plain = {**_FILLED_OLD, "demo/__init__.py": "from demo._load import fill\n\nif not fill({}):\n    raise ImportError\n"}
    assert ("removed", "demo.Connection") in diffed(tmp_path / "plain", _FILLED_OLD, plain)


def test_adafruit_blinka_9_0_still_ships_its_board_folders_and_may_bind_connection() -> None:
    found = changes("adafruit-blinka", "8.70.0", "9.0.0")
    for folder in ("horizon", "luckfox", "vicharak"):  # folders without `__init__.py`, the same files in 9.0
        assert ("removed", f"adafruit_blinka.board.{folder}") not in found
    assert ("removed", "microcontroller.Connection") not in found
    # true: 9.0's `repka_pi_3` takes its pins from the H5 chip's module and no longer defines the port tables
    assert ("removed", "adafruit_blinka.board.repkapi.repka_pi_3.i2cPorts") in found
