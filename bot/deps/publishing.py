"""Which dependency files are a published distribution's metadata: what they require reaches every user.

A library (`[project]` with a name and a build backend, a `setup.py`, a `setup.cfg` with setuptools sections)
passes its requirements on to everyone who installs it, so a cap there constrains them all; an application's
`requirements.txt`, Pipfile or unpackaged `pyproject.toml` only decides its own deployment.
"""

from __future__ import annotations

import ast
import configparser
import posixpath
import re
from collections.abc import Iterable, Iterator

from packaging.utils import canonicalize_name

from bot.deps.interface import ReadFile
from bot.deps.setuppy import setup_names
from bot.deps.toml_util import load_toml, table

_SETUP_CALL = re.compile(r"\bsetup\s*\(")
_METADATA_FILES = frozenset({"pyproject.toml", "setup.py", "setup.cfg"})


def _pyproject_publishes(text: str, path: str) -> bool:
    """A PEP 621 or Poetry name with a build backend, not declared unpackaged (`uv init --app`, `package-mode`)."""
    try:
        document = load_toml(text, path)
    except (RecursionError, MemoryError):  # hostile nesting; the dependency reader already warned about it
        return False
    if not isinstance(document, dict):
        return False
    poetry = table(document, "tool", "poetry")
    if poetry.get("package-mode") is False or table(document, "tool", "uv").get("package") is False:
        return False
    named = bool(table(document, "project").get("name") or poetry.get("name"))
    return named and bool(table(document, "build-system"))


def _setup_cfg_publishes(text: str) -> bool:
    """setuptools configuration: a `[metadata]` name or an `[options]` section (flake8's setup.cfg has neither)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return False
    return parser.has_option("metadata", "name") or parser.has_section("options")


def _metadata_texts(paths: Iterable[str], read: ReadFile) -> Iterator[tuple[str, str, str]]:
    """(path, file name, text) of each readable metadata file among `paths`."""
    for path in paths:
        name = posixpath.basename(path)
        if name not in _METADATA_FILES:
            continue
        data = read(path)
        if data is not None:
            yield path, name, data.decode("utf-8", errors="replace")


def publishing_files(paths: Iterable[str], read: ReadFile) -> list[str]:
    """The metadata files among `paths` that build an installable distribution, sorted."""
    found = []
    for path, name, text in _metadata_texts(paths, read):
        if name == "pyproject.toml":
            publishes = _pyproject_publishes(text, path)
        elif name == "setup.py":
            publishes = bool(_SETUP_CALL.search(text))
        else:
            publishes = _setup_cfg_publishes(text)
        if publishes:
            found.append(path)
    return sorted(found)


def own_names(paths: Iterable[str], read: ReadFile) -> list[str]:
    """The PEP 503 names of the distributions the tree's metadata files build (a literal `name`), sorted.

    A requirement on one of them is the checkout itself: flasgger 0.9.7.1's test package
    (`etc/flasgger_package/setup.py`) requires `flasgger>=0.9.4.dev0`, which the tree's own code satisfies, so the
    published flasgger 0.9.5 it once got from PyPI is no extension that breaks the tree."""
    found: set[str] = set()
    for path, name, text in _metadata_texts(paths, read):
        if name == "pyproject.toml":
            found.update(_pyproject_names(text, path))
        elif name == "setup.py":
            found.update(_setup_py_names(text, path))
        else:
            found.update(_setup_cfg_names(text))
    return sorted(canonicalize_name(name) for name in found)


def _pyproject_names(text: str, path: str) -> list[str]:
    try:
        document = load_toml(text, path)
    except (RecursionError, MemoryError):  # hostile nesting; the dependency reader already warned about it
        return []
    if not isinstance(document, dict):
        return []
    names = [table(document, "project").get("name"), table(document, "tool", "poetry").get("name")]
    return [name for name in names if isinstance(name, str) and name]


def _setup_py_names(text: str, path: str) -> list[str]:
    try:
        return setup_names(ast.parse(text, filename=path))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []


def _setup_cfg_names(text: str) -> list[str]:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return []
    name = parser.get("metadata", "name", fallback="").strip()
    return [name] if name and "%" not in name and "{" not in name else []
