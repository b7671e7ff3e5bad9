"""False-report and miss classes found on releases beyond the Flask ecosystem (pyyaml 5.4.1→6.0, urllib3
1.26.18→2.0.0, markdown 3.3.7→3.4, jsonschema 3.2.0→4.0.0): each on its pinned real example and on a synthetic
sibling."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.locate import find_modules
from bot.symbol_names import is_private_symbol
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes, removed


def _detail(found: dict, symbol: str) -> str:
    return " | ".join(c.detail or "" for (kind, s), c in found.items() if s == symbol and kind != "deprecated")


# -- an sdist with a Python 2 source root beside the Python 3 one: the Python 3 code is what installs --

def test_pyyaml_5_is_read_from_its_python3_root() -> None:
    found = changes("pyyaml", "5.4.1", "6.0")
    gone = removed(found)
    assert not {s for s in gone if "represent_long" in s or "represent_unicode" in s or "has_ucs4" in s}, gone
    assert {"yaml.load_warning", "yaml.YAMLLoadWarning"} <= gone  # really removed in 6.0
    assert "'Loader' lost its default" in _detail(found, "yaml.load")


@pytest.mark.parametrize(
    "setup",
    [
        "setup(package_dir={'': {2: 'lib', 3: 'lib3'}[sys.version_info[0]]})\n",
        "setup(package_dir={'': 'lib' if PY2 else 'lib3'})\n",
        "",  # nothing declared: `lib/` is a candidate by convention, and its Python 2 copy loses to the root
    ],
)
def test_of_two_source_roots_the_python3_one_is_read(tmp_path: Path, setup: str) -> None:
    root = tmp_path / "demo-1.0"
    for folder, body in (("lib", "print 'python 2'\n"), ("lib3", "print('python 3')\n")):
        (root / folder / "demo").mkdir(parents=True)
        (root / folder / "demo" / "__init__.py").write_text(body)
    (root / "setup.py").write_text("import sys\nfrom setuptools import setup\n" + setup)
    if not setup:
        (root / "demo").mkdir()
        (root / "demo" / "__init__.py").write_text("print('python 3 at the root')\n")
    expected = "lib3/demo/__init__.py" if setup else "demo/__init__.py"
    assert [m.relpath for m in find_modules(tmp_path)] == [expected]


# -- a class decorator known to keep the constructor (six's `add_metaclass`) --

def test_urllib3_2_retry_lost_method_whitelist() -> None:
    found = changes("urllib3", "1.26.18", "2.0.0")
    assert "parameter 'method_whitelist' removed" in _detail(found, "urllib3.util.retry.Retry")


def test_add_metaclass_keeps_the_constructor_an_unknown_decorator_does_not(tmp_path: Path) -> None:
    old = ("import six\nfrom registry import register\n\nclass Meta(type):\n    pass\n\n"
           "@six.add_metaclass(Meta)\nclass Kept(object):\n    def __init__(self, a, old=None):\n        pass\n\n"
           "@register\nclass Unknown(object):\n    def __init__(self, a, old=None):\n        pass\n")
    new = old.replace(", old=None", "")
    found = synthetic(tmp_path, old, new)
    assert "parameter 'old' removed" in (found["demo.Kept"].detail or "")
    assert "demo.Unknown" not in found


# -- a functional namedtuple over a module constant; fields that are not literal make no claim --

def test_urllib3_2_pool_key_fields_are_read_from_the_module_constant() -> None:
    detail = _detail(changes("urllib3", "1.26.18", "2.0.0"), "urllib3.poolmanager.PoolKey")
    assert "parameter 'key_strict' removed" in detail
    assert "new required parameter 'key_blocksize'" in detail
    assert "'key_scheme'" not in detail and "'key_host'" not in detail  # there in both releases


def test_namedtuple_fields_from_a_constant_or_unknown(tmp_path: Path) -> None:
    old = ("import collections\n\n_fields = ('a', 'b')\nKnown = collections.namedtuple('Known', _fields)\n"
           "Unknown = collections.namedtuple('Unknown', make_fields())\n")
    new = ("import typing\n\nclass Known(typing.NamedTuple):\n    a: int\n\n"
           "class Unknown(typing.NamedTuple):\n    x: int\n    y: int\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.Known.b" in found and "parameter 'b' removed" in (found["demo.Known"].detail or "")
    assert not [symbol for symbol in found if symbol.startswith("demo.Unknown")], found


# -- a `__getattr__` that looks the name up in a table (`TABLE.get(name)`) then branches on the result --

def test_markdown_3_4_removed_the_names_its_shim_table_served() -> None:
    found = changes("markdown", "3.3.7", "3.4")
    gone = removed(found)
    assert {"markdown.version", "markdown.version_info", "markdown.util.etree", "markdown.util.string_type"} <= gone
    assert found["removed", "markdown.version"].breakage == "deprecated_name_removed"  # the shim warned
    assert not [c.hint for c in found.values() if c.hint and "{" in c.hint]  # "Use '{}' instead" advises nothing


def test_getattr_shim_reading_a_table_with_get(tmp_path: Path) -> None:
    old = ("import warnings\n\n__deprecated__ = {'version': ('__version__', '1.0'), 'other': ('x', 2)}\n\n"
           "def __getattr__(name):\n    found = __deprecated__.get(name)\n    if found is not None:\n"
           "        warnings.warn(f'{name} is deprecated', DeprecationWarning)\n        return found[1]\n"
           "    raise AttributeError(name)\n")
    new = old.replace(", 'other': ('x', 2)", "")
    found = synthetic(tmp_path, old, new)
    assert "demo.other" in found and found["demo.other"].kind.value == "removed"
    assert "demo.version" not in found


# -- a plain module importing its package's `__version__` only uses it --

def test_jsonschema_cli_version_import_is_no_api() -> None:
    gone = removed(changes("jsonschema", "3.2.0", "4.0.0"))
    assert "jsonschema.cli.__version__" not in gone
    assert "jsonschema.compat" in gone


# -- a package's `__main__` script is no API: what it loses is private (websockets 11 dropped `__main__.run_client`) --

def test_a_main_script_loses_private_names_only(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "__version__ = '1.0'\n", "demo/__main__.py": "def run_client():\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/__main__.py": "def main():\n    pass\n"}
    found = {c.symbol: c for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert found["demo.__main__.run_client"].private and found["demo.__main__.run_client"].breakage == "private_removed"
    assert not found["demo.__version__"].private  # a dunder is public as the name itself
    assert is_private_symbol("werkzeug._internal._log") and is_private_symbol("pkg.__main__.run")
    assert not is_private_symbol("werkzeug.__version__") and not is_private_symbol("pkg.Class.__call__")


# -- pyparsing 2.4.7→3.0.0: star imports resolved last-wins, the `__main__` script block, respelled keyword aliases --

def test_pyparsing_3_keeps_optional_its_script_names_and_camel_case_keywords() -> None:
    found = changes("pyparsing", "2.4.7", "3.0.0")
    gone = removed(found)
    assert not [s for s in gone if s.startswith("pyparsing.Optional.")], gone  # `Optional = Opt`, not typing's
    assert not {"pyparsing.selectToken", "pyparsing.simpleSQL"} & gone  # defined under `if __name__ == "__main__":`
    assert {"pyparsing.upcaseTokens", "pyparsing.operatorPrecedence"} <= gone  # really gone from the top level
    assert not _detail(found, "pyparsing.Word")  # `Word(init_chars, ..., *, initChars=None)` takes every old call
    assert "'tagStr' renamed to 'tag_str'" in _detail(found, "pyparsing.makeHTMLTags")  # no alias kept: a rename


def test_the_last_star_import_wins_and_script_blocks_are_no_api(tmp_path: Path) -> None:
    files = {
        "demo/__init__.py": "from .errors import *\nfrom .core import *\n",
        "demo/errors.py": "from typing import Optional\n\nclass Error(Exception):\n    pass\n",
        "demo/core.py": "class Opt:\n    def parse(self):\n        pass\n\nOptional = Opt\n",
    }
    old = {**files, "demo/core.py": "class Optional:\n    def parse(self):\n        pass\n\n"
           "if __name__ == '__main__':\n    example = Optional()\n"}
    found = {c.symbol: c for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, files, "2.0"))}
    assert "demo.Optional.parse" not in found and "demo.core.example" not in found, found


def test_respelled_positional_with_the_old_keyword_kept(tmp_path: Path) -> None:
    old = "def word(initChars, bodyChars=None):\n    pass\n\ndef tags(tagStr):\n    pass\n"
    new = ("def word(init_chars='', body_chars=None, *, initChars=None, bodyChars=None):\n    pass\n\n"
           "def tags(tag_str):\n    pass\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.word" not in found
    assert "'tagStr' renamed to 'tag_str'" in (found["demo.tags"].detail or "")


# -- a parameter "renamed" in place while `**kwargs` still carries the old name to a callee that takes it --

def test_marshmallow_3_date_still_takes_default_through_kwargs() -> None:
    found = changes("marshmallow", "2.21.0", "3.0.0")
    detail = _detail(found, "marshmallow.fields.Date")  # `Date(format=None, **kwargs)`: slot 0 is `format` now
    assert "parameter 'default' is now keyword-only" in detail and "parameter 'attribute' is now keyword-only" in detail
    assert "renamed" not in detail and "'default' removed" not in detail
    # 3.0 keeps any other keyword as `self.metadata = metadata`, public, read by nobody in it: the removed `load_from`
    # (3.0's changelog: use `data_key`) is no longer taken as accepted (misses61, see keptkwargs)
    assert "'load_from' removed" in detail and "lower confidence" in detail
    assert "renamed to 'field_name'" in _detail(found, "marshmallow.exceptions.ValidationError")  # a real rename


def test_rename_in_place_forwarded_by_kwargs(tmp_path: Path) -> None:
    old = ("class Field:\n    def __init__(self, default=None, attribute=None):\n        pass\n\n"
           "class Date(Field):\n    pass\n")
    new = ("class Field:\n    def __init__(self, *, default=None, attribute=None):\n        pass\n\n"
           "class Date(Field):\n    def __init__(self, format=None, **kwargs):\n"
           "        super().__init__(**kwargs)\n")
    detail = synthetic(tmp_path, old, new)["demo.Date"].detail or ""
    assert "renamed" not in detail and "parameter 'default' is now keyword-only" in detail


# -- networkx 2.8.8→3.0: a shim branch that only raises serves nothing; a package's `conftest.py` is no module --

def test_networkx_3_claims_neither_raising_shim_names_nor_conftest() -> None:
    gone = removed(changes("networkx", "2.8.8", "3.0"))
    assert "networkx.nx_yaml" not in gone  # 2.8's `__getattr__` already raised ImportError for it
    assert not [s for s in gone if ".conftest" in s], gone
    assert {"networkx.OrderedGraph", "networkx.info", "networkx.from_numpy_matrix"} <= gone  # really removed


def test_raising_shim_branch_and_package_conftest(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "def __getattr__(name):\n    if name == 'gone':\n        raise ImportError('removed')\n"
        "    if name == 'kept':\n        return 1\n    raise AttributeError(name)\n",
        "demo/conftest.py": "has_numpy = True\n",
    }
    new = {"demo/__init__.py": ""}
    found = {c.symbol for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert "demo.kept" in found and "demo.gone" not in found and "demo.conftest" not in found, found


# -- docutils 0.18.1→0.19: a sibling module a package imported is no API of its own; `unicode = str` is `str` --

def test_docutils_0_19_keeps_its_modules_and_text_stays_a_str() -> None:
    found = changes("docutils", "0.18.1", "0.19")
    assert not [s for s in removed(found) if s.startswith("docutils.writers.")], removed(found)
    assert not _detail(found, "docutils.nodes.Text")
    assert "docutils.utils.SafeString" in removed(found)


def test_module_alias_and_builtin_alias_base(tmp_path: Path) -> None:
    common = {"demo/io.py": "def read():\n    pass\n"}
    old = {**common, "demo/writers/__init__.py": "from demo import io\n",
           "demo/__init__.py": "unicode = str\n\nclass Text(unicode):\n    pass\n\nclass Name(Exception):\n    pass\n"}
    new = {**common, "demo/writers/__init__.py": "",
           "demo/__init__.py": "class Text(str):\n    pass\n\nclass Name(str):\n    pass\n"}
    found = {c.symbol: c for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert "demo.writers.io" not in found and "demo.Text" not in found, found
    assert found["demo.Name"].breakage == "exception_base_removed"  # a real base lost is still seen


# -- starlette 0.21, attrs 23.1: a typing alias base provides its class's members; `*args` the body unpacks --

def test_starlette_0_21_headers_get_comes_from_typing_mapping() -> None:
    gone = removed(changes("starlette", "0.20.4", "0.21.0"))
    assert "starlette.datastructures.Headers.get" not in gone  # `class Headers(typing.Mapping[str, str])`
    assert "starlette.testclient.AuthType" in gone


def test_attrs_23_1_evolve_still_takes_the_instance_positionally() -> None:
    found = changes("attrs", "22.2.0", "23.1.0")
    assert not _detail(found, "attr.evolve") and not _detail(found, "attrs.evolve")  # `evolve(*args, **changes)`


def test_typing_alias_base_and_varargs_slot(tmp_path: Path) -> None:
    old = ("class Headers:\n    def get(self, key, default=None):\n        pass\n\n"
           "def evolve(inst, **changes):\n    pass\n\ndef moved(inst, **changes):\n    pass\n")
    new = ("import typing\n\nclass Headers(typing.Mapping[str, str]):\n    pass\n\n"
           "def evolve(*args, **changes):\n    inst = args[0] if args else changes.pop('inst')\n\n"
           "def moved(*, inst, **changes):\n    pass\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.Headers.get" not in found and "demo.evolve" not in found, found
    assert "'inst' is now keyword-only" in (found["demo.moved"].detail or "")  # no positional slot left for it


def test_a_name_dropped_from_all_is_labelled_by_what_it_is(tmp_path: Path) -> None:
    old = "__all__ = ['Instance', 'run']\n\nclass Instance:\n    pass\n\ndef run():\n    pass\n"
    found = synthetic(tmp_path, old, old.replace("'Instance', ", ""))
    assert found["demo.Instance"].object.value == "class" and found["demo.Instance"].breakage == "name_dropped_from_all"


def test_main_module_is_private() -> None:
    assert is_private_symbol("jwt.__main__") and not is_private_symbol("jwt.__version__")


# -- a name bound several times is what the last binding makes it, as at run time, unless that binding only passes
#    the earlier object through a call (attrs' `Attribute = _add_hash(Attribute, ...)`) or is a `None` placeholder --

def test_tornado_6_futures_was_never_a_class() -> None:
    gone = removed(changes("tornado", "5.1.1", "6.0"))
    assert not [s for s in gone if s.startswith("tornado.concurrent.FUTURES.")], gone
    assert {"tornado.gen.Task", "tornado.stack_context"} <= gone


def test_attrs_22_1_still_reports_attribute_cmp() -> None:
    assert "attr.Attribute.cmp" in removed(changes("attrs", "21.4.0", "22.1.0"))


def test_last_binding_rewrapped_class_and_placeholder(tmp_path: Path) -> None:
    old = ("try:\n    from .impl import Client\nexcept ImportError:\n    Client = None\n\n"
           "class Future:\n    def result(self):\n        pass\n\n"
           "if NO_FUTURES:\n    FUTURES = Future\nelse:\n    FUTURES = (object, Future)\n\n"
           "class Attribute:\n    def cmp(self):\n        pass\n\nAttribute = wrap(Attribute, extra=1)\n")
    new = old.replace("    def cmp(self):\n        pass\n", "    pass\n").replace(
        "    def result(self):\n        pass\n", "    pass\n")
    files_old = {"demo/__init__.py": old, "demo/impl.py": "class Client:\n    def get(self):\n        pass\n"}
    files_new = {"demo/__init__.py": new, "demo/impl.py": "class Client:\n    pass\n"}
    found = {c.symbol for c in diff_surfaces(surface(tmp_path, files_old, "1.0"), surface(tmp_path, files_new, "2.0"))}
    assert {"demo.Attribute.cmp", "demo.Future.result", "demo.Client.get"} <= found, found
    assert not [s for s in found if s.startswith("demo.FUTURES")], found


# -- tornado 6: a function a decorator already made awaitable (`@gen.coroutine`) is no "sync to async" change --

def test_tornado_6_coroutines_were_already_awaitable() -> None:
    found = changes("tornado", "5.1.1", "6.0")
    assert "coroutine" not in _detail(found, "tornado.auth.FacebookGraphMixin.facebook_request")  # @_auth_return_future
    assert "parameter 'callback' removed" in _detail(found, "tornado.iostream.BaseIOStream.read_until")


def test_awaitable_decorators(tmp_path: Path) -> None:
    old = ("from tornado import gen\n\n@gen.coroutine\ndef fetch():\n    pass\n\ndef plain():\n    pass\n")
    new = "async def fetch():\n    pass\n\nasync def plain():\n    pass\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.fetch" not in found
    assert found["demo.plain"].breakage == "sync_to_async"


# -- a `**kwargs` the body closes (`assert not kwargs`) took only its options: spelling them out breaks nobody --

def test_prompt_toolkit_3_spelled_out_closed_kwargs() -> None:
    found = changes("prompt-toolkit", "2.0.10", "3.0.0")
    assert not _detail(found, "prompt_toolkit.key_binding.KeyBindings.add")
    assert not _detail(found, "prompt_toolkit.shortcuts.utils.print_formatted_text")
    assert "parameter 'async_' removed" in _detail(found, "prompt_toolkit.shortcuts.dialogs.yes_no_dialog")


def test_closed_kwargs(tmp_path: Path) -> None:
    old = ("def add(*keys, **kwargs):\n    eager = kwargs.pop('eager', False)\n    assert not kwargs\n\n"
           "def show(**kwargs):\n    sep = kwargs.pop('sep', ' ')\n    if kwargs:\n        raise TypeError(kwargs)\n\n"
           "def open_ended(**kwargs):\n    eager = kwargs.pop('eager', False)\n")
    new = "def add(*keys, eager=False):\n    pass\n\ndef show(*, end=''):\n    pass\n\ndef open_ended(eager=False):\n    pass\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.add" not in found
    assert "parameter 'sep' removed" in (found["demo.show"].detail or "")
    assert "'**kwargs' removed" in (found["demo.open_ended"].detail or "")  # other keywords were accepted


# -- pydantic 2: a name that is now an object a call made (`Extra = _Extra()`), or another distribution's class
#    under a module global (`AnyUrl = Url` from pydantic_core), keeps attributes nobody can list statically --

def test_pydantic_2_claims_no_member_of_objects_it_cannot_see() -> None:
    gone = removed(changes("pydantic", "1.10.9", "2.0"))
    assert not [s for s in gone if s.startswith(("pydantic.Extra.", "pydantic.AnyUrl.", "pydantic.AmqpDsn."))], gone
    assert {"pydantic.fields.ModelField", "pydantic.SecretStr.display"} <= gone  # really gone


def test_members_of_call_results_and_outside_aliases_are_unknown(tmp_path: Path) -> None:
    old = ("class Extra:\n    allow = 'allow'\n\nclass Url:\n    def build(self):\n        pass\n\n"
           "class Plain:\n    def build(self):\n        pass\n")
    new = ("from typing import Annotated\nfrom pydantic_core import Url\n\nclass _Extra:\n    pass\n\n"
           "Extra = _Extra()\nDsn = Annotated[Url, 1]\n\nclass Plain:\n    pass\n")
    found = synthetic(tmp_path, old.replace("class Url:", "class Dsn:"), new)
    assert "demo.Extra.allow" not in found and "demo.Dsn.build" not in found, found
    assert "demo.Plain.build" in found
    outside = synthetic(tmp_path, old, "from pydantic_core import Url as _Url\n\nUrl = _Url\n")
    assert "demo.Url.build" not in outside, outside


# -- six's Python 2 type shims are plumbing however they are spelled (flask-restx 0.5's `text_type = lambda x: ...`) --

def test_flask_restx_1_python2_shim_is_no_api() -> None:
    gone = removed(changes("flask-restx", "0.5.1", "1.0.1"))
    assert "flask_restx.reqparse.text_type" not in gone


def test_python2_type_shims(tmp_path: Path) -> None:
    old = ("import six\n\ntext_type = lambda x: six.text_type(x)\nstring_types = (str, bytes)\n"
           "__all__ = ['unicode', 'parse']\nunicode = str\n\ndef parse():\n    pass\n")
    found = synthetic(tmp_path, old, "__all__ = ['parse']\n\ndef parse():\n    pass\n")
    assert "demo.text_type" not in found and "demo.string_types" not in found
    assert "demo.unicode" in found  # exported by `__all__`: a promise, kept


# -- werkzeug 1.0.1→2.0.0, markupsafe 1.1.1→2.0.0: `if not PY2:` is a Python 3 branch; a module an `except
#    ImportError:` imports in place of another distribution's is a stand-in, never bound at run time --

def test_werkzeug_2_and_markupsafe_2_python2_branches_are_not_read() -> None:
    assert "werkzeug.serving.ThreadingMixIn" not in removed(changes("werkzeug", "1.0.1", "2.0.0"))
    found = changes("markupsafe", "1.1.1", "2.0.0")
    assert "subclass" not in _detail(found, "markupsafe.Markup")  # `text_type = str` under `if not PY2:`
    assert "markupsafe.Markup.make_simple_escaping_wrapper" not in removed(found)  # `del`ed in the class body


def test_negated_version_test_and_import_stand_in(tmp_path: Path) -> None:
    old = ("import sys\n\nPY2 = sys.version_info[0] == 2\n\nif not PY2:\n    text_type = str\nelse:\n"
           "    text_type = unicode\n\nclass Markup(text_type):\n    pass\n\n"
           "try:\n    import socketserver\nexcept ImportError:\n    import SocketServer as socketserver\n\n"
           "ThreadingMixIn = socketserver.ThreadingMixIn\n")
    new = "class Markup(str):\n    pass\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.Markup" not in found and "demo.ThreadingMixIn" not in found, found


def test_a_hostile_file_in_a_competing_root_is_no_crash(tmp_path: Path) -> None:
    root = tmp_path / "demo-1.0"
    for folder, body in (("lib", "x = " + "(" * 200_000 + "\n"), ("lib3", "x = 1\n")):
        (root / folder / "demo").mkdir(parents=True)
        (root / folder / "demo" / "__init__.py").write_text(body)
    (root / "setup.py").write_text("setup(package_dir={'': 'lib' if PY2 else 'lib3'})\n")
    assert [m.relpath for m in find_modules(tmp_path)] == ["lib3/demo/__init__.py"]
