"""Classes found scanning real applications and extensions never scanned before (flask-paginate, Flask-Dropzone,
Flask-Markdown, Flask-AppBuilder, FlaskBB, Airflow, ...): each on real pinned releases or synthetic siblings."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from bot.usage import FlagIndex, Targets, find_usages
from tests.artifacts import unpacked_release
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release, served_for_the_cli
from tests.test_transitive_timeline import APP_PY, support_releases
from tests.test_usage_dependents16 import _diff

runner = CliRunner()

# Flask-Login is left out of the watchlist: the repository installs it itself, so it is still an extension whose
# release breaks the repository (flask-login 0.6.2 imports werkzeug.urls.url_decode, gone in Werkzeug 3.0.0).
UNWATCHED_LOGIN = "flask,werkzeug,jinja2,itsdangerous,click,blinker,markupsafe"


@pytest.fixture
def unwatched_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("werkzeug", "3.0.0"),
                 pinned_release("flask", "2.3.3"), pinned_release("flask", "3.0.0"), pinned_release("flask-login", "0.6.2"),
                 metadata_only("requests", "2.31.0"), *support_releases())
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, UNWATCHED_LOGIN):
        yield pypi


def _scan(tmp_path: Path, requirements: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    root = tmp_path / "app"
    root.mkdir()
    (root / "requirements.txt").write_text(requirements)
    (root / "app.py").write_text(APP_PY)
    result = runner.invoke(app, ["scan", str(root), "--against", "werkzeug==3.0.0", "--format", "json"])
    return result.exit_code, [risk for risk in json.loads(result.stdout)["risks"] if "via" in risk]


def test_an_unwatched_extension_the_repository_requires_itself_is_checked(
    unwatched_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    code, risks = _scan(tmp_path, "flask\nflask-login\n")
    assert code == 1
    [risk] = risks
    via = risk["via"]
    assert (risk["package"], risk["release"]) == ("werkzeug", "3.0.0")
    assert (via["package"], via["version"], via["requirement"], via["brought_by"]) == (
        "flask-login", "0.6.2", "Werkzeug>=1.0.1", "requirements.txt:2")
    assert {"symbol": "werkzeug.urls.url_decode", "file": "flask_login/utils.py", "line": 14} in via["uses"]


def test_unknown_and_unrelated_requirements_of_its_own_change_nothing(
    unwatched_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    # a private package PyPI does not know, and one that does not depend on Werkzeug, beside the extension
    code, risks = _scan(tmp_path, "flask\nflask-login\nour-private-lib==1.0\nrequests\n")
    assert code == 1
    assert [risk["via"]["package"] for risk in risks] == ["flask-login"]


def test_a_bound_still_protects_from_an_unwatched_extension(unwatched_pypi: TimelinePyPI, tmp_path: Path) -> None:
    code, risks = _scan(tmp_path, "flask\nflask-login\nwerkzeug<3\n")
    assert (code, risks) == (0, [])


def test_airflow_breaks_through_the_flask_appbuilder_it_pins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Airflow 2.5.3's own requirements (setup.cfg): flask>=2.2,<2.3 and flask-appbuilder==4.1.4 (not watched)
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("flask", "2.1.3"), pinned_release("flask", "2.2.0"), pinned_release("werkzeug", "2.2.3"),
                 pinned_release("flask-appbuilder", "4.1.4"), *support_releases())
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, UNWATCHED_LOGIN):
        root = tmp_path / "airflow"
        root.mkdir()
        (root / "requirements.txt").write_text("flask>=2.2,<2.3\nflask-appbuilder==4.1.4\n")
        (root / "app.py").write_text("from flask_appbuilder import AppBuilder\n")
        result = runner.invoke(app, ["scan", str(root), "--against", "flask==2.2.0", "--format", "json"])
    assert result.exit_code == 1, result.stdout
    [via] = [risk["via"] for risk in json.loads(result.stdout)["risks"] if "via" in risk]
    assert (via["package"], via["version"], via["requirement"], via["brought_by"]) == (
        "flask-appbuilder", "4.1.4", "Flask<3,>=2", "requirements.txt:2")
    assert {"symbol": "flask.send_file", "file": "flask_appbuilder/views.py", "line": 641} in via["uses"]


def _uses(source: str, *diffs: tuple[str, str, str]) -> list[tuple[int, str, str, bool]]:
    """(line, symbol, change, guarded) of the uses in one module."""
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    data = textwrap.dedent(source).encode()
    index = FlagIndex(["pkg/mod.py"], {"pkg/mod.py": data}.get, targets.import_names)
    usages, warnings = find_usages("pkg/mod.py", data, targets, index)
    assert warnings == []
    return [(u.line, u.symbol, u.change.value, u.guarded) for u in usages]


FLASK_2_2 = ("flask", "2.1.3", "2.2.0")
FLASK_3_0 = ("flask", "2.3.3", "3.0.0")


def test_flask_assets_old_spelling_in_the_handler_never_runs() -> None:
    # the real module: `from flask.globals import request_ctx, app_ctx`, falling back to the stacks, which Flask 2.2
    # deprecated and 3.0 removed; the handler runs only on a Flask without request_ctx. It was AT RISK with 3.0.0.
    root = unpacked_release("flask-assets", "2.1.0")
    source = next(root.rglob("flask_assets.py")).read_text()
    found = [use for use in _uses(source, FLASK_3_0) if "ctx_stack" in use[1]]
    assert found == [
        (11, "flask._request_ctx_stack", "removed", True), (11, "flask._app_ctx_stack", "removed", True),
        (12, "flask._request_ctx_stack", "removed", True), (13, "flask._app_ctx_stack", "removed", True),
    ]
    # with 2.2.0, which deprecated the stacks and added request_ctx, the handler never runs, so never warns
    assert [use for use in _uses(source, FLASK_2_2) if "ctx_stack" in use[1]] == []


_SHIM = """\
try:
    from flask.globals import request_ctx
