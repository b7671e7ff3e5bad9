"""The files around the code agree with it: README quick start, .ci/run, Dockerfile and fly.toml."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import typer.main

from bot.cli.main import app as cli_app
from bot.config import Settings
from bot.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
FLY = tomllib.loads((ROOT / "fly.toml").read_text(encoding="utf-8"))


def quick_start_commands() -> list[str]:
    """The command lines in the README's Quick start code blocks."""
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [line for block in re.findall(r"```\n(.*?)```", section, re.S) for line in block.splitlines() if line]


def resolve(words: list[str]) -> Any:
    """The (click-style) command `release-watch WORDS...` dispatches to; fails if there is none."""
    assert words[0] == "release-watch"
    command: Any = typer.main.get_command(cli_app)
    context = typer.Context(command)
    for word in words[1:]:
        if not hasattr(command, "get_command"):
            break
        sub = command.get_command(context, word)
        assert sub is not None, f"`{' '.join(words)}`: no command {word!r}"
        command = sub
    return command


def dockerfile_instructions(name: str) -> list[str]:
    """Arguments of every `NAME` instruction, continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [m.group(1).strip() for m in re.finditer(rf"^{name}\s+(.*)$", joined, re.M)]


def app_paths() -> set[str]:
    """The HTTP paths the app serves, from its OpenAPI schema."""
    app = create_app(Settings(_env_file=None), start_scheduler=False)  # type: ignore[call-arg]
    return set(app.openapi()["paths"])


def test_quick_start_has_exactly_two_single_line_commands() -> None:
    assert quick_start_commands() == [
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/release-watch serve",
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest",
    ]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = quick_start_commands()[1]
    assert test_command in CI_RUN.splitlines()
    after = [line for line in CI_RUN.split(test_command, 1)[1].splitlines() if line and not line.startswith("#")]
    assert after == [".venv/bin/ruff check .", ".venv/bin/ruff format --check bot alembic", ".venv/bin/mypy",
                     ".venv/bin/lint-imports", ".ci/native-suite"]  # the hygiene checks, then the compiled engine's suite
    assert all(f"`{check}`" in README for check in after)
    assert CI_RUN.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in CI_RUN
    assert "export TEST_POSTGRES_URL=" in CI_RUN


def test_readme_documents_every_setting() -> None:
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \|", README, re.M)
    assert dict(rows) == {name: name.upper() for name in Settings.model_fields}


@pytest.mark.parametrize("command", ["serve", "poll --once", "db upgrade"])
def test_readme_documents_the_foundation_commands(command: str) -> None:
    assert f"### `release-watch {command}" in README
    resolve(["release-watch", *command.split()[:2 if command.startswith("db") else 1]])


def test_dockerfile_is_multi_stage_slim_and_never_serves_as_root() -> None:
    stages = dockerfile_instructions("FROM")
    assert len(stages) >= 2 and all(s.startswith("python:3.11-slim") for s in stages)
    # root only inside the entrypoint, which drops to the service user before running the command
    # (tests/test_deploy.py runs it); no USER line may bring root back either.
    assert dockerfile_instructions("ENTRYPOINT") == ['["release-watch-entrypoint"]']
    assert not set(dockerfile_instructions("USER")) & {"root", "0"}
    entrypoint = (ROOT / "deploy" / "entrypoint.sh").read_text()
    assert entrypoint.count("exec setpriv --reuid=") == 1


def test_dockerfile_copies_files_that_exist() -> None:
    for args in dockerfile_instructions("COPY"):
        words = [w for w in shlex.split(args) if not w.startswith("--")]
        if "--from=build" in args:
            continue
        for source in words[:-1]:
            assert (ROOT / source).exists(), f"Dockerfile copies missing {source}"
    assert "alembic.ini" in DOCKERFILE and "COPY alembic ./alembic" in DOCKERFILE


def test_dockerfile_serves_on_port_with_a_healthcheck() -> None:
    env = dict(re.findall(r"(\w+)=(\S+)", " ".join(dockerfile_instructions("ENV"))))
    assert (env["HOST"], env["PORT"]) == ("0.0.0.0", "8080")
    assert dockerfile_instructions("EXPOSE") == [env["PORT"]]
    [cmd] = dockerfile_instructions("CMD")
    assert cmd == '["release-watch", "serve"]'
    resolve(["release-watch", "serve"])
    [health] = dockerfile_instructions("HEALTHCHECK")
    assert "os.environ['PORT'] + '/healthz'" in health
    assert "/healthz" in app_paths()
    settings = Settings(_env_file=None, **{k.lower(): v for k, v in env.items() if k in {"HOST", "PORT"}})  # type: ignore[arg-type]
    assert (settings.host, settings.port) == ("0.0.0.0", 8080)


def test_fly_toml_agrees_with_the_image_and_the_app() -> None:
    docker_port = dockerfile_instructions("EXPOSE")[0]
    assert FLY["http_service"]["internal_port"] == int(docker_port) == int(FLY["env"]["PORT"])
    assert FLY["env"]["HOST"] == "0.0.0.0"
    [check] = FLY["http_service"]["checks"]
    assert check["path"] in app_paths() and check["path"] == "/healthz"
    assert FLY["deploy"]["release_command"] == "release-watch db upgrade"
    assert resolve(shlex.split(FLY["deploy"]["release_command"])).name == "upgrade"
    assert FLY["mounts"]["destination"] == FLY["env"]["DATA_DIR"]
    assert "DATA_DIR=/data" in DOCKERFILE
    assert FLY["build"]["dockerfile"] == "Dockerfile"


def test_console_script_is_release_watch() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"] == {"release-watch": "bot.cli.main:main"}
