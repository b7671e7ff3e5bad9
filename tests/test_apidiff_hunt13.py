"""False reports and misses found on Flask-ecosystem release pairs the engine was never tuned on (werkzeug 0.15→0.16→1.0,
flask-security-too 5.3→5.4, wtforms 2.3→3.0, …): each class on its pinned real example and on a synthetic sibling."""

from __future__ import annotations

from pathlib import Path

from bot.changes import ReleaseDiff
from bot.usage import Targets, find_usages
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen3 import diffed

# -- a helper handed `__name__` and a table listing names by module replaces the module with one serving them --


def test_werkzeug_0_16_deprecated_the_old_import_paths_it_still_serves() -> None:
    found = changes("werkzeug", "0.15.6", "0.16.0")
    # `_DeprecatedImportModule(__name__, {".datastructures": ["Headers", ...]}, "Werkzeug 1.0")`: served, with a warning
    assert not removed(found)
    for symbol in ("werkzeug.wsgi.DispatcherMiddleware", "werkzeug.utils.MultiDict", "werkzeug.http.CharsetAccept"):
        assert ("signature_changed", symbol) not in found  # now the very class it subclassed, which takes the same
    assert found["deprecated", "werkzeug.useragents.UserAgentMixin"].detail == (
        "werkzeug.useragents.UserAgentMixin is deprecated")
    # 0.15's package put a lazy `module("werkzeug")` in its own place, serving what `all_by_module` lists
    assert ("deprecated", "werkzeug.secure_filename") in found and ("deprecated", "werkzeug.Headers") in found
    assert ("deprecated", "werkzeug.exceptions") not in found  # a submodule: importable by its own path, no warning
    assert ("deprecated", "werkzeug.run_simple") not in found  # imported by the package itself: no shim


def test_werkzeug_1_0_removed_the_deprecated_import_paths() -> None:
    found = changes("werkzeug", "0.16.1", "1.0.0")
    gone = found["removed", "werkzeug.secure_filename"]  # `from werkzeug import secure_filename`: the famous one
    assert gone.breakage == "deprecated_name_removed" and gone.witness == "from werkzeug import secure_filename"
    assert {"werkzeug.cached_property", "werkzeug.wsgi.DispatcherMiddleware", "werkzeug.utils.MultiDict",
            "werkzeug.http.Headers", "werkzeug.useragents.UserAgentMixin"} <= removed(found)
    assert not {"werkzeug.run_simple", "werkzeug.Request", "werkzeug.exceptions"} & removed(found)


def test_a_module_replaced_by_a_helper_serving_a_table_by_module(tmp_path: Path) -> None:
    helper = ("from types import ModuleType\n\n"
              "class _DeprecatedImportModule(ModuleType):\n    def __init__(self, name, available, removed_in):\n"
              "        pass\n\n")
    served = ("from demo import _DeprecatedImportModule\n\n"
              "_DeprecatedImportModule(__name__, {'.impl': ['run', 'Old'], '.': ['impl']}, 'demo 2.0')\n")
    files = {"demo/impl.py": "def run(a):\n    pass\n\nclass Old:\n    pass\n",
             "demo/__init__.py": helper, "demo/compat.py": "def local():\n    pass\n"}
    old = surface(tmp_path, files, "1.0")
    new = surface(tmp_path, {**files, "demo/compat.py": "def local():\n    pass\n\n" + served}, "2.0")
    assert new.symbols["demo.compat.run"].target == "demo.impl.run"
    assert new.symbols["demo.compat.run"].deprecated == "demo.compat.run is deprecated"
    assert "demo.compat.impl" not in new.symbols  # the package's own submodule, `"."`: no shim
    plain = surface(tmp_path, {**files, "demo/compat.py": served.replace("_DeprecatedImportModule(", "_Lazy(")
                               .replace("import _Lazy", "import _DeprecatedImportModule as _Lazy")}, "3.0")
    assert plain.symbols["demo.compat.run"].deprecated is None  # a helper not saying it deprecates: served only
    for other in ("register(__name__, {'.impl': ['run']})\n",  # no table of module paths? here it is one: served
                  "register({'.impl': ['run']})\n",  # not handed the module: nothing
                  "register(__name__, {'os.path': ['join']})\n"):  # another distribution's module: nothing
        made = surface(tmp_path, {**files, "demo/compat.py": "def register(*a):\n    pass\n\n" + other}, "4.0")
        assert ("demo.compat.run" in made.symbols) is other.startswith("register(__name__, {'.impl'")
    assert old.symbols.get("demo.compat.run") is None


