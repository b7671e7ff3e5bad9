"""False reports and misses found on release pairs of popular PyPI libraries outside the Flask ecosystem that the
engine was never tuned on (arrow 0.17→1.0, pendulum 2.1→3.0, websockets 13.1→14.0, …): each class on its pinned real
example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.locate import find_modules
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a function returning a generator expression already handed callers an iterator: a generator is no new shape --


def test_arrow_1_0_span_range_was_already_an_iterator() -> None:
    found = changes("arrow", "0.17.0", "1.0.0")
    # 0.17: `return (r.span(frame, bounds=bounds) for r in _range)`; 1.0: `yield r.span(...)`: `list(...)` works on both
    span_range = found.get(("signature_changed", "arrow.Arrow.span_range"))
    assert span_range is None or "generator" not in (span_range.detail or "")
    assert span_range is not None and "exact" in (span_range.detail or "")  # the hook change for overriders: kept
    assert "now a method" in (found["signature_changed", "arrow.Arrow.timestamp"].detail or "")  # documented: kept


def test_a_generator_expression_returned_is_an_iterator_already(tmp_path: Path) -> None:
    old = "def pairs(items):\n    items = list(items)\n    return (pair for pair in zip(items, items[1:]))\n"
    new = "def pairs(items):\n    items = list(items)\n    for pair in zip(items, items[1:]):\n        yield pair\n"
    assert ("signature_changed", "demo.pairs") not in diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.pairs") not in diffed(tmp_path, new, old)  # and back: still an iterator
    listed = "def pairs(items):\n    items = list(items)\n    return [pair for pair in zip(items, items[1:])]\n"
    found = diffed(tmp_path, listed, new)  # a list was returned: `pairs(x)[0]` fails on the generator
    assert "now a generator" in (found["signature_changed", "demo.pairs"].detail or "")
    nested = ("def pairs(items):\n    def inner():\n        return (i for i in items)\n"
              "    return items[:1]\n")  # a nested def's generator expression is not what `pairs` returns
    assert "now a generator" in (diffed(tmp_path, nested, new)["signature_changed", "demo.pairs"].detail or "")


# -- an sdist's pyproject.toml says which top-level names the build installs: a build script beside them is none --


def test_pendulum_3_0_lost_no_build_script_and_kept_its_removals() -> None:
    found = changes("pendulum", "2.1.2", "3.0.0")  # both sdists: 2.1's ships poetry's `build.py` at its root
    assert ("removed", "build") not in found  # `[tool.poetry] packages = [{include = "pendulum"}]`: never installed
    assert ("removed", "pendulum.Period") in found  # renamed `Interval` in 3.0, documented: kept
    assert ("removed", "pendulum.set_test_now") in found  # replaced by `travel`, documented: kept


def test_pyproject_lists_the_installed_top_level_names(tmp_path: Path) -> None:
    root = tmp_path / "demo-1.0"
    for name in ("demo/__init__.py", "build.py", "single.py", "tests/__init__.py"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x = 1\n")
    poetry = '[tool.poetry]\nname = "demo"\npackages = [{include = "demo"}, {include = "tests", format = "sdist"}]\n'
    (root / "pyproject.toml").write_text(poetry + '\n[tool.poetry.build]\nscript = "build.py"\n')
    assert [m.module for m in find_modules(tmp_path)] == ["demo"]
    (root / "pyproject.toml").write_text('[tool.setuptools]\npackages = ["demo"]\npy-modules = ["single"]\n')
    assert sorted(m.module for m in find_modules(tmp_path)) == ["demo", "single"]
    for unclear in ('[tool.poetry]\npackages = [{include = "dem*"}]\n',  # a glob: the tree decides
                    '[tool.setuptools.packages.find]\nwhere = ["."]\n',  # found at build time: the tree decides
                    "[tool.poetry\n"):  # no TOML at all
        (root / "pyproject.toml").write_text(unclear)
        assert sorted(m.module for m in find_modules(tmp_path)) == ["build", "demo", "single"]
    (root / "pyproject.toml").write_text('[tool.poetry]\npackages = [{include = "renamed"}]\n')  # stale: the tree
    assert sorted(m.module for m in find_modules(tmp_path)) == ["build", "demo", "single"]


# -- a lazy-import helper given `globals()` and literal tables {name: module} serves those names (and warns for some) --


def test_websockets_14_switches_connect_to_the_new_implementation() -> None:
    found = changes("websockets", "13.1", "14.0")
    # `lazy_import(globals(), aliases={"serve": ".asyncio.server"}, deprecated_aliases={...})`: was invisible
    serve = found["signature_changed", "websockets.serve"].signature
    assert serve is not None and ("ws_handler", "handler") in serve.renamed and "extra_headers" in serve.removed
    assert found["deprecated", "websockets.WebSocketServerProtocol"].detail == (
        "websockets.WebSocketServerProtocol is deprecated")  # moved to `deprecated_aliases`: served, with a warning
    assert ("deprecated", "websockets.client.connect") in found  # the legacy module's names, too
    assert not {symbol for (kind, symbol), c in found.items()
                if kind == "removed" and not c.private and symbol.count(".") == 1}  # every top-level name is served


def test_lazy_import_tables_serve_their_names(tmp_path: Path) -> None:
    helper = ("from .imports import lazy_import\n__all__ = ['run', 'Old']\n\n"
              "lazy_import(globals(), aliases={'run': '.impl'}, deprecated_aliases={'Old': '.legacy'})\n")
    files = {"demo/imports.py": "def lazy_import(namespace, aliases=None, deprecated_aliases=None):\n    pass\n",
             "demo/impl.py": "def run(a, b=1):\n    pass\n", "demo/legacy.py": "class Old:\n    pass\n"}
    old = surface(tmp_path, {**files, "demo/__init__.py": helper}, "1.0")
    assert old.symbols["demo.run"].target == "demo.impl.run" and old.symbols["demo.run"].deprecated is None
    assert old.symbols["demo.Old"].deprecated == "demo.Old is deprecated"
    moved = helper.replace("aliases={'run': '.impl'}, deprecated_aliases={'Old': '.legacy'}",
                           "aliases={}, deprecated_aliases={'Old': '.legacy', 'run': '.impl'}")
    new = surface(tmp_path, {**files, "demo/impl.py": "def run(a):\n    pass\n", "demo/__init__.py": moved}, "2.0")
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(old, new)}
    assert found["deprecated", "demo.run"].detail == "demo.run is deprecated"
    assert found["signature_changed", "demo.run"].signature.removed == ("b",)  # type: ignore[union-attr]
    assert ("removed", "demo.Old") not in found
    # a call that is not handed the namespace, or a table of anything but module paths, serves nothing
    for other in ("register(aliases={'run': '.impl'})\n", "lazy_import(globals(), aliases={'run': 'not a path'})\n",
                  "lazy_import(globals(), levels={'run': 'info'})\n"):  # a word, not one of the package's modules
        plain = surface(tmp_path, {**files, "demo/__init__.py": "def register(**kw):\n    pass\n\n" + other}, "3.0")
        assert "demo.run" not in plain.symbols


# -- a package's own deprecation factory (a helper returning a def that warns) makes deprecated class members --


def test_beautifulsoup4_4_13_deprecates_the_camel_case_names() -> None:
    found = changes("beautifulsoup4", "4.12.3", "4.13.0")
    # `findAll = _deprecated_function_alias("findAll", "find_all", "4.0.0")`, the helper in `bs4._deprecation`
    assert found["deprecated", "bs4.BeautifulSoup.findAll"].detail == (
        "Call to deprecated method findAll. (Replaced by find_all) -- Deprecated since version 4.0.0.")
    assert ("deprecated", "bs4.BeautifulSoup.nextSibling") in found  # `_deprecated_alias`: a property that warns
    assert not {symbol for (kind, symbol) in found if kind == "removed" and "find" in symbol.lower()}
    assert ("deprecated", "bs4.builder.SAXTreeBuilder") in found  # the class that warns itself: kept


def test_members_a_deprecation_factory_makes_are_deprecated(tmp_path: Path) -> None:
    helpers = ("import warnings\n\ndef alias(old, new):\n    def method(self, *args):\n"
               "        warnings.warn(f'{old} is deprecated, use {new}', DeprecationWarning)\n"
               "        return getattr(self, new)(*args)\n    return method\n\n"
               "def quiet(old, new):\n    def method(self, *args):\n        return getattr(self, new)(*args)\n"
               "    return method\n\n"
               "def later(old, new):\n    def method(self, *args):\n        if args:\n"
               "            warnings.warn(f'{old} is deprecated', DeprecationWarning)\n    return method\n")
    old = "class Finder:\n    def find_all(self):\n        pass\n\n    findAll = find_all\n    scan = find_all\n"
    new = ("from demo._helpers import alias, quiet, later\n\nclass Finder:\n    def find_all(self):\n        pass\n\n"
           "    findAll = alias('findAll', new='find_all')\n    scan = quiet('scan', 'find_all')\n"
           "    walk = later('walk', 'find_all')\n")
    before = surface(tmp_path, {"demo/__init__.py": old}, "1.0")
    after = surface(tmp_path, {"demo/__init__.py": new, "demo/_helpers.py": helpers}, "2.0")
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(before, after)}
    assert found["deprecated", "demo.Finder.findAll"].detail == "findAll is deprecated, use find_all"
    assert ("deprecated", "demo.Finder.scan") not in found  # its def does not warn
    assert after.symbols["demo.Finder.walk"].deprecated is None  # it warns only on some calls: no claim


# -- a call made on an object the release constructs itself, of a class it names, reaches no user's override --


def test_tornado_6_2_application_listen_calls_no_user_override() -> None:
    found = changes("tornado", "6.1", "6.2")
    # `server = HTTPServer(self, **kwargs)` then `server.listen(port, family=..., reuse_port=...)` in web.py
    assert ("signature_changed", "tornado.tcpserver.TCPServer.listen") not in found
    assert ("deprecated", "tornado.ioloop.IOLoop.clear_current") in found  # documented deprecations: kept
    assert ("deprecated", "tornado.platform.asyncio.AnyThreadEventLoopPolicy") in found


def test_new_keywords_passed_to_an_object_made_here_are_no_hook_evidence(tmp_path: Path) -> None:
    old = ("class Server:\n    def listen(self, port):\n        pass\n\n"
           "class App:\n    def run(self, port):\n        server = Server()\n        server.listen(port)\n"
           "\n    def serve(self, server, port):\n        server.listen(port)\n")
    new = ("class Server:\n    def listen(self, port, *, backlog=5):\n        pass\n\n"
           "class App:\n    def run(self, port):\n        server = Server()\n        server.listen(port, backlog=9)\n"
           "\n    def serve(self, server, port):\n        server.listen(port)\n")
    assert ("signature_changed", "demo.Server.listen") not in diffed(tmp_path, old, new)
    # the same call on an object the caller hands in may reach a subclass's override written for `(port)`
    handed = new.replace("server.listen(port)\n", "server.listen(port, backlog=9)\n")
    detail = diffed(tmp_path, old, handed)["signature_changed", "demo.Server.listen"].detail or ""
    assert "keyword 'backlog'" in detail and "overrides written against the old signature" in detail
    rebound = new.replace("        server.listen(port, backlog=9)\n",
                          "        server = self.factory(server)\n        server.listen(port, backlog=9)\n")
    assert ("signature_changed", "demo.Server.listen") in diffed(tmp_path, old, rebound)  # bound otherwise too


# -- what an `except` handler binds before it raises again is never a module attribute: the import fails there --


def test_fabric_3_lost_no_name_its_import_guard_bound_before_raising() -> None:
    found = changes("fabric", "2.7.1", "3.0.0")
    # 2.7's testing/base.py: `except ImportError: warning = ("...pip install fabric[testing]"); warnings.warn(...);
    # raise`: when the handler runs, importing the module fails; `warning` was never there to import
    assert ("removed", "fabric.testing.base.warning") not in found


def test_names_bound_by_a_handler_that_raises_again_are_none(tmp_path: Path) -> None:
    old = ("try:\n    from mock import Mock\nexcept ImportError:\n    import warnings\n    hint = 'pip install x'\n"
           "    warnings.warn(hint)\n    raise\n\n"
           "try:\n    from yaml import load\nexcept ImportError:\n    fallback = True\n\ndef run():\n    pass\n")
    found = diffed(tmp_path, old, "def run():\n    pass\n")
    assert ("removed", "demo.hint") not in found and ("removed", "demo.warnings") not in found
    assert ("removed", "demo.fallback") in found  # that handler completes: its name is there when it runs


# -- a package's own `deprecated` decorator reached through a module (`@util.deprecated("1.4", "...")`) deprecates --


def test_sqlalchemy_2_0_deprecations_by_its_own_decorator() -> None:
    found = changes("sqlalchemy", "1.4.52", "2.0.0")
    instances = found["deprecated", "sqlalchemy.orm.Query.instances"].detail or ""
    assert instances.startswith("The :meth:`_orm.Query.instances` method is deprecated")  # the sentence, not "2.0"
    assert ("deprecated", "sqlalchemy.orm.contains_alias") in found


def test_a_decorator_named_deprecated_through_a_module_deprecates(tmp_path: Path) -> None:
    util = ("import warnings\n\ndef deprecated(version, message=None):\n    def decorate(fn):\n"
            "        return fn\n    return decorate\n")
    old = "from demo import util\n\ndef run():\n    pass\n\ndef walk():\n    pass\n\ndef stop():\n    pass\n"
    new = ("from demo import util\n\n@util.deprecated('1.4', 'run() is deprecated; use go()')\ndef run():\n    pass\n\n"
           "@util.deprecated('3.5')\ndef walk():\n    pass\n\n@util.deprecated_params(x=('1.4', 'x is gone'))\n"
           "def stop():\n    pass\n")
    before = surface(tmp_path, {"demo/__init__.py": old, "demo/util.py": util}, "1.0")
    after = surface(tmp_path, {"demo/__init__.py": new, "demo/util.py": util}, "2.0")
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(before, after)}
    assert found["deprecated", "demo.run"].detail == "run() is deprecated; use go()"
    assert found["deprecated", "demo.walk"].detail == "deprecated in 3.5"  # no sentence: the version it was given
    assert ("deprecated", "demo.stop") not in found  # its parameters are deprecated, not the function
