"""False-report and miss classes found on held-out releases, second round: names a body `del`s, wrappers that hand
`*args`/`**kwargs` on whole (markupsafe 1.1.1→2.0.0, urllib3 1.26.18→2.0.0), `six.moves` names, methods lost from a
class whose `__getattr__` answers with items, an sdist's build helpers and `except ImportError: X = None`
placeholders (pymongo 3.13.0→4.0), and definitions that only raise beside the real one (gunicorn 20.1.0→21.0.0)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.locate import find_modules
from bot.apidiff.sixmoves import six_moved
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes, removed


def _detail(found: dict, symbol: str) -> str:
    return " | ".join(c.detail or "" for (kind, s), c in found.items() if s == symbol and kind != "deprecated")


# -- a name the module or class body `del`s is gone by the time anyone imports it --


def test_markupsafe_2_split_and_deleted_helper_are_no_change() -> None:
    found = changes("markupsafe", "1.1.1", "2.0.0")
    assert "markupsafe.Markup.make_simple_escaping_wrapper" not in removed(found)
    for method in ("split", "rsplit", "splitlines"):  # `str.split(self, *args, **kwargs)` → `split(sep, maxsplit)`
        assert ("signature_changed", f"markupsafe.Markup.{method}") not in found, _detail(found, method)


def test_jinja2_3_codegenerator_operator_factories_were_deleted() -> None:
    gone = removed(changes("jinja2", "2.11.3", "3.0.0"))
    assert not {"jinja2.compiler.CodeGenerator.binop", "jinja2.compiler.CodeGenerator.uaop"} & gone
    assert "jinja2.sandbox.SandboxedEnvironment.intercept_unop" in gone  # shown on the class defining it


def test_deleted_names_are_no_api(tmp_path: Path) -> None:
    old = (
        "def _factory(name):\n    return lambda self: name\n\ndef helper():\n    pass\n\n"
        "class Box:\n    def maker(name):\n        return name\n    upper = maker('upper')\n    del maker\n\n"
        "    def kept(self):\n        pass\n\n"
        "def gone():\n    pass\n\ndel helper\n"
    )
    new = "class Box:\n    upper = 'upper'\n\n    def kept(self):\n        pass\n\ndef helper():\n    pass\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.Box.maker" not in found and "demo.helper" not in found
    assert found["demo.gone"].kind.value == "removed"  # a name never deleted is still claimed
    rebound = synthetic(tmp_path, "def f():\n    pass\n\ndel f\n\ndef f():\n    pass\n", "")
    assert "demo.f" in rebound  # bound again after the `del`: API


# -- `*args`/`**kwargs` handed on whole: the old callable took what the callee takes --


def test_urllib3_2_spelled_out_what_http_client_took() -> None:
    found = changes("urllib3", "1.26.18", "2.0.0")
    assert ("signature_changed", "urllib3.connection.HTTPConnection.putrequest") not in found
    detail = _detail(found, "urllib3.connection.HTTPConnection")  # `__init__(self, *args, **kw)` → http.client's
    assert "parameter 'timeout' is now keyword-only" in detail and "parameter 'strict' removed" in detail
    assert "'*args' removed" not in detail and "new required parameter 'host'" not in detail


def test_pass_through_wrappers(tmp_path: Path) -> None:
    old = (
        "class Base:\n    def __init__(self, host, port=None, timeout=None):\n        pass\n\n"
        "class Conn(Base):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n\n"
        "class Text(str):\n    def split(self, *args, **kwargs):\n        return str.split(self, *args, **kwargs)\n\n"
        "    def strip(self, *args, **kwargs):\n        args = args[1:]\n        return str.strip(self, *args, **kwargs)\n\n"
        "def wrap(value, *args, **kwargs):\n    return impl(value, *args, **kwargs)\n\n"
        "def impl(value, mode='r', level=0):\n    pass\n\n"
        "class Serializer:\n    def loads(self, s, salt=None):\n        pass\n\n"
        "    def load(self, f, *args, **kwargs):\n        return self.loads(f.read(), *args, **kwargs)\n"
    )
    new = (
        "class Base:\n    def __init__(self, host, port=None, timeout=None):\n        pass\n\n"
        "class Conn(Base):\n    def __init__(self, host, port=None, *, timeout=None):\n        pass\n\n"
        "class Text(str):\n    def split(self, sep=None, maxsplit=-1):\n        pass\n\n"
        "    def strip(self, chars=None):\n        pass\n\n"
        "def wrap(value, mode='r'):\n    pass\n\n"
        "def impl(value, mode='r', level=0):\n    pass\n\n"
        "class Serializer:\n    def loads(self, s, salt=None):\n        pass\n\n"
        "    def load(self, f, salt=None):\n        pass\n"
    )
    found = synthetic(tmp_path, old, new)
    assert found["demo.Conn"].detail == "parameter 'timeout' is now keyword-only"
    assert "demo.Text.split" not in found
    assert "'*args' removed" in (found["demo.Text.strip"].detail or "")  # rebinds `args`: not handed on whole
    assert found["demo.wrap"].detail == "parameter 'level' removed"
    assert "demo.Serializer.load" not in found  # `self.loads(f.read(), *args, **kwargs)`: `salt` was all it took


# -- `six.moves` (and a vendored copy of six) lead to the Python 3 standard library --


def test_six_moves_lead_to_the_standard_library() -> None:
    assert six_moved("urllib3.packages.six.moves.http_client.HTTPConnection") == "http.client.HTTPConnection"
    assert six_moved("six.moves.urllib.parse.urlencode") == "urllib.parse.urlencode"
    assert six_moved("six.moves.reduce") == "functools.reduce"
    assert six_moved("mysix.moves.http_client.X") == "mysix.moves.http_client.X"
    assert six_moved("six.moves.unknown_thing") == "six.moves.unknown_thing"


# -- pymongo 4: methods lost from classes whose `__getattr__` answers any name with an item (a sub-collection) --

def test_pymongo_4_removed_methods_are_reported_its_build_helper_and_placeholders_are_not() -> None:
    found = changes("pymongo", "3.13.0", "4.0")
    gone = removed(found)
    expected = {"pymongo.collection.Collection.insert", "pymongo.collection.Collection.count",
                "pymongo.collection.Collection.find_and_modify", "pymongo.database.Database.collection_names",
                "pymongo.MongoClient.database_names"}
    assert expected <= gone, expected - gone
    assert "calls of it fail" in found["removed", "pymongo.collection.Collection.insert"].detail
    assert "ez_setup" not in gone  # beside the packages in the sdist, not in its egg-info's top_level.txt
    assert "pymongo.encryption.CERT_REQUIRED" not in gone  # `from ssl import ...`, `except ImportError: ... = None`
    assert {"pymongo.MongoClient.max_pool_size", "pymongo.database.Database.system_js"} <= gone  # properties too
    # a namedtuple subclass whose `__new__` gave its fields defaults: `DriverInfo()` worked, now needs `name`
    assert _detail(found, "pymongo.driver_info.DriverInfo") == "parameter 'name' lost its default"


def test_getattr_answering_with_items_or_by_delegation(tmp_path: Path) -> None:
    old = ("class Items:\n    def __getattr__(self, name):\n        return self[name]\n\n"
           "    def __getitem__(self, name):\n        return name\n\n    def insert(self, doc):\n        pass\n\n"
           "    @property\n    def size(self):\n        return 1\n\n"
           "    limit = 10\n\n"
           "class Proxy:\n    def __getattr__(self, name):\n        return getattr(self._wrapped, name)\n\n"
           "    def insert(self, doc):\n        pass\n")
    new = old.replace("    def insert(self, doc):\n        pass\n\n    @property\n    def size(self):\n        return 1\n\n"
                      "    limit = 10\n", "").replace(
        "    def insert(self, doc):\n        pass\n", "")
    found = synthetic(tmp_path, old, new)
    assert found["demo.Items.insert"].kind.value == "removed"
    assert found["demo.Items.size"].kind.value == "removed"  # a property: what it returned is not an item
    assert "demo.Items.limit" not in found  # data: `__getattr__` may still answer it
    assert "demo.Proxy.insert" not in found  # handed on to the wrapped object, which may have it


def test_egg_info_top_level_leaves_out_build_helpers(tmp_path: Path) -> None:
    root = tmp_path / "demo-1.0"
    for name in ("demo/__init__.py", "helper_build.py", "single.py", "demo.egg-info/top_level.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("demo\nsingle\n" if name.endswith(".txt") else "x = 1\n")
    (root / "setup.py").write_text("from setuptools import setup\nsetup()\n")
    assert sorted(m.module for m in find_modules(tmp_path)) == ["demo", "single"]
    (root / "demo.egg-info" / "top_level.txt").write_text("renamed\n")  # stale: the tree is trusted
    assert sorted(m.module for m in find_modules(tmp_path)) == ["demo", "helper_build", "single"]


def test_import_with_a_none_fallback_is_still_an_import(tmp_path: Path) -> None:
    old = ("try:\n    from ssl import CERT_REQUIRED\nexcept ImportError:\n    CERT_REQUIRED = None\n\n"
           "try:\n    from .native import speedup\nexcept ImportError:\n    speedup = None\n")
    found = synthetic(tmp_path, old, "")
    assert "demo.CERT_REQUIRED" not in found  # a standard-library name a package imports is no API of its own


# -- a definition that only raises (a stand-in for a missing optional dependency) beside the real one --

def test_gunicorn_21_inotify_reloader_is_read_from_its_real_class() -> None:
    found = changes("gunicorn", "20.1.0", "21.0.0")
    assert ("signature_changed", "gunicorn.reloader.InotifyReloader") not in found
    assert "gunicorn.workers.gthread.ThreadWorker.reuse_connection" in removed(found)  # really removed


def test_stand_in_definitions_lose_to_the_real_ones(tmp_path: Path) -> None:
    old = ("try:\n    import fast\n    HAVE = True\nexcept ImportError:\n    HAVE = False\n\n"
           "if HAVE:\n    class Reloader:\n        def __init__(self, extra=None, callback=None):\n            pass\n\n"
           "    def speed(data, level=1):\n        pass\nelse:\n"
           "    class Reloader:\n        def __init__(self, callback=None):\n            raise ImportError('need fast')\n\n"
           "    def speed(data):\n        raise ImportError('need fast')\n")
    new = old.replace("def speed(data, level=1)", "def speed(data)").replace(
        "__init__(self, extra=None, callback=None)", "__init__(self, callback=None)")
    found = synthetic(tmp_path, old, new)
    assert found["demo.Reloader"].detail == "parameter 'extra' removed"  # the real class changed
    assert found["demo.speed"].detail == "parameter 'level' removed"


# -- a constructor written as `__new__`; a positional parameter `**kwargs` still takes by keyword, its slot now
#    another parameter's (flask-babel 2.0.0→3.0.0) --

def test_constructor_from_new_and_over_generated_fields(tmp_path: Path) -> None:
    old = ("from collections import namedtuple\n\n"
           "class Info(namedtuple('Info', ['name', 'version'])):\n"
           "    def __new__(cls, name=None, version=None):\n        return super().__new__(cls, name, version)\n\n"
           "class Token:\n    def __new__(cls, value, kind='word'):\n        return object.__new__(cls)\n")
    new = old.replace("name=None, version=None", "name, version=None").replace(", kind='word'", "")
    found = synthetic(tmp_path, old, new)
    assert found["demo.Info"].detail == "parameter 'name' lost its default"
    assert found["demo.Token"].detail == "parameter 'kind' removed"


def test_flask_babel_3_positional_locale_now_lands_in_date_formats() -> None:
    detail = _detail(changes("flask-babel", "2.0.0", "3.0.0"), "flask_babel.Babel")
    assert "parameter 'default_locale' is now keyword-only" in detail
    assert "'default_locale' removed" not in detail  # `Babel(default_locale="de")` still works


def test_positional_slot_taken_while_kwargs_still_accepts(tmp_path: Path) -> None:
    old = ("class Ext:\n    def __init__(self, app=None, locale='en', formats=None):\n"
           "        self.init_app(app, locale=locale)\n\n"
           "    def init_app(self, app, locale='en', zone='UTC'):\n        pass\n\n"
           "def configure(app, locale='en'):\n    pass\n")
    new = ("class Ext:\n    def __init__(self, app=None, formats=None, **kwargs):\n"
           "        self.init_app(app, **kwargs)\n\n"
           "    def init_app(self, app, locale='en', zone='UTC'):\n        pass\n\n"
           "def configure(app, *args, **kwargs):\n    return configure_impl(app, **kwargs)\n\n"
           "def configure_impl(app, locale='en'):\n    pass\n")
    found = synthetic(tmp_path, old, new)
    assert found["demo.Ext"].detail == "parameter 'locale' is now keyword-only"
    assert "demo.configure" not in found  # a `*args` takes the slot: no claim on a guess


# -- an attribute that held a value turned into a method of the same name; one that may have held a callable (a
#    parameter stored on `self`: prompt_toolkit 2's `Vt100_Output.get_size`) is no claim --

def test_prompt_toolkit_3_get_size_held_a_callable() -> None:
    found = changes("prompt-toolkit", "2.0.10", "3.0.0")
    assert ("signature_changed", "prompt_toolkit.output.vt100.Vt100_Output.get_size") not in found
    assert ("signature_changed", "prompt_toolkit.input.vt100.raw_mode.__exit__") not in found  # `with` calls it


def test_attribute_holding_a_value_became_a_method(tmp_path: Path) -> None:
    old = ("class Response:\n    def __init__(self, sizer):\n        self.charset = 'utf-8'\n"
           "        self.get_size = sizer\n        self.tags = []\n")
    new = ("class Response:\n    def charset(self):\n        return 'utf-8'\n\n"
           "    def get_size(self):\n        return 1\n\n    def tags(self):\n        return []\n")
    found = synthetic(tmp_path, old, new)
    assert found["demo.Response.charset"].breakage == "attribute_to_method"
    assert found["demo.Response.tags"].breakage == "attribute_to_method"
    assert "demo.Response.get_size" not in found  # it held what the caller passed: maybe a callable


# -- protocol methods are members: losing one ends what instances could do --

def test_werkzeug_2_1_test_response_no_longer_unpacks() -> None:
    gone = removed(changes("werkzeug", "2.0.3", "2.1.0"))
    assert {"werkzeug.test.TestResponse.__iter__", "werkzeug.test.TestResponse.__getitem__"} <= gone
    assert not {s for s in gone if s.endswith(("__repr__", "__eq__", "__str__"))}  # `object` still has them


def test_protocol_methods_lost_or_changed(tmp_path: Path) -> None:
    old = ("class Validator:\n    def __call__(self, token, scope=None):\n        pass\n\n"
           "    def __enter__(self):\n        return self\n\n    def __exit__(self, *exc):\n        pass\n\n"
           "    def __repr__(self):\n        return 'v'\n\n"
           "class Rows(dict):\n    def __getitem__(self, key):\n        return 1\n")
    new = ("class Validator:\n    def __call__(self, token, scopes=None):\n        pass\n\n"
           "class Rows(dict):\n    pass\n")
    found = synthetic(tmp_path, old, new)
    assert "'scope' renamed to 'scopes'" in (found["demo.Validator.__call__"].detail or "")
    assert found["demo.Validator.__enter__"].kind.value == "removed"
    assert "demo.Validator.__repr__" not in found  # not a protocol: `object.__repr__` answers
    assert "demo.Rows.__getitem__" not in found  # `dict` still provides it


# -- a mixin's `super().__init__(**extra)` reaches the next class of the subclass's order (django 3.2→4.0's
#    `ArrayAgg(DeprecatedConvertValueMixin, OrderableAggMixin, Aggregate)` still takes `ordering=`); a standard-library
#    mixin without an `__init__` of its own (`socketserver.ThreadingMixIn`) passes the call on --

def test_mixin_super_follows_the_subclass_order(tmp_path: Path) -> None:
    old = ("import socketserver\n\n"
           "class Aggregate:\n    def __init__(self, *expressions, distinct=False, **extra):\n        pass\n\n"
           "class ArrayAgg(Aggregate):\n    def __init__(self, *expressions, ordering=(), **extra):\n"
           "        super().__init__(*expressions, **extra)\n\n"
           "class Server:\n    def __init__(self, *args, ipv6=False, **kwargs):\n        pass\n\n"
           "class ThreadedServer(socketserver.ThreadingMixIn, Server):\n    pass\n")
    new = ("import socketserver\n\n"
           "class Aggregate:\n    def __init__(self, *expressions, distinct=False, **extra):\n        pass\n\n"
           "class Orderable:\n    def __init__(self, *expressions, ordering=(), **extra):\n"
           "        super().__init__(*expressions, **extra)\n\n"
           "class Deprecating:\n    def __init__(self, *expressions, default=None, **extra):\n"
           "        super().__init__(*expressions, default=default, **extra)\n\n"
           "class ArrayAgg(Deprecating, Orderable, Aggregate):\n    pass\n\n"
           "class Server:\n    def __init__(self, *args, ipv6=False, **kwargs):\n        pass\n\n"
           "class ThreadedServer(socketserver.ThreadingMixIn, Server):\n"
           "    def __init__(self, *args, connections=None, **kwargs):\n        super().__init__(*args, **kwargs)\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.ArrayAgg" not in found  # `ordering=` reaches `Orderable` through `Deprecating`'s super()
    assert "demo.ThreadedServer" not in found  # `ipv6=` reaches `Server` past `ThreadingMixIn`


# -- a `__getattr__` that spells a few names and hands the rest to other modules (flask-sqlalchemy 3's
#    `SQLAlchemy`: `relation`, `event`, then `sqlalchemy` and `sqlalchemy.orm`): what none of them has is gone --

def test_flask_sqlalchemy_3_methods_lost_past_its_getattr() -> None:
    found = changes("flask-sqlalchemy", "2.5.1", "3.0.0", ("sqlalchemy", "2.0.0"))
    gone = removed(found)
    assert {"flask_sqlalchemy.SQLAlchemy.get_app", "flask_sqlalchemy.SQLAlchemy.create_scoped_session",
            "flask_sqlalchemy.SQLAlchemy.make_declarative_base", "flask_sqlalchemy.SQLAlchemy.app"} <= gone
    assert "flask_sqlalchemy.SQLAlchemy.create_engine" not in gone  # `sqlalchemy.create_engine` answers it
    assert "what sqlalchemy.orm has" in found["removed", "flask_sqlalchemy.SQLAlchemy.get_app"].detail
    later = removed(changes("flask-sqlalchemy", "3.0.5", "3.1.0", ("sqlalchemy", "2.0.0")))
    assert {"flask_sqlalchemy.SQLAlchemy.get_binds", "flask_sqlalchemy.SQLAlchemy.get_tables_for_bind"} <= later
    unknown = removed(changes("flask-sqlalchemy", "3.0.5", "3.1.0"))  # sqlalchemy not read: no claim on a guess
    assert "flask_sqlalchemy.SQLAlchemy.get_binds" not in unknown


def test_getattr_handing_names_to_modules(tmp_path: Path) -> None:
    old = ("import json\n\nclass Db:\n    def __getattr__(self, name):\n        if name == 'event':\n"
           "            return 1\n        for mod in (json,):\n            if hasattr(mod, name):\n"
           "                return getattr(mod, name)\n        raise AttributeError(name)\n\n"
           "    def get_app(self):\n        pass\n\n    def event(self):\n        pass\n\n    def dumps(self):\n        pass\n\n"
           "class Proxy:\n    def __getattr__(self, name):\n        return getattr(self._obj, name)\n\n"
           "    def get_app(self):\n        pass\n")
    new = old.replace("    def get_app(self):\n        pass\n\n    def event(self):\n        pass\n\n"
                      "    def dumps(self):\n        pass\n\n", "").replace("\n    def get_app(self):\n        pass\n", "")
    found = synthetic(tmp_path, old, new)
    assert found["demo.Db.get_app"].kind.value == "removed"
    assert "demo.Db.event" not in found and "demo.Db.dumps" not in found  # spelled; `json.dumps`
    assert "demo.Proxy.get_app" not in found  # handed to an object: anything may answer


def test_standard_library_modules_that_act_on_import_are_never_imported() -> None:
    from bot.apidiff.stdlib import stdlib_module_has, stdlib_params

    assert stdlib_module_has("json", "dumps") is True and stdlib_module_has("json", "nothing") is False
    assert stdlib_module_has("antigravity", "geohash") is None  # would open a browser
    assert stdlib_params("this.s") is None


# -- a class a module `__getattr__` now imports lazily, without saying which (aiohttp 3.9's `GunicornWebWorker`):
#    its members are unknown, never removed; the numeric tower still narrows one way --

def test_members_of_a_lazily_served_class_are_unknown(tmp_path: Path) -> None:
    old = "class Worker:\n    def init_process(self):\n        pass\n\n    def run(self):\n        pass\n"
    new = ("def __getattr__(name):\n    if name in ('Worker',):\n        from .impl import Worker as w\n"
           "        return w if name == 'Worker' else None\n    raise AttributeError(name)\n")
    found = synthetic(tmp_path, old, new)
    assert not {s for s in found if s.startswith("demo.Worker.")}
    narrowed = synthetic(tmp_path, "def f(n: float) -> int:\n    pass\n", "def f(n: int) -> float:\n    pass\n")
    assert "annotation changed" in (narrowed["demo.f"].detail or "")  # a float may no longer be passed


# -- a base named by a module global: the outside class it names, or unknown (kombu 5.2's
#    `class JSONEncoder(_encoder_cls)` with `_encoder_cls = type(json._default_encoder)`) --

def test_base_named_by_a_module_global(tmp_path: Path) -> None:
    old = ("import json\n_encoder_cls = type(json._default_encoder)\nDecoder = json.JSONDecoder\n\n"
           "class Encoder(_encoder_cls):\n    pass\n\nclass Loader(Decoder):\n    pass\n")
    new = "import json\n\nclass Encoder(json.JSONEncoder):\n    pass\n\nclass Loader(json.JSONDecoder):\n    pass\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.Encoder" not in found and "demo.Loader" not in found
    lost = synthetic(tmp_path, old, "import json\n\nclass Encoder:\n    pass\n\nclass Loader:\n    pass\n")
    assert "json.JSONDecoder" in (lost["demo.Loader"].detail or "")  # the alias is followed: still claimed


# -- a `typing.Protocol` is never instantiated: its `__init__` is no call anyone made (jsonschema 4.17.3→4.18.0) --

def test_protocol_constructor_is_no_call(tmp_path: Path) -> None:
    old = ("from typing import Protocol\n\nclass Validator(Protocol):\n"
           "    def __init__(self, schema, resolver=None):\n        ...\n\n    def validate(self, instance):\n        ...\n\n"
           "class Draft(Validator):\n    def __init__(self, schema, resolver=None):\n        pass\n")
    new = old.replace("resolver=None", "registry")
    found = synthetic(tmp_path, old, new)
    assert "demo.Validator" not in found
    assert "parameter 'resolver' removed" in (found["demo.Draft"].detail or "")  # an implementation: called


# -- a module that fills its names at run time, with a stub declaring them (alembic's `op.py` / `op.pyi`) --

def test_a_stub_declares_a_module_filled_at_run_time(tmp_path: Path) -> None:
    for version, schema in (("1.0", "schema=None"), ("2.0", "*, schema=None")):
        root = tmp_path / version / "demo"
        root.mkdir(parents=True)
        (root / "__init__.py").write_text("")
        (root / "op.py").write_text("from .base import Operations\nOperations.proxy(globals(), locals())\n")
        (root / "op.pyi").write_text(f"def add_column(table_name, column, {schema}): ...\n")
        (root / "base.py").write_text("class Operations:\n    @classmethod\n    def proxy(cls, g, l):\n        pass\n")
    assert [m.relpath for m in find_modules(tmp_path / "1.0") if m.module == "demo.op"] == ["demo/op.pyi"]
    from bot.apidiff.diff import diff_surfaces
    from bot.apidiff.release import surface_of

    found = {c.symbol: c for c in diff_surfaces(surface_of(tmp_path / "1.0", "demo", "1.0"),
                                                surface_of(tmp_path / "2.0", "demo", "2.0"))}
    assert found["demo.op.add_column"].detail == "parameter 'schema' is now keyword-only"
    (tmp_path / "2.0" / "demo" / "op.pyi").unlink()  # no stub: the module is dynamic, nothing it lost is claimed
    lost = {c.symbol for c in diff_surfaces(surface_of(tmp_path / "1.0", "demo", "1.0"),
                                            surface_of(tmp_path / "2.0", "demo", "2.0"))}
    assert "demo.op.add_column" not in lost


# -- a module `__getattr__` testing the name against a table it builds itself (Pillow 9.5's `Image.__getattr__`:
#    `old_resampling = {"ANTIALIAS": "LANCZOS", ...}`; Pillow 10 dropped it, and `Image.ANTIALIAS` with it) --

def test_getattr_shim_with_a_local_table(tmp_path: Path) -> None:
    old = ("import warnings\n\nLANCZOS = 1\n\ndef __getattr__(name):\n"
           "    old_resampling = {'LINEAR': 'BILINEAR', 'ANTIALIAS': 'LANCZOS'}\n"
           "    if name in old_resampling:\n        warnings.warn(f'{name} is deprecated', DeprecationWarning)\n"
           "        return globals()[old_resampling[name]]\n"
           "    raise AttributeError(name)\n")
    found = synthetic(tmp_path, old, "LANCZOS = 1\n")
    assert found["demo.ANTIALIAS"].kind.value == "removed" and found["demo.LINEAR"].kind.value == "removed"
    assert "demo.LANCZOS" not in found


def test_class_getattr_shim_names_are_members(tmp_path: Path) -> None:
    """Pillow 9.5's `Image.__getattr__` served the deprecated `category`; Pillow 10 dropped it."""
    old = ("import warnings\n\nclass Image:\n    def __getattr__(self, name):\n        if name == 'category':\n"
           "            warnings.warn('Image categories are deprecated', DeprecationWarning)\n"
           "            return self._category\n        raise AttributeError(name)\n\n"
           "class Plugin(Image):\n    pass\n")
    found = synthetic(tmp_path, old, "class Image:\n    pass\n\nclass Plugin(Image):\n    pass\n")
    assert found["demo.Image.category"].kind.value == "removed"
    assert synthetic(tmp_path, old, old) == {}  # still served: nothing lost
    from tests.test_apidiff_core import surface

    assert surface(tmp_path, {"demo/__init__.py": old}, "1.0").symbols["demo.Image.category"].deprecated


