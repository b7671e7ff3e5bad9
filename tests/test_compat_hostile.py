"""A hostile extension on PyPI costs its own verdict, never the verdicts of its neighbours: an archive that tries
to escape its extraction folder, or that cannot be read, makes that extension's verdict "unknown" with the reason
(an unreadable wheel gives way to the release's sdist), and the compatibility step still warns the repositories an
honest extension breaks. Both once failed the whole step: no repository heard of any extension's break."""

from __future__ import annotations

import hashlib
import io
import tarfile
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.findings.compat import CompatStatus
from bot.jobs.compat import evaluate_dependents
from bot.jobs.pipeline import rescan_repository
from bot.jobs.scheduler import run_cycle
from bot.runtime import Runtime
from bot.storage.surfaces import stored_diff
from tests import test_transitive_cases
from tests.fake_github import FakeGitHub
from tests.fake_pypi import FakeRelease, TimelinePyPI, pinned_release
from tests.test_transitive_timeline import ROUND_STEPS, support_releases

OWNER = "someone"
METADATA = b"Metadata-Version: 2.1\nName: flask-evil\nVersion: 1.0\nRequires-Dist: Flask>=2.0\n"


def _wheel(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _corrupt() -> bytes:
    """A wheel whose module's bytes were damaged after the CRC was written (a bad CRC on read)."""
    data = bytearray(_wheel({"flask_evil/__init__.py": b"from flask import _app_ctx_stack\n" * 50,
                             "flask_evil-1.0.dist-info/METADATA": METADATA}))
    start = data.index(b"from flask")
    data[start:start + 4] = b"FROM"
    return bytes(data)


client = test_transitive_cases.client
"""The fixture: the fake PyPI behind a real `PyPIClient`, and the settings."""

HOSTILE = {
    "escapes": _wheel({"../../escaped.py": b"x = 1\n", "flask_evil-1.0.dist-info/METADATA": METADATA}),
    "unreadable": _corrupt(),
}


def _sdist() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in {"flask_evil-1.0/flask_evil/__init__.py": b"from flask import _app_ctx_stack\n",
                           "flask_evil-1.0/PKG-INFO": METADATA}.items():
            member = tarfile.TarInfo(name)
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))
    return buffer.getvalue()


def _file(tmp_path: Path, name: str, content: bytes) -> FakeRelease:
    artifact = tmp_path / name
    artifact.write_bytes(content)
    return FakeRelease("flask-evil", "1.0", name, hashlib.sha256(content).hexdigest(), METADATA, artifact)


def _evil_release(tmp_path: Path, hostile: str) -> FakeRelease:
    wheel = _file(tmp_path, "flask_evil-1.0-py3-none-any.whl", HOSTILE[hostile.removesuffix("+sdist")])
    if hostile.endswith("+sdist"):
        wheel.also = _file(tmp_path, "flask_evil-1.0.tar.gz", _sdist())
    return wheel


@pytest.mark.backend("sqlite")
@pytest.mark.parametrize(("hostile", "status", "read"), [
    ("escapes", CompatStatus.UNKNOWN, ""),
    ("unreadable", CompatStatus.UNKNOWN, ""),
    ("unreadable+sdist", CompatStatus.BREAKS, "flask_evil-1.0.tar.gz"),
])
async def test_a_hostile_extension_archive_costs_only_its_own_verdict(
        hostile: str, status: CompatStatus, read: str, client: tuple[PyPIClient, TimelinePyPI, Settings], engine: Engine, fake_github: FakeGitHub,
        github_app: GitHubApp, tmp_path: Path) -> None:
    pypi_client, pypi, settings = client
    watchlist = ("flask", "werkzeug", "jinja2", "itsdangerous", "click", "blinker", "markupsafe", "flask-sqlalchemy",
                 "flask-evil")
    runtime = Runtime(settings=settings.model_copy(update={"watchlist": watchlist}), engine=engine, pypi=pypi_client,
                      github=github_app)
    pypi.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("werkzeug", "3.0.0"),
                 pinned_release("flask", "2.3.3"), pinned_release("flask-sqlalchemy", "2.5.1"),
                 _evil_release(tmp_path, hostile), *support_releases())
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    files = {"requirements.txt": "flask\nflask-sqlalchemy\n",
             "app.py": "from flask import Flask\nimport flask_sqlalchemy\n\napp = Flask(__name__)\n"}
    fake_github.add_repo(OWNER, "app", files, installation=inst.id)
    assert await run_cycle(runtime, ROUND_STEPS)
    await rescan_repository(runtime, inst.id, f"{OWNER}/app")

    pypi.publish(pinned_release("flask", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)

    [issue] = fake_github.issues(OWNER, "app")  # the honest extension's break still reaches the repository
    assert issue.title == "flask 3.0.0 breaks Flask-SQLAlchemy 2.5.1, which this repository installs"
    diff = stored_diff(engine, "flask", "3.0.0")
    assert diff is not None
    [evil] = [v for v in await evaluate_dependents(runtime, diff) if v.dependent == "flask-evil"]
    assert (evil.status, evil.artifact) == (status, read)
    if status is CompatStatus.UNKNOWN:
        assert "flask_evil-1.0-py3-none-any.whl" in evil.why and evil.failed
    else:
        assert [(use.symbol, use.path) for use in evil.uses] == [
            ("flask._app_ctx_stack", "flask_evil-1.0/flask_evil/__init__.py")]
    assert not (tmp_path / "escaped.py").exists() and not (tmp_path / "cache" / "escaped.py").exists()
