"""`release-watch db ...`: schema management (Alembic owns the schema)."""

from __future__ import annotations

import typer

from bot.config import get_settings
from bot.db import upgrade
from bot.logsetup import configure_logging

db_app = typer.Typer(help="Database schema commands.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade_command(
    revision: str = typer.Argument("head", help="Alembic revision to migrate to."),
) -> None:
    """Migrate the configured database (DATABASE_URL, default SQLite in the data dir) to the latest schema."""
    settings = get_settings()
    configure_logging(settings.log_level)
    upgrade(settings.resolved_database_url, revision)
    typer.echo(f"database at revision {revision}")
