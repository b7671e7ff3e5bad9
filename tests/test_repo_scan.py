"""Tests for repository scans through the API: what is fetched, what is kept, and what a second scan costs."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.adapters.github import GitHubApp
from bot.jobs.repo_scan import MAX_BLOB_BYTES, import_names, is_candidate, load_snapshot, scan_repository
from tests.fake_github import FakeGitHub

OWNER, NAME = "octo-org", "webapp"
REPO = f"{OWNER}/{NAME}"
NAMES = import_names(["werkzeug", "flask-login", "Flask-Security-Too"])

FILES: dict[str, str | bytes] = {
    "pyproject.toml": '[project]\nname = "webapp"\ndependencies = ["Werkzeug>=2"]\n',
    "requirements/dev.txt": "pytest\n",
    ".github/release-watch.yml": "mode: pr\n",
    "webapp/views.py": "from werkzeug.urls import url_decode\n",
    "webapp/auth.py": "import flask_security\n",
    "webapp/maths.py": "def add(a, b):\n    return a + b\n",
    "webapp/binary.py": b"\xff\xfe from werkzeug import x \x00\x01",
    ".venv/lib/site.py": "import werkzeug\n",
    "node_modules/x/setup.py": "import werkzeug\n",
    "README.md": "werkzeug\n",
    ".env": "FLASK_ENV=development\n",
    "webapp/huge.py": "import werkzeug\n" + "#" * (MAX_BLOB_BYTES + 1),
}


@pytest.mark.parametrize(
    ("path", "candidate"),
    [
        ("pyproject.toml", True), ("requirements/dev.txt", True), (".github/release-watch.yml", True),
        ("a/b.py", True), (".env", True), ("README.md", False), (".venv/lib/site.py", False),
        ("node_modules/x/setup.py", False), ("docs/conf.py", True), ("setup.cfg", True), ("Pipfile", True),
    ],
)
def test_is_candidate(path: str, candidate: bool) -> None:
    assert is_candidate(path) is candidate


def test_import_names() -> None:
    assert NAMES == frozenset({"werkzeug", "flask_login", "flask_security"})


async def test_scan_keeps_only_files_that_matter_and_a_second_scan_costs_two_304s(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp
) -> None:
    inst = fake_github.add_installation(account=OWNER)
    fake_github.add_repo(OWNER, NAME, FILES, installation=inst.id)
    async with github_app.installation(inst.id) as gh:
        info, snapshot = await scan_repository(gh, engine, REPO, NAMES)
        assert info["default_branch"] == "main"
        assert snapshot.sha == fake_github.branch_sha(OWNER, NAME)
        assert sorted(snapshot.files) == [
            ".env", ".github/release-watch.yml", "pyproject.toml", "requirements/dev.txt", "webapp/auth.py",
            "webapp/binary.py", "webapp/views.py",
        ]
        assert snapshot.files["webapp/binary.py"] == "\ufffd\ufffd from werkzeug import x \x00\x01"
        assert "webapp/maths.py" in snapshot.blobs and "webapp/huge.py" not in snapshot.blobs
        assert load_snapshot(engine, REPO, snapshot.sha) == snapshot

        fake_github.reset_calls()
        _, again = await scan_repository(gh, engine, REPO, NAMES)
        assert again == snapshot
        assert [(c.operation, c.status) for c in fake_github.calls() if "access_tokens" not in c.path] == [
            ("GET /repos/{owner}/{repo}", 304), ("GET /repos/{owner}/{repo}/git/ref/{ref}", 304),
        ]

        fake_github.push(OWNER, NAME, {"webapp/maths.py": "from werkzeug import Request\n", "webapp/views.py": None})
        fake_github.reset_calls()
        _, moved = await scan_repository(gh, engine, REPO, NAMES)
    blobs = [c for c in fake_github.calls() if c.operation == "GET /repos/{owner}/{repo}/git/blobs/{file_sha}"]
    assert len(blobs) == 1  # only the changed file; unchanged blobs come from the previous scan
    assert "webapp/maths.py" in moved.files and "webapp/views.py" not in moved.files
    assert moved.files["pyproject.toml"] == snapshot.files["pyproject.toml"]
