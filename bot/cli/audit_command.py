"""The `release-watch audit` command; the lookup itself (pip-audit, PyPI) is imported only when it runs."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import typer

from bot.cli.errors import checked_settings, fail

SERVICE_NAMES = ("pypi", "osv")  # bot.adapters.audit.SERVICES, spelled out so `--help` needs no pip-audit


def audit_command(
    path: Path = typer.Argument(..., help="A local checkout; it is only read, never installed or built."),
    service: str = typer.Option("pypi", "--service", metavar="|".join(SERVICE_NAMES), help="Vulnerability service."),
    output: str = typer.Option("text", "--format", metavar="text|json", help="Output format."),
) -> None:
    """Check a checkout's requirements against pip-audit's vulnerability service (exit 1: vulnerable)."""
    if not path.is_dir():
        fail(f"{path} is not a directory; give the path of a checkout")
    if service not in SERVICE_NAMES or output not in {"text", "json"}:
        fail(f"--service must be one of {', '.join(SERVICE_NAMES)}; --format text or json")
    settings = checked_settings()
    from bot.adapters.audit import make_service
    from bot.cli.audit import audit_checkout

    audits, warnings = asyncio.run(audit_checkout(path, settings, make_service(settings, service)))
    if output == "json":
        typer.echo(json.dumps({"audits": [a.model_dump(mode="json") for a in audits], "warnings": warnings}, indent=2))
    else:
        for audit in audits:
            typer.echo(f"{audit.file}:{audit.line}: {audit.package}{audit.specifier}: {audit.note}")
        for warning in warnings:
            typer.echo(f"warning: {warning}", err=True)
    if any(a.advisories for a in audits):
        raise typer.Exit(1)
    if any(a.note.startswith("audit unavailable") for a in audits):
        raise typer.Exit(2)
