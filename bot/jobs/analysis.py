"""The I/O shell around the diff core: fetch releases, extract (off the loop), store, and compare."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary, WeakValueDictionary

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from bot.apidiff.claims import unclaimed_classes
from bot.apidiff.diff import (
    dated_at_new,
    deprecation_changes,
    diff_surfaces,
    needs_history,
    redated,
    with_deprecated_since,
)
from bot.apidiff.history import deprecated_since
from bot.apidiff.lazydeps import DependencyTree, env_seeds, seeds
from bot.apidiff.locate import find_modules
from bot.apidiff.model import Surface
from bot.apidiff.movedout import moved_seeds
from bot.apidiff.requires import (
    added_requirements,
    best_version,
    code_from_notes,
    exact_pins,
    needed_dependencies,
    parsed_requirements,
    ships_no_code,
    with_code_of,
)
from bot.changes import Change, ReleaseDiff
from bot.errors import ReleaseWatchError, database_reason
from bot.jobs.analysis_worker import Extractor, off_loop
from bot.releases import normalize_name
from bot.storage import surfaces as store

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from bot.adapters.pypi import PyPIClient
    from bot.releases import ProjectInfo

log = logging.getLogger(__name__)


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def final_versions_up_to(project: ProjectInfo, version: str) -> list[str]:
    """Final, non-yanked releases up to and including `version`, ascending."""
    limit = _version(version)
    found = []
    for release in project.releases:
        parsed = _version(release.version)
        if parsed is None or limit is None or parsed > limit:
            continue
        if release.version == version or not (release.yanked or release.is_prerelease):
            found.append(release.version)
    return found


def releases_after(versions: list[str], old: str) -> list[str]:
    """The releases of `versions` later than `old` (none when `old` is no version)."""
    limit = _version(old)
    return [v for v in versions if limit is not None and (parsed := _version(v)) is not None and parsed > limit]


def previous_release(project: ProjectInfo, version: str) -> str | None:
    """The final, non-yanked release just before `version` by version order."""
    earlier = [v for v in final_versions_up_to(project, version) if v != version]
    return earlier[-1] if earlier else None


class Analyser:
    """Release surfaces and diffs for one process: from memory, else the database, else downloaded and extracted.

    Owned by the `Runtime` (or a one-shot command), so its memory and locks live and die with what uses them."""

    def __init__(
        self,
        pypi: PyPIClient,
        engine: Engine | None = None,
        extractor: Extractor | None = None,
        *,
        memory: int = 48,
        storing_optional: bool = False,
    ) -> None:
        self.pypi = pypi
        self.engine = engine
        self.storing_optional = storing_optional
        """A command's stored surfaces and diffs only spare its next run the work: a database that cannot take them
        (a full disk, a read-only file) is reported and the result still given. The service's are kept (status pages
        read them): a failure there fails the job, which runs again."""
        self.extractor = extractor or Extractor()
        self._memory: OrderedDict[tuple[str, str], Surface] = OrderedDict()
        self._memory_size = memory
        self._locks: WeakKeyDictionary[
            asyncio.AbstractEventLoop, WeakValueDictionary[tuple[str, str], asyncio.Lock]
        ] = WeakKeyDictionary()
        """Per event loop (an asyncio.Lock belongs to one loop): one extraction per release at a time. A release's
        lock lives while a task holds or awaits it (a weak mapping): the service's Analyser, asked for releases for
        months, kept one for every release it had ever read."""

    def _remember(self, key: tuple[str, str], surface: Surface) -> None:
        self._memory[key] = surface
        self._memory.move_to_end(key)
        while len(self._memory) > self._memory_size:
            self._memory.popitem(last=False)

    async def surface(self, package: str, version: str) -> Surface:
        """A release's surface (see `_own_surface`); for a release that ships no code of its own, that of the one
        release it pins which does (`requires.with_code_of`)."""
        own = await self._own_surface(package, version)
        pins = exact_pins(own) if ships_no_code(own) else []
        if not pins:
            return own
        try:
            holders = [await self._own_surface(name, pinned) for name, pinned in pins]
        except ReleaseWatchError as e:  # then it stays a release with no code: "cannot compare", retried later
            log.warning("pinned code holder unavailable", extra={"package": own.package, "error": str(e)})
            return own
        return with_code_of(own, holders) or own

    async def _own_surface(self, package: str, version: str) -> Surface:
        """The surface of a release's own artifact: from memory, else the database (extracted from the same artifact,
        by sha256), else downloaded and extracted (then stored)."""
        key = (normalize_name(package), version)
        loop_locks = self._locks.setdefault(asyncio.get_running_loop(), WeakValueDictionary())
        async with loop_locks.setdefault(key, asyncio.Lock()):
            if key in self._memory:
                self._memory.move_to_end(key)
                return self._memory[key]
            engine = self.engine
            surface, sha256 = None, None
            if engine is not None:
                sha256 = (await self.pypi.artifact(package, version)).sha256
                surface = await asyncio.to_thread(store.load_surface, engine, *key, sha256)
            if surface is None:
                file, unpacked = await self.pypi.readable(package, version)
                surface = await self.extractor.surface(unpacked, key[0], version)
                log.info(
                    "surface extracted",
                    extra={
                        "package": key[0],
                        "version": version,
                        "symbols": len(surface.symbols),
                        "problems": len(surface.problems),
                    },
                )
                if engine is not None:  # keyed by the file read: an unreadable wheel's sdist is another surface
                    await self._store(store.save_surface, engine, surface, file.sha256)
            self._remember(key, surface)
            return surface

    async def _at_hand(self, package: str) -> set[str]:
        """Releases of `package` whose surface needs no extraction: in memory, or stored."""
        found = {version for name, version in self._memory if name == package}
        if self.engine is not None:
            found |= await asyncio.to_thread(store.stored_versions, self.engine, package)
        return found

    async def dependency_surfaces(self, old: Surface, new: Surface) -> list[Surface]:
        """What the diff asks of the dependencies `new`'s classes inherit from, at the newest version it admits
        (same download cache): only the modules leading to the outside classes and callables asked about are read
        (`lazydeps`). When `new` no longer reads environment variables `old` read, the distributions it newly
        requires are read for them too, and asked whether they now install the modules `new` dropped (`movedout`);
        when `new` ships no code, all it requires on every install is asked (`movedout.stands_in`). One that cannot
        be had is left out: the diff then claims nothing about what it might provide."""
        asked, env_names, moved = seeds(new, old), env_seeds(new, old), moved_seeds(new, old)
        requirements = needed_dependencies(new, old, asked) if asked else []
        if env_names or moved:
            named = {canonicalize_name(requirement.name) for requirement in requirements}
            # a release shipping no code is all its requirements install (`movedout.stands_in`)
            candidates = parsed_requirements(new) if ships_no_code(new) else added_requirements(new, old)
            added = [r for r in candidates if canonicalize_name(r.name) not in named]
            requirements += [r for r in added if env_names or r.marker is None]  # see `MovedOut`: every install
        asked += moved
        trees = []
        for requirement in requirements:
            try:
                project = await self.pypi.project(requirement.name)
                version = best_version(requirement, [r.version for r in project.releases if not r.yanked])
                if version is not None:
                    unpacked = await self.pypi.unpacked(requirement.name, version)
                    trees.append(DependencyTree(normalize_name(requirement.name), version, unpacked))
                    if env_names:
                        trees += await self._pinned_trees(requirement.name, version, unpacked)
            except ReleaseWatchError as e:
                log.warning("dependency surface unavailable", extra={"dependency": str(requirement), "error": str(e)})
        if not trees:
            return []
        try:
            return await self.extractor.dependencies(asked, trees, env_names)
        except ReleaseWatchError as e:  # too costly to read: the diff then claims nothing they might provide
            log.warning("dependency surfaces unavailable", extra={"dependencies": len(trees), "error": str(e)})
            return []

    async def _pinned_trees(self, package: str, version: str, unpacked: Path) -> list[DependencyTree]:
        """For a required distribution that ships no code of its own, the releases it pins (`exact_pins`): installed
        with it, they read the variables in its place (marvin 3.0 requires pydantic-ai, which pins
        `pydantic-ai-slim[openai,...]==V`, whose OpenAI provider reads `OPENAI_API_KEY`). Its modules are listed
        first (no read): a distribution with code is not extracted whole for its pins."""
        try:
            if await asyncio.to_thread(find_modules, unpacked):
                return []
        except OSError:  # a tree that cannot be listed is read for nothing more
            return []
        own = await self._own_surface(package, version)
        pins = exact_pins(own) if ships_no_code(own) else []
        return [DependencyTree(name, pinned, await self.pypi.unpacked(name, pinned)) for name, pinned in pins]

    async def compare(self, package: str, new: str, old: str | None = None) -> ReleaseDiff:
        """What `new` breaks or deprecates compared with `old` (default: the final release before `new`)."""
        project = await self.pypi.project(package)
        name = normalize_name(package)
        old = old or previous_release(project, new)
        if old is None:
            return ReleaseDiff(package=name, old="", new=new, changes=[])
        engine = self.engine
        if engine is not None:
            stored = await asyncio.to_thread(store.load_diff, engine, name, old, new)
            if stored is not None:
                return stored
        old_surface, new_surface = await asyncio.gather(self.surface(package, old), self.surface(package, new))
        dependencies = await self.dependency_surfaces(old_surface, new_surface)
        changes = await off_loop(diff_surfaces, old_surface, new_surface, dependencies)
        pending = needs_history(changes, old_surface)

        async def load(version: str) -> Surface | None:
            try:
                return await self.surface(package, version)
            except ReleaseWatchError as e:  # an unanalysable old release only makes deprecated_since later
                log.warning("history release %s %s skipped: %s", name, version, e)
                return None

        if pending:
            since = await deprecated_since(pending, final_versions_up_to(project, old), load, await self._at_hand(name))
            changes = with_deprecated_since(changes, old_surface, since.get)
        between = releases_after(final_versions_up_to(project, new), old)
        if len(between) > 1 and (dated := dated_at_new(changes, new)):  # releases lie between: the first that warns
            first = await deprecated_since(dated, between, load, await self._at_hand(name))
            changes = redated(changes, new, first.get)
        notes = [
            *code_from_notes(old_surface, new_surface),
            *await off_loop(unclaimed_classes, old_surface, new_surface, dependencies),
        ]
        diff = ReleaseDiff(
            package=name, old=old, new=new, changes=changes, notes=notes, requires=list(new_surface.requires)
        )
        if engine is not None:
            await self._store(store.save_diff, engine, diff)
        return diff

    async def _store(self, save: Callable[..., None], *args: object) -> None:
        """`save(*args)` off the loop; see `storing_optional` for when a database refusing it is only reported."""
        try:
            await asyncio.to_thread(save, *args)
        except OperationalError as e:
            if not self.storing_optional:
                raise
            log.warning("not stored for the next run: %s (check the disk under DATABASE_URL)", database_reason(e))

    async def deprecations(self, package: str, version: str) -> list[Change]:
        """Every public symbol (or parameter) that warns as deprecated in `version`."""
        return deprecation_changes(None, await self.surface(package, version))

    def close(self) -> None:
        """Stop the extraction workers, if any ran."""
        self.extractor.close()
