"""The surface of an unpacked release: find its modules, read each one, resolve the whole."""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from pathlib import Path

from bot.apidiff.collector import collector_paused
from bot.apidiff.compiled import compiled_reports
from bot.apidiff.configkeys import own_read, package_heads
from bot.apidiff.envgates import gated_globals
from bot.apidiff.extract import MAX_MODULE_BYTES, read_module
from bot.apidiff.hookspecs import hook_specs
from bot.apidiff.locate import (
    MAX_MODULES,
    ModuleFile,
    distribution_root,
    find_modules,
    is_wheel,
    pyproject_dependencies,
    pytest_folders,
    skipped_test_packages,
)
from bot.apidiff.modcache import ModuleCache
from bot.apidiff.model import ModuleReport, ModuleStatus, Surface, Symbol
from bot.apidiff.pthhooks import hooked_reports, with_hooked_modules
from bot.apidiff.raw import RawModule
from bot.apidiff.requires import (
    requirements_from_metadata,
    requirements_from_requires_txt,
    unconditional_requirements,
)
from bot.apidiff.runtime_bound import sources_under_stubs, with_run_time_names
from bot.apidiff.stuball import with_source_all, without_stub_only_names
from bot.apidiff.stubs import stubs_beside, with_source_defaults, with_stub_annotations
from bot.apidiff.surface import build_surface
from bot.apidiff.templates import template_config_reads
from bot.apidiff.testcode import run_by_pytest
from bot.apidiff.unbound import unbound_declared
from bot.apidiff.unshipped import generated_reports, unshipped_names, without_unshipped

log = logging.getLogger(__name__)


def _read(
    module: str, relpath: str, path: Path, is_package: bool, cache: ModuleCache | None, lazy: bool = False
) -> RawModule:
    try:
        with open(path, "rb") as file:  # one open and its fstat: a path resolved once, not for a stat and a read
            size = os.fstat(file.fileno()).st_size
            if size > MAX_MODULE_BYTES:
                raw = RawModule(module, relpath, is_package, ModuleStatus.TOO_LARGE)
                raw.reason = f"{size} bytes (limit {MAX_MODULE_BYTES})"
                return raw
            data = file.read()
    except OSError as e:
        return RawModule(module, relpath, is_package, ModuleStatus.UNREADABLE, f"{type(e).__name__}: {e.strerror}")
    if cache is not None:
        return cache.read(module, relpath, data, is_package, lazy)
    return read_module(module, relpath, data, is_package, lazy=lazy)


def read_file(file: ModuleFile, cache: ModuleCache | None = None, lazy: bool = False) -> RawModule:
    """One module file of a distribution, read (through `cache` when given); `lazy` for a dependency's module,
    whose definitions are read when looked up (see `read_module`)."""
    return _read(file.module, file.relpath, file.path, file.is_package, cache, lazy)


def _requirements(unpacked: Path) -> tuple[str, ...]:
    """The requirements from a wheel's METADATA, else an sdist's PKG-INFO or egg-info `requires.txt`, else a
    checkout's `pyproject.toml`."""
    root = distribution_root(unpacked)
    candidates = [*root.glob("*.dist-info/METADATA"), root / "PKG-INFO"]
    for path in candidates:
        if path.is_file() and not path.is_symlink():
            headers = path.read_text("utf-8", errors="replace").split("\n\n", 1)[0]  # not the long description
            found = requirements_from_metadata(headers)
            if found:
                return found
    for path in [*root.glob("*.egg-info/requires.txt"), *root.glob("src/*.egg-info/requires.txt")]:
        if path.is_file() and not path.is_symlink():
            return requirements_from_requires_txt(path.read_text("utf-8", errors="replace"))
    return unconditional_requirements(pyproject_dependencies(root))


def _entry_modules(unpacked: Path) -> tuple[str, ...]:
    """The modules a wheel's (or an sdist's egg-info) `entry_points.txt` names: `name = module.path:attr [extra]`."""
    root = distribution_root(unpacked)
    found: list[str] = []
    for path in [*root.glob("*.dist-info/entry_points.txt"), *root.glob("*.egg-info/entry_points.txt")]:
        if path.is_file() and not path.is_symlink() and path.stat().st_size <= MAX_MODULE_BYTES:
            for line in path.read_text("utf-8", errors="replace").splitlines():
                _, equals, value = line.partition("=")
                module = value.split(":", 1)[0].split("[", 1)[0].strip()
                if equals and module.replace(".", "").replace("_", "").isalnum():
                    found.append(module)
    return tuple(found)


def _with_template_keys(surface: Surface, reads: dict[str, tuple[str, str, int]]) -> Surface:
    """The surface with the config keys its templates read: reads, and the release's own keys among them, those
    spelled under the name of the package holding the template (see `configkeys.package_heads`)."""
    if not reads:
        return surface
    keys = dict(surface.config_keys)
    for key, (top, file, line) in reads.items():
        if key not in keys and own_read(key, (), package_heads(top)):
            keys[key] = (file, line)
    return replace(
        surface,
        config_keys=dict(sorted(keys.items())),
        config_reads=tuple(sorted({*surface.config_reads, *reads})),
    )


