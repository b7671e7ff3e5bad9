"""`diff` on local code: OLD or NEW may be a directory (a checkout in `src/` or flat layout, an unpacked wheel or
sdist) or a wheel/sdist file, so maintainers see what their next release breaks before they publish it.

Local code is parsed like a release (statically; archives through the same safe extraction) and never stored:
it changes between runs. `deprecated_since` is searched back from OLD when OLD is a released version.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.errors import fail

if TYPE_CHECKING:
    from bot.apidiff.model import Surface
    from bot.changes import ReleaseDiff
    from bot.jobs.analysis import Analyser

ARCHIVE_SUFFIXES = (".whl", ".zip", ".tar.gz", ".tgz", ".tar.bz2", ".tar")


def is_local(spec: str) -> bool:
    """A path (it exists, or is spelled like one) rather than a version."""
    return Path(spec).exists() or "/" in spec or spec in {".", ".."} or spec.endswith(ARCHIVE_SUFFIXES)


def local_surface(spec: str, package: str, workdir: Path) -> Surface:
    """The surface of the code at `spec`; a user error when it holds no parseable Python module."""
    from bot.adapters.archive import safe_extract
    from bot.apidiff.model import ModuleStatus
    from bot.apidiff.release import surface_of

    path = Path(spec)
    if not path.exists():
        fail(f"{spec} does not exist; give a released version, a directory or a wheel/sdist file")
    if path.is_file():
        if not path.name.endswith(ARCHIVE_SUFFIXES):
            fail(f"{spec} is neither a directory nor a wheel/sdist ({', '.join(ARCHIVE_SUFFIXES)})")
        path = safe_extract(path, workdir / f"unpacked-{len(list(workdir.iterdir()))}")
    surface = surface_of(path, package, spec)
    if not any(module.status is ModuleStatus.OK for module in surface.modules):
        fail(
            f"{spec} has no parseable Python module of {package}; give a checkout (src/ or flat layout), "
            "an unpacked wheel or sdist, or a wheel/sdist file"
        )
    return surface


def top_level(surface: Surface) -> set[str]:
    """The top-level module names the surface could parse."""
    from bot.apidiff.model import ModuleStatus

    return {m.module.split(".")[0] for m in surface.modules if m.status is ModuleStatus.OK and m.module}


async def compare_any(analyser: Analyser, package: str, old: str, new: str) -> ReleaseDiff:
    """What NEW breaks for users of OLD, each side a released version or local code."""
    from bot.apidiff.claims import unclaimed_classes
    from bot.apidiff.diff import diff_surfaces, needs_history, with_deprecated_since
    from bot.apidiff.history import deprecated_since
    from bot.apidiff.requires import code_from_notes
    from bot.changes import ReleaseDiff
    from bot.errors import ReleaseWatchError
    from bot.jobs.analysis import final_versions_up_to
    from bot.jobs.analysis_worker import off_loop
    from bot.releases import normalize_name

    with tempfile.TemporaryDirectory(prefix="release-watch-local-") as workdir:

        async def side(spec: str) -> Surface:
            if is_local(spec):
                return local_surface(spec, package, Path(workdir))
            return await analyser.surface(package, spec)

        old_surface, new_surface = await side(old), await side(new)
    for spec, mine, other in ((old, old_surface, new_surface), (new, new_surface, old_surface)):
        if is_local(spec) and not top_level(mine) & top_level(other):
            fail(
                f"{spec} has none of {package}'s modules ({', '.join(sorted(top_level(other)))}); "
                "give the checkout of that package (src/ or flat layout) or its wheel/sdist"
            )
    dependencies = await analyser.dependency_surfaces(old_surface, new_surface)
    changes = await off_loop(diff_surfaces, old_surface, new_surface, dependencies)
    pending = needs_history(changes, old_surface)
    if pending and not is_local(old):

        async def load(version: str) -> Surface | None:
            try:
                return await analyser.surface(package, version)
            except ReleaseWatchError:
                return None

        project = await analyser.pypi.project(package)
        since = await deprecated_since(pending, final_versions_up_to(project, old), load)
        changes = with_deprecated_since(changes, old_surface, since.get)
    notes = [
        *code_from_notes(old_surface, new_surface),
        *await off_loop(unclaimed_classes, old_surface, new_surface, dependencies),
    ]
    return ReleaseDiff(
        package=normalize_name(package),
        old=old,
        new=new,
        changes=changes,
        notes=notes,
        requires=list(new_surface.requires),
    )
