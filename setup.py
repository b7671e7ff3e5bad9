"""The build: pure Python by default; with RELEASE_WATCH_NATIVE=1, the API-diff engine (`bot/apidiff`) compiled by
mypyc into C extensions, a third less CPU per release compared (the Docker image builds it so; see README,
"Compiled engine"). The compiled modules behave as their source does, and the suite runs against both (`.ci/run`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

NATIVE = os.environ.get("RELEASE_WATCH_NATIVE") == "1"
NATIVE_PACKAGE = "bot/apidiff"


class NonEditableBuildExt(build_ext):
    """Refuses a compiled editable install: beside its `.py` in the working tree, a module's `.so` is what Python
    imports, so every later edit of the source would be silently ignored. (`build_ext --inplace` in a scratch copy
    of the tree is how `.ci/run` tests the compiled modules.)"""

    def run(self) -> None:
        if self.editable_mode:
            sys.exit(
                "RELEASE_WATCH_NATIVE=1 builds a regular install only (pip install .): in an editable one the "
                "compiled modules would shadow every later edit of their source"
            )
        super().run()


def native_extensions() -> list[object]:
    """The engine's modules as mypyc extensions (every one: they call each other natively only when compiled
    together)."""
    if not NATIVE:
        return []
    from mypyc.build import mypycify

    modules = sorted(str(path) for path in Path(NATIVE_PACKAGE).glob("*.py"))
    return mypycify(modules, opt_level="3")  # type: ignore[no-any-return]


setup(ext_modules=native_extensions(), cmdclass={"build_ext": NonEditableBuildExt})
