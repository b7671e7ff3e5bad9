"""Where a release is parsed: the caller's thread for one-shot commands, else worker processes under a budget."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from bot.apidiff.lazydeps import DependencyTree, partial_surfaces
from bot.apidiff.modcache import ModuleCache
from bot.apidiff.model import Surface, surface_from_json, surface_to_json
from bot.apidiff.release import read_file, surface_of
from bot.errors import AnalysisError
from bot.jobs.sandbox import Budget, Sandbox, TooCostly

P = ParamSpec("P")
T = TypeVar("T")

EXTRACTION_BUDGET = Budget(cpu_seconds=300, memory_bytes=4096 * 1024 * 1024, wall_seconds=600.0)
"""What parsing one release may spend: the largest watched releases (dash, sqlalchemy) need well under a tenth."""

_parse_lock = threading.Lock()
"""CPython 3.11's ast.parse is not safe in concurrent threads (gh-106905): a property of the interpreter."""


def surface_json(unpacked: str, package: str, version: str) -> str:
    """Extract a release's surface and return it as JSON (runs inside a worker process)."""
    return surface_to_json(surface_of(Path(unpacked), package, version))


def dependency_surfaces_json(asked: list[str], trees: list[DependencyTree], env_names: list[str]) -> list[str]:
    """`partial_surfaces` as JSON documents (runs inside a worker process)."""
    cache = ModuleCache()
    found = partial_surfaces(
        asked, trees, lambda file: read_file(file, cache, lazy=True), env_names, lambda file: read_file(file, cache)
    )
    return [surface_to_json(s) for s in found]


class Extractor:
    """Parses releases into surfaces: in `sandbox`'s workers (a service, whose loop serves others meanwhile), or
    in a thread of this process when there is none (one-shot commands, where spawning workers costs more)."""

    def __init__(self, sandbox: Sandbox | None = None) -> None:
        self.sandbox = sandbox
        self.modules = ModuleCache()
        """Inline parsing only: files shared between the releases this process reads are parsed once."""

    async def surface(self, unpacked: Path, package: str, version: str) -> Surface:
        """A release's surface from its unpacked artifact."""
        if self.sandbox is None:

            def parse() -> Surface:
                with _parse_lock:
                    return surface_of(unpacked, package, version, self.modules)

            return await asyncio.to_thread(parse)
        try:
            data = await self.sandbox.run(surface_json, str(unpacked), package, version)
        except TooCostly as e:
            raise AnalysisError(f"{package} {version}: not analysed: {e}") from e
        return await asyncio.to_thread(surface_from_json, data)  # megabytes for a large release: not on the loop

    async def dependencies(
        self, asked: list[str], trees: list[DependencyTree], env_names: list[str] | None = None
    ) -> list[Surface]:
        """The dependencies' surfaces holding what `asked` leads to, their modules read on demand (see
        `lazydeps`), and where they read the environment variables of `env_names`; not full surfaces, so never
        stored."""
        names = env_names or []
        if self.sandbox is None:

            def parse() -> list[Surface]:
                with _parse_lock:
                    return partial_surfaces(
                        asked,
                        trees,
                        lambda file: read_file(file, self.modules, lazy=True),
                        names,
                        lambda file: read_file(file, self.modules),
                    )

            return await asyncio.to_thread(parse)
        try:
            data = await self.sandbox.run(dependency_surfaces_json, asked, trees, names)
        except TooCostly as e:
            raise AnalysisError(f"dependencies {', '.join(t.package for t in trees)}: not analysed: {e}") from e
        return await asyncio.to_thread(lambda: [surface_from_json(item) for item in data])

    def close(self) -> None:
        """Stop the worker processes, if any ran."""
        if self.sandbox is not None:
            self.sandbox.close()


async def off_loop(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a CPU-bound step of the diff core in a thread, so a service's event loop keeps answering meanwhile
    (the core may parse annotations: under the same lock as any in-process release parse)."""

    def locked() -> T:
        with _parse_lock:
            return function(*args, **kwargs)

    return await asyncio.to_thread(locked)


def extraction_sandbox(workers: int = 2, registry: Path | None = None) -> Sandbox:
    """Worker processes for release parsing, under `EXTRACTION_BUDGET`."""
    return Sandbox(EXTRACTION_BUDGET, workers=workers, registry=registry)
