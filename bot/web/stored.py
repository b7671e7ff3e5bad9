"""Decoding what the store keeps as text (diffs as JSON, versions as strings), shared by every read behind /status."""

from __future__ import annotations

import json
from collections import Counter

from packaging.version import InvalidVersion, Version
from pydantic import ValidationError

from bot.changes import Change, ChangeKind
from bot.symbol_names import is_private_change

BREAKING_KINDS = frozenset({ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED, ChangeKind.ENV_VAR_REMOVED})


def kinds(changes_json: str) -> Counter[str]:
    """Stored changes to public names counted by kind, without validating each one (the hot path of the counters).
    Removals of private names are left out: a refactor of `_internal` modules must not look like a breaking release."""
    try:
        return Counter(
            str(c.get("kind"))
            for c in json.loads(changes_json)
            if isinstance(c, dict) and not is_private_change(str(c.get("symbol", "")), str(c.get("detail", "")))
        )
    except (ValueError, TypeError):
        return Counter()


def changes(changes_json: str, private: bool = False) -> list[Change]:
    """Stored changes (to public names only unless `private`); entries that no longer validate are left out rather
    than failing the page."""
    try:
        raw = json.loads(changes_json)
    except ValueError:
        return []
    valid = []
    for item in raw if isinstance(raw, list) else []:
        try:
            change = Change.model_validate(item)
        except ValidationError:
            continue
        if private or not change.private:
            valid.append(change)
    return valid


def notes(notes_json: str | None) -> list[str]:
    """A stored diff's notes (what it could not decide and does not claim); [] when unreadable."""
    try:
        found = json.loads(notes_json or "[]")
    except ValueError:
        return []
    return [str(note) for note in found] if isinstance(found, list) else []


def version_key(version: str) -> tuple[int, Version | str]:
    """Sorts PEP 440 versions by precedence, and unparsable ones before them (as text)."""
    try:
        return 1, Version(version)
    except InvalidVersion:
        return 0, version
