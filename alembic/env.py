"""Alembic environment: migrates `bot.storage.models` metadata on SQLite (batch mode) and PostgreSQL."""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any

from alembic.autogenerate.api import AutogenContext
from sqlmodel.sql.sqltypes import AutoString

import bot.storage.models
from alembic import context
from bot.config import get_settings
from bot.storage.db import make_engine, modelled
from bot.storage.models.types import UTCDateTime

config = context.config
if config.config_file_name is not None and not config.attributes.get("skip_logging_config"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = bot.storage.models.metadata


def _database_url() -> str:
    """`-x url=...` first, then the url attribute bot.storage.db.upgrade sets, then the application settings."""
    url = context.get_x_argument(as_dictionary=True).get("url") or config.attributes.get("url")
    return str(url) if url else get_settings().resolved_database_url


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Render our column types as plain SQLAlchemy types so revisions do not import application code."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    return False


def run_migrations_offline() -> None:
    """Emit SQL to stdout without connecting."""
    context.configure(
        url=_database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Connect and migrate."""
    engine = make_engine(_database_url())
    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                compare_type=True,
                render_item=render_item,
                include_name=modelled,
            )
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