def test_a_private_base_renamed_public_is_no_lost_base(tmp_path: Path) -> None:
    """aiohttp 3.9 renamed `_HTTPMove` to `HTTPMove`: `except HTTPFound` and `isinstance` on public classes still
    hold, and nobody names the private base."""
    old = ("class HTTPRedirection(Exception):\n    pass\n\nclass _HTTPMove(HTTPRedirection):\n    pass\n\n"
           "class HTTPFound(_HTTPMove):\n    pass\n")
    new = old.replace("_HTTPMove", "HTTPMove")
    assert "demo.HTTPFound" not in synthetic(tmp_path, old, new)
    lost = synthetic(tmp_path, old, old.replace("class HTTPFound(_HTTPMove)", "class HTTPFound(Exception)"))
    assert "HTTPRedirection" in (lost["demo.HTTPFound"].detail or "")  # a public ancestor lost is still claimed


# -- an environment variable the release stopped reading itself, still read by the standard-library call it makes
#    now (click 7.1.2→8.0.0: `shutil.get_terminal_size()` honours `COLUMNS` and `LINES`) --

def test_click_8_still_honours_columns_through_shutil() -> None:
    found = changes("click", "7.1.2", "8.0.0")
    assert ("env_var_removed", "env:COLUMNS") not in found and ("env_var_removed", "env:LINES") not in found


