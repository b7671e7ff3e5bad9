"""dependents20: the distribution a repository builds itself is its checkout, never an extension that breaks it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from bot.deps import DeclarationKind, Requirement
from bot.deps.publishing import own_names
from bot.findings.transitive import install_roots
from tests.artifacts import unpacked_release
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release, served_for_the_cli
from tests.test_transitive_timeline import support_releases
from tests.test_usage_dependents17 import UNWATCHED_LOGIN

runner = CliRunner()


@pytest.fixture
def flasgger_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    """Flask 2.3.0 removed `flask.Markup`; the published flasgger 0.9.5 imports it unguarded (flasgger/base.py:20)."""
    pypi = TimelinePyPI()
    requires = ("Flask>=0.10", "PyYAML>=3.0", "jsonschema>=3.0.1", "mistune", "six>=1.10.0")
    pypi.publish(pinned_release("flask", "2.2.5"), pinned_release("flask", "2.3.0"), pinned_release("werkzeug", "2.3.8"),
                 pinned_release("flasgger", "0.9.5"), *support_releases(),
                 *(metadata_only(name.split(">")[0].lower(), "6.0") for name in requires[1:]),
                 metadata_only("packaging", "23.1"))
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, UNWATCHED_LOGIN):
        yield pypi


def _scan_flask_230(root: Path) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==2.3.0", "--format", "json"])
    return result.exit_code, [risk["via"] for risk in json.loads(result.stdout)["risks"] if "via" in risk]


def test_flasgger_is_not_broken_through_its_own_older_release(flasgger_pypi: TimelinePyPI, tmp_path: Path) -> None:
    # flasgger 0.9.7.1's sdist: setup.py builds `flasgger`; etc/flasgger_package/setup.py requires
    # `flasgger>=0.9.4.dev0` (a test package installed next to the checkout). Was AT RISK through flasgger 0.9.5.
    sdist = unpacked_release("flasgger", "0.9.7.1", "sdist")
    [top] = [path for path in sdist.iterdir() if path.is_dir()]
    root = tmp_path / "flasgger"
    for name in ("setup.py", "etc/flasgger_package/setup.py", "flasgger/base.py"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(top / name, root / name)
    assert _scan_flask_230(root) == (0, [])


def test_another_repository_requiring_flasgger_still_breaks_through_it(
    flasgger_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    root.mkdir()
    (root / "requirements.txt").write_text("flask\nflasgger>=0.9.4\n")
    (root / "app.py").write_text("from flasgger import Swagger\n")
    code, vias = _scan_flask_230(root)
    assert code == 1
    assert [(via["package"], via["version"]) for via in vias] == [("flasgger", "0.9.5")]


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("pyproject.toml", '[project]\nname = "Acme_Flask.UI"\n', ["acme-flask-ui"]),
        ("pyproject.toml", '[tool.poetry]\nname = "acme-ui"\n', ["acme-ui"]),
        ("sub/setup.cfg", "[metadata]\nname = acme-ui\n", ["acme-ui"]),
        ("setup.py", 'NAME = "acme-ui"\nfrom setuptools import setup\nsetup(name=NAME, version="1")\n', ["acme-ui"]),
        ("setup.py", 'from setuptools import setup, Extension\nsetup(ext_modules=[Extension(name="x")])\n', []),
        ("setup.py", "from setuptools import setup\nsetup(name=compute())\n", []),
        ("requirements.txt", "acme-ui\n", []),
        # broken or hostile metadata names nothing, and raises nothing
        ("setup.py", "setup(name='acme-ui'\n", []),
        ("setup.py", "x = " + "(" * 200_000 + "\n", []),
        ("setup.py", "setup(name='acme\x00ui')\0\n", []),
        ("pyproject.toml", "[project\nname = 1\n", []),
        ("pyproject.toml", "x = " + "[" * 100_000 + "\n", []),
        ("setup.cfg", "[metadata\nname = acme-ui\n", []),
    ],
)
def test_own_names_are_the_literal_names_the_tree_builds(path: str, text: str, expected: list[str]) -> None:
    assert own_names([path], {path: text.encode()}.get) == expected


def test_a_requirement_on_an_own_distribution_is_no_install_root() -> None:
    def requirement(name: str, file: str) -> Requirement:
        return Requirement(package=name, name=name, spec="", specifier="", file=file, line=1,
                           kind=DeclarationKind.RUNTIME)

    roots, _ = install_roots([requirement("flask", "setup.py"), requirement("acme-ui", "examples/setup.py")],
                             own=["acme-ui"])
    assert [root.name for root in roots] == ["flask"]
