"""`release-watch serve`: migrate the database, then run the web app and the scheduler under uvicorn."""

from __future__ import annotations

import typer
import uvicorn

from bot.web.app import create_app
from bot.config import get_settings
from bot.cli.db import upgrade_or_exit
from bot.logsetup import configure_logging


def serve_command(
    host: str | None = typer.Option(None, "--host", help="Interface to bind (default: HOST or 127.0.0.1)."),
    port: int | None = typer.Option(None, "--port", help="Port to listen on (default: PORT or 8000)."),
) -> None:
    """Run the GitHub App: webhooks, /status, /healthz and the polling scheduler."""
    settings = get_settings()
    configure_logging(settings.log_level)
    upgrade_or_exit(settings.resolved_database_url)
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_config=None,
        proxy_headers=True,
    )
