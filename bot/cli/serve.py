"""`release-watch serve`: check the port, migrate the database, then run the web app and the scheduler."""

from __future__ import annotations

import socket

import typer

from bot.cli.db import upgrade_or_exit
from bot.cli.errors import checked_settings, fail


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on (host, port), bound before anything starts; a busy or forbidden port is a user error."""
    if not 0 < port < 65536:
        fail(f"port {port} is not a TCP port; pass --port (or PORT) a number from 1 to 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        fail(f"cannot listen on {host!r}: {e.strerror}; pass --host (or HOST) an address of this machine")
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as e:
        sock.close()
        fail(f"cannot listen on {host}:{port}: {e.strerror}; stop what uses it or pass --port (or PORT) another port")
    sock.set_inheritable(True)
    return sock


def serve_command(
    host: str | None = typer.Option(
        None, "--host", metavar="ADDRESS", help="Interface to bind (default: HOST or 127.0.0.1)."
    ),
    port: int | None = typer.Option(None, "--port", metavar="PORT", help="Port to listen on (default: PORT or 8000)."),
) -> None:
    """Run the GitHub App: webhooks, /status, /healthz and the polling scheduler."""
    settings = checked_settings()
    sock = bind(host or settings.host, port or settings.port)
    import uvicorn

    from bot.logsetup import configure_logging
    from bot.web.app import create_app

    configure_logging(settings.log_level)
    upgrade_or_exit(settings.resolved_database_url)
    config = uvicorn.Config(create_app(settings), log_config=None, proxy_headers=True)
    uvicorn.Server(config).run(sockets=[sock])
