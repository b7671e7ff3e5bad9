"""Environment variables and Flask config keys named in `.env`, `.flaskenv`, Dockerfiles, compose/CI YAML, tox and
pytest settings, Makefiles and shell scripts.

A config key reaches Flask from such a file as `FLASK_<KEY>`, which `app.config.from_prefixed_env()` reads: that
spelling is a use. The bare key (`JSON_SORT_KEYS=false`) reaches the config only if the app copies it there, which
the file does not show: listed as possible."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from bot.usage.model import Confidence, Target, Targets, Usage, UseForm, section_of

_SHELL_SUFFIXES = (".sh", ".bash", ".zsh", ".yml", ".yaml", ".env", ".dockerfile")
_SETTINGS_FILES = frozenset({".env", ".flaskenv", ".envrc", "Procfile", "tox.ini", "pytest.ini", "Makefile"})
PREFIX = "FLASK_"
"""The prefix `Config.from_prefixed_env` strips from environment variables."""


def is_env_file(path: str) -> bool:
    """Whether the file is one where environment variables are set or read."""
    base = posixpath.basename(path)
    lower = base.lower()
    return (
        base in _SETTINGS_FILES
        or base.startswith(".env.")
        or lower.startswith(("dockerfile", "containerfile"))
        or lower.endswith(_SHELL_SUFFIXES)
    )


_TOOL_SETTINGS = frozenset({"setup.cfg", "pyproject.toml"})
"""Settings files read only for command-line options (`addopts = --flag` of pytest)."""


def is_cli_file(path: str) -> bool:
    """Whether the file may pass command-line options: a settings, CI or shell file, or a tool's settings."""
    return is_env_file(path) or posixpath.basename(path) in _TOOL_SETTINGS


def _names_package(line: str, package: str) -> bool:
    """Whether a line names the distribution (`monkeytype apply`), or, for a pytest plugin (`pytest-sugar`), pytest
    itself or its `addopts`: there the option is the plugin's."""
    lower = line.lower()
    name = package.lower()
    if name.startswith("pytest-") and ("pytest" in lower or "addopts" in lower):
        return True
    return any(form in lower for form in {name, name.replace("-", "_"), name.replace("_", "-")})


def _lines_matching(lines: list[str], token: re.Pattern[str]) -> Iterator[tuple[int, str, re.Match[str]]]:
    """(line number, line, first match) for each line `token` occurs on, commented-out lines aside."""
    for number, line in enumerate(lines, start=1):
        found = token.search(line)
        if found is not None and not line.lstrip().startswith("#"):
            yield number, line, found


def cli_usages(path: str, data: bytes, targets: Targets) -> list[Usage]:
    """Every non-comment line passing a command-line option a release no longer declares, as a whole token: a
    likely use where the line names the package (or pytest, for a plugin), else possible (another tool may declare
    an option so spelled). A short option (`-q`) is every tool's: counted only where the package is named."""
    options = [(option, named) for option, named in targets.cli.items() if option.encode() in data]
    if not options:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    section = section_of(path, data)
    usages: list[Usage] = []
    for option, named in options:
        for number, line, found in _lines_matching(lines, re.compile(rf"(?<![\w-]){re.escape(option)}(?![\w-])")):
            for target in named:
                sure = _names_package(line, target.package)
                if not sure and not option.startswith("--"):
                    continue
                usages.append(
                    Usage(
                        symbol=target.change.symbol,
                        file=path,
                        line=number,
                        column=found.start(),
                        form=UseForm.CLI,
                        confidence=Confidence.MEDIUM if sure else Confidence.POSSIBLE,
                        change=target.change.kind,
                        package=target.package,
                        release=target.release,
                        evidence=f"passes {option}, which {target.package} {target.release} no longer declares",
                        section=section,
                    )
                )
    return usages


def _spellings(targets: Targets) -> list[tuple[str, list[Target], Confidence, str]]:
    """Each name to look for, its targets, how sure a line naming it is, and why."""
    found = [(name, found, Confidence.HIGH, f"sets or reads {name}") for name, found in targets.env.items()]
    for key, keyed in targets.config.items():
        if f"{PREFIX}{key}" not in targets.env:  # FLASK_ENV: the environment variable's own change says it
            why = f"sets {PREFIX}{key}, which Flask's config.from_prefixed_env() reads as the config key {key}"
            found.append((f"{PREFIX}{key}", keyed, Confidence.MEDIUM, why))
        if "_" in key:  # a bare `ENV` is any environment's word
            why = f"names the config key {key}; nothing shows the app loads it into its config"
            found.append((key, keyed, Confidence.POSSIBLE, why))
    return found


def env_usages(path: str, data: bytes, targets: Targets) -> list[Usage]:
    """Every non-comment line naming a removed environment variable or config key as a whole word."""
    spellings = [spelling for spelling in _spellings(targets) if spelling[0].encode() in data]
    if not spellings:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    section = section_of(path, data)
    usages: list[Usage] = []
    for name, named, confidence, evidence in spellings:
        word = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])")
        for number, _, found in _lines_matching(lines, word):
            for target in named:
                usages.append(
                    Usage(
                        symbol=target.change.symbol,
                        file=path,
                        line=number,
                        column=found.start(),
                        form=UseForm.CONFIG if target.change.symbol.startswith("config:") else UseForm.ENV,
                        confidence=confidence,
                        change=target.change.kind,
                        package=target.package,
                        release=target.release,
                        evidence=evidence,
                        section=section,
                    )
                )
    return usages
