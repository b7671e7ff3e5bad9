"""False-report classes found on release pairs the engine was never tuned on (jinja2 2.11.3→3.0.0, click
7.1.2→8.0.0, flask-cors 3.0.10→4.0.0, flask-migrate 3.1.0→4.0.0): each on its pinned real example and on a
synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes, removed


def _details(found: dict[tuple[str, str], Change], symbol: str) -> str:
    return " | ".join(f"{c.breakage}: {c.detail}" for (_, s), c in found.items() if s == symbol)


# -- a base never named (`with_metaclass(Meta, object)`) cannot be lost; typing's class forms keep their base --

def test_jinja2_3_classes_lost_no_unnamed_base_and_token_is_still_a_tuple() -> None:
    found = changes("jinja2", "2.11.3", "3.0.0")
    assert not [s for (_, s), c in found.items() if "subclass of ?" in (c.detail or "")]
    assert "no longer a subclass" not in _details(found, "jinja2.lexer.Token")  # now a typing.NamedTuple
    # really gone: its removal is the claim (leftover40), not again the subclass's lost base
    assert ("removed", "jinja2.sandbox.SandboxedFormatterMixin") in found
    assert "SandboxedFormatterMixin" not in _details(found, "jinja2.sandbox.SandboxedFormatter")
    assert "jinja2.utils.soft_unicode" in removed(found)


def test_unnamed_bases_and_namedtuple_forms(tmp_path: Path) -> None:
    old = ("from ._compat import with_metaclass\n\nclass Meta(type):\n    pass\n\n"
           "class Node(with_metaclass(Meta, object)):\n    pass\n\nclass Token(tuple):\n    pass\n\n"
           "class Error(ValueError):\n    pass\n")
    new = ("import typing\n\nclass Meta(type):\n    pass\n\nclass Node(metaclass=Meta):\n    pass\n\n"
           "class Token(typing.NamedTuple):\n    lineno: int\n\nclass Error(Exception):\n    pass\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.Node" not in found and "demo.Token" not in found
    assert found["demo.Error"].breakage == "exception_base_removed"  # a named base really lost


# -- a decorator whose `wraps` copies another function than the decorated one replaces the signature --

def test_jinja2_async_variant_filters_make_no_signature_or_coroutine_claim() -> None:
    found = changes("jinja2", "2.11.3", "3.0.0")
    for symbol in ("jinja2.filters.do_map", "jinja2.filters.do_join", "jinja2.filters.do_sum"):
        assert not _details(found, symbol), (symbol, _details(found, symbol))
    assert "new required parameter 'context'" in _details(found, "jinja2.filters.prepare_map")  # undecorated


def test_wraps_of_another_function_is_no_signature_keeper(tmp_path: Path) -> None:
    helpers = ("from functools import wraps\n\n"
               "def variant(normal):\n    def decorator(func):\n        @wraps(normal)\n"
               "        def wrapper(*args, **kwargs):\n            return func(*args, **kwargs)\n"
               "        return wrapper\n    return decorator\n\n"
               "def keep(func):\n    @wraps(func)\n    def wrapper(*args, **kwargs):\n"
               "        return func(*args, **kwargs)\n    return wrapper\n\n"
               "def sync_map(value, attribute):\n    return value\n\n")
    old = helpers + "def mapped(value):\n    return value\n\n@keep\ndef kept(value):\n    return value\n"
    new = (helpers + "@variant(sync_map)\nasync def mapped(value, attribute):\n    return value\n\n"
           "@keep\ndef kept(value, attribute):\n    return value\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.mapped" not in found
    assert found["demo.kept"].signature is not None and found["demo.kept"].signature.new_required == ("attribute",)


# -- a stub that only raised gave callers nothing: its new return shape breaks no one --

def test_jinja2_render_async_placeholder_is_no_coroutine_change() -> None:
    found = changes("jinja2", "2.11.3", "3.0.0")
    for symbol in ("jinja2.Template.render_async", "jinja2.Template.generate_async"):
        assert "coroutine" not in _details(found, symbol)


def test_a_not_implemented_stub_becoming_async_is_no_change(tmp_path: Path) -> None:
    old = ("class T:\n    def render_async(self):\n        '''Needs the async feature.'''\n"
           "        raise NotImplementedError('no async')\n\n    def render(self):\n        return ''\n")
    new = "class T:\n    async def render_async(self):\n        return ''\n\n    async def render(self):\n        return ''\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.T.render_async" not in found
    assert found["demo.T.render"].breakage == "sync_to_async"


# -- a private positional parameter renamed in place; a required parameter an opaque `*args` already took --

def test_jinja2_private_parameter_renamed_in_place_is_no_change() -> None:
    found = changes("jinja2", "2.11.3", "3.0.0")
    detail = _details(found, "jinja2.filters.do_xmlattr")
    assert "moved" not in detail and "new required" not in detail


def test_click_8_forward_and_invoke_spell_out_what_args_took() -> None:
    found = changes("click", "7.1.2", "8.0.0")
    assert "new required" not in _details(found, "click.Context.forward")
    assert "new required" not in _details(found, "click.Context.invoke")
    assert "new required parameter 'return_value'" in _details(found, "click.testing.Result")
    assert "moved from slot 2 to 0" in _details(found, "click.OptionParser.add_argument")


def test_parameter_slots_and_opaque_signatures(tmp_path: Path) -> None:
    old = ("def attrs(_ctx, d, autospace=True):\n    pass\n\ndef forward(*args, **kwargs):\n    pass\n\n"
           "def more(x, *args):\n    pass\n\ndef page(query, page, per_page, total, items):\n    pass\n")
    new = ("def attrs(ctx, d, autospace=True):\n    pass\n\ndef forward(cmd, *args, **kwargs):\n    pass\n\n"
           "def more(x, y, *args):\n    pass\n\ndef page(query, page, per_page, total, items, extra):\n    pass\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.attrs" not in found and "demo.forward" not in found
    assert found["demo.more"].signature is not None and found["demo.more"].signature.new_required == ("y",)
    assert found["demo.page"].signature is not None and found["demo.page"].signature.moved == ()


# -- star imports into a plain module; package data folders --

def test_flask_cors_4_star_imported_helpers_are_not_removed() -> None:
    found = changes("flask-cors", "3.0.10", "4.0.0")
    assert not {s for s in removed(found) if s.startswith(("flask_cors.decorator.", "flask_cors.extension."))}


def test_star_imports_into_packages_and_plain_modules(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .core import *\n",
           "demo/core.py": "import re\nfrom datetime import timedelta\n\nLIMIT = 1\n\ndef helper():\n    pass\n",
           "demo/deco.py": "from .core import *\n\ndef cross():\n    pass\n"}
    new = {"demo/__init__.py": "from .core import helper\n",
           "demo/core.py": "import re\n\ndef helper():\n    pass\n",
           "demo/deco.py": "from .core import helper\n\ndef cross():\n    pass\n"}
    found = {c.symbol: c for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert "demo.LIMIT" in found and "demo.core.LIMIT" in found  # the package's star re-export was API
    assert not {s for s in found if s.startswith("demo.deco.")}  # a plain module's star import was not
    assert "demo.timedelta" not in found and "demo.core.timedelta" not in found  # incidental imports never were


def test_flask_migrate_4_alembic_templates_are_package_data() -> None:
    found = changes("flask-migrate", "3.1.0", "4.0.0")
    assert not {s for (_, s) in found if s.startswith("flask_migrate.templates")}


def test_a_namespace_folder_nobody_imports_is_data_one_imported_is_api(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .sansio.app import App\n",
           "demo/sansio/app.py": "class App:\n    def route(self):\n        pass\n",
           "demo/templates/basic/env.py": "target_metadata = None\n\ndef run():\n    pass\n"}
    new = {"demo/__init__.py": "from .sansio.app import App\n",
           "demo/sansio/app.py": "class App:\n    pass\n",
           "demo/templates/basic/env.py": "def get_metadata():\n    pass\n"}
    found = {c.symbol for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert {"demo.App.route", "demo.sansio.app.App.route"} & found  # the imported folder is API
    assert not {s for s in found if s.startswith("demo.templates")}


# -- a module `__getattr__` handing back one of the module's own classes --

def test_werkzeug_3_1_ordered_multidict_keeps_its_members_behind_the_shim() -> None:
    found = changes("werkzeug", "3.0.6", "3.1.0")
    assert not {s for s in removed(found) if "OrderedMultiDict." in s}
    assert ("deprecated", "werkzeug.datastructures.structures.OrderedMultiDict") in found


def test_a_getattr_shim_returning_a_module_global(tmp_path: Path) -> None:
    old = "class Ordered:\n    def add(self):\n        pass\n"
    new = ("import warnings\n\nclass _Ordered:\n    def add(self):\n        pass\n\n"
           "def __getattr__(name):\n    if name == 'Ordered':\n        warnings.warn('deprecated', DeprecationWarning)\n"
           "        return _Ordered\n    if name == 'echo':\n        return name\n    raise AttributeError(name)\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.Ordered.add" not in found and "demo.Ordered" not in found


# -- Python-version flags and other names for standard-library objects are not API --

def test_flask_session_0_6_and_blinker_1_8_compat_names_are_not_removed() -> None:
    session = changes("flask-session", "0.5.0", "0.6.0")
    assert not {"flask_session.sessions.PY2", "flask_session.sessions.text_type"} & removed(session)
    assert "new required parameter 'sid_length'" in _details(session, "flask_session.RedisSessionInterface")
    blinker = changes("blinker", "1.7.0", "1.8.0")
    assert "blinker.base.cast" not in removed(blinker)
    assert "blinker.base.receiver_connected" in removed(blinker)  # its shim serves the misspelt name only


def test_version_flags_and_stdlib_aliases(tmp_path: Path) -> None:
    old = ("import sys\nimport typing as t\n\nPY2 = sys.version_info[0] == 2\ntext_type = str\ncast = t.cast\n"
           "LIMIT = 10\n\ndef helper():\n    pass\n\nshortcut = helper\n")
    new = "import sys\n"
    found = synthetic(tmp_path, old, new)
    assert {"demo.LIMIT", "demo.helper", "demo.shortcut"} <= found.keys()
    assert not {"demo.PY2", "demo.text_type", "demo.cast"} & found.keys()


# -- a `*args` the body caps (`if len(args) > 1: raise TypeError`) is that many optional positional parameters --

def test_werkzeug_3_1_headers_update_kept_its_one_positional() -> None:
    found = changes("werkzeug", "3.0.6", "3.1.0")
    for symbol in ("werkzeug.datastructures.Headers.update", "werkzeug.datastructures.Headers.extend",
                   "werkzeug.datastructures.EnvironHeaders.update", "werkzeug.datastructures.EnvironHeaders.extend"):
        assert "*args" not in _details(found, symbol), _details(found, symbol)
    # a class served through a deprecation shim under a private name is still the base it was
    assert "no longer a subclass" not in _details(found, "werkzeug.datastructures.ImmutableOrderedMultiDict")
    assert "werkzeug.datastructures.structures.is_immutable" in removed(found)


def test_capped_varargs_and_positional_only_renames(tmp_path: Path) -> None:
    old = ("def update(*args, **kwargs):\n    if len(args) > 1:\n        raise TypeError('at most 1')\n\n"
           "def extend(*args, **kwargs):\n    pass\n\ndef pick(x, /, y):\n    pass\n")
    new = ("def update(arg=None, /, **kwargs):\n    pass\n\ndef extend(arg=None, /, **kwargs):\n    pass\n\n"
           "def pick(z, /, y):\n    pass\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.update" not in found and "demo.pick" not in found
    assert found["demo.extend"].signature is not None and found["demo.extend"].signature.removed == ("*args",)


def test_a_callable_that_only_raises_makes_no_signature_claim(tmp_path: Path) -> None:
    old = ("def is_immutable(self):\n    raise TypeError('immutable')\n\n"
           "class Frozen:\n    def update(self, *args, **kwargs):\n        is_immutable(self)\n\n"
           "    def extend(self, *args, **kwargs):\n        raise TypeError('immutable')\n\n"
           "    def keys(self, *args):\n        return []\n")
    new = ("def is_immutable(self):\n    raise TypeError('immutable')\n\n"
           "class Frozen:\n    def update(self, arg=None, /, **kwargs):\n        is_immutable(self)\n\n"
           "    def extend(self, arg=None, /, **kwargs):\n        raise TypeError('immutable')\n\n"
           "    def keys(self):\n        return []\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.Frozen.update" not in found and "demo.Frozen.extend" not in found
    assert found["demo.Frozen.keys"].breakage == "var_positional_removed"
