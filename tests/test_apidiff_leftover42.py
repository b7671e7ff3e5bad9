"""False claims left by the last round (leftover42): each class on its pinned real example, on a synthetic case,
and with a sibling that must stay as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a star import made in one arm of an undecided `if`, over an earlier binding: which one users get is unknown --


def test_numba_types_bound_by_either_arm_of_the_legacy_type_system_flag() -> None:
    # 0.61.0: `from .scalars import *` (scalars.py puts `_RedirectSubpackage(locals(), "...old_scalars")` in its own
    # place by default), then `else: from .new_scalars import *` under `NUMBA_USE_LEGACY_TYPE_SYSTEM=0` only
    found = changes("numba", "0.60.0", "0.61.0")
    for symbol in ("numba.Integer", "numba.core.types.Integer", "numba.Complex", "numba.Integer.cast_python_value"):
        assert ("signature_changed", symbol) not in found
    for symbol in ("numba.Integer.bitwidth", "numba.Integer.maxval", "numba.Complex.underlying_float"):
        assert ("removed", symbol) not in found
    # sibling: a method really gone from a class bound once is still claimed
    assert ("removed", "numba.core.typing.BaseContext.resolve_argument_type") in found


_SCALARS = (
    "class Integer:\n    bitwidth = 8\n    def __init__(self, name, bitwidth):\n        pass\n"
    "class Only:\n    def keep(self):\n        pass\n    def drop(self):\n        pass\n"
)
_NEW_SCALARS = (
    "class Integer:\n    def __init__(self, name):\n        pass\n"
    "class Only:\n    def keep(self):\n        pass\n"
)
_REDIRECT = (
    "import sys\nfrom . import config\nfrom ._utils import Redirect\n"
    "if config.LEGACY:\n    sys.modules[__name__] = Redirect(locals(), 'demo.old_scalars')\n"
    "else:\n    sys.modules[__name__] = Redirect(locals(), 'demo.new_scalars')\n"
)
_ARMS = "from . import config\nfrom .scalars import *\nif {test}:\n    x = 1\nelse:\n    from .new_scalars import *\n"


@pytest.mark.parametrize("redirect", [False, True])
def test_a_star_import_of_one_undecided_arm_leaves_the_name_undecided(tmp_path: Path, redirect: bool) -> None:
    old = {"demo/__init__.py": "from .scalars import *\n", "demo/scalars.py": _SCALARS}
    new = {
        "demo/__init__.py": _ARMS.format(test="config.LEGACY"),
        "demo/config.py": "LEGACY = 1\n",
        "demo/_utils.py": "class Redirect:\n    pass\n",
        "demo/scalars.py": _REDIRECT if redirect else _SCALARS.replace("class Only", "class Other"),
        "demo/old_scalars.py": _SCALARS,
        "demo/new_scalars.py": _NEW_SCALARS,
    }
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Integer") not in found
    assert ("removed", "demo.Integer.bitwidth") not in found
    if not redirect:
        # sibling: a class only the one arm's star import binds is read from it, its lost method claimed
        assert ("removed", "demo.Only.drop") in found


def test_a_star_import_under_a_decided_version_test_is_read(tmp_path: Path) -> None:
    # sibling: `sys.version_info >= (3, 8)` holds on every supported Python, so its star import is what users get
    old = {"demo/__init__.py": "from .scalars import *\n", "demo/scalars.py": _SCALARS}
    new = {
        "demo/__init__.py": "import sys\nfrom .scalars import *\nif sys.version_info >= (3, 8):\n"
        "    from .new_scalars import *\n",
        "demo/scalars.py": _SCALARS,
        "demo/new_scalars.py": _NEW_SCALARS,
    }
    found = diffed(tmp_path, old, new)
    assert "parameter 'bitwidth' removed" in found[("signature_changed", "demo.Integer")].detail
    assert ("removed", "demo.Integer.bitwidth") in found
