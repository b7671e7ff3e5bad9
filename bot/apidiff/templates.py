"""Flask config keys a package's Jinja templates read (`config.KEY`, `config["KEY"]`, `config.get("KEY")`): package
data no import reaches, read by `render_template` at run time (flask-admin 1.6's `config.get('FLASK_ADMIN_SWATCH')`
in `templates/bootstrap4/admin/base.html`, gone in 2.0 for `Theme(swatch=...)`)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from bot.apidiff.locate import ModuleFile

TEMPLATE_FOLDER = "templates"
"""Flask's and every extension's default `template_folder`: only templates under one are read."""
TEMPLATE_SUFFIXES = frozenset({".html", ".htm", ".jinja", ".jinja2", ".j2", ".xml", ".txt"})
MAX_TEMPLATES = 2000
MAX_TEMPLATE_BYTES = 256_000
"""Bounds on what is read: a release's templates are small; a larger file is no template of its own."""
_KEY = re.compile(
    rb"""\bconfig\s*(?:\.\s*([A-Z][A-Z0-9_]{2,})\b|\[\s*['"]([A-Z][A-Z0-9_]{2,})['"]\s*\]"""
    rb"""|\.\s*get\s*\(\s*['"]([A-Z][A-Z0-9_]{2,})['"])"""
)


def template_config_reads(files: Iterable[ModuleFile], root: Path) -> dict[str, tuple[str, str, int]]:
    """Key -> (top-level package, file relative to `root`, line) of its first read in the templates folders of
    the release's top-level packages (`files`: its modules), symlinks never followed."""
    found: dict[str, tuple[str, str, int]] = {}
    budget = MAX_TEMPLATES
    for top, folder in _package_folders(files):
        for path in _templates(folder / TEMPLATE_FOLDER):
            budget -= 1
            if budget < 0:
                return found
            data = _read(path)
            if data is None or b"config" not in data:
                continue
            for match in _KEY.finditer(data):
                key = (match.group(1) or match.group(2) or match.group(3)).decode()
                if key not in found:
                    found[key] = (top, path.relative_to(root).as_posix(), data.count(b"\n", 0, match.start()) + 1)
    return found


def _package_folders(files: Iterable[ModuleFile]) -> list[tuple[str, Path]]:
    """(name, folder) of each top-level package."""
    return sorted({(f.module, f.path.parent) for f in files if f.is_package and "." not in f.module})


def _templates(folder: Path) -> list[Path]:
    """The template files under `folder`, in a stable order; none when it is no real folder."""
    if not folder.is_dir() or folder.is_symlink():
        return []
    found: list[Path] = []
    for current, dirs, names in os.walk(folder, followlinks=False):
        dirs.sort()
        found.extend(Path(current) / name for name in sorted(names) if Path(name).suffix in TEMPLATE_SUFFIXES)
    return found


def _read(path: Path) -> bytes | None:
    """The file's bytes, unless it is a symlink or too large to be a template."""
    try:
        if path.is_symlink() or path.stat().st_size > MAX_TEMPLATE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None
