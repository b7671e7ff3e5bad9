"""Compiled extension modules of a package: a Cython `.pyx` in an sdist, a `.so` or `.pyd` in a wheel. The engine
reads no such file, yet `import` finds the module all the same: rasterio 1.3 and fiona 1.10 turned `crs.py` into
`crs.pyx`, and `from rasterio.crs import CRS` still works. Each one is reported unread (`ModuleStatus.COMPILED`), so
neither the module nor a name in it is claimed removed (`claims.unanalysed_prefixes`)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import ModuleReport, ModuleStatus

EXTENSION_SUFFIXES = (".pyx", ".so", ".pyd")
"""What a compiled module of a package is built from (an sdist's Cython source) or shipped as (a wheel's binary,
`crs.cpython-311-x86_64-linux-gnu.so`, `crs.pyd`)."""


def compiled_reports(files: Sequence[ModuleFile], root: Path) -> list[ModuleReport]:
    """An unread report for each compiled module in a folder of the distribution's packages that no source file
    of the same dotted name already gives."""
    known = {file.module for file in files}
    reports: list[ModuleReport] = []
    for file in files:
        if not file.is_package:
            continue
        folder = file.path.parent
        try:
            entries = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in entries:
            stem = entry.split(".", 1)[0]
            module = f"{file.module}.{stem}"
            if not entry.endswith(EXTENSION_SUFFIXES) or not stem.isidentifier() or module in known:
                continue
            known.add(module)
            reason = f"a compiled extension module ({entry}): its contents are not read"
            relpath = (folder / entry).relative_to(root).as_posix()
            reports.append(ModuleReport(module, relpath, ModuleStatus.COMPILED, reason))
    return reports
