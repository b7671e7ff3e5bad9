"""Config keys a release stopped reading, spelled in `.env`-like files (`FLASK_<KEY>` for from_prefixed_env) and in
Python; environment variables no longer read, in the same files."""

from __future__ import annotations

import pytest

from bot.findings.scan import scan_files
from tests.test_scan_releases import release_diff

FLASK_23 = release_diff("flask", "2.2.5", "2.3.0")


def found(files: dict[str, bytes]) -> list[tuple[str, int, str, str, bool]]:
    report = scan_files(files, [FLASK_23])
    return [(u.file, u.line, u.symbol, u.confidence.value, u.counts) for u in report.usages]


@pytest.mark.parametrize("name", [".env", ".flaskenv", ".env.production", "deploy/app.env", ".envrc", "tox.ini"])
def test_a_prefixed_config_key_in_an_env_file_is_a_use(name: str) -> None:
    data = b"# FLASK_JSON_SORT_KEYS=true is commented out\nFLASK_JSON_SORT_KEYS=false\nFLASK_APP=app\n"
    assert found({name: data}) == [(name, 2, "config:JSON_SORT_KEYS", "medium", True)]


def test_a_bare_key_is_only_possible_and_env_is_the_environment_variables_own() -> None:
    data = b"JSONIFY_PRETTYPRINT_REGULAR=1\nFLASK_ENV=development\nENV=production\n"
    assert found({".env": data}) == [
        (".env", 1, "config:JSONIFY_PRETTYPRINT_REGULAR", "possible", False),
        (".env", 2, "env:FLASK_ENV", "high", True),  # the removed environment variable, once
    ]


def test_a_prefixed_key_read_in_python_is_a_use() -> None:
    source = b"import os\nsort = os.environ.get('FLASK_JSON_AS_ASCII')\n"
    assert found({"app/settings.py": source}) == [("app/settings.py", 2, "config:JSON_AS_ASCII", "medium", True)]


def test_a_dockerfile_env_instruction_is_no_config_key() -> None:
    assert found({"Dockerfile": b"FROM python:3.11\nENV PORT=8000\n"}) == []
