"""The `release-watch` console script: a second `diff` of the same releases is answered from the stored diff before
typer loads (`fastdiff`); everything else goes to the typer application (`bot.cli.app`)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    """Console-script entry point."""
    from bot.cli.fastdiff import stored_answer

    answer = stored_answer(sys.argv[1:], os.environ, Path.cwd())
    if answer is not None:
        text, code = answer
        sys.stdout.write(text + "\n")
        raise SystemExit(code)
    from bot.cli.app import app

    try:
        app()
    finally:
        # The process ends here: the collector's passes during interpreter teardown would only trace what is about
        # to be freed anyway (~0.3 s of CPU after a `scan`); frozen objects are left to the exit.
        gc.freeze()


def __getattr__(name: str) -> Any:
    """`app`, the typer application, loaded on first use (`from bot.cli.main import app`)."""
    if name == "app":
        from bot.cli.app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