def test_a_module_putting_its_own_lazy_object_in_its_place(tmp_path: Path) -> None:
    lazy = ("import sys\nfrom types import ModuleType\n\n"
            "all_by_module = {'demo.impl': ['run'], 'os': ['sep']}\nhelper_table = {'a': 1}\n\n"
            "class module(ModuleType):\n    def __getattr__(self, name):\n        return ModuleType.__getattribute__(self, name)\n\n"
            "old_module = sys.modules['demo']\nnew_module = sys.modules['demo'] = module('demo')\n__version__ = '1.0'\n")
    files = {"demo/impl.py": "def run(a):\n    pass\n"}
    old = surface(tmp_path, {**files, "demo/__init__.py": lazy}, "1.0")
    assert old.symbols["demo.run"].target == "demo.impl.run"  # what the lazy object answers
    assert not {"demo.sep", "demo.module", "demo.old_module", "demo.all_by_module"} & old.symbols.keys()
    assert "demo.__version__" in old.symbols
    new = surface(tmp_path, {**files, "demo/__init__.py": "__version__ = '2.0'\n"}, "2.0")
    found = {(c.kind.value, c.symbol) for c in __import__("bot.apidiff.diff", fromlist=["x"]).diff_surfaces(old, new)}
    assert ("removed", "demo.run") in found and ("removed", "demo.module") not in found
    # an object of a class that does not answer by name serves no table
    opaque = lazy.replace("    def __getattr__(self, name):\n        return ModuleType.__getattribute__(self, name)\n",
                          "    pass\n")
    assert "demo.run" not in surface(tmp_path, {**files, "demo/__init__.py": opaque}, "3.0").symbols
    # an object handed the module itself may answer from it (sh's `SelfWrapper(sys.modules[__name__])`): its API stays
    wrapped = lazy.replace("module('demo')", "module(sys.modules[__name__])")
    assert "demo.helper_table" in surface(tmp_path, {**files, "demo/__init__.py": wrapped}, "4.0").symbols


def test_a_variadic_handed_on_to_what_the_new_callable_is(tmp_path: Path) -> None:
    old = ("import other\n\ndef hidden(cls):\n    return cls\n\n"
           "@hidden\nclass Base:\n    def __init__(self, values=()):\n        pass\n\n"
           "class Shim(Base):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n\n"
           "def impl(value, *rest):\n    pass\n\ndef known(value, *args):\n    return impl(value, *args)\n\n"
           "def outside(value, *args):\n    return other.impl(value, *args)\n")
    new = (old.replace("class Shim(Base):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, "
                       "**kwargs)\n", "Shim = Base\n")
           .replace("def known(value, *args):", "def known(value):").replace("def outside(value, *args):",
                                                                               "def outside(value):"))
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Shim") not in found  # now the base it handed everything to
    # another distribution's callee took some keywords (connexion 3's `OAuthScopeProblem` lost werkzeug's
    # `description=` so): losing what was handed on to anything but the new callable itself is still claimed
    assert found["signature_changed", "demo.outside"].signature.removed == ("*args",)  # type: ignore[union-attr]
    assert found["signature_changed", "demo.known"].signature.removed == ("*rest",)  # type: ignore[union-attr]


# -- a handler's own version of a name the `try` defines once its imports from another distribution succeed --


def test_flask_security_5_4_fsdomain_is_still_a_flask_babel_domain() -> None:
    found = changes("flask-security-too", "5.3.3", "5.4.0")
    # `try: from flask_babel import Domain ... class FsDomain(Domain)` / `except ImportError: class FsDomain:`
    assert ("signature_changed", "flask_security.babel.FsDomain") not in found
    assert {"flask_security.AnonymousUser", "flask_security.Security.unauthorized_handler"} <= removed(found)  # kept


def test_a_fallback_class_beside_the_one_built_on_an_optional_import(tmp_path: Path) -> None:
    old = ("from other import Base\n\nclass Domain(Base):\n    def gettext(self, text, **variables):\n        pass\n\n"
           "    def ngettext(self, one, many, n):\n        pass\n")
    new = ("try:\n    from other import Base\n\n    class Domain(Base):\n"
           "        def gettext(self, text, **variables):\n            pass\n\n"
           "        def ngettext(self, one, many, n):\n            pass\n\n    HAS_OTHER = True\n"
           "except ImportError:\n    class Domain:\n        def gettext(self, text):\n            pass\n\n"
           "    HAS_OTHER = False\n")
    assert not diffed(tmp_path, old, new)  # not a lost base, lost `ngettext` or lost `**variables`
    narrowed = diffed(tmp_path, old, new.replace("def gettext(self, text, **variables):", "def gettext(self, text):"))
    assert ("signature_changed", "demo.Domain.gettext") in narrowed  # a change to the class users get is still one