def test_env_var_still_read_by_the_standard_library(tmp_path: Path) -> None:
    old = "import os\n\ndef width():\n    return int(os.environ.get('COLUMNS', 80)), os.environ.get('APP_MODE')\n"
    new = "import shutil\n\ndef width():\n    return shutil.get_terminal_size().columns, None\n"
    found = synthetic(tmp_path, old, new)
    assert "env:COLUMNS" not in found
    assert found["env:APP_MODE"].kind.value == "env_var_removed"  # no standard-library call reads it


def test_a_hostile_egg_info_listing_is_not_trusted(tmp_path: Path) -> None:
    """A `top_level.txt` that is a symlink out of the archive, or one that is huge, never hides the tree's modules."""
    outside = tmp_path / "outside.txt"
    outside.write_text("nothing\n")
    root = tmp_path / "pkg" / "demo-1.0"
    for name in ("demo/__init__.py", "single.py"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x = 1\n")
    (root / "setup.py").write_text("from setuptools import setup\nsetup()\n")
    (root / "demo.egg-info").mkdir()
    (root / "demo.egg-info" / "top_level.txt").symlink_to(outside)
    assert sorted(m.module for m in find_modules(tmp_path / "pkg")) == ["demo", "single"]
    (root / "demo.egg-info" / "top_level.txt").unlink()
    (root / "demo.egg-info" / "top_level.txt").write_text("demo\n" + "x" * 5_000_000 + "\nsingle\n")
    assert sorted(m.module for m in find_modules(tmp_path / "pkg")) == ["demo"]  # read no further than 10 kB
