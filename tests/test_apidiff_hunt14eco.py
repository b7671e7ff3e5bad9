"""False claims and misses found on Flask-ecosystem release pairs never examined before (connexion 2.14→3.0,
python-socketio 4.6→5.0, flask-admin 1.6→2.0, wtforms 3.2→3.3, …): each class on its pinned real example and on a
synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a parameter "renamed" to a new one only because the new name is the last word of the old --


def test_connexion_3_add_api_name_is_no_renamed_pass_context_arg_name() -> None:
    found = changes("connexion", "2.14.2", "3.0.0")
    detail = found["signature_changed", "connexion.AbstractApp.add_api"].detail or ""
    # `name=` names the API; `pass_context_arg_name=` was the handler's context argument, gone in 3.0
    assert "renamed to 'name'" not in detail and "'pass_context_arg_name' removed" in detail
    assert "'base_path' is now keyword-only" in detail  # the true parts of the claim kept


def test_a_name_sharing_only_its_last_word_is_no_rename(tmp_path: Path) -> None:
    found = diffed(tmp_path, "def add(spec, context_arg_name=None):\n    pass\n",
                   "def add(spec, name=None):\n    pass\n")
    assert found["signature_changed", "demo.add"].detail == "parameter 'context_arg_name' removed"
    qualified = diffed(tmp_path, "def add(spec, bind=None):\n    pass\n", "def add(spec, bind_key=None):\n    pass\n")
    assert "'bind' renamed to 'bind_key'" in (qualified["signature_changed", "demo.add"].detail or "")
    prefixed = diffed(tmp_path, "def add(spec, handler=None):\n    pass\n", "def add(spec, wsHandler=None):\n    pass\n")
    assert "'handler' renamed to 'wsHandler'" in (prefixed["signature_changed", "demo.add"].detail or "")


# -- `**kwargs` handed on under another name (`options = kwargs`, `dict(kwargs)`, `kwargs.copy()`) --


def test_python_socketio_5_client_binary_goes_to_the_engineio_client() -> None:
    found = changes("python-socketio", "4.6.1", "5.0.0")
    # `engineio_options = kwargs` ... `self._engineio_client_class()(**engineio_options)`: engine.io 4's `Client`
    # takes no `binary=` (TypeError); the dict goes on, to a callee the engine cannot name: removed, lower confidence
    for symbol in ("socketio.Client", "socketio.Server", "socketio.AsyncClient"):
        detail = found["signature_changed", symbol].detail or ""
        assert "'binary' removed" in detail and "lower confidence" in detail and "keyword-only" not in detail
    assert ("removed", "socketio.packet.ERROR") in found  # true ones kept (`CONNECT_ERROR` in protocol 5)


ENGINE = "class Engine:\n    def __init__(self, logger=False, binary=False):\n        pass\n\n\n"
CLIENT_OLD = ENGINE + "class Client:\n    def __init__(self, logger=False, binary=False, **kwargs):\n        pass\n"
CLIENT_NEW = ("class Client:\n    def __init__(self, logger=False, **kwargs):\n"
              "        options = dict(kwargs)\n        options.pop('engine_logger', None)\n"
              "        self.engine = {callee}(**options)\n")


def test_kwargs_handed_on_under_another_name_are_followed(tmp_path: Path) -> None:
    engine = ENGINE.replace("logger=False, binary=False", "logger=False")
    rejected = diffed(tmp_path, CLIENT_OLD, engine + CLIENT_NEW.format(callee="Engine"))
    surely = rejected["signature_changed", "demo.Client"].detail or ""
    assert "'binary' removed" in surely and "lower confidence" not in surely  # `Engine` takes no `binary=`
    unknown = diffed(tmp_path, CLIENT_OLD, engine + CLIENT_NEW.format(callee="self.engine_class()"))
    assert "lower confidence" in (unknown["signature_changed", "demo.Client"].detail or "")
    updated = CLIENT_NEW.format(callee="Engine").replace("options = dict(kwargs)", "options = {'x': 1}\n"
                                                          "        options.update(kwargs)")
    copied = diffed(tmp_path, CLIENT_OLD, engine + updated)["signature_changed", "demo.Client"].detail or ""
    assert "'binary' removed" in copied and "lower confidence" not in copied  # copied into a dict `Engine` gets
    accepted = diffed(tmp_path, CLIENT_OLD, ENGINE + CLIENT_NEW.format(callee="Engine"))
    # the engine still takes `binary=`: only positional callers break
    assert accepted["signature_changed", "demo.Client"].detail == "parameter 'binary' is now keyword-only"
    kept = diffed(tmp_path, CLIENT_OLD, engine + CLIENT_NEW.format(callee="Engine").replace("'engine_logger'",
                                                                                          "'binary'"))
    # read out of the alias: still an option
    assert kept["signature_changed", "demo.Client"].detail == "parameter 'binary' is now keyword-only"


# -- a config key only read, never defaulted, spelled under the extension's own name --


def test_flask_admin_2_renamed_its_raise_on_exception_keys() -> None:
    found = changes("flask-admin", "1.6.1", "2.0.0")
    # `current_app.config.get("ADMIN_RAISE_ON_VIEW_EXCEPTION")`, read only: 2.0 reads FLASK_ADMIN_RAISE_ON_...
    assert {("removed", "config:ADMIN_RAISE_ON_VIEW_EXCEPTION"), ("removed", "config:ADMIN_RAISE_ON_INTEGRITY_ERROR")} \
        <= set(found)
    assert {("removed", "flask_admin.Admin.template_mode"), ("removed", "flask_admin.contrib.appengine")} <= set(found)


READS = ("from flask import current_app\n\n\ndef handle():\n"
         "    return current_app.config.get('{key}'), current_app.config.get('TESTING'),"
         " current_app.config.get('MAIL_SERVER'), current_app.config['SESSION_COOKIE_NAME']\n")


def config_changes(tmp_path: Path, package: str, old_key: str, new_key: str) -> set[str]:
    """The config keys claimed removed when `package` reads `new_key` where it read `old_key` (and three keys the
    app sets for the framework or another extension, read by both)."""
    root = tmp_path / f"{package}-{old_key}"
    old = surface(root, {f"{package}/__init__.py": READS.format(key=old_key)}, "1.0")
    new = surface(root, {f"{package}/__init__.py": READS.format(key=new_key)}, "2.0")
    return {c.symbol for c in diff_surfaces(old, new) if c.symbol.startswith("config:")}


def test_a_key_read_under_the_package_name_is_its_own(tmp_path: Path) -> None:
    assert config_changes(tmp_path, "flask_demo", "DEMO_RAISE", "FLASK_DEMO_RAISE") == {"config:DEMO_RAISE"}
    assert config_changes(tmp_path, "flask_demo", "FLASK_DEMO_RAISE", "DEMO_RAISE") == {"config:FLASK_DEMO_RAISE"}
    assert config_changes(tmp_path, "tool", "TOOL_MODE", "TOOL_KIND") == {"config:TOOL_MODE"}
    # another's namespace, read only: it may be the app's setting for someone else, which stays read there
    assert config_changes(tmp_path, "flask_demo", "OTHER_RAISE", "FLASK_DEMO_RAISE") == set()
    assert config_changes(tmp_path, "flask_demo", "FLASK_RAISE", "FLASK_DEMO_RAISE") == set()  # the framework's word


# -- a constructor warning only for instances of exactly its class (`if type(self) is Cls: warn(...)`) --


def test_wtforms_3_3_deprecates_datetimefield_not_its_subclasses() -> None:
    found = changes("wtforms", "3.2.2", "3.3.0")
    deprecated = {symbol for kind, symbol in found if kind == "deprecated"}
    assert {"wtforms.DateTimeField", "wtforms.fields.DateTimeField"} <= deprecated  # documented, was missed
    # `DateField`, `TimeField`, `DateTimeLocalField` call its `__init__` without the warning
    assert not {s for s in deprecated if s.rsplit(".", 1)[1] in {"DateField", "TimeField", "DateTimeLocalField"}}
    assert ("removed", "wtforms.validators.URL.regex") in found  # true ones kept


EXACT = ("import warnings\n\n\nclass Base:\n    def __init__(self, x=None):\n        if {test}:\n"
         "            warnings.warn(\"'Base' is deprecated, use 'Other'.\", DeprecationWarning)\n\n\n"
         "class Sub(Base):\n    def __init__(self, x=None):\n        super().__init__(x)\n")
PLAIN = "class Base:\n    def __init__(self, x=None):\n        pass\n\n\nclass Sub(Base):\n    pass\n"


def test_a_warning_for_exactly_one_class_deprecates_that_class(tmp_path: Path) -> None:
    for test in ("type(self) is Base", "self.__class__ is Base", "type(self) == Base"):
        found = diffed(tmp_path / test.replace(" ", "_"), PLAIN, EXACT.format(test=test))
        assert {s for k, s in found if k == "deprecated"} == {"demo.Base"}, test
    for test in ("type(self) is not Base", "type(self) is Base or DEBUG", "self is Base", "isinstance(self, Base)"):
        found = diffed(tmp_path / test.replace(" ", "_"), PLAIN, EXACT.format(test=test))
        assert not {s for k, s in found if k == "deprecated"}, test
    new = EXACT.format(test="True").replace("    def __init__(self, x=None):\n        if True:",
                                            "    def __new__(cls, x=None):\n        if cls is Base:", 1)
    assert {s for k, s in diffed(tmp_path / "new", PLAIN, new) if k == "deprecated"} == {"demo.Base"}


# -- defaults merging a mapping they do not spell (`ImmutableDict(Flask.default_config | {...})`) --


def test_quart_0_21_defaults_still_hold_flask_keys() -> None:
    found = changes("quart", "0.20.0", "0.21.0")
    # 0.21 builds `default_config` as `Flask.default_config | {...}`: DEBUG, SECRET_KEY, TESTING, ... all still in
    assert not {symbol for _kind, symbol in found if symbol.startswith("config:")}
    assert ("removed", "config:PRESERVE_CONTEXT_ON_EXCEPTION") in changes("flask", "2.1.3", "2.2.0")  # literal: kept


DEFAULTS = "class App:\n    default_config = {value}\n"


def test_defaults_merging_an_unspelled_mapping_may_hold_any_key(tmp_path: Path) -> None:
    old = DEFAULTS.format(value="{'DEMO_MODE': 1, 'DEMO_DEBUG': False}")
    for merged in ("dict(Base.default_config, DEMO_MODE=1)", "{**Base.default_config, 'DEMO_MODE': 1}",
                   "ImmutableDict(Base.default_config | {'DEMO_MODE': 1})", "{'DEMO_MODE': 1} | BASE"):
        found = diffed(tmp_path / str(len(merged)), old, DEFAULTS.format(value=merged))
        assert not {symbol for _kind, symbol in found if symbol.startswith("config:")}, merged
    for spelled in ("{'DEMO_MODE': 1}", "ImmutableDict({'DEMO_MODE': 1} | {'DEMO_OTHER': 2})", "dict(DEMO_MODE=1)"):
        found = diffed(tmp_path / "spelled", old, DEFAULTS.format(value=spelled))
        assert {symbol for _kind, symbol in found if symbol.startswith("config:")} == {"config:DEMO_DEBUG"}, spelled


# -- a TypedDict's fields: keys of the dicts it makes, its constructor `dict`'s, which checks none --


def test_asgiref_3_9_websocket_disconnect_event_still_builds() -> None:
    found = changes("asgiref", "3.8.1", "3.9.0")
    # `reason: Optional[str]` added to the TypedDict: `WebSocketDisconnectEvent(type=..., code=...)` runs as before
    assert not {key for key in found if key[1].startswith("asgiref.typing.")}
    assert ("signature_changed", "asgiref.current_thread_executor.CurrentThreadExecutor") in found  # true: kept


TYPED = "from typing import NamedTuple, TypedDict\n\n\n{body}\n"


def test_typeddict_fields_make_no_constructor_or_attribute_claim(tmp_path: Path) -> None:
    old = TYPED.format(body="class Event(TypedDict):\n    kind: str\n    code: int\n\n\n"
                            "class Closed(Event, total=False):\n    when: int\n\n\n"
                            "Other = TypedDict('Other', {'a': int, 'b': int})\n\n\n"
                            "class Point(NamedTuple):\n    x: int\n    y: int\n")
    new = TYPED.format(body="class Event(TypedDict):\n    kind: str\n    reason: str\n\n\n"
                            "class Closed(Event, total=False):\n    at: int\n\n\n"
                            "Other = TypedDict('Other', {'a': int, 'c': int})\n\n\n"
                            "class Point(NamedTuple):\n    x: int\n    z: int\n")
    found = diffed(tmp_path, old, new)
    # `Event(kind="x", code=1)` and `Event(kind="x")` still build dicts; `Event.code` never existed at run time
    assert not {symbol for _kind, symbol in found if {"Event", "Closed", "Other"} & set(symbol.split("."))}
    assert {("removed", "demo.Point.y"), ("signature_changed", "demo.Point")} <= set(found)  # a NamedTuple's are real


# -- config keys the package's Jinja templates read --


def test_flask_admin_2_dropped_its_theme_keys_read_in_templates() -> None:
    found = changes("flask-admin", "1.6.1", "2.0.0")
    # `config.get('FLASK_ADMIN_SWATCH', 'default')` and `FLASK_ADMIN_FLUID_LAYOUT` in templates/bootstrap4, replaced by
    # `Theme(swatch=..., fluid=...)` in 2.0
    assert {("removed", "config:FLASK_ADMIN_SWATCH"), ("removed", "config:FLASK_ADMIN_FLUID_LAYOUT")} <= set(found)
    # `config.MAPBOX_MAP_ID` in a template: no key under the package's name, maybe the app's for another extension
    assert not {symbol for _kind, symbol in found if symbol.startswith("config:MAPBOX")}


PAGE = "{{% if config.get('{key}', False) %}}<div>{{{{ config.OTHER_KEY }}}} {{{{ config['X_Y'] }}}}</div>{{% endif %}}\n"


def template_claims(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> set[str]:
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol for c in found if c.symbol.startswith("config:")}


def test_a_key_read_in_a_template_is_read(tmp_path: Path) -> None:
    init = {"flask_demo/__init__.py": "def init_app(app):\n    pass\n"}
    old = {**init, "flask_demo/templates/demo/page.html": PAGE.format(key="FLASK_DEMO_FLUID")}
    gone = template_claims(tmp_path / "gone", old, {**init, "flask_demo/templates/demo/page.html": "<div></div>\n"})
    assert gone == {"config:FLASK_DEMO_FLUID"}  # OTHER_KEY, X_Y: no key of the package's own
    moved = {"flask_demo/__init__.py": "from flask import current_app\n\n\ndef fluid():\n"
                                       "    return current_app.config.get('FLASK_DEMO_FLUID')\n"}
    assert template_claims(tmp_path / "moved", old, moved) == set()  # now read in Python
    assert template_claims(tmp_path / "back", moved, old) == set()  # and back in a template: still read
    elsewhere = {**init, "flask_demo/static/page.html": PAGE.format(key="FLASK_DEMO_FLUID")}
    assert template_claims(tmp_path / "static", elsewhere, init) == set()  # no templates folder: not read
