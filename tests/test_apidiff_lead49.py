"""Classes the lead fixed at stop 46: each on its pinned real example, on a synthetic case, and with a sibling."""

from __future__ import annotations

from pathlib import Path

from bot.changes import Change
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a name the module body `del`s is not bound when anyone imports the module --


def test_arviz_1_0_lost_its_stats_and_plots_subpackages() -> None:
    # 1.0's `__init__.py` runs `import arviz_stats as stats` … `del stats` where `arviz/stats/` was
    found = changes("arviz", "0.23.4", "1.0.0")
    assert ("removed", "arviz.stats") in found
    assert ("removed", "arviz.plots") in found
    assert ("removed", "arviz.data") in found  # no name left behind: claimed before as now


def test_a_submodule_whose_name_the_package_binds_then_deletes_is_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/stats/__init__.py": "def hdi():\n    return 1\n"}
    new = {"demo/__init__.py": "import json as stats\n\nprint(stats.dumps({}))\ndel stats\n"}
    assert ("removed", "demo.stats") in diffed(tmp_path, old, new)


def test_a_name_a_star_imported_module_deletes_is_not_brought_by_the_star(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .core import *\n", "demo/core.py": "def tool():\n    return 1\n"}
    new = {
        "demo/__init__.py": "from .core import *\n",
        "demo/core.py": "def tool():\n    return 1\n\n\nBUILT = tool()\ndel tool\n",
    }
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.tool") in found
    assert ("removed", "demo.core.tool") in found


def test_a_name_bound_again_after_its_del_stays(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def tool():\n    return 1\n"}
    new = {"demo/__init__.py": "def tool():\n    return 1\n\n\ndel tool\n\n\ndef tool():\n    return 2\n"}
    assert not {key for key in diffed(tmp_path, old, new) if key[1] == "demo.tool"}


def test_a_del_under_an_undecided_test_leaves_the_name_there(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def tool():\n    return 1\n", "demo/stats/__init__.py": "X = 1\n"}
    new = {
        "demo/__init__.py": (
            "import sys\n\nimport json as stats\n\n\ndef tool():\n    return 1\n\n\n"
            "if sys.platform == 'win32':\n    del tool\nelse:\n    del stats\n"
        )
    }
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.tool") not in found  # still there on Linux and macOS
    # the subpackage's file is gone: `import demo.stats` fails, though `from demo import stats` may still work
    assert ("removed", "demo.stats") in found
    assert "`import demo.stats`" in found[("removed", "demo.stats")].detail


def test_a_submodule_replaced_by_an_imported_module_is_lost_to_imports_by_its_path(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/stats/__init__.py": "def hdi():\n    return 1\n"}
    new = {"demo/__init__.py": "import json as stats\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.stats") in found
    assert "`from demo import stats` still works" in found[("removed", "demo.stats")].detail
    # a module of the package bound under the old name (`from . import _impl as compat`) is left as before
    kept = {"demo/__init__.py": "from . import _impl as stats\n", "demo/_impl.py": "def hdi():\n    return 1\n"}
    assert ("removed", "demo.stats.hdi") not in diffed(tmp_path, old, kept)


# -- a class attribute made by calling an `abc` decorator is abstract --


def test_asciimatics_1_15_widget_value_was_abstract_already() -> None:
    # 1.14: `value = abstractproperty(_get_value, _set_value)` on an ABCMeta class; 1.15: `@abstractmethod def value`
    found = changes("asciimatics", "1.14.0", "1.15.0")
    assert "Widget.value" not in _made_abstract(found)


def _made_abstract(found: dict[tuple[str, str], Change]) -> set[str]:
    """The last two parts of the paths of the changes that say "now abstract"."""
    return {".".join(path.split(".")[-2:]) for (_, path), c in found.items() if "method_made_abstract" in c.breakages}


_ABC = "import abc\n\n\nclass Base(abc.ABC):\n    def _get(self):\n        return 1\n\n"


def test_an_abstractproperty_call_made_a_decorated_abstract_method_is_no_new_abstract(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _ABC + "    value = abc.abstractproperty(_get)\n    size = property(_get)\n"}
    new = {
        "demo/__init__.py": _ABC
        + "    @property\n    @abc.abstractmethod\n    def value(self):\n        return 1\n\n"
        + "    @property\n    @abc.abstractmethod\n    def size(self):\n        return 1\n"
    }
    made_abstract = _made_abstract(diffed(tmp_path, old, new))
    assert "Base.value" not in made_abstract
    assert "Base.size" in made_abstract  # a plain property made abstract stays claimed


# -- `setattr(self, accessor, ...)` with a parameter defaulting to a name sets that name --


def test_toga_0_4_value_source_still_sets_value_through_its_default_accessor() -> None:
    # 0.4: `def __init__(self, value=None, accessor="value"): ... setattr(self, accessor, value)`
    found = changes("toga-core", "0.3.1", "0.4.0")
    assert not {path for _, path in found if path.endswith("ValueSource.value")}


_BY_NAME = "class Source:\n    def __init__(self, value=None, {accessor}):\n{body}        setattr(self, accessor, value)\n"


def test_setattr_on_self_by_a_parameter_defaulting_to_a_name_sets_that_name(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class Source:\n    def __init__(self, value=None):\n        self.value = value\n"}
    kept = {"demo/__init__.py": _BY_NAME.format(accessor='accessor="value"', body="")}
    assert ("removed", "demo.Source.value") not in diffed(tmp_path, old, kept)
    # no default, or one the body replaces: which name is set is unknown, and the old one is claimed
    required = {"demo/__init__.py": _BY_NAME.format(accessor="*, accessor", body="")}
    assert ("removed", "demo.Source.value") in diffed(tmp_path, old, required)
    rebound = {"demo/__init__.py": _BY_NAME.format(accessor='accessor="value"', body="        accessor = 'x'\n")}
    assert ("removed", "demo.Source.value") in diffed(tmp_path, old, rebound)
