"""The build: pure Python by default; with RELEASE_WATCH_NATIVE=1, the API-diff engine (`bot/apidiff`) compiled by
mypyc into C extensions, less CPU per release compared (the Docker image builds it so; see README, "Compiled
engine"). The compiled modules must behave as their source does: the suite runs against both (`.ci/native-suite`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
NATIVE_PACKAGE = ROOT / "bot" / "apidiff"


def native_sources() -> list[str]:
    """The engine's modules to compile, relative to the project (where setuptools runs this file)."""
    return sorted(str(path.relative_to(ROOT)) for path in NATIVE_PACKAGE.glob("*.py"))


class NonEditableBuildExt(build_ext):
    """Refuses a compiled editable install: beside its `.py` in the working tree, a module's `.so` is what Python
    imports, so every later edit of the source would be silently ignored."""

    def run(self) -> None:
        if self.editable_mode:
            sys.exit(
                "RELEASE_WATCH_NATIVE=1 builds a regular install only (pip install .): in an editable one the "
                "compiled modules would shadow every later edit of their source"
            )
        super().run()


def native_extensions() -> list[object]:
    """The engine's modules as mypyc extensions (all in one group: they call each other natively only when compiled
    together)."""
    if os.environ.get("RELEASE_WATCH_NATIVE") != "1":
        return []
    from mypyc.build import mypycify

    # no config file: the project's names the pydantic plugin, and an isolated build has none of the dependencies
    # (their types are Any to the compiler, which then checks nothing of them)
    options = ["--config-file=", "--ignore-missing-imports"]
    return mypycify([*options, *native_sources()], opt_level="3")  # type: ignore[no-any-return]


if __name__ == "__main__":  # as setuptools runs it; tests import it
    setup(ext_modules=native_extensions(), cmdclass={"build_ext": NonEditableBuildExt})
