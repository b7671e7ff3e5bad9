"""Stop 18, the lead's classes.

A class attribute naming a def: `shutdown = close` in a class body is the method `close` under a second name,
`close = _close` a module function the class binds as a method. Both were plain attributes without parameters, so a
release dropping `close(force=...)` broke `obj.shutdown(force=True)` and `obj.close(force=True)` with no claim on
the name the caller spells; falcon 3.1's aliases of properties read as settable attributes.
An environment variable or config key read through what the readers do not follow (a constant, a helper of another
module, a local alias of `app.config`, a defaults mapping of another module, a prefix held by a constant) was claimed
no longer read.
A witness of a class named like its submodule (sqlalchemy 1.4's `postgresql.array`) was no Python.
"""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.extract import alias_called, spelled_keys
from bot.apidiff.release import surface_of
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes


def _signature_claims(tmp_path: Path, old: str, new: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        symbol: (change.detail, change.aliases)
        for symbol, change in synthetic(tmp_path, old, new).items()
        if change.kind.value == "signature_changed"
    }


def test_an_alias_in_the_class_body_carries_the_methods_signature_change(tmp_path: Path) -> None:
    old = "class A:\n    def close(self, force=False): ...\n    shutdown = close\n"
    new = "class A:\n    def close(self): ...\n    shutdown = close\n"
    claims = _signature_claims(tmp_path, old, new)
    assert claims["demo.A.close"] == ("parameter 'force' removed", ("demo.A.shutdown",))


def test_an_alias_of_a_base_classs_method_carries_its_change(tmp_path: Path) -> None:
    base = "class Base:\n    def close(self{}): ...\n\nclass A(Base):\n    shutdown = Base.close\n"
    claims = _signature_claims(tmp_path, base.format(", force=False"), base.format(""))
    assert "demo.A.shutdown" in claims["demo.Base.close"][1]


def test_a_module_function_bound_in_the_class_body_is_compared_as_a_method(tmp_path: Path) -> None:
    old = "class A:\n    def close(self, force=False): ...\n"
    new = "def _close(self): ...\n\nclass A:\n    close = _close\n"
    assert _signature_claims(tmp_path, old, new)["demo.A.close"][0] == "parameter 'force' removed"