except ImportError:
    from flask import _request_ctx_stack
    request_ctx = _request_ctx_stack.top
"""


def test_a_handler_assigning_the_body_name_is_a_replacement_for_any_old_spelling() -> None:
    assert _uses(_SHIM, FLASK_3_0) == [
        (4, "flask._request_ctx_stack", "removed", True),
        (5, "flask._request_ctx_stack", "removed", True),
    ]
    # the same name bound by the handler's import itself (no assignment) is the older sibling, still judged
    aliased = "try:\n    from flask.globals import request_ctx\nexcept ImportError:\n    from flask import _request_ctx_stack as request_ctx\n"
    assert _uses(aliased, FLASK_3_0) == [(4, "flask._request_ctx_stack", "removed", True)]


@pytest.mark.parametrize(
    "source",
    [
        # the body imports a private name too: both spellings are old, the handler runs where the body fails
        "try:\n    from flask import _app_ctx_stack as stack\nexcept ImportError:\n    from flask import _request_ctx_stack as stack\n",
        # the handler assigns a name the body does not import: no replacement
        "try:\n    from flask.globals import request_ctx\nexcept ImportError:\n    from flask import _request_ctx_stack\n    other = _request_ctx_stack.top\n",
        # the body's name is of another distribution, and the change names no replacement there
        "try:\n    from quart.globals import request_ctx\nexcept ImportError:\n    from flask import _request_ctx_stack\n    request_ctx = _request_ctx_stack.top\n",
        # a handler of another failure than ImportError
        "try:\n    from flask.globals import request_ctx\nexcept KeyError:\n    from flask import _request_ctx_stack\n    request_ctx = _request_ctx_stack.top\n",
    ],
)
def test_a_handler_that_is_no_replacement_still_breaks(source: str) -> None:
    found = [use for use in _uses(source, FLASK_3_0) if use[1] == "flask._request_ctx_stack"]
    assert found
    assert not any(guarded for _, _, _, guarded in found)


def test_a_deprecated_name_the_try_body_imports_still_warns() -> None:
    # Flask-AppBuilder 4.3.0's filemanager: the body runs under Flask 2.2.0 and warns; only a handler never runs.
    # The try guards against the import failing, which a deprecation never makes it do: no guard (usage19)
    source = "try:\n    from flask import _app_ctx_stack\nexcept ImportError:\n    _app_ctx_stack = None\n"
    assert _uses(source, FLASK_2_2) == [(2, "flask._app_ctx_stack", "deprecated", False)]


@pytest.mark.parametrize(
    "source",
    [
        "try:\n    from flask.globals import request_ctx\nexcept ImportError:\n    import flask\n    request_ctx = flask._request_ctx_stack.top\n",
        "import flask\ntry:\n    from flask.globals import request_ctx\nexcept ImportError:\n    request_ctx = flask._request_ctx_stack.top\n",
    ],
)
def test_the_old_spelling_read_through_the_module_in_such_a_handler_never_runs(source: str) -> None:
    assert _uses(source, FLASK_3_0) == [(5, "flask._request_ctx_stack", "removed", True)]
    assert _uses(source, FLASK_2_2) == []


def test_a_handler_putting_nothing_in_place_of_the_body_name_still_runs_its_reads() -> None:
    source = "import flask\ntry:\n    from flask.globals import request_ctx\nexcept ImportError:\n    other = flask._request_ctx_stack.top\n"
    assert _uses(source, FLASK_3_0) == [(5, "flask._request_ctx_stack", "removed", False)]
    assert _uses(source, FLASK_2_2) == [(5, "flask._request_ctx_stack", "deprecated", False)]
