"""`release-watch db ...`: schema management (Alembic owns the schema)."""

from __future__ import annotations

import typer
from sqlalchemy.exc import SQLAlchemyError

from bot.config import get_settings
from bot.storage.db import upgrade
from bot.errors import ConfigError
from bot.logsetup import configure_logging

def upgrade_or_exit(url: str, revision: str = "head") -> None:
    """Migrate, or print why not and exit with status 2."""
    try:
        upgrade(url, revision)
    except ConfigError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    except SQLAlchemyError as e:
        typer.echo(f"error: cannot migrate the database: {str(e.orig or e).splitlines()[0]}", err=True)
        raise typer.Exit(2) from e


db_app = typer.Typer(help="Database schema commands.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade_command(
    revision: str = typer.Argument("head", help="Alembic revision to migrate to."),
) -> None:
    """Migrate the configured database (DATABASE_URL, default SQLite in the data dir) to the latest schema."""
    settings = get_settings()
    configure_logging(settings.log_level)
    upgrade_or_exit(settings.resolved_database_url, revision)
    typer.echo(f"database at revision {revision}")
