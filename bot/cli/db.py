"""`release-watch db ...`: schema management (Alembic owns the schema)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from bot.cli.errors import checked_settings, fail
from bot.errors import database_reason
from bot.migration_scripts import migration_heads as migration_heads

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.config import Settings


def upgrade_or_exit(url: str, revision: str = "head") -> None:
    """Migrate, or stop with a user error naming why (an unreachable or unparsable database, an unknown revision)."""
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import SQLAlchemyError

    from bot.storage.db import upgrade

    try:
        upgrade(url, revision)
    except SQLAlchemyError as e:
        fail(f"cannot migrate the database: {database_reason(e)} (check DATABASE_URL and that the server is reachable)")
    except CommandError as e:
        fail(f"cannot migrate the database to {revision!r}: {e}")


def is_current(engine: Engine) -> bool:
    """Whether the database is already at the scripts' head revision(s), so no migration needs to run."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    heads = migration_heads()
    try:
        with engine.connect() as connection:
            stored = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    except SQLAlchemyError:
        return False
    return bool(heads) and stored == heads


db_app = typer.Typer(help="Database schema commands.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade_command(
    revision: str = typer.Argument("head", metavar="REVISION", help="Alembic revision to migrate to."),
) -> None:
    """Migrate the configured database (DATABASE_URL, default SQLite in the data dir) to the latest schema."""
    from bot.logsetup import configure_logging

    settings = checked_settings()
    configure_logging(settings.log_level)
    upgrade_or_exit(settings.resolved_database_url, revision)
    typer.echo(f"database at revision {revision}")


def migrated_engine(settings: Settings) -> Engine:
    """The configured database, migrated: where the CLI keeps surfaces and diffs for the next run (and `serve`)."""
    from bot.storage.db import engine_from_settings

    engine = engine_from_settings(settings)
    if not is_current(engine):
        upgrade_or_exit(settings.resolved_database_url)
    return engine