# -- a private parameter's slot: nobody passes it, by position any more than by name --


def test_wtforms_3_field_moved_only_its_private_form_parameter() -> None:
    found = changes("wtforms", "2.3.3", "3.0.0")
    # `Field(label, ..., render_kw=None, name=None, _form=None, _name=None, ...)`: `name` inserted before `_form`
    assert not [key for key, c in found.items() if "'_form'" in (c.detail or "")]
    assert "positional parameter 'default' moved from slot 5 to 6" in found["signature_changed", "wtforms.FieldList"].detail
    assert {"wtforms.TextField", "wtforms.validators.Required", "wtforms.fields.core.StringField"} <= removed(found)
    assert "extra_filters" in (found["signature_changed", "wtforms.Field.process"].detail or "")  # the hook: kept


def test_private_parameters_moving_are_no_claim(tmp_path: Path) -> None:
    old = ("def field(label=None, render_kw=None, _form=None, _prefix=''):\n    pass\n\n"
           "def invoke(__self, __callback, *args):\n    pass\n\ndef pick(a, b=None):\n    pass\n")
    new = ("def field(label=None, render_kw=None, name=None, _form=None, *, _prefix=''):\n    pass\n\n"
           "def invoke(__self, __other, __callback, *args):\n    pass\n\ndef pick(a, c=None, b=None):\n    pass\n")
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.field") not in found
    assert found["signature_changed", "demo.pick"].signature.moved == (("b", 1, 2),)  # type: ignore[union-attr]
    moved = found["signature_changed", "demo.invoke"].signature.moved  # type: ignore[union-attr]
    assert ("__callback", 1, 2) in moved  # `__name`: positional-only by convention, passed by every caller


# -- an override in a subclass of a class that inherits the changed hook: the hook's alias names that class --


def test_an_override_in_a_subclass_of_a_class_inheriting_the_hook() -> None:
    found = changes("wtforms", "2.3.3", "3.0.0")
    diff = ReleaseDiff(package="wtforms", old="2.3.3", new="3.0.0", changes=list(found.values()))
    source = ("from wtforms import StringField\n\nclass Upper(StringField):\n"
              "    def process(self, formdata, data=None):\n        super().process(formdata, data)\n\n"
              "class Loose(StringField):\n    def process(self, formdata, *args, **kwargs):\n        pass\n")
    usages, _ = find_usages("app/forms.py", source.encode(), Targets.from_diffs([diff]))
    overrides = [(u.line, u.symbol) for u in usages if u.counts and u.form.value == "override"]
    assert overrides == [(4, "wtforms.Field.process")]  # `Field.process` under the alias `StringField.process`
    unrelated = ("from wtforms import Form\n\nclass Mine:\n    def process(self, formdata):\n        pass\n")
    assert not find_usages("app/other.py", unrelated.encode(), Targets.from_diffs([diff]))[0]


# -- a flag testing the running Python's version is plumbing however it is named (`py38`, not only `PY38`) --


def test_alembic_1_13_dropped_a_python_version_flag_and_real_methods() -> None:
    found = changes("alembic", "1.12.1", "1.13.0")
    assert "alembic.util.compat.py38" not in removed(found)  # `py38 = sys.version_info >= (3, 8)`
    assert "alembic.ddl.DefaultImpl.create_index_sig" in removed(found)  # replaced by `_create_metadata_constraint_sig`


def test_version_flags_by_value(tmp_path: Path) -> None:
    old = ("import sys\nfrom sys import version_info\n\npy38 = sys.version_info >= (3, 8)\n"
           "is_old = version_info < (3, 9) and sys.platform == 'win32'\nnewest = not sys.version_info < (3, 12)\n"
           "limit = sys.maxsize > 2**32\nVERSION = (1, 0)\n")
    found = diffed(tmp_path, old, "import sys\n")
    assert {("removed", "demo.limit"), ("removed", "demo.VERSION")} <= found.keys()
    assert not {key for key in found if key[1] in ("demo.py38", "demo.is_old", "demo.newest")}


