"""Decoding what the store keeps as text (diffs as JSON, versions as strings), shared by every read behind /status."""

from __future__ import annotations

import json
from collections import Counter

from packaging.version import InvalidVersion, Version
from pydantic import ValidationError

from bot.changes import Change, ChangeKind

BREAKING_KINDS = frozenset({ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED, ChangeKind.ENV_VAR_REMOVED})


def kinds(changes_json: str) -> Counter[str]:
    """Stored changes counted by kind, without validating each one (the hot path of the counters)."""
    try:
        return Counter(str(c.get("kind")) for c in json.loads(changes_json) if isinstance(c, dict))
    except (ValueError, TypeError):
        return Counter()


def changes(changes_json: str) -> list[Change]:
    """Stored changes; entries that no longer validate are left out rather than failing the page."""
    try:
        raw = json.loads(changes_json)
    except ValueError:
        return []
    valid = []
    for item in raw if isinstance(raw, list) else []:
        try:
            valid.append(Change.model_validate(item))
        except ValidationError:
            continue
    return valid


def version_key(version: str) -> tuple[int, Version | str]:
    """Sorts PEP 440 versions by precedence, and unparsable ones before them (as text)."""
    try:
        return 1, Version(version)
    except InvalidVersion:
        return 0, version
