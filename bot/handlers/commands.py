"""Parse `@release-watch ...` commands out of a comment (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

COMMANDS = ("recheck", "ignore", "pin")
HELP = (
    "I understand `@{slug} recheck` (scan this repository again), `@{slug} ignore PACKAGE [VERSION]` "
    "(no more findings for that package, or for that release of it) and `@{slug} pin` (open a pull request "
    "adding the upper bound this issue suggests)."
)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class Command:
    """One command: its name and arguments, or the reason it could not be understood."""

    name: str
    package: str | None = None
    version: str | None = None
    error: str | None = None


def parse_commands(body: str, slug: str) -> list[Command]:
    """Every line that starts with `@slug` becomes a Command (quoted lines and code blocks are skipped)."""
    mention = re.compile(rf"^@{re.escape(slug)}(?:\s+(.*))?$", re.IGNORECASE)
    out: list[Command] = []
    fenced = False
    for raw in body.splitlines():
        line = raw.strip()
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced or line.startswith(">"):
            continue
        match = mention.match(line)
        if match:
            out.append(_parse((match.group(1) or "").split()))
    return out


def _parse(words: list[str]) -> Command:
    if not words:
        return Command("", error="no command given")
    name, args = words[0].lower(), words[1:]
    if name not in COMMANDS:
        return Command(name, error=f"unknown command `{words[0]}`")
    if name in ("recheck", "pin"):
        return Command(name) if not args else Command(name, error=f"`{name}` takes no arguments")
    if not 1 <= len(args) <= 2:
        return Command(name, error="`ignore` needs a package name and, optionally, a version")
    if not _NAME.match(args[0]):
        return Command(name, error=f"`{args[0]}` is not a valid package name")
    version = None
    if len(args) == 2:
        try:
            version = str(Version(args[1]))
        except InvalidVersion:
            return Command(name, error=f"`{args[1]}` is not a valid version")
    return Command(name, package=str(canonicalize_name(args[0])), version=version)
