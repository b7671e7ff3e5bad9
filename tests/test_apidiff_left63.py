"""Leftovers, sixty-third stop: test settings, version flags re-exported, names a body spells but never reads, and
the release a deprecation is dated at when releases lie between the two diffed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from bot.apidiff.diff import dated_at_new, redated
from bot.changes import Change, ChangeKind, ObjectKind
from bot.jobs.analysis import releases_after
from tests.test_apidiff_service import WERKZEUG, PinnedPyPI, analyser_for, client_for  # noqa: F401 (fixtures)
from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen4 import diffed

# -- the settings module of the release's own test run (`testapp/testsettings.py`) configures its tests --

_SETTINGS = "import os\n\nenv = dict(os.environ)\nDEBUG = False\nMONKEY_PATCH = False\nINSTALLED_APPS = ('demo',)\n"


def test_a_test_apps_settings_module_is_no_api(tmp_path: Path) -> None:
    new_settings = _SETTINGS.replace("MONKEY_PATCH = False\n", "")
    old = {"demo/__init__.py": "", "demo/testapp/__init__.py": "", "demo/testapp/testsettings.py": _SETTINGS}
    new = {**old, "demo/testapp/testsettings.py": new_settings}
    assert "demo.testapp.testsettings.MONKEY_PATCH" not in removed(diffed(tmp_path, old, new))
    # the package's own settings module stays API: its users read the values
    old = {"demo/__init__.py": "", "demo/settings.py": _SETTINGS}
    found = diffed(tmp_path / "b", old, {**old, "demo/settings.py": new_settings})
    assert "demo.settings.MONKEY_PATCH" in removed(found)


def test_a_test_named_module_defining_functions_is_no_settings_module(tmp_path: Path) -> None:
    helpers = _SETTINGS + "\n\ndef configure():\n    return DEBUG\n"
    old = {"demo/__init__.py": "", "demo/testsettings.py": helpers}
    found = diffed(tmp_path, old, {**old, "demo/testsettings.py": helpers.replace("MONKEY_PATCH = False\n", "")})
    assert "demo.testsettings.MONKEY_PATCH" in removed(found)


def test_django_guardian_3_0_testapp_settings_are_its_tests() -> None:
    found = changes("django-guardian", "2.4.0", "3.0.0")
    assert "guardian.testapp.testsettings.GUARDIAN_MONKEY_PATCH" not in removed(found)
    assert "guardian.conf.settings.MONKEY_PATCH" in removed(found)  # the package's own setting: a real removal


# -- a Python-version flag is plumbing wherever it is bound: defined, imported, or re-exported explicitly --

_COMPAT = "import sys\n\npy38 = sys.version_info >= (3, 8)\npy39 = sys.version_info >= (3, 9)\n"


def test_a_version_flag_reexported_explicitly_is_plumbing_too(tmp_path: Path) -> None:
    init = "from .compat import py38 as py38\nfrom .compat import py39 as py39\nfrom .compat import other as other\n"
    old = {"demo/__init__.py": init, "demo/compat.py": _COMPAT + "other = 1\n"}
    new = {
        "demo/__init__.py": "from .compat import py39 as py39\n",
        "demo/compat.py": _COMPAT.replace("py38 = sys.version_info >= (3, 8)\n", ""),
    }
    found = diffed(tmp_path, old, new)
    assert "demo.py38" not in removed(found)
    assert "demo.compat.py38" not in removed(found)
    assert "demo.other" in removed(found)  # a re-exported value that is no flag stays API


# -- a parameter the old body spelled only as a keyword argument's name or in a string was never read --


def test_a_name_spelled_only_as_a_keyword_or_text_was_not_read(tmp_path: Path) -> None:
    old = (
        "def scale(value, axis=None, mode=None):\n    return dict(axis=value, label='mode')\n\n\n"
        "def shift(value, axis=None):\n    return dict(axis=axis, value=value)\n"
    )
    new = (
        "def scale(value, axis=None, mode=None):\n    return dict(value=value)\n\n\n"
        "def shift(value, axis=None):\n    return dict(value=value)\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.scale") not in found
    assert "'axis'" in (found[("signature_changed", "demo.shift")].detail or "")  # `axis=axis` read it


# -- a module defining nothing public that sets the interpreter's state when run is a script, not an API --

_ACTIVATE = (
    "import os\nimport sys\n\nbin_dir = os.path.dirname(os.path.abspath(__file__))\nprev_length = len(sys.path)\n"
    "os.environ['PATH'] = bin_dir\nsys.prefix = bin_dir\n"
)


def test_a_module_run_for_its_effect_on_the_interpreter_is_no_api(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/activate.py": _ACTIVATE}
    new = {**old, "demo/activate.py": _ACTIVATE.replace("prev_length = len(sys.path)\n", "")}
    found = diffed(tmp_path, old, new)
    assert "demo.activate.prev_length" not in removed(found)
    assert "is run for its effect" in found[("removed", "demo.activate.prev_length")].detail
    # one that also defines a public function is a module of the API; `sys.modules[...] =` sets no state of one
    for index, extra in enumerate(("\ndef activate():\n    pass\n", "sys.modules['demo.other'] = sys\n")):
        effect = "os.environ['PATH'] = bin_dir\nsys.prefix = bin_dir\n"
        source = _ACTIVATE.replace(effect, "") + extra if index else _ACTIVATE + extra
        old = {"demo/__init__.py": "", "demo/activate.py": source}
        new = {**old, "demo/activate.py": source.replace("prev_length = len(sys.path)\n", "")}
        assert "demo.activate.prev_length" in removed(diffed(tmp_path / str(index), old, new))


def test_virtualenv_21_activate_this_globals_are_a_scripts() -> None:
    found = changes("virtualenv", "21.0.0", "21.15.14")
    assert "virtualenv.activation.python.activate_this.prev_length" not in removed(found)


# -- a placeholder method turned into a name the class's `__getattr__` refuses is still called where the release
# calls that name: its overrides are not silently dropped --

_PLACEHOLDER_OLD = """class Collection:
    def with_options(self, codec=None):
        raise NotImplementedError("Not implemented.")


