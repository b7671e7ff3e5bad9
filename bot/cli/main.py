"""The `release-watch` command line: each command parses strings into objects and errors into exit codes.

Command modules import their heavy dependencies (web app, database, pip-audit, the diff engine) inside the
command, so `--help` and `--version` start in a fraction of a second.
"""

from __future__ import annotations

import gc

import typer

from bot import __version__
from bot.cli.errors import CliGroup, checked_settings

app = typer.Typer(
    name="release-watch",
    help="Warn repositories before an unbounded dependency's release breaks them.",
    no_args_is_help=True,
    add_completion=False,
    cls=CliGroup,
    rich_markup_mode=None,  # plain click help and usage errors: short, and no rich import at start-up
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"release-watch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Show the version."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of an error."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
) -> None:
    """release-watch: PyPI release watcher and GitHub App."""
    ctx.obj = {"debug": debug, "quiet": quiet}
    if not (ctx.resilient_parsing or ctx.meta.get("asks_for_help")):
        checked_settings()


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    finally:
        # The process ends here: the collector's passes during interpreter teardown would only trace what is about
        # to be freed anyway (~0.3 s of CPU after a `scan`); frozen objects are left to the exit.
        gc.freeze()


from bot.cli.analyse import analyse_command  # noqa: E402
from bot.cli.audit_command import audit_command  # noqa: E402
from bot.cli.db import db_app  # noqa: E402
from bot.cli.diff import diff_command  # noqa: E402
from bot.cli.poll import poll_command  # noqa: E402
from bot.cli.scan import scan_command  # noqa: E402
from bot.cli.serve import serve_command  # noqa: E402

app.add_typer(db_app, name="db")
app.command("poll")(poll_command)
app.command("analyse")(analyse_command)
app.command("serve")(serve_command)
app.command("audit")(audit_command)
app.command("diff")(diff_command)
app.command("scan")(scan_command)