def test_a_function_imported_from_another_module_and_bound_keeps_its_parameters(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class A:\n    def close(self, force=False): ...\n"}
    new = {
        "demo/__init__.py": "from ._impl import close as _close\n\nclass A:\n    close = _close\n",
        "demo/_impl.py": "def close(self, force=False): ...\n",
    }
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    assert [change for change in found if change.kind.value != "deprecated"] == []


def test_a_method_moved_to_a_bound_module_function_with_the_same_parameters_is_no_change(tmp_path: Path) -> None:
    old = "class A:\n    def close(self, force=False): ...\n    shutdown = close\n"
    new = "def _close(self, force=False): ...\n\nclass A:\n    close = _close\n    shutdown = _close\n"
    assert synthetic(tmp_path, old, new) == {}


def test_what_binds_differently_stays_an_attribute(tmp_path: Path) -> None:
    """A function decorated by what the release does not define may be no descriptor, `*args`/`**kwargs` were read
    for a function, a call's result and a name bound below the alias are not the def: none is claimed, as before. (A
    decorator of the release returning its argument keeps the def: miss66's class-body methods.)"""
    old = (
        "import functools\nfrom elsewhere import deco as _deco\n\n@_deco\ndef _a(self, x=1): ...\n\n"
        "def _b(self, *args, x=1): ...\n\nclass A:\n    a = _a\n    b = _b\n    c = functools.partial(_a, None)\n"
        "    d = e\n    def e(self, x=1): ...\n\ne = None\n"
    )
    new = old.replace("x=1", "y=1")
    assert _signature_claims(tmp_path, old, new) == {
        "demo.A.e": ("parameter 'x' removed", ()),
    }


def test_a_public_alias_of_a_private_method_stays_public(tmp_path: Path) -> None:
    """sqlalchemy 1.4's `future.Engine`: `execute = has_table = _not_implemented`; 2.0 drops them. Re-pathed, the
    private method's symbol made the public names private API, their removal a private one's."""
    old = "class Engine:\n    def _not_implemented(self, *args, **kw):\n        raise NotImplementedError\n\n    execute = _not_implemented\n"
    found = synthetic(tmp_path, old, "class Engine:\n    pass\n")
    assert not found["demo.Engine.execute"].private


def test_the_alias_on_the_defining_class_names_a_removal_group(tmp_path: Path) -> None:
    """bs4 4.13 dropped `fetchPrevious = find_all_previous` of `PageElement`: the claim is shown on `PageElement`, the
    inherited paths (`CData.fetchPrevious`, sorting first) are its aliases."""
    old = "class PageElement:\n    def find(self): ...\n    fetchPrevious = find\n\nclass CData(PageElement): ...\n"
    new = "class PageElement:\n    def find(self): ...\n\nclass CData(PageElement): ...\n"
    found = synthetic(tmp_path, old, new)
    assert found["demo.PageElement.fetchPrevious"].aliases == ("demo.CData.fetchPrevious",)


def test_falcon_aliases_of_properties_were_read_only_already() -> None:
    """falcon 3.1's `Request.app = root_path` and `BoundedStream.is_exhausted = eof` name properties: 4.0 writing
    them as properties made nothing read-only."""
    found = changes("falcon", "3.1.3", "4.0.0")
    for path in ("falcon.Request.app", "falcon.asgi.Request.app", "falcon.BoundedStream.is_exhausted"):
        assert ("signature_changed", path) not in found


def test_pyparsing_camel_case_aliases_carry_the_new_signatures() -> None:
    """pyparsing 3.0 binds `parseFile = parse_file`, `setBreak = set_break`: `parse_file` put `encoding` second,
    `set_break` renamed `breakFlag`, so `expr.parseFile(f, True)` and `expr.setBreak(breakFlag=False)` break."""
    found = changes("pyparsing", "2.4.7", "3.0.0")
    assert "'parseAll' is now keyword-only" in found["signature_changed", "pyparsing.ParserElement.parseFile"].detail
    setbreak = found["signature_changed", "pyparsing.ParserElement.setBreak"]
    assert setbreak.detail == "parameter 'breakFlag' renamed to 'break_flag'"


def test_bs4_an_alias_of_a_property_now_a_method_is_claimed() -> None:
    """bs4 4.12's `isSelfClosing = is_empty_element` read a property; 4.13 makes it a deprecated method, so
    `if tag.isSelfClosing:` is always true."""
    found = changes("beautifulsoup4", "4.12.3", "4.13.0")
    assert found["signature_changed", "bs4.BeautifulSoup.isSelfClosing"].breakage == "property_to_method"


def test_the_witness_of_a_class_named_like_its_submodule_imports_it_from_the_package(tmp_path: Path) -> None:
    """sqlalchemy 1.4's `postgresql/__init__.py` imports the class `array` from its submodule `array`: the witness
    took the path for the module and wrote `assert issubclass(, ...)`."""
    old = "from .array import array\n# file: pkg/array.py\nclass Base: ...\nclass array(Base): ...\n"
    new = "from .array import array\n# file: pkg/array.py\nclass Base: ...\nclass array: ...\n"
    old_root, new_root = build(tmp_path / "old", old), build(tmp_path / "new", new)
    found = diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))
    change = next(change for change in found if change.symbol == "pkg.array" and change.breakage == "base_removed")
    assert run(change.witness, old_root).returncode == 0, change.witness
    assert run(change.witness, new_root).returncode != 0, change.witness


# -- an environment variable or config key read through something the readers do not follow (stop 18 probes) --