# -- an async generator is no coroutine function: turning it into a function returning an async iterator changes nothing --


def test_jinja2_3_1_5_auto_aiter_still_gives_an_async_iterator() -> None:
    found = changes("jinja2", "3.1.4", "3.1.5")
    # 3.1.4: `async def auto_aiter(...)` yielding; 3.1.5: `def auto_aiter(...) -> AsyncIterator` returning one
    assert ("signature_changed", "jinja2.async_utils.auto_aiter") not in found
    assert "jinja2.sandbox.SandboxedEnvironment.format_string" in removed(found)  # the security fix: kept


def test_async_generators_and_coroutine_functions(tmp_path: Path) -> None:
    old = ("async def stream(items):\n    for item in items:\n        yield item\n\n"
           "async def pages(items):\n    for item in items:\n        yield item\n\n"
           "def rows(items):\n    for item in items:\n        yield item\n\n"
           "async def fetch(url):\n    return url\n")
    new = ("from typing import AsyncIterator\n\ndef stream(items) -> AsyncIterator[int]:\n    return Wrap(items)\n\n"
           "async def pages(items):\n    return list(items)\n\n"
           "async def rows(items):\n    for item in items:\n        yield item\n\n"
           "async def fetch(url):\n    yield url\n")
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.stream") not in found
    assert "now a coroutine function" in (found["signature_changed", "demo.pages"].detail or "")  # `async for` fails
    assert "now an async generator" in (found["signature_changed", "demo.rows"].detail or "")  # `for` fails
    assert "no longer a coroutine function" in (found["signature_changed", "demo.fetch"].detail or "")


# -- a plain module's alias of another distribution's object is as incidental as importing it --


def test_flask_wtf_1_1_recaptcha_widgets_dropped_an_incidental_alias() -> None:
    found = changes("flask-wtf", "1.0.1", "1.1.0")
    # `recaptcha/widgets.py`: `from flask import json` then `JSONEncoder = json.JSONEncoder`, `__all__` naming neither
    assert "flask_wtf.recaptcha.widgets.JSONEncoder" not in removed(found)


def test_aliases_of_another_distribution(tmp_path: Path) -> None:
    files = {"demo/__init__.py": "from other import json\n\nEncoder = json.JSONEncoder\n",
             "demo/widgets.py": "from other import json\n\nEncoder = json.JSONEncoder\nLocal = dict\n\n"
                                "class Widget:\n    pass\n\nAlias = Widget\n"}
    old = surface(tmp_path, files, "1.0")
    assert "demo.Encoder" in old.symbols  # a package re-exports what it binds from elsewhere
    assert "demo.widgets.Alias" in old.symbols and "demo.widgets.Encoder" not in old.symbols
    exported = surface(tmp_path, {**files, "demo/widgets.py": files["demo/widgets.py"] + "__all__ = ['Encoder']\n"}, "2.0")
    assert "demo.widgets.Encoder" in exported.symbols  # listed in `__all__`: deliberately exported


# -- a module replaced by another distribution's (imported into the package) did not become a package --


def test_alembic_1_5_testing_exclusions_is_sqlalchemy_s_now() -> None:
    found = changes("alembic", "1.4.3", "1.5.0")
    # 1.5 deleted `testing/exclusions.py` and imports `from sqlalchemy.testing import exclusions` instead: the old
    # module's own imports (`from . import config`) were never API, and what sqlalchemy's module offers is unknown
    assert not [c for c in found.values() if "became a package" in (c.detail or "")]
    assert ("env_var_removed", "env:PYTEST_CURRENT_TEST") not in found  # set by pytest, configured by no one
    assert {"alembic.util.compat.reraise", "alembic.util.sqla_110"} <= removed(found)  # the Python 2 era's: kept


