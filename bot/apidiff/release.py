"""The surface of an unpacked release: find its modules, read each one, resolve the whole."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from bot.apidiff.extract import MAX_MODULE_BYTES, read_module
from bot.apidiff.locate import MAX_MODULES, find_modules
from bot.apidiff.model import ModuleReport, ModuleStatus, Surface
from bot.apidiff.raw import RawModule
from bot.apidiff.surface import build_surface

log = logging.getLogger(__name__)


def _read(module: str, relpath: str, path: Path, is_package: bool) -> RawModule:
    try:
        size = path.stat().st_size
        if size > MAX_MODULE_BYTES:
            raw = RawModule(module, relpath, is_package, ModuleStatus.TOO_LARGE)
            raw.reason = f"{size} bytes (limit {MAX_MODULE_BYTES})"
            return raw
        data = path.read_bytes()
    except OSError as e:
        return RawModule(module, relpath, is_package, ModuleStatus.UNREADABLE, f"{type(e).__name__}: {e.strerror}")
    return read_module(module, relpath, data, is_package)


def surface_of(unpacked: Path, package: str, version: str) -> Surface:
    """The public surface of the release unpacked at `unpacked` (a wheel root or an sdist's extraction dir)."""
    files = find_modules(unpacked)
    if not files:
        log.warning("no Python modules", extra={"package": package, "version": version})
        empty = ModuleReport("", ".", ModuleStatus.EMPTY, "no Python modules found in the distribution")
        return Surface(package, version, modules=(empty,))
    raws = [_read(f.module, f.relpath, f.path, f.is_package) for f in files]
    for raw in raws:
        if raw.status is not ModuleStatus.OK:
            log.info("module not analysed", extra={"package": package, "version": version, "module": raw.module,
                                                    "status": raw.status.value, "reason": raw.reason})
    surface = build_surface(package, version, raws)
    if len(files) >= MAX_MODULES:  # the rest was never read: the diff must not call it removed
        cut = ModuleReport("", ".", ModuleStatus.TOO_LARGE, f"more than {MAX_MODULES} modules; the rest were not read")
        surface = replace(surface, modules=(*surface.modules, cut))
    return surface