def _with_module_aliases(surface: Surface, raws: list[RawModule]) -> Surface:
    """The surface knowing the module names a package puts in `sys.modules` under itself (`RawModule.module_aliases`:
    `demo/__init__.py` setting `sys.modules["demo.old"]`) without a file of their own: `import demo.old` runs the
    package first, then finds the name there, so it works, and what it holds is unknown (not claimed). A name another
    module sets is there only once something has imported that module (a finder's `find_spec`, a stray module). The
    alias is a module symbol: a release that stops setting it loses `import demo.old` (alembic 1.12 dropped
    `alembic.migration`, set by 1.5's `sys.modules["alembic.migration"] = migration`). A package putting another
    package's modules under its own name (`pkg.*`) leaves unknown what it and its submodules hold, files or not."""
    files = {report.module for report in surface.modules}
    aliases = {
        name: ModuleReport(name, raw.file, ModuleStatus.ALIASED, f"put in sys.modules by {raw.module}")
        for raw in raws
        if raw.is_package
        for alias in raw.module_aliases
        if (name := _alias_under(alias, raw.module, files))
    }
    if not aliases:
        return surface
    symbols = dict(surface.symbols)
    for name, report in sorted(aliases.items()):  # a module users import: a release dropping the alias loses it
        symbols.setdefault(name, Symbol(name, "module", report.file, 0, name))
    modules = (*surface.modules, *(aliases[name] for name in sorted(aliases)))
    return replace(surface, symbols=symbols, modules=modules)


def _alias_under(alias: str, package: str, files: set[str]) -> str:
    """The module name an alias of `package` gives an unread report: a name under the package without a file of
    its own, or the prefix of a renaming (`pkg.*`) at or under the package, files or not; "" otherwise."""
    if alias.endswith(".*"):
        prefix = alias.removesuffix(".*")
        return prefix if prefix == package or prefix.startswith(package + ".") else ""
    return alias if alias not in files and alias.startswith(package + ".") else ""


_TEST_FOLDER = "the package's tests folder, skipped as its own tests: importable, its contents are not read"


def _with_pytest_tests(surface: Surface, raws: list[RawModule], files: list[ModuleFile]) -> Surface:
    """The surface with the test files under a folder whose `conftest.py` gives pytest fixtures or hooks marked test
    code (see `testcode.run_by_pytest`)."""
    folders = pytest_folders(files)
    if not folders:
        return surface
    tests = [raw.module for raw in raws if raw.module in surface.symbols and run_by_pytest(raw, folders)]
    marked = {path: replace(surface.symbols[path], test_code=True) for path in tests}
    return replace(surface, symbols={**surface.symbols, **marked})


@collector_paused
def surface_of(unpacked: Path, package: str, version: str, cache: ModuleCache | None = None) -> Surface:
    """The public surface of the release unpacked at `unpacked` (a wheel root or an sdist's extraction dir); with
    a `cache`, files already read for another release are not parsed again."""
    files = find_modules(unpacked)
    if not files:
        log.warning("no Python modules", extra={"package": package, "version": version})
        empty = ModuleReport("", ".", ModuleStatus.EMPTY, "no Python modules found in the distribution")
        return Surface(package, version, modules=(empty,), requires=_requirements(unpacked))
    under_stubs = sources_under_stubs(files)
    read = [_read(f.module, f.relpath, f.path, f.is_package, cache) for f in files]
    raws = with_source_all(read, under_stubs)
    listed = {after.module for before, after in zip(read, raws, strict=True) if after is not before}
    for raw in raws:
        if raw.status is not ModuleStatus.OK:
            log.info(
                "module not analysed",
                extra={
                    "package": package,
                    "version": version,
                    "module": raw.module,
                    "status": raw.status.value,
                    "reason": raw.reason,
                },
            )
    surface = replace(build_surface(package, version, raws, _entry_modules(unpacked)), requires=_requirements(unpacked))
    surface = _with_module_aliases(surface, raws)
    surface = _with_pytest_tests(surface, raws, files)
    compiled = compiled_reports(files, distribution_root(unpacked))
    skipped = [
        ModuleReport(f.module, f.relpath, ModuleStatus.TEST_FOLDER, _TEST_FOLDER) for f in skipped_test_packages(files)
    ]
    if compiled or skipped:
        surface = replace(surface, modules=(*surface.modules, *compiled, *skipped))
    paths = {f.module: f.path for f in files}
    surface = replace(
        surface,
        hook_specs=hook_specs(raws, paths),
        unbound_declared=unbound_declared(surface, paths.values()),
        env_gated=gated_globals((raw.module, raw.env_gates) for raw in raws if raw.module in paths),
    )
    if is_wheel(distribution_root(unpacked)):
        surface = without_unshipped(surface, unshipped_names(raws, paths))
    elif generated := generated_reports(raws, paths):
        surface = replace(surface, modules=(*surface.modules, *generated))
    hooked = hooked_reports(distribution_root(unpacked), files)
    if hooked:
        surface = with_hooked_modules(surface, hooked)
    runtime = [_read(f.module, f.relpath, f.path, f.is_package, cache) for f in under_stubs]
    if runtime:
        by_module = {raw.module: raw for raw in raws}
        readable = [r for r in runtime if r.status is ModuleStatus.OK]
        surface = with_source_defaults(with_run_time_names(surface, readable, by_module), readable)
        surface = without_stub_only_names(surface, readable, by_module, listed)
    surface = _with_template_keys(surface, template_config_reads(files, unpacked))
    stubs = [_read(f.module, f.relpath, f.path, f.is_package, cache) for f in stubs_beside(files)]
    surface = with_stub_annotations(surface, [stub for stub in stubs if stub.status is ModuleStatus.OK])
    if len(files) >= MAX_MODULES:  # the rest was never read: the diff must not call it removed
        cut = ModuleReport("", ".", ModuleStatus.TOO_LARGE, f"more than {MAX_MODULES} modules; the rest were not read")
        surface = replace(surface, modules=(*surface.modules, cut))
    return surface