def profile(collection):
    return collection.with_options(codec=1)
"""
_PLACEHOLDER_NEW = """REFUSED = {"with_options"}


class Collection:
    def __getattr__(self, name):
        if name in REFUSED:
            raise NotImplementedError(name)
        raise AttributeError(name)


def profile(collection):
    return collection.with_options(codec=1)
"""


def test_a_placeholder_now_refused_by_getattr_and_still_called_is_no_dropped_hook(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PLACEHOLDER_OLD}, {"demo/__init__.py": _PLACEHOLDER_NEW})
    assert "demo.Collection.with_options" not in removed(found)
    # no longer called at all: overrides in subclasses are ignored, the dropped hook is claimed
    uncalled = _PLACEHOLDER_NEW.replace("collection.with_options(codec=1)", "collection")
    found = diffed(tmp_path / "b", {"demo/__init__.py": _PLACEHOLDER_OLD}, {"demo/__init__.py": uncalled})
    assert "calls it nowhere" in found[("removed", "demo.Collection.with_options")].detail


def test_montydb_2_0_with_options_is_still_refused_and_still_called() -> None:
    assert "montydb.MontyCollection.with_options" not in removed(changes("montydb", "1.3.0", "2.0.0"))


# -- a deprecation is dated at the first release that warns, not at the newer of two releases far apart --


def _deprecated(symbol: str, since: str | None) -> Change:
    return Change(symbol=symbol, kind=ChangeKind.DEPRECATED, object=ObjectKind.FUNCTION, detail="", deprecated_since=since)


def test_a_deprecation_dated_at_the_new_release_is_searched_back_to_the_old_one() -> None:
    listed = [_deprecated("demo.a", "1.5"), _deprecated("demo.b", "1.5"), _deprecated("demo.c", None)]
    assert dated_at_new(listed, "1.5") == ["demo.a", "demo.b"]
    dated = redated(listed, "1.5", {"demo.a": "1.2"}.get)
    assert [c.deprecated_since for c in dated] == ["1.2", None, None]  # unknown is said so, never guessed
    assert releases_after(["0.9", "1.0", "1.2", "1.5"], "1.0") == ["1.2", "1.5"]


async def test_werkzeug_2_3_deprecations_seen_from_2_2_are_dated_2_3_0(
    engine: Engine, client_for: Any, analyser_for: Any  # noqa: F811 (fixtures)
) -> None:
    pypi = PinnedPyPI({"werkzeug": WERKZEUG})
    diff = await analyser_for(client_for(pypi), engine).compare("werkzeug", "2.3.8", "2.2.3")
    decode = next(c for c in diff.changes if c.symbol == "werkzeug.urls.url_decode" and c.kind.value == "deprecated")
    assert decode.deprecated_since == "2.3.0"
