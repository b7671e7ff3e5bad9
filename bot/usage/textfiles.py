"""Environment variables named in `.env`, `.flaskenv`, Dockerfiles, compose/CI YAML and shell scripts."""

from __future__ import annotations

import posixpath
import re

from bot.usage.model import Confidence, Targets, Usage, UseForm, section_of

_SHELL_SUFFIXES = (".sh", ".bash", ".zsh", ".yml", ".yaml", ".env", ".dockerfile")


def is_env_file(path: str) -> bool:
    """Whether the file is one where environment variables are set or read."""
    base = posixpath.basename(path)
    lower = base.lower()
    return (
        base in (".env", ".flaskenv", "Procfile")
        or base.startswith(".env.")
        or lower.startswith(("dockerfile", "containerfile"))
        or lower.endswith(_SHELL_SUFFIXES)
    )


def env_usages(path: str, data: bytes, targets: Targets) -> list[Usage]:
    """Every non-comment line naming a removed environment variable as a whole word."""
    names = [name for name in targets.env if name.encode() in data]
    if not names:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    usages: list[Usage] = []
    for name in names:
        word = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])")
        for number, line in enumerate(lines, start=1):
            found = word.search(line)
            if found is None or line.lstrip().startswith("#"):
                continue
            for target in targets.env[name]:
                usages.append(
                    Usage(
                        symbol=target.change.symbol,
                        file=path,
                        line=number,
                        column=found.start(),
                        form=UseForm.ENV,
                        confidence=Confidence.HIGH,
                        change=target.change.kind,
                        package=target.package,
                        release=target.release,
                        evidence=f"sets or reads {name}",
                        section=section_of(path, data),
                    )
                )
    return usages
