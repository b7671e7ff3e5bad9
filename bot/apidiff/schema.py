"""The extraction schema version, in a module of its own: the CLI's stored-diff fast path reads it without loading
pydantic (`bot.apidiff.model` builds its serialisers at import)."""

SCHEMA_VERSION = 78
"""Bump when extraction changes meaningfully; stored surfaces of an older schema are re-extracted."""
