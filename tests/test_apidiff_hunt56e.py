"""hunt56e: observability, telemetry, data engineering and ML pipelines."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a bound method picked by a conditional expression (`f = self.a if n > 1 else self.b`) and handed on is still
# called: only the `else` arm's, followed by the line's end, was read as handed on --

_PICKED_OLD = """class Runner:
    def run(self, n):
        return self.spool(self.parallel, n)

    def spool(self, f, n):
        return f(n)

    def parallel(self, n):
        return n

    def single(self, n):
        return n
"""


def test_a_bound_method_picked_by_a_conditional_expression_is_still_called(tmp_path: Path) -> None:
    for picked in (
        "f = self.parallel if n > 1 else self.single",
        "f = self.single if n < 2 else self.parallel",
        "f = n > 1 and self.parallel or self.single",
    ):
        new = _PICKED_OLD.replace("return self.spool(self.parallel, n)", f"{picked}\n        return self.spool(f, n)")
        found = diffed(tmp_path / str(len(picked)) / picked[6], {"demo/__init__.py": _PICKED_OLD}, {"demo/__init__.py": new})
        assert ("signature_changed", "demo.Runner.parallel") not in found, picked
    # the sibling: a release that no longer names it at all is still claimed
    dropped = _PICKED_OLD.replace("self.spool(self.parallel, n)", "self.spool(self.single, n)")
    found = diffed(tmp_path / "dropped", {"demo/__init__.py": _PICKED_OLD}, {"demo/__init__.py": dropped})
    assert found[("signature_changed", "demo.Runner.parallel")].breakage == "hook_no_longer_called"


def test_dlt_1_5_still_calls_map_parallel() -> None:
    found = changes("dlt", "1.4.1", "1.5.0")
    assert ("signature_changed", "dlt.normalize.Normalize.map_parallel") not in found
    assert ("removed", "dlt.normalize.Normalize.update_schema") in found  # really gone


# -- a builtin generic given a wrong number of type arguments (`List[(str, str)]`, a list of pairs in an old type
# comment) is no type: its being spelled right (`List[Tuple[str, str]]`) was claimed a changed return type --

_MISSHAPEN_OLD = """from typing import Dict, List, Tuple


class Objective:
    def metric(self):
        # type: () -> List[(str, str)]
        return [("loss", "min")]

    def weights(self, table: Dict[str]):
        return table

    def names(self) -> List[Tuple[str, str]]:
        return [("loss", "min")]
"""
_MISSHAPEN_NEW = (
    _MISSHAPEN_OLD.replace("# type: () -> List[(str, str)]", "# type: () -> List[Tuple[str, str]]")
    .replace("table: Dict[str]", "table: Dict[int, str]")
    .replace("def names(self) -> List[Tuple[str, str]]", "def names(self) -> List[str]")
)


def test_a_generic_given_a_wrong_number_of_type_arguments_is_no_type(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _MISSHAPEN_OLD}, {"demo/__init__.py": _MISSHAPEN_NEW})
    assert ("signature_changed", "demo.Objective.metric") not in found
    assert ("signature_changed", "demo.Objective.weights") not in found
    # the sibling: a well-formed list of pairs that became a list of strings is still claimed
    assert "annotation changed" in found[("signature_changed", "demo.Objective.names")].detail


def test_clearml_2_0_spells_the_objective_metric_pairs_right() -> None:
    found = changes("clearml", "1.18.0", "2.0.0")
    assert ("signature_changed", "clearml.automation.optimization.MultiObjective.get_objective_metric") not in found
    assert ("signature_changed", "clearml.Task.upload_artifact") in found  # the release now passes `sort_keys=`


# -- a top-level package named for benchmarks (`kedro_benchmarks/`, an asv suite the wheel installs beside the
# package) is no API, as a `benchmarks/` folder is none --

_BENCH_OLD = {
    "demo/__init__.py": "def run():\n    return 1\n",
    "demo_benchmarks/__init__.py": "",
    "demo_benchmarks/benchmark_run.py": "class TimeRun:\n    def time_run(self):\n        pass\n\n    def time_all(self):\n        pass\n",
    "demo_helpers/__init__.py": "def assist():\n    return 1\n",
}
_BENCH_NEW = {
    **_BENCH_OLD,
    "demo_benchmarks/benchmark_run.py": "class TimeRun:\n    def time_run(self):\n        pass\n",
    "demo_helpers/__init__.py": "def other():\n    return 1\n",
}


def test_a_top_level_package_named_for_benchmarks_is_no_api(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", _BENCH_OLD)
    assert "demo_benchmarks.benchmark_run.TimeRun.time_all" not in old.symbols
    found = diffed(tmp_path, _BENCH_OLD, _BENCH_NEW)
    assert not [key for key in found if key[1].startswith("demo_benchmarks")]
    assert ("removed", "demo_helpers.assist") in found  # another top-level package is still the release's


def test_kedro_1_0_benchmarks_are_no_api() -> None:
    found = changes("kedro", "0.19.15", "1.0.0")
    assert not [key for key in found if key[1].startswith("kedro_benchmarks")]
    assert ("removed", "kedro.io.DataCatalog.add_feed_dict") in found  # really gone


# -- a module-level warning under a test of the running Python's version (`if sys.version_info < (3, 10):
# warnings.warn("Python 3.9 has reached end-of-life", DeprecationWarning)`) is about the interpreter: no module is
# deprecated --

_GATED = """import sys
import warnings

