"""Options a release reads that users set outside any call (issue 11): Flask config keys an extension reads with a
plain `.get`, and options read from a user's nested options class (`class Meta:`)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import ReleaseDiff
from bot.usage import Targets, find_usages
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes


def _config_keys(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[str, int | None]:
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol: c.old_location.line if c.old_location else None for c in found if c.symbol.startswith("config:")}


# -- Flask config keys read only with a plain `.get` --

_EXTENSION = (
    "def init_app(app):\n"
    "    app.config.setdefault('SQLX_ECHO', False)\n"
    "    app.config.setdefault('SESSION_TYPE', 'null')\n"
    "{reads}"
)


def _ext(reads: str) -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/ext.py": _EXTENSION.format(reads=reads)}


def test_a_key_read_beside_defaults_of_its_leading_word_is_the_extensions_own(tmp_path: Path) -> None:
    old = _ext(
        "    if app.config.get('SQLX_COMMIT_ON_TEARDOWN', False):\n        pass\n"
        "    app.config['SQLX_POOL']\n    'SQLX_RETRY' in app.config\n"
    )
    assert _config_keys(tmp_path, old, _ext("")) == {
        "config:SQLX_COMMIT_ON_TEARDOWN": 4, "config:SQLX_POOL": 6, "config:SQLX_RETRY": 7,
    }
    assert _config_keys(tmp_path, old, old) == {}
    # still read, only no longer defaulted (or the other way round): still read, nothing lost
    assert _config_keys(tmp_path, _ext("    app.config.setdefault('SQLX_POOL', 1)\n"), _ext("    app.config['SQLX_POOL']\n")) == {}


def test_a_key_of_the_framework_or_of_another_extension_read_incidentally_is_not_claimed(tmp_path: Path) -> None:
    old = _ext(
        "    app.config.get('TESTING')\n    app.config['DEBUG']\n"  # Flask's, one word
        "    app.config.get('SESSION_COOKIE_NAME')\n"  # Flask's, though it shares flask-session's word
        "    app.config.get('SQLALCHEMY_DATABASE_URI')\n"  # another extension's: no default of that word here
        "    app.config.get('SQLX')\n"  # the word alone is no key of the namespace
    )
    assert _config_keys(tmp_path, old, _ext("")) == {}
    # a default in another module of the release is no evidence for this module's read
    other = {**_ext(""), "demo/cli.py": "def run(app):\n    return app.config.get('SQLX_POOL')\n"}
    assert _config_keys(tmp_path, other, _ext("")) == {}


def test_a_key_the_new_release_builds_at_run_time_is_still_read(tmp_path: Path) -> None:
    old = _ext("    app.config.get('SQLX_POOL')\n    app.config.get('SQLX_TIMEOUT')\n")
    for read in ("app.config.get(f'SQLX_{name}')", "app.config['SQLX_' + name]", "app.config.get('SQLX_%s' % name)",
                 "app.config.get('SQLX_{}'.format(name))", "app.config.get_namespace('SQLX_')"):
        new = _ext(f"    for name in NAMES:\n        {read}\n")
        assert _config_keys(tmp_path, old, new) == {}, read
    # a shape that cannot build the key saves nothing: `SQLX_*_URI` builds no `SQLX_POOL`
    new = _ext("    app.config.get('SQLX_' + name + '_URI')\n    app.config.get(prefix + '_TIMEOUT')\n")
    assert _config_keys(tmp_path, old, new) == {"config:SQLX_POOL": 4}


def test_flask_sqlalchemy_3_1_no_longer_reads_commit_on_teardown() -> None:
    found = changes("flask-sqlalchemy", "3.0.5", "3.1.0")
    keys = {symbol for kind, symbol in found if symbol.startswith("config:")}
    assert keys == {"config:SQLALCHEMY_COMMIT_ON_TEARDOWN"}  # 3.0.5 read it with app.config.get only
    change = found[("removed", "config:SQLALCHEMY_COMMIT_ON_TEARDOWN")]
    assert change.breakage == "config_key_removed"
    assert (change.old_location.path, change.old_location.line) == ("flask_sqlalchemy/extension.py", 267)
    targets = Targets.from_diffs([ReleaseDiff(package="flask-sqlalchemy", old="3.0.5", new="3.1.0",
                                              changes=[change])])
    app = b"from flask import Flask\napp = Flask(__name__)\napp.config['SQLALCHEMY_COMMIT_ON_TEARDOWN'] = True\n"
    assert [(u.line, u.form.value, u.confidence.value) for u in find_usages("app.py", app, targets)[0]] == [
        (3, "config", "high"),
    ]
    settings = b"SQLALCHEMY_DATABASE_URI = 'sqlite://'\nSQLALCHEMY_COMMIT_ON_TEARDOWN = True\n"
    assert [(u.line, u.symbol) for u in find_usages("config.py", settings, targets)[0]] == [
        (2, "config:SQLALCHEMY_COMMIT_ON_TEARDOWN"),
    ]
    env = b"FLASK_SQLALCHEMY_COMMIT_ON_TEARDOWN=1\nFLASK_DEBUG=1\n"
    assert [(u.line, u.form.value) for u in find_usages(".env", env, targets)[0]] == [(1, "config")]
