"""Which declarations speak for what an install gets, and which only set up development (tests, docs, linting).

A library's `install_requires = ["Flask>=1.1.1,<2.3"]` is what its users get; `requirements/dev.txt: flask` only
builds its developers' environment. A development declaration never puts a package at risk when the tree has
another declaration of it (Flask-Security-Too 4.1.5).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.deps.model import DeclarationKind, Requirement

_DEVELOPMENT = frozenset(
    {
        "dev",
        "devel",
        "develop",
        "development",
        "test",
        "tests",
        "testing",
        "doc",
        "docs",
        "lint",
        "linting",
        "typing",
        "mypy",
        "style",
        "ci",
        "tox",
        "bench",
        "benchmark",
        "benchmarks",
        "coverage",
        "check",
        "checks",
    }
)
_WORD = re.compile(r"[a-z]+")


def is_development(requirement: Requirement) -> bool:
    """A requirements file, dependency group or extra named for development (`requirements/dev.txt`, `[test]`)."""
    if requirement.kind in (DeclarationKind.GROUP, DeclarationKind.OPTIONAL):
        return bool(set(_WORD.findall((requirement.group or "").lower())) & _DEVELOPMENT)
    if requirement.kind is DeclarationKind.REQUIREMENTS:
        # any folder on the way counts: ansible-core 2.12.3's docs/docsite/requirements.txt builds its documentation
        *folders, base = requirement.file.lower().split("/")
        words = set(_WORD.findall(base.rsplit(".", 1)[0])).union(*(_WORD.findall(folder) for folder in folders))
        return bool(words & _DEVELOPMENT)
    return False


def authoritative(declared: Sequence[Requirement]) -> list[Requirement]:
    """The declarations that decide what an install gets: all but the development ones, unless only those exist."""
    kept = [r for r in declared if not is_development(r)]
    return kept or list(declared)
