"""Ordering release versions (pure): one key for every place that sorts releases."""

from __future__ import annotations

from packaging.version import InvalidVersion, Version


def version_key(version: str) -> tuple[int, Version | str]:
    """Order releases by PEP 440 (3.0.2 before 3.0.10); an unparsable (legacy) version is older than any valid one.

    Sorting ascending puts legacy versions first, and `max()` or a newest-first sort never picks one over a
    real release.
    """
    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)
