"""hunt56e: observability, telemetry, data engineering and ML pipelines."""

from __future__ import annotations

from pathlib import Path

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