def _key_claims(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> list[str]:
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return sorted(change.symbol for change in found if change.symbol.startswith(("env:", "config:")))


_ENV_READ = "import os\n\ndef timeout():\n    return os.environ.get('DEMO_TIMEOUT')\n"


def test_an_environment_variable_read_through_a_helper_of_another_module_is_still_read(tmp_path: Path) -> None:
    new = {
        "demo/__init__.py": "from ._env import read\n\ndef timeout():\n    return read('DEMO_TIMEOUT')\n",
        "demo/_env.py": "import os\n\ndef read(name, default=None):\n    return os.environ.get(name, default)\n",
    }
    assert _key_claims(tmp_path, {"demo/__init__.py": _ENV_READ}, new) == []


def test_an_environment_variable_read_through_a_constant_is_still_read(tmp_path: Path) -> None:
    new = "import os\n\nTIMEOUT_VAR = 'DEMO_TIMEOUT'\n\ndef timeout():\n    return os.environ.get(TIMEOUT_VAR)\n"
    assert _key_claims(tmp_path, {"demo/__init__.py": _ENV_READ}, {"demo/__init__.py": new}) == []


def test_an_environment_variable_named_by_another_modules_constant_may_be_any(tmp_path: Path) -> None:
    new = {
        "demo/__init__.py": "import os\nfrom ._names import TIMEOUT_VAR\n\ndef timeout():\n"
        "    return os.environ.get(TIMEOUT_VAR)\n",
        "demo/_names.py": "TIMEOUT_VAR = 'DEMO_TIMEOUT'\n",
    }
    assert _key_claims(tmp_path, {"demo/__init__.py": _ENV_READ}, new) == []


def test_a_constant_the_release_keeps_while_no_read_uses_it_reads_nothing(tmp_path: Path) -> None:
    """flask-limiter keeps `ConfigVars.STORAGE_URL = "RATELIMIT_STORAGE_URL"`: the definition alone is no read."""
    new = "import os\n\nTIMEOUT_VAR = 'DEMO_TIMEOUT'\n\ndef timeout():\n    return None\n"
    assert _key_claims(tmp_path, {"demo/__init__.py": _ENV_READ}, {"demo/__init__.py": new}) == ["env:DEMO_TIMEOUT"]


def test_a_scan_of_the_environment_by_a_constant_prefix_reads_every_variable_so_named(tmp_path: Path) -> None:
    new = (
        "import os\n\nPREFIX = 'DEMO_'\n\ndef conf():\n"
        "    return {k: v for k, v in os.environ.items() if k.startswith(PREFIX)}\n"
    )
    assert _key_claims(tmp_path, {"demo/__init__.py": _ENV_READ}, {"demo/__init__.py": new}) == []


def test_config_keys_read_through_a_local_alias_or_defaulted_from_another_modules_mapping_are_still_read(
    tmp_path: Path,
) -> None:
    old = (
        "class Ext:\n    def init_app(self, app):\n        app.config.setdefault('DEMO_HOST', 'x')\n"
        "        self.timeout = app.config['DEMO_TIMEOUT']\n"
    )
    new = {
        "demo/__init__.py": "from ._defaults import DEFAULTS\n\nclass Ext:\n    def init_app(self, app):\n"
        "        for key, value in DEFAULTS.items():\n            app.config.setdefault(key, value)\n"
        "        cfg = app.config\n        self.timeout = cfg['DEMO_TIMEOUT']\n",
        "demo/_defaults.py": "DEFAULTS = {'DEMO_HOST': 'x'}\n",
    }
    assert _key_claims(tmp_path, {"demo/__init__.py": old}, new) == []


def test_a_key_the_new_release_no_longer_spells_or_spells_only_in_its_tests_is_claimed(tmp_path: Path) -> None:
    new = {
        "demo/__init__.py": "PREFIX = 'DEMO_'\nPREFIX = 'OTHER_'\n",
        "demo/tests/test_env.py": "def test(monkeypatch):\n    monkeypatch.setenv('DEMO_TIMEOUT', '1')\n",
    }
    assert _key_claims(tmp_path, {"demo/__init__.py": _ENV_READ}, new) == ["env:DEMO_TIMEOUT"]


# -- a raising method that is a hook or a handler: its removal is still claimed (hunt21's rule, refined at merge) --


def test_a_handler_raising_the_error_it_is_handed_or_a_hook_the_class_calls_is_still_claimed_removed(
    tmp_path: Path,
) -> None:
    old = (
        "class Parser:\n    def handle_error(self, error, req):\n        raise ValueError(error)\n\n"
        "    def parse(self, data):\n        if len(data) > 9:\n            self.too_large()\n\n"
        "    def too_large(self):\n        raise OverflowError('too large')\n\n"
        "    def gone(self):\n        raise RuntimeError('gone since 1.0')\n"
    )
    new = "class Parser:\n    def parse(self, data): ...\n"
    found = synthetic(tmp_path, old, new)
    assert {"demo.Parser.handle_error", "demo.Parser.too_large"} <= set(found)
    assert "demo.Parser.gone" not in found  # every call refused: hunt21's class A


def test_webargs_and_werkzeug_hooks_that_raise_by_default_are_still_claimed_removed() -> None:
    """webargs 5.5's `BottleParser.handle_invalid_json_error(self, error, req)` raises an HTTPError built from
    `error`; werkzeug 1.0's `MultiPartParser.in_memory_threshold_reached` is called by the parser and raises until
    overridden: overrides of both are ignored by the new releases."""
    webargs = changes("webargs", "5.5.3", "6.0.0")
    assert ("removed", "webargs.bottleparser.BottleParser.handle_invalid_json_error") in webargs
    werkzeug = changes("werkzeug", "1.0.1", "2.0.0")
    assert ("removed", "werkzeug.formparser.MultiPartParser.in_memory_threshold_reached") in werkzeug


def test_a_warning_message_reads_on_one_line_with_single_spaces(tmp_path: Path) -> None:
    """marshmallow 3.26's "Use `fields.Raw` or  another field subclass", redis 5.2's message continued over lines."""
    new = (
        "import warnings\n\ndef f():\n    warnings.warn('Use g or ' ' another.  It goes \\\n"
        "                  in 2.0', DeprecationWarning)\n"
    )
    found = diff_surfaces(
        surface(tmp_path, {"demo/__init__.py": "def f(): ...\n"}, "1.0"),
        surface(tmp_path, {"demo/__init__.py": new}, "2.0"),
    )
    assert [change.detail for change in found] == ["Use g or another. It goes in 2.0"]


def test_gspread_a_variable_read_through_a_module_constant_and_no_longer_read_is_claimed() -> None:
    """gspread 5.12's `os.getenv(SILENCE_WARNINGS_ENV_KEY, "0")` read `GSPREAD_SILENCE_WARNINGS`; 6.0 keeps the
    constant and comments the read out."""
    found = changes("gspread", "5.12.4", "6.0.0")
    assert ("env_var_removed", "env:GSPREAD_SILENCE_WARNINGS") in found


# -- hostile modules: the readers of this stop stay linear (each case ran for minutes before its bound) --


def test_a_line_of_a_hundred_thousand_key_literals_is_read_once() -> None:
    line = b"x: list = [" + b'"KEY_A", ' * 100_000 + b"]\nNAME = 'KEY_B'\n"
    assert spelled_keys(line) == frozenset({"KEY_A"})  # 200 KB of one line took 28 s; this is 900 KB


def test_thousands_of_bound_method_aliases_all_count_as_called() -> None:
    text = b"".join(b"a%d = obj.method%d\n" % (i, i) for i in range(40_000))  # 14.7 s, one search per alias
    assert alias_called(text) == frozenset(f"method{i}" for i in range(40_000))


def test_environment_reads_through_thousands_of_constants_read_the_top_level_once(tmp_path: Path) -> None:
    constants = "".join(f"VAR_{i} = 'DEMO_{i}'\n" for i in range(5_000))
    reads = "".join(f"    os.environ.get(VAR_{i})\n" for i in range(5_000))
    new = {"demo/__init__.py": f"import os\n{constants}\ndef conf():\n{reads}"}
    old = {"demo/__init__.py": "import os\n\ndef conf():\n    os.environ.get('DEMO_GONE')\n"}
    assert _key_claims(tmp_path, old, new) == ["env:DEMO_GONE"]
