"""The `release-watch` command line: each command parses strings into objects and errors into exit codes."""

from __future__ import annotations

import typer

from bot import __version__

app = typer.Typer(
    name="release-watch",
    help="Warn repositories before an unbounded dependency's release breaks them.",
    no_args_is_help=True,
    add_completion=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"release-watch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Show the version."),
) -> None:
    """release-watch: PyPI release watcher and GitHub App."""


def main() -> None:
    """Console-script entry point."""
    app()

from bot.cli.db import db_app  # noqa: E402
from bot.cli.poll import poll_command  # noqa: E402
from bot.cli.serve import serve_command  # noqa: E402

app.add_typer(db_app, name="db")
app.command("poll")(poll_command)
app.command("serve")(serve_command)
from bot.cli.audit import audit_command  # noqa: E402
app.command("audit")(audit_command)
from bot.cli.diff import diff_command  # noqa: E402
app.command("diff")(diff_command)
from bot.cli.scan import scan_command  # noqa: E402
app.command("scan")(scan_command)
