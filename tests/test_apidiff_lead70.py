"""The lead's fixes of the seventieth stop, each a class with a synthetic pair."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_unseen4 import diffed

_CALLER = (
    "import warnings\n\n\nclass C:\n    def run(self, value=None):\n        self._check(value)\n        return 1\n\n"
)


def test_a_private_helper_that_warns_when_iterated_deprecates_no_def_that_merely_calls_it(tmp_path: Path) -> None:
    # calling a generator function runs none of its body: `run` warns nothing
    old = {"demo/__init__.py": _CALLER + "    def _check(self, value):\n        pass\n"}
    generator = "    def _check(self, value):\n        warnings.warn('run is deprecated', DeprecationWarning)\n        yield value\n"
    found = diffed(tmp_path / "gen", old, {"demo/__init__.py": _CALLER + generator})
    assert ("deprecated", "demo.C.run") not in found
    plain = "    def _check(self, value):\n        warnings.warn('run is deprecated', DeprecationWarning)\n"
    assert ("deprecated", "demo.C.run") in diffed(tmp_path / "plain", old, {"demo/__init__.py": _CALLER + plain})


def test_a_coroutine_helper_deprecates_only_an_async_caller_that_can_await_it(tmp_path: Path) -> None:
    helper = "    async def _check(self, value):\n        warnings.warn('run is deprecated', DeprecationWarning)\n"
    old = {"demo/__init__.py": _CALLER + "    async def _check(self, value):\n        pass\n"}
    assert ("deprecated", "demo.C.run") not in diffed(tmp_path / "sync", old, {"demo/__init__.py": _CALLER + helper})
    awaiting = _CALLER.replace("    def run", "    async def run").replace(
        "self._check(value)", "await self._check(value)"
    )
    old_async = {"demo/__init__.py": awaiting + "    async def _check(self, value):\n        pass\n"}
    found = diffed(tmp_path / "async", old_async, {"demo/__init__.py": awaiting + helper})
    assert ("deprecated", "demo.C.run") in found
