"""Module globals bound where no binding statement shows them: through the module object or its namespace, by
`exec`, or by a star import from a module of the distribution that is not Python source (a compiled extension). A
name the old release defined and the new one binds that way is still importable: claiming it removed would be a
false removal. What the module binds by literal names stays known, so true removals are still claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes

OLD = "def f(a):\n    pass\n\n\ndef g(a):\n    pass\n"


def removed(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> set[str]:
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol for c in found if c.kind.value == "removed"}


@pytest.mark.parametrize(
    "new",
    [
        pytest.param(
            "import sys\n_this = sys.modules[__name__]\n\ndef _make(n):\n    return lambda a: None\n\n"
            "for _n in _names():\n    setattr(_this, _n, _make(_n))\n",
            id="setattr-on-the-module-object-computed-names",
        ),
        pytest.param(
            "import sys\nsys.modules[__name__].__dict__.update({n: (lambda a: None) for n in 'fg'})\n",
            id="module-dict-update",
        ),
        pytest.param("vars().update(dict(f=lambda a: None, g=lambda a: None))\n", id="vars-update"),
        pytest.param("_SOURCE = 'def f(a): pass\\ndef g(a): pass'\nexec(_SOURCE)\n", id="exec"),
        pytest.param("import sys\n_install(sys.modules[__name__])\n", id="module-object-handed-to-a-call"),
    ],
)
def test_names_bound_at_run_time_are_not_claimed_removed(tmp_path: Path, new: str) -> None:
    assert removed(tmp_path, {"demo/__init__.py": OLD}, {"demo/__init__.py": new}) == set()


def test_names_set_on_the_module_object_by_literal_stay_known(tmp_path: Path) -> None:
    new = "import sys\n\nfor _n in ('f',):\n    setattr(sys.modules[__name__], _n, lambda a: None)\n"
    # `f` is bound by a loop over literals; `g` is bound nowhere: its removal is real
    assert removed(tmp_path, {"demo/__init__.py": OLD}, {"demo/__init__.py": new}) == {"demo.g"}


def test_exec_in_a_python_2_branch_never_runs(tmp_path: Path) -> None:
    new = "import sys\n\nif sys.version_info[0] == 2:\n    exec('def f(a): pass')\n\ndef f(a):\n    pass\n"
    assert removed(tmp_path, {"demo/__init__.py": OLD}, {"demo/__init__.py": new}) == {"demo.g"}


def test_a_star_import_from_a_compiled_module_may_bring_any_name(tmp_path: Path) -> None:
    # numpy's `core/multiarray.py` does `from ._multiarray_umath import *`: the extension ships as a `.so`, which
    # no static reader sees; a function moved from Python into it is still importable from the module
    new = {
        "demo/__init__.py": "from ._speedups import *\n",
        "demo/_speedups.cpython-311-x86_64-linux-gnu.so": "\x7fELF not python",
    }
    assert removed(tmp_path, {"demo/__init__.py": OLD}, new) == set()


def test_a_star_import_from_a_compiled_module_both_releases_make_is_no_evidence(tmp_path: Path) -> None:
    # numpy 1.22 dropped `loads` from `core/numeric.py`, beside a star import of its extension that 1.21 made too
    compiled = {"demo/_speedups.cpython-311-x86_64-linux-gnu.so": "\x7fELF not python"}
    old = {"demo/__init__.py": "from ._speedups import *\n\n" + OLD, **compiled}
    new = {"demo/__init__.py": "from ._speedups import *\n\ndef f(a):\n    pass\n", **compiled}
    assert removed(tmp_path, old, new) == {"demo.g"}


def test_a_star_import_chained_through_a_module_of_run_time_names_is_unknown_too(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "from .core import *\n", "demo/core.py": "globals().update(_table())\n"}
    assert removed(tmp_path, {"demo/__init__.py": OLD}, new) == set()


def test_a_star_import_from_a_module_read_keeps_the_claims(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "from .core import *\n", "demo/core.py": "def f(a):\n    pass\n"}
    assert removed(tmp_path, {"demo/__init__.py": OLD}, new) == {"demo.g"}


# -- environment variables read by a vendored copy of a distribution the release now requires --


def test_requests_2_16_unvendoring_urllib3_does_not_stop_reading_its_variables() -> None:
    found = changes("requests", "2.15.1", "2.16.1")
    # 2.15.1 read APPENGINE_RUNTIME, GAE_VM and SERVER_SOFTWARE in `requests/packages/urllib3/contrib/appengine.py`;
    # 2.16.1 requires urllib3, which reads them still
    assert not {symbol for kind, symbol in found if kind == "env_var_removed"}


def test_a_variable_read_by_a_vendored_copy_dropped_altogether_is_no_longer_read(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "",
        "demo/_vendor/__init__.py": "",
        "demo/_vendor/colorlib.py": "import os\nNO_COLOR = os.environ.get('NO_COLOR')\n",
    }
    new = {"demo/__init__.py": ""}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    assert {c.symbol for c in found if c.kind.value == "env_var_removed"} == {"env:NO_COLOR"}