if sys.version_info < (3, 10):
    warnings.warn("Python {}.{} has reached end-of-life".format(*sys.version_info[:2]), DeprecationWarning)


def run():
    return 1
"""


def test_a_warning_on_some_pythons_only_deprecates_no_module(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def run():\n    return 1\n", "demo/old.py": "def run():\n    return 1\n"}
    nested = "try:\n    import fast\nexcept ImportError:\n    " + _GATED.split("\n\n", 1)[1].replace("\n", "\n    ")
    new = {"demo/__init__.py": _GATED, "demo/old.py": "import sys\nimport warnings\n" + nested}
    found = diffed(tmp_path, old, new)
    assert ("deprecated", "demo") not in found
    assert ("deprecated", "demo.old") not in found
    # the sibling: a module that warns on every Python is deprecated
    plain = {**new, "demo/old.py": 'import warnings\n\nwarnings.warn("demo.old is deprecated", DeprecationWarning)\n'}
    assert ("deprecated", "demo.old") in diffed(tmp_path / "plain", old, plain)


def test_frictionless_5_19_is_not_deprecated() -> None:
    found = changes("frictionless", "5.18.1", "5.19.1")
    assert ("deprecated", "frictionless") not in found
    assert ("removed", "frictionless.Platform.fastparquet") in found  # really gone


# -- a metaclass's name, bases and namespace parameters are positional-only: `type.__call__` hands them to both
# `__new__` and `__init__`, and the one the metaclass does not write (type's) refuses them by keyword --

_META_OLD = """class Meta(type):
    def __new__(cls, name, bases, dct):
        return super().__new__(cls, name, bases, dct)


class Plain:
    def __init__(self, name, bases, dct):
        self.name = name
"""
_META_NEW = """class Meta(type):
    def __init__(cls, name, bases, attrs):
        super().__init__(name, bases, attrs)


class Plain:
    def __init__(self, name, bases, attrs):
        self.name = name
"""


def test_a_metaclass_namespace_parameter_renamed_breaks_no_call(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _META_OLD}, {"demo/__init__.py": _META_NEW})
    assert ("signature_changed", "demo.Meta") not in found
    # any other class: a keyword lost, the required slot renamed (words69)
    assert "'dct' renamed to 'attrs'" in found[("signature_changed", "demo.Plain")].detail
    # a parameter the metaclass now requires beyond the three is still claimed
    required = _META_OLD.replace("name, bases, dct):\n        return", "name, bases, dct, registry):\n        return")
    found = diffed(tmp_path / "required", {"demo/__init__.py": _META_OLD}, {"demo/__init__.py": required})
    assert "new required parameter 'registry'" in found[("signature_changed", "demo.Meta")].detail


def test_metaflow_2_13_flowspecmeta_takes_the_same_class_namespace() -> None:
    found = changes("metaflow", "2.12.39", "2.13")
    assert ("signature_changed", "metaflow.flowspec.FlowSpecMeta") not in found
    assert ("removed", "metaflow.graph.StepVisitor") in found  # really gone