def test_a_module_now_another_distributions(tmp_path: Path) -> None:
    files = {"demo/__init__.py": "", "demo/rules.py": "from .config import MODE\n\ndef skip():\n    pass\n",
             "demo/config.py": "import os\n\nNAME = os.environ.get('PYTEST_CURRENT_TEST')\nMODE = os.environ.get('DEMO_MODE')\n"}
    old = surface(tmp_path, files, "1.0")
    new = surface(tmp_path, {"demo/__init__.py": "from other.testing import rules\n", "demo/config.py": ""}, "2.0")
    found = {(c.kind.value, c.symbol): c for c in __import__("bot.apidiff.diff", fromlist=["x"]).diff_surfaces(old, new)}
    assert ("removed", "demo.rules.MODE") not in found and ("removed", "demo.rules.skip") not in found
    assert ("env_var_removed", "env:DEMO_MODE") in found and ("env_var_removed", "env:PYTEST_CURRENT_TEST") not in found
    package = surface(tmp_path, {"demo/__init__.py": "", "demo/rules/__init__.py": "def skip():\n    pass\n",
                                 "demo/config.py": ""}, "3.0")
    grown = {c.symbol for c in __import__("bot.apidiff.diff", fromlist=["x"]).diff_surfaces(old, package)}
    assert "demo.rules.MODE" in grown  # a module become a package of its own: what it imported is compared


# -- a test case class's test methods are collected by a runner, called by no one --


def test_webargs_6_dropped_tests_of_its_testing_base_class_and_real_api() -> None:
    found = changes("webargs", "5.5.3", "6.0.0")
    assert not [s for s in removed(found) if s.startswith("webargs.testing.CommonTestCase.test_")]
    assert {"webargs.core.Parser.parse_json", "webargs.flaskparser.FlaskParser.parse_view_args"} <= removed(found)
    assert "renamed to 'location'" in (found["signature_changed", "webargs.flaskparser.use_args"].detail or "")


def test_test_methods_of_test_case_classes(tmp_path: Path) -> None:
    old = ("class CommonTestCase:\n    def setUp(self):\n        pass\n\n    def test_json(self):\n        pass\n\n"
           "    def create_app(self):\n        pass\n\nclass Parser:\n    def test_value(self, value):\n        pass\n")
    found = diffed(tmp_path, old, "class CommonTestCase:\n    pass\n\nclass Parser:\n    pass\n")
    assert ("removed", "demo.CommonTestCase.test_json") not in found
    assert {("removed", "demo.CommonTestCase.setUp"), ("removed", "demo.CommonTestCase.create_app"),
            ("removed", "demo.Parser.test_value")} <= found.keys()  # hooks subclasses call, and a class's API


# -- values both arms of a Python 2/3 test bind are compatibility plumbing, not API --


def test_python_2_shims_dropped_with_python_2() -> None:
    webargs = changes("webargs", "5.5.3", "6.0.0")
    assert "webargs.compat.iteritems" not in removed(webargs)  # `if PY2: iteritems = ... else: iteritems = ...`
    itsdangerous = changes("itsdangerous", "0.24", "1.1.0")
    assert not {"itsdangerous.int_to_byte", "itsdangerous.number_types"} & removed(itsdangerous)
    assert {"itsdangerous.EPOCH", "itsdangerous.constant_time_compare"} <= removed(itsdangerous)  # real API: kept


def test_values_bound_on_both_sides_of_a_python_2_test(tmp_path: Path) -> None:
    old = ("import sys\n\nPY2 = sys.version_info[0] == 2\n\nif PY2:\n    iteritems = lambda d: d.iteritems()\n"
           "    from urllib import quote\n    LIMIT = 1\n    def ensure(s):\n        return s\nelse:\n"
           "    iteritems = lambda d: iter(d.items())\n    from urllib.parse import quote\n"
           "    def ensure(s):\n        return s\n\nif not PY2:\n    ONLY_HERE = 2\n")
    found = diffed(tmp_path, old, "import sys\n")
    assert not {key for key in found if key[1] in ("demo.iteritems", "demo.quote")}
    assert {("removed", "demo.ensure"), ("removed", "demo.ONLY_HERE")} <= found.keys()  # a def, a one-armed value
    # engineio 3: `if sys.version_info >= (3, 5): from .asyncio_server import AsyncServer` / `else: AsyncServer = None`
    files = {"demo/impl.py": "class AsyncServer:\n    def __init__(self, a=1):\n        pass\n",
             "demo/__init__.py": "import sys\n\nif sys.version_info >= (3, 5):\n    from .impl import AsyncServer\n"
                                 "    LEVEL = 3\nelse:\n    AsyncServer = None\n    LEVEL = 2\n"}
    old_package = surface(tmp_path, files, "1.0")
    assert "demo.AsyncServer" in old_package.symbols and "demo.LEVEL" in old_package.symbols  # 3.5+ or not: API
    major = files["demo/__init__.py"].replace("(3, 5)", "(3,)")
    assert "demo.LEVEL" not in surface(tmp_path, {**files, "demo/__init__.py": major}, "2.0").symbols
