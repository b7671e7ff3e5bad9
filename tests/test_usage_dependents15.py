"""Usage-finder and verdict classes found scanning 36 more real applications and extensions from their sdists (Eve,
Realms-Wiki, flasgger, dash, OpenCVE, ...): each on the real pinned release's changes and synthetic siblings."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.adapters.pypi import PyPIClient
from bot.adapters.pypi_metadata import MetadataIndex
from bot.changes import ReleaseDiff
from bot.cli.main import app as cli
from bot.config import Settings
from bot.deps.core_metadata import CoreMetadata
from bot.findings.compat import CompatStatus, compat_verdict
from bot.findings.scan import scan_files, scan_paths
from bot.findings.transitive import Via, make_via, unloaded_note
from bot.releases import ProjectInfo, ReleaseFile, ReleaseInfo
from bot.usage.module_graph import import_graph, loaded, module_names, tree_imports
from tests.artifacts import unpacked_release
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release, served_for_the_cli
from tests.test_apidiff_trust import changes


def _diff(package: str, old: str, new: str) -> ReleaseDiff:
    return ReleaseDiff(package=package, old=old, new=new, changes=list(changes(package, old, new).values()))


FLASK_2_3 = ("flask", "2.2.5", "2.3.0")


def tree_uses(files: dict[str, str], *diffs: tuple[str, str, str]) -> list[tuple[str, int, str, str]]:
    """(file, line, symbol, confidence) of each use a scan of the tree finds."""
    report = scan_files(
        {path: textwrap.dedent(text).encode() for path, text in files.items()}, [_diff(*d) for d in diffs]
    )
    return [(u.file, u.line, u.symbol, u.confidence.value) for u in report.usages]


_EVE_SETTINGS = """\
    DEBUG = False
    JSON_SORT_KEYS = False  # json key sorting
    """
_EVE_APP = """\
    from flask import Flask

    class Eve(Flask):
        def __init__(self):
            super().__init__("eve")
            self.config.from_object("eve.default_settings")
    """
_EVE_RENDER = """\
    import json
    from flask import current_app as app

    def render(data):
        config = app.config
        return json.dumps(data, sort_keys=config.JSON_SORT_KEYS)
    """


def test_a_config_key_the_trees_code_reads_itself_is_its_own_setting_too() -> None:
    # Eve 2.1.0: default_settings.py sets JSON_SORT_KEYS = False (loaded with from_object) and its renderer reads
    # `config.JSON_SORT_KEYS` itself; Flask 2.3.0 no longer reading the key leaves Eve's own reading working: the
    # setting and the test reading it back were counted, and flask 2.3.0 was AT RISK for Eve, falsely
    files = {
        "eve/default_settings.py": _EVE_SETTINGS,
        "eve/flaskapp.py": _EVE_APP,
        "eve/render.py": _EVE_RENDER,
        "eve/tests/config.py": 'def test_sort(app):\n    assert app.config["JSON_SORT_KEYS"] is False\n',
        "setup.py": "from setuptools import setup\nsetup(name='eve', install_requires=['flask'])\n",
    }
    found = tree_uses(files, FLASK_2_3)
    assert {
        (path, line, confidence) for path, line, symbol, confidence in found if symbol == "config:JSON_SORT_KEYS"
    } == {
        ("eve/default_settings.py", 2, "possible"),
        ("eve/tests/config.py", 2, "possible"),
    }
    report = scan_files({p: textwrap.dedent(t).encode() for p, t in files.items()}, [_diff(*FLASK_2_3)])
    (verdict,) = report.packages
    assert not verdict.at_risk


def test_a_config_class_reading_its_own_attribute_makes_the_key_its_own() -> None:
    # Realms-Wiki 0.9.3: `class Config: ENV = 'DEV'` and, in the same class, `if self.ENV == "DEV":`
    source = """\
        class Config(object):
            ENV = 'DEV'

            @property
            def dev(self):
                return self.ENV == "DEV"
        """
    assert tree_uses({"realms/config/__init__.py": source}, FLASK_2_3) == [
        ("realms/config/__init__.py", 2, "config:ENV", "possible")
    ]


def test_a_key_only_set_or_read_back_by_tests_or_the_environment_stays_a_use() -> None:
    # OpenCVE 1.4.1's `class ProdConfig(Config): ENV = "prod"`, read by nothing: a dead setting under Flask 2.3; a
    # test asserting it, or a read of the environment variable of the same name, is no reader of the setting
    files = {
        "opencve/settings.py": 'import os\n\nclass ProdConfig:\n    ENV = "prod"\n    DEBUG = os.environ.get("ENV")\n',
        "tests/test_settings.py": 'def test_env(app):\n    assert app.config["ENV"] == "prod"\n',
    }
    found = tree_uses(files, FLASK_2_3)
    assert ("opencve/settings.py", 4, "config:ENV", "medium") in found
    assert ("tests/test_settings.py", 2, "config:ENV", "high") in found
    # a key the code reads but never sets: the read raises KeyError once the release stops defaulting it
    reader = {
        "app/views.py": 'from flask import current_app\n\ndef sort():\n    return current_app.config["JSON_SORT_KEYS"]\n'
    }
    assert tree_uses(reader, FLASK_2_3) == [("app/views.py", 4, "config:JSON_SORT_KEYS", "high")]


FLASK_3_0 = ("flask", "2.3.3", "3.0.0")
_CTX_APP = "from flask import _request_ctx_stack\n\n\ndef user():\n    return _request_ctx_stack.top.user\n"
_DASH_SETUP = """\
    from setuptools import setup


    def read_req_file(req_type):
        with open(f"requires-{req_type}.txt", encoding="utf-8") as fp:
            requires = (line.strip() for line in fp)
            return [req for req in requires if req and not req.startswith("#")]


    setup(name="dash", install_requires=read_req_file("install"), extras_require={"dev": read_req_file("dev")})
    """


def test_a_setup_helper_opening_an_f_string_path_of_its_parameter_declares_what_the_file_lists() -> None:
    # dash 2.9.3: `open(f"requires-{req_type}.txt")` in `read_req_file("install")`; the scan read no requirement,
    # said "flask is not declared as a dependency", and so found no breakage through Flask's own dependencies
    files = {
        "setup.py": textwrap.dedent(_DASH_SETUP).encode(),
        "requires-install.txt": b"Flask>=1.0.4\nplotly>=5.0.0\n",
        "requires-dev.txt": b"pytest\n",
        "dash/app.py": _CTX_APP.encode(),
    }
    report = scan_files(files, [_diff(*FLASK_3_0)])
    (found,) = report.packages
    assert found.at_risk
    assert found.reasons[0].startswith("Flask>=1.0.4 (requires-install.txt:1) admits 3.0.0")
    assert report.warnings == []
    # a conversion or a format spec is not followed: nothing is guessed, the requirements stay unread
    files["setup.py"] = textwrap.dedent(_DASH_SETUP.replace("{req_type}", "{req_type!r}")).encode()
    (found,) = scan_files(files, [_diff(*FLASK_3_0)]).packages
    assert not found.at_risk
    assert found.reasons[0].startswith("flask is in no requirement the scan could read")


_FLASGGER = """\
    try:
        from markupsafe import Markup
    except ImportError:
        from flask import Markup
    """


def test_a_removed_third_party_reexport_imported_after_its_own_home_failed_is_guarded() -> None:
    # flasgger 0.9.7.1: `from flask import Markup` only runs when `from markupsafe import Markup` failed; Flask 2.3.0
    # lost `flask.Markup` (a re-export of markupsafe's, gone without a deprecation: its __getattr__ tested "escape"
    # twice), and the handler's import was counted: flask 2.3.0 AT RISK for flasgger, falsely. Flask 3.0.0, which
    # removed the deprecated name, already said guarded.
    for release in (FLASK_2_3, FLASK_3_0):
        found = scan_files({"flasgger/base.py": textwrap.dedent(_FLASGGER).encode()}, [_diff(*release)])
        assert [(u.line, u.symbol, u.guarded) for u in found.usages] == [(4, "flask.Markup", True)]


def test_a_removed_reexport_after_an_import_of_another_name_or_of_a_submodule_still_counts() -> None:
    # the body imports something else (a different name, or the name from a module of the same package): the
    # handler's import is no fallback for it, and runs whenever the body fails
    for body in ("from markupsafe import escape", "from flask.helpers import Markup"):
        source = _FLASGGER.replace("from markupsafe import Markup", body)
        found = scan_files({"app/base.py": textwrap.dedent(source).encode()}, [_diff(*FLASK_2_3)])
        assert [(u.line, u.symbol, u.guarded) for u in found.usages] == [(4, "flask.Markup", False)]


WTFORMS_3_0 = ("wtforms", "2.3.3", "3.0.0")


def _flask_wtf_0_14_3_via() -> tuple[Via, dict[str, str], dict[str, frozenset[str]]]:
    """The real Flask-WTF 0.14.3 wheel against wtforms 3.0.0: its breaking verdict as a via, its modules and graph."""
    root = unpacked_release("flask-wtf", "0.14.3")
    paths = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    report = scan_paths(paths, lambda path: (root / path).read_bytes(), [_diff(*WTFORMS_3_0)], [])
    metadata = CoreMetadata(name="Flask-WTF", version="0.14.3", requires_dist=("WTForms",))
    verdict = compat_verdict(metadata, _diff(*WTFORMS_3_0), report.usages)
    assert verdict.status is CompatStatus.BREAKS
    via = make_via(verdict, "Flask-WTF", "0.14.3", ("flask-wtf",), [])
    modules = module_names(paths)
    return via, modules, import_graph(modules, lambda path: (root / path).read_bytes())


def test_an_extension_breaking_only_in_a_module_the_app_never_loads_does_not_break_the_app() -> None:
    # OpenCVE 1.4.1 pins Flask-WTF==0.14.3, whose only use of what wtforms 3.0.0 removed is flask_wtf/html5.py
    # (`from wtforms.fields.html5 import *`), a module neither `import flask_wtf` nor `flask_wtf.csrf` loads: the
    # scan said "wtforms 3.0.0: AT RISK through flask-wtf 0.14.3", falsely
    via, modules, graph = _flask_wtf_0_14_3_via()
    assert {use.path for use in via.uses} == {"flask_wtf/html5.py"}
    app = {
        "opencve/forms.py": b"from flask_wtf import FlaskForm\n",
        "opencve/ext.py": b"from flask_wtf.csrf import *\n",
    }
    imported = tree_imports(app, app.get, {"flask_wtf"})
    note = unloaded_note(via, modules, graph, imported)
    assert note == (
        "not affected: Flask-WTF 0.14.3 uses what breaks only in flask_wtf/html5.py, which no module the tree"
        " imports of it loads (flask_wtf, flask_wtf.csrf)"
    )


def test_an_app_importing_the_breaking_module_or_a_module_loading_it_is_still_told() -> None:
    via, modules, graph = _flask_wtf_0_14_3_via()
    for source in (b"from flask_wtf.html5 import URLField\n", b"from flask_wtf import html5\n"):
        app = {"app/forms.py": b"from flask_wtf import FlaskForm\n", "app/fields.py": source}
        assert unloaded_note(via, modules, graph, tree_imports(app, app.get, {"flask_wtf"})) == ""
    # a module of the extension importing it lazily (inside a function) loads it too; an app importing nothing of
    # the extension (another package may import it any way) and a deeper chain are kept
    lazy = dict(graph, **{"flask_wtf.form": graph["flask_wtf.form"] | {"flask_wtf.html5"}})
    assert unloaded_note(via, modules, lazy, {"flask_wtf"}) == ""
    assert unloaded_note(via, modules, graph, set()) == ""
    deeper = via.model_copy(update={"chain": ("flask-security-too", "flask-wtf")})
    assert unloaded_note(deeper, modules, graph, {"flask_wtf"}) == ""


def test_module_names_follow_packages_in_wheels_and_sdists() -> None:
    paths = [
        "Flask-WTF-0.12/flask_wtf/__init__.py",
        "Flask-WTF-0.12/flask_wtf/recaptcha/__init__.py",
        "Flask-WTF-0.12/flask_wtf/recaptcha/widgets.py",
        "Flask-Login-0.3.2/flask_login.py",
        "Flask-WTF-0.12/setup.py",
    ]
    assert module_names(paths) == {
        "Flask-WTF-0.12/flask_wtf/__init__.py": "flask_wtf",
        "Flask-WTF-0.12/flask_wtf/recaptcha/__init__.py": "flask_wtf.recaptcha",
        "Flask-WTF-0.12/flask_wtf/recaptcha/widgets.py": "flask_wtf.recaptcha.widgets",
        "Flask-Login-0.3.2/flask_login.py": "flask_login",
        "Flask-WTF-0.12/setup.py": "setup",
    }
    files = {
        "pkg/__init__.py": b"from .sub import thing\n",
        "pkg/sub/__init__.py": b"from ..other import x\n",
        "pkg/other.py": b"",
        "pkg/lonely.py": b"",
    }
    graph = import_graph(module_names(files), files.get)
    assert loaded(graph, {"pkg"}) == {"pkg", "pkg.sub", "pkg.other"}


@pytest.fixture
def wtforms_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    pypi = TimelinePyPI()
    pypi.publish(
        pinned_release("wtforms", "2.3.3"),
        pinned_release("wtforms", "3.0.0"),
        pinned_release("flask-wtf", "0.14.3"),
        metadata_only("flask", "2.3.3", ("Werkzeug>=2.3.7", "itsdangerous>=2.1.2")),
        metadata_only("werkzeug", "2.3.8", ("MarkupSafe>=2.1.1",)),
        metadata_only("markupsafe", "2.1.3"),
        metadata_only("itsdangerous", "2.1.2"),
    )
    watchlist = "flask,werkzeug,flask-wtf,wtforms,itsdangerous,markupsafe"
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, watchlist):
        yield pypi


def test_the_scan_says_an_extension_breaking_in_an_unloaded_module_leaves_the_checkout_ok(
    wtforms_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    root = tmp_path / "opencve"
    root.mkdir()
    (root / "requirements.txt").write_text("Flask-WTF==0.14.3\n")
    (root / "forms.py").write_text("from flask_wtf import FlaskForm\nfrom flask_wtf.csrf import CSRFProtect\n")
    result = CliRunner().invoke(cli, ["scan", str(root), "--against", "wtforms==3.0.0"])
    assert result.exit_code == 0, result.stdout
    assert "wtforms 3.0.0: OK through flask-wtf 0.14.3 (brought in by requirements.txt:1)" in result.stdout
    assert "AT RISK" not in result.stdout
    (root / "fields.py").write_text("from flask_wtf.html5 import URLField\n")
    result = CliRunner().invoke(cli, ["scan", str(root), "--against", "wtforms==3.0.0", "--format", "json"])
    assert result.exit_code == 1, result.stdout
    [risk] = [r for r in json.loads(result.stdout)["risks"] if "via" in r]
    assert (risk["level"], risk["via"]["package"], risk["via"]["version"]) == ("breaks", "flask-wtf", "0.14.3")


def _file(filename: str, packagetype: str) -> ReleaseFile:
    return ReleaseFile(filename, f"https://files.example/{filename}", "0" * 64, 1, packagetype, None, False, None)


def _release(version: str, *files: ReleaseFile) -> ReleaseInfo:
    return ReleaseInfo(version, files, None, False, False, None)


async def test_a_release_pip_cannot_install_is_no_candidate_of_the_resolver(tmp_path: Path) -> None:
    # Faraday 4.3.0 scanned against werkzeug 1.0.0: resolving its requirements backtracked into Flask-Limiter 0.6.1,
    # whose only file is an egg; reading its metadata raised, and the whole transitive check of the release failed
    project = ProjectInfo(
        "Flask-Limiter",
        1,
        "0.7.0",
        (
            _release("0.6.1", _file("Flask_Limiter-0.6.1-py2.7.egg", "bdist_egg")),
            _release("0.6.2", _file("Flask-Limiter-0.6.2.tar.gz", "sdist")),
            _release("0.7.0", _file("Flask_Limiter-0.7.0-py3-none-any.whl", "bdist_wheel")),
            _release("0.7.1", _file("Flask-Limiter-0.7.1.win32.exe", "bdist_wininst")),
        ),
        {},
        {},
    )
    settings = Settings(_env_file=None, data_dir=tmp_path, cache_dir=tmp_path, http_retries=0)  # type: ignore[call-arg]
    async with PyPIClient(settings) as client:
        found = await MetadataIndex(client, {"flask-limiter": project}).releases("flask-limiter")
    assert [str(release.version) for release in found] == ["0.6.2", "0.7.0"]


_FST_FORMS = """\
    try:  # pragma: no cover
        # Version 3+
        from wtforms.fields import EmailField
    except ImportError:
        from wtforms.fields.html5 import EmailField
    """


def test_a_removed_submodules_name_imported_after_the_same_name_from_a_package_above_it_is_guarded() -> None:
    # Flask-Security-Too 4.1.6 (what a fresh install of Faraday 4.3.0 picks): wtforms 3.0.0 removed
    # wtforms.fields.html5, folding its fields into wtforms.fields, which the try body imports first; the handler
    # never runs, yet the verdict was "wtforms 3.0.0: AT RISK through flask-security-too 4.1.6"
    found = scan_files({"flask_security/forms.py": textwrap.dedent(_FST_FORMS).encode()}, [_diff(*WTFORMS_3_0)])
    assert [(u.line, u.symbol, u.guarded) for u in found.usages] == [(5, "wtforms.fields.html5", True)]


def test_a_removed_submodule_after_a_sibling_module_or_an_unrelated_name_still_counts() -> None:
    # a sibling module (flask-restx 1.1's `flask.helpers` before `flask.scaffold`) is no package above the removed
    # one: both may be gone; nor is a body importing another name
    for body in ("from wtforms.widgets import EmailField", "from wtforms.fields import URLField"):
        source = _FST_FORMS.replace("from wtforms.fields import EmailField", body)
        found = scan_files({"app/forms.py": textwrap.dedent(source).encode()}, [_diff(*WTFORMS_3_0)])
        assert [(u.line, u.symbol, u.guarded) for u in found.usages] == [(5, "wtforms.fields.html5", False)]


# -- hostile extension and tree files: what cannot be followed is never read as "not loaded" --

_NESTED = "x = a" + ".b" * 200_000 + "\n"  # past what the parser takes (RecursionError); Python may still import it


def test_an_extension_module_the_reader_cannot_follow_may_load_any_other() -> None:
    names = {"ext/__init__.py": "ext", "ext/deep.py": "ext.deep", "ext/html5.py": "ext.html5", "ext/bad.py": "ext.bad"}
    files = {"ext/__init__.py": b"from . import deep\n", "ext/deep.py": _NESTED.encode(),
             "ext/html5.py": b"from wtforms.fields.html5 import EmailField\n", "ext/bad.py": b"def f(:\n"}
    graph = import_graph(names, files.get)
    assert "ext.html5" in loaded(graph, {"ext"})  # through the module it cannot follow
    assert "ext.bad" not in graph  # a syntax error: Python cannot import it either, it loads nothing
    unreadable = import_graph(names, {**files, "ext/deep.py": None}.get)
    assert "ext.html5" in loaded(unreadable, {"ext"})


def test_a_tree_file_the_reader_cannot_follow_leaves_the_trees_imports_unknown() -> None:
    files = {"app/a.py": b"import ext\n", "app/deep.py": ("import ext.html5\n" + _NESTED).encode()}
    assert tree_imports(files, files.get, {"ext"}) == set()  # unknown: no "OK through" on a guess
    broken = {"app/a.py": b"import ext\n", "app/old.py": b"print 'py2'\nimport ext.html5\n"}
    assert tree_imports(broken, broken.get, {"ext"}) == {"ext"}  # a syntax error imports nothing
