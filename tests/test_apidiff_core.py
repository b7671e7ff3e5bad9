"""The pure diff core on small synthetic distributions: surfaces, re-exports, shims, deprecations, signatures, diffs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.apidiff.deprecation import extract_hint
from bot.apidiff.diff import CannotCompare, diff_surfaces
from bot.apidiff.extras import PRIVATE_API
from bot.apidiff.history import deprecated_since
from bot.apidiff.model import ModuleStatus, Param, ParamKind, Surface, Symbol, surface_from_json, surface_to_json
from bot.apidiff.release import surface_of
from bot.apidiff.signature import compare_params
from bot.changes import SignatureDelta

P, PK, VP, KW, VK = (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD, ParamKind.VAR_POSITIONAL,
                     ParamKind.KEYWORD_ONLY, ParamKind.VAR_KEYWORD)


def wheel(root: Path, files: dict[str, str]) -> Path:
    """A wheel-shaped tree (root with a .dist-info folder) holding `files`."""
    (root / "demo-1.0.dist-info").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def surface(tmp_path: Path, files: dict[str, str], version: str = "1.0") -> Surface:
    return surface_of(wheel(tmp_path / version, files), "demo", version)


def changes(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str, str]]:
    diff = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return [(c.kind.value, c.object.value, c.symbol) for c in diff]


# --- what the surface contains ------------------------------------------------------------------------------------

SURFACE_CASES = [
    pytest.param(
        {"pkg/__init__.py": "from .core import helper\nfrom ._impl import Thing\nimport os\n", "pkg/core.py": "def helper(): ...\n",
         "pkg/_impl.py": "class Thing:\n    def go(self): ...\n"},
        {"pkg.helper": "pkg.core.helper", "pkg.Thing": "pkg._impl.Thing", "pkg.Thing.go": "pkg._impl.Thing.go"},
        {"pkg.os", "pkg._impl", "pkg._impl.Thing"},
        id="package-reexports-but-not-plain-imports-or-private-modules",
    ),
    pytest.param(
        {"pkg/__init__.py": "from markupsafe import escape\nfrom markupsafe import Markup\n\ndef f(x):\n    return Markup(x)\n"},
        {"pkg.escape": "markupsafe.escape"},
        {"pkg.Markup"},
        id="external-import-reexported-unless-used-by-the-package",
    ),
    pytest.param(
        {"pkg/__init__.py": "from ._compat import xrange, text\nfrom ._native import soft\n\ndef f():\n    return xrange(3)\n",
         "pkg/_compat.py": "xrange = range\ntext = str\n", "pkg/_native.py": "def soft(): ...\n"},
        {"pkg.soft": "pkg._native.soft", "pkg.text": "pkg._compat.text"},
        {"pkg.xrange"},
        id="private-helper-import-used-by-the-package-is-not-reexported",
    ),
    pytest.param(
        {"pkg/__init__.py": "__all__ = ['_private', 'public']\nfrom .m import _private, public, other\n",
         "pkg/m.py": "def _private(): ...\ndef public(): ...\ndef other(): ...\n"},
        {"pkg._private": "pkg.m._private", "pkg.public": "pkg.m.public", "pkg.m.other": "pkg.m.other"},
        {"pkg.other", "pkg.m._private"},
        id="dunder-all-decides-for-imports",
    ),
    pytest.param(
        {"pkg/mod.py": "from json import dumps as dumps\nfrom json import loads\n"},
        {"pkg.mod.dumps": "json.dumps"},
        {"pkg.mod.loads"},
        id="explicit-as-reexport-in-a-plain-module",
    ),
    pytest.param(
        {"pkg/__init__.py": "def __getattr__(name):\n    if name == '_old_stack':\n        import warnings\n"
                            "        from .g import __stack\n        warnings.warn('gone soon', DeprecationWarning)\n"
                            "        return __stack\n    if name in ('a', 'b'):\n        return 1\n    raise AttributeError(name)\n",
         "pkg/g.py": "__stack = object()\n"},
        {"pkg._old_stack": "pkg.g.__stack", "pkg.a": "pkg.a", "pkg.b": "pkg.b"},
        set(),
        id="getattr-shim-names-are-public",
    ),
    pytest.param(
        {"pkg/__init__.py": "import warnings\n_MOVED = {'OldName': '.new.NewName', 'old_func': 'pkg.new.func', 'gone': 1}\n"
                            "def __getattr__(name):\n    if name in _MOVED:\n"
                            "        warnings.warn(f'{name} moved to {_MOVED[name]}', DeprecationWarning)\n"
                            "        return 1\n    raise AttributeError(name)\n",
         "pkg/new.py": "class NewName:\n    def method(self): ...\ndef func(): ...\n"},
        {"pkg.OldName": "pkg.new.NewName", "pkg.OldName.method": "pkg.new.NewName.method", "pkg.old_func": "pkg.new.func",
         "pkg.gone": "pkg.gone"},
        set(),
        id="getattr-shim-over-a-module-level-table",
    ),
    pytest.param(
        {"pkg/__init__.py": "from .sub.impl import Child\n", "pkg/sub/impl.py": "from ..base import Base\nclass Child(Base):\n    pass\n",
         "pkg/base.py": "class Base(object):\n    def inherited(self, a): ...\n    x = 1\n"},
        {"pkg.Child.inherited": "pkg.base.Base.inherited", "pkg.Child.x": "pkg.base.Base.x", "pkg.sub": "pkg.sub"},
        set(),
        id="inheritance-through-a-namespace-folder",
    ),
    pytest.param(
        {"pkg/__init__.py": "from .a import *\n", "pkg/a.py": "__all__ = ['x']\nx = 1\ny = 2\n"},
        {"pkg.x": "pkg.a.x"},
        {"pkg.y"},
        id="star-import-honours-all",
    ),
    pytest.param(
        {"pkg/__init__.py": "try:\n    from ._speedups import fast\nexcept ImportError:\n    from ._native import fast\n",
         "pkg/_native.py": "def fast(s): ...\n"},
        {"pkg.fast": "pkg._native.fast"},
        set(),
        id="try-except-import-resolves-to-the-python-fallback",
    ),
    pytest.param(
        {"pkg/__init__.py": "import typing as t\nif t.TYPE_CHECKING:\n    from .m import OnlyForTypes\n", "pkg/m.py": "class OnlyForTypes: ...\n"},
        {"pkg.m.OnlyForTypes": "pkg.m.OnlyForTypes"},
        {"pkg.OnlyForTypes"},
        id="type-checking-imports-are-not-runtime-api",
    ),
    pytest.param(
        {"pkg/__init__.py": "", "tests/test_pkg.py": "def test(): ...\n", "pkg/tests/test_x.py": "def t(): ...\n"},
        {"pkg": "pkg"},
        {"tests", "pkg.tests"},
        id="tests-excluded",
    ),
]


@pytest.mark.parametrize(("files", "present", "absent"), SURFACE_CASES)
def test_surface_contents(tmp_path: Path, files: dict[str, str], present: dict[str, str], absent: set[str]) -> None:
    found = surface(tmp_path, files)
    assert {path: found.symbols[path].target for path in present if path in found.symbols} == present
    public = {path for path, symbol in found.symbols.items() if symbol.signature_unknown != PRIVATE_API}
    assert absent.isdisjoint(public)


def test_private_definitions_are_recorded_for_removal_claims_only(tmp_path: Path) -> None:
    old = surface(tmp_path, {"pkg/__init__.py": "from ._impl import Thing\ndef _helper(x): ...\n",
                             "pkg/_impl.py": "class Thing: ...\ndef _log(msg): ...\n"})
    assert {p for p, s in old.symbols.items() if s.signature_unknown == PRIVATE_API} == {
        "pkg._helper", "pkg._impl", "pkg._impl.Thing", "pkg._impl._log"}
    new = surface(tmp_path, {"pkg/__init__.py": "from ._impl import Thing\ndef _helper(x, y): ...\n",
                             "pkg/_impl.py": "class Thing: ...\n"}, "2.0")
    [change] = diff_surfaces(old, new)  # no signature claim on _helper
    assert (change.symbol, change.breakage, change.witness) == ("pkg._impl._log", "private_removed",
                                                                "from pkg._impl import _log")
    assert "private API" in change.detail


def test_signature_parameters_are_read_with_kinds_defaults_and_annotations(tmp_path: Path) -> None:
    found = surface(tmp_path, {"pkg/__init__.py": """
        class C:
            def __init__(self, a: int, /, b: "str | None" = None, *args: object, c, d=1, **kw: dict[str, int]): ...
            @staticmethod
            def s(x): ...
            @property
            def p(self) -> int: ...
    """})
    assert found.symbols["pkg.C"].params == (
        Param("a", P, False, "int"), Param("b", PK, True, '"str | None"'), Param("args", VP, False, "object"),
        Param("c", KW, False, None), Param("d", KW, True, None, "1"), Param("kw", VK, False, "dict[str, int]"),
    )
    assert found.symbols["pkg.C.s"].params == (Param("x", PK),)
    assert (found.symbols["pkg.C.p"].kind, found.symbols["pkg.C.p"].params) == ("property", None)


# --- deprecation markers --------------------------------------------------------------------------------------------

DEPRECATION_CASES = [
    pytest.param("import warnings\ndef f():\n    warnings.warn('f is old. Use g instead.', DeprecationWarning, stacklevel=2)\n",
                 "pkg.f", "f is old. Use g instead.", id="warnings-warn"),
    pytest.param("from warnings import warn\ndef f():\n    warn(message='old', category=FutureWarning)\n", "pkg.f", "old",
                 id="keyword-category"),
    pytest.param("import warnings\nclass RemovedIn3(PendingDeprecationWarning): ...\n"
                 "def f():\n    warnings.warn('bye', RemovedIn3)\n", "pkg.f", "bye", id="package-warning-subclass"),
    pytest.param("import warnings\ndef f():\n    warnings.warn('just a warning', UserWarning)\n", "pkg.f", None,
                 id="user-warning-is-not-a-deprecation"),
    pytest.param("import warnings\ndef f(x):\n    if x:\n        warnings.warn('x is old', DeprecationWarning)\n", "pkg.f", None,
                 id="conditional-warning-deprecates-a-parameter-not-the-function"),
    pytest.param("from typing_extensions import deprecated\n@deprecated('Use h')\ndef f(): ...\n", "pkg.f", "Use h",
                 id="decorator"),
    pytest.param("import warnings\ndef _deprecated(name):\n    warnings.warn(f'{name} is deprecated', DeprecationWarning)\n"
                 "def f():\n    _deprecated('f')\n", "pkg.f", "f is deprecated", id="package-helper"),  # filled
    pytest.param("import warnings\nclass Old:\n    def __init__(self):\n        warnings.warn('Old is old', DeprecationWarning)\n"
                 "class Child(Old):\n    pass\n", "pkg.Child", "Old is old", id="class-through-inherited-init"),
    pytest.param("import warnings\nwarnings.warn('module moved', DeprecationWarning)\n", "pkg", "module moved",
                 id="module-level-warning"),
]


@pytest.mark.parametrize(("source", "symbol", "message"), DEPRECATION_CASES)
def test_deprecation_markers(tmp_path: Path, source: str, symbol: str, message: str | None) -> None:
    assert surface(tmp_path, {"pkg/__init__.py": source}).symbols[symbol].deprecated == message


def test_shim_table_message_names_the_symbol(tmp_path: Path) -> None:
    found = surface(tmp_path, {"pkg/__init__.py": """
        import warnings
        _MOVED = {"Old": ".new.Old"}
        def __getattr__(name):
            if name in _MOVED:
                warnings.warn(f"'{name}' has moved to '{_MOVED[name]}'. Import it from there instead.", DeprecationWarning)
            raise AttributeError(name)
    """})
    old = found.symbols["pkg.Old"]
    assert (old.deprecated, old.via_getattr_shim, old.line) == (
        "'Old' has moved to '{...}'. Import it from there instead.", True, 5)


def test_deprecated_parameters(tmp_path: Path) -> None:
    found = surface(tmp_path, {"pkg/__init__.py": """
        import warnings
        def f(a, charset=None, **kwargs):
            if isinstance(a, bytes):
                warnings.warn("passing bytes is deprecated", DeprecationWarning)
            if charset is not None:
                warnings.warn("'charset' is deprecated", DeprecationWarning)
            if "app" in kwargs:
                warnings.warn("'app' is deprecated", DeprecationWarning)
    """})
    assert found.symbols["pkg.f"].deprecated_params == ("app", "charset")


HINT_CASES = [
    ("'werkzeug.urls.url_decode' is deprecated and will be removed in Werkzeug 2.4. Use 'urllib.parse.parse_qs' instead.",
     "Use 'urllib.parse.parse_qs' instead"),
    ("'soft_unicode' has been renamed to 'soft_str'. The old name will be removed in MarkupSafe 2.1.",
     "'soft_unicode' has been renamed to 'soft_str'"),
    ("'flask.escape' is deprecated and will be removed in Flask 2.4. Import 'markupsafe.escape' instead.",
     "Import 'markupsafe.escape' instead"),
    ("'charset' is deprecated. Interpreting bytes as text will always use UTF-8 in Werkzeug 3.0.", None),
    ("'_app_ctx_stack' is deprecated and will be removed in Flask 2.4.", None),
    ("", None),
]


@pytest.mark.parametrize(("message", "hint"), HINT_CASES)
def test_extract_hint(message: str, hint: str | None) -> None:
    assert extract_hint(message) == hint


# --- env vars -------------------------------------------------------------------------------------------------------

def test_env_vars_read_with_literal_names(tmp_path: Path) -> None:
    found = surface(tmp_path, {"pkg/__init__.py": """
        import os
        from os import environ as env, getenv
        A = os.environ.get("A_GET")
        B = os.environ["B_ITEM"]
        C = getenv("C_GETENV", "x")
        D = "D_IN" in os.environ
        E = env.setdefault("E_SETDEFAULT", "1")
        os.environ["NOT_A_READ"] = "1"
        def wsgi(environ):
            return environ.get("HTTP_HOST")  # a WSGI environ, not the process environment
        '''os.environ["IN_A_DOCSTRING"]'''
    """})
    assert sorted(found.env_vars) == ["A_GET", "B_ITEM", "C_GETENV", "D_IN", "E_SETDEFAULT"]
    assert found.env_vars["B_ITEM"] == ("pkg/__init__.py", 5)


# --- signatures -----------------------------------------------------------------------------------------------------

SIGNATURE_CASES = [
    pytest.param((Param("app", PK, True), Param("bind", PK, True)), (Param("bind_key", PK, True),),
                 SignatureDelta(removed=("app",), renamed=(("bind", "bind_key"),), new_max_positional=1,
                                old_signature="(app=..., bind=...)", new_signature="(bind_key=...)"),
                 id="flask-sqlalchemy-get-engine"),
    pytest.param((Param("obj", PK), Param("app", KW, True), Param("kwargs", VK)), (Param("obj", PK), Param("kwargs", VK)),
                 SignatureDelta(removed=("app",), absorbed_by_kwargs=("app",), new_max_positional=1,
                                old_signature="(obj, *, app=..., **kwargs)", new_signature="(obj, **kwargs)"),
                 id="removed-but-absorbed-by-kwargs"),
    pytest.param((Param("a", PK), Param("b", PK, True)), (Param("a", P), Param("b", KW, True)),
                 SignatureDelta(made_positional_only=("a",), made_keyword_only=("b",), keyword_only_slots=(("b", 1),),
                                new_max_positional=1, old_signature="(a, b=...)", new_signature="(a, /, *, b=...)"),
                 id="kinds-tightened"),
    pytest.param((Param("a", PK, True),), (Param("a", PK), Param("z", KW)),
                 SignatureDelta(new_required=("z",), defaults_removed=("a",), new_max_positional=1,
                                old_signature="(a=...)", new_signature="(a, *, z)"),
                 id="new-required-and-default-removed"),
    pytest.param((Param("charset", PK),), (Param("encoding", PK),),
                 SignatureDelta(renamed=(("charset", "encoding"),), new_max_positional=1,
                                old_signature="(charset)", new_signature="(encoding)"),
                 id="unalike-name-in-the-same-slot"),  # the only parameter, required: positional callers are fine
    pytest.param((Param("charset", PK, True),), (Param("encoding", PK, True),),
                 SignatureDelta(removed=("charset",), new_max_positional=1,
                                old_signature="(charset=...)", new_signature="(encoding=...)"),
                 id="unalike-optional-name-in-the-same-slot"),  # another option in its place, maybe: a rename is a guess
    pytest.param((Param("a", PK), Param("args", VP)), (Param("a", PK),),
                 SignatureDelta(removed=("*args",), new_max_positional=1, old_signature="(a, *args)", new_signature="(a)"),
                 id="star-args-dropped"),
    pytest.param((Param("attrs", VK),), (Param("kwargs", VK),), None, id="renamed-var-keyword-is-not-a-change"),
    pytest.param((Param("a", PK),), (Param("a", PK), Param("b", PK, True)), None, id="optional-parameter-added"),
    pytest.param((Param("a", KW),), (Param("a", PK),), None, id="loosened-kind"),
]


@pytest.mark.parametrize(("old", "new", "expected"), SIGNATURE_CASES)
def test_compare_params(old: tuple[Param, ...], new: tuple[Param, ...], expected: SignatureDelta | None) -> None:
    assert compare_params(old, new) == expected


# --- diffs ----------------------------------------------------------------------------------------------------------

DIFF_CASES = [
    pytest.param({"pkg/__init__.py": "class A:\n    def m(self): ...\n    def n(self): ...\ndef f(): ...\n"},
                 {"pkg/__init__.py": "def f(): ...\n"},
                 [("removed", "class", "pkg.A")], id="members-of-a-removed-class-not-repeated"),
    pytest.param({"pkg/__init__.py": "class A(object):\n    def __nonzero__(self): ...\n    def __unicode__(self): ...\n"},
                 {"pkg/__init__.py": "class A:\n    pass\n"},
                 [], id="python2-dunders-and-object-base-dropped"),
    pytest.param({"pkg/__init__.py": "def f(**attrs): ...\n"}, {"pkg/__init__.py": "def f(**kwargs): ...\n"},
                 [], id="renamed-var-keyword"),
    pytest.param({"pkg/__init__.py": "class S:\n    def get_engine(self, app=None, bind=None): ...\n"},
                 {"pkg/__init__.py": "from .extension import S\n",
                  "pkg/extension.py": "class S:\n    def get_engine(self, bind_key=None): ...\n"},
                 [("signature_changed", "method", "pkg.S.get_engine")], id="class-moved-and-reexported-compared-by-member"),
    pytest.param({"pkg/app.py": "class App:\n    def route(self, rule): ...\n    def run(self): ...\n"},
                 {"pkg/app.py": "from .sansio.base import Base\nclass App(Base):\n    def run(self): ...\n",
                  "pkg/sansio/base.py": "class Base:\n    def route(self, rule): ...\n"},
                 [], id="member-moved-to-a-base-in-a-namespace-folder"),
    pytest.param({"pkg/__init__.py": "import os\ndef env():\n    return os.environ.get('PKG_ENV')\n"},
                 {"pkg/__init__.py": "def env(): ...\n"},
                 [("env_var_removed", "env_var", "env:PKG_ENV")], id="env-var"),
    pytest.param({"pkg/__init__.py": "def __getattr__(name):\n    if name == '_ctx':\n        return 1\n    raise AttributeError(name)\n"},
                 {"pkg/__init__.py": ""}, [("removed", "attribute", "pkg._ctx")], id="shim-name-removed"),
    pytest.param({"pkg/__init__.py": "def f(): ...\n"},
                 {"pkg/__init__.py": "import warnings\ndef f():\n    warnings.warn('old', DeprecationWarning)\n"},
                 [("deprecated", "function", "pkg.f")], id="newly-deprecated"),
    pytest.param({"pkg/__init__.py": "class Stream:\n    def read(self): ...\n    def peek(self): ...\n"},
                 {"pkg/__init__.py": "import io\nclass Stream(io.RawIOBase):\n    pass\n"},
                 [("removed", "method", "pkg.Stream.peek")], id="member-now-inherited-from-a-stdlib-base"),
    pytest.param({"pkg/__init__.py": "class Base:\n    def dumps(self): ...\nclass Timed(Base):\n    pass\n"},
                 {"pkg/__init__.py": "import typing as t\nT = t.TypeVar('T')\nclass Base(t.Generic[T]):\n    def dumps(self): ...\n"
                                     "class Timed(Base[str]):\n    pass\n"},
                 [], id="members-inherited-through-a-subscripted-generic-base"),
    pytest.param({"pkg/__init__.py": "from markupsafe import Markup\n"}, {"pkg/__init__.py": ""},
                 [("removed", "alias", "pkg.Markup")], id="external-alias-removed"),
    pytest.param({"pkg/__init__.py": "def f(): ...\n", "pkg/b.py": "def g(): ...\n"},
                 {"pkg/__init__.py": "def f(): ...\n", "pkg/b.py": "def g(:\n"}, [],
                 id="unparsable-new-module-claims-nothing"),
]


@pytest.mark.parametrize(("old", "new", "expected"), DIFF_CASES)
def test_diff(tmp_path: Path, old: dict[str, str], new: dict[str, str], expected: list[tuple[str, str, str]]) -> None:
    assert changes(tmp_path, old, new) == expected


def test_removed_change_carries_location_and_hint(tmp_path: Path) -> None:
    old = surface(tmp_path, {"pkg/urls.py": "import warnings\ndef url_decode(s):\n"
                                            "    warnings.warn(\"'url_decode' is deprecated. Use 'urllib.parse.parse_qs' instead.\", DeprecationWarning)\n"})
    new = surface(tmp_path, {"pkg/urls.py": ""}, "2.0")
    [change] = diff_surfaces(old, new)
    assert change.model_dump(mode="json") == {
        "symbol": "pkg.urls.url_decode", "kind": "removed", "object": "function",
        "detail": "function 'pkg.urls.url_decode' no longer exists in 2.0", "deprecated_since": None, "deprecated_parameter": "",
        "old_location": {"path": "pkg/urls.py", "line": 2}, "new_location": None,
        "hint": "Use 'urllib.parse.parse_qs' instead", "signature": None, "aliases": [],
        "breakage": "deprecated_name_removed", "breakages": ["deprecated_name_removed"],
        "witness": "from pkg.urls import url_decode",
    }


@pytest.mark.parametrize(("new", "delta"), [
    ("class Client:\n    pass\n", {"removed": ("base_url", "timeout")}),
    ("class Base:\n    def __init__(self, app): ...\nclass Client(Base):\n    pass\n",
     {"removed": ("timeout",), "renamed": (("base_url", "app"),)}),  # required, in its slot: renamed (words68)
])
def test_deleted_init_means_the_base_constructor(tmp_path: Path, new: str, delta: dict[str, object]) -> None:
    old = surface(tmp_path, {"pkg/__init__.py": "class Client:\n    def __init__(self, base_url, timeout=None): ...\n"})
    [change] = diff_surfaces(old, surface(tmp_path, {"pkg/__init__.py": new}, "2.0"))
    assert change.symbol == "pkg.Client" and change.signature is not None
    assert {key: getattr(change.signature, key) for key in delta} == delta


def test_unknown_base_gives_no_constructor_claim(tmp_path: Path) -> None:
    old = surface(tmp_path, {"pkg/__init__.py": "class Client:\n    def __init__(self, base_url): ...\n"})
    new = surface(tmp_path, {"pkg/__init__.py": "from other import Base\nclass Client(Base):\n    pass\n"}, "2.0")
    assert diff_surfaces(old, new) == []


@pytest.mark.parametrize("broken", ["def f(:\n", "print 'py2 only'\n"])
def test_a_side_without_any_readable_module_cannot_be_compared(tmp_path: Path, broken: str) -> None:
    old = surface(tmp_path, {"pkg/__init__.py": "def f(): ...\n"})
    new = surface(tmp_path, {"pkg/__init__.py": broken}, "2.0")
    with pytest.raises(CannotCompare, match="cannot compare: .* 2.0 has no module that could be analysed"):
        diff_surfaces(old, new)


# --- hostile input --------------------------------------------------------------------------------------------------

def test_hostile_modules_are_reported_never_raised(tmp_path: Path) -> None:
    root = wheel(tmp_path / "hostile", {
        "pkg/__init__.py": "def ok(): ...\n",
        "pkg/py2.py": "print 'hello'\nexec 'x = 1'\n",
        "pkg/nested.py": "x = " + "(" * 300 + "1" + ")" * 300 + "\n",
        "pkg/deep.py": "x = " + "-" * 200_000 + "1\n",
        "pkg/nul.py": "x = 1\0\n",
    })
    generated = b"DATA = [\n" + b"    1234567890,\n" * 1_300_000 + b"]\n"  # ~21 MB
    (root / "pkg" / "generated.py").write_bytes(generated)
    (root / "pkg" / "latin1.py").write_bytes(b"# -*- coding: utf-8 -*-\nname = '\xe9'\n")
    found = surface_of(root, "demo", "1.0")
    reasons = {report.module: (report.status, report.reason) for report in found.modules}
    assert reasons == {
        "pkg": (ModuleStatus.OK, ""),
        # CPython's parser gives up on this nesting with MemoryError (3.11) or RecursionError (newer)
        "pkg.deep": (ModuleStatus.UNPARSABLE, reasons["pkg.deep"][1]),
        "pkg.generated": (ModuleStatus.TOO_LARGE, f"{len(generated)} bytes (limit 4194304)"),
        "pkg.latin1": (ModuleStatus.UNPARSABLE, "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 "
                                                "in position 0: unexpected end of data (line 2)"),
        "pkg.nested": (ModuleStatus.UNPARSABLE, "SyntaxError: too many nested parentheses (line 1)"),
        "pkg.nul": (ModuleStatus.UNPARSABLE, "SyntaxError: source code string cannot contain null bytes (line None)"),
        "pkg.py2": (ModuleStatus.UNPARSABLE, "SyntaxError: Missing parentheses in call to 'print'. Did you mean "
                                             "print(...)? (line 1)"),
    }
    assert reasons["pkg.deep"][1] in ("MemoryError: nesting too deep to analyse", "RecursionError: nesting too deep to analyse")
    assert "pkg.ok" in found.symbols and "pkg.py2" in found.symbols


def test_distribution_without_python_files(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    (root / "empty-1.0").mkdir(parents=True)
    (root / "empty-1.0" / "README.txt").write_text("nothing here")
    found = surface_of(root, "empty", "1.0")
    assert [(r.status, r.reason) for r in found.modules] == [(ModuleStatus.EMPTY, "no Python modules found in the distribution")]
    assert found.symbols == {}
    old = surface(tmp_path, {"pkg/__init__.py": "def f(): ...\n"})
    with pytest.raises(CannotCompare, match="no Python modules found"):
        diff_surfaces(old, found)


def test_symlinks_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text("def secret(): ...\n")
    root = wheel(tmp_path / "links", {"pkg/__init__.py": ""})
    (root / "pkg" / "linked.py").symlink_to(outside)
    assert "pkg.linked" not in surface_of(root, "demo", "1.0").symbols


def test_sdist_layouts(tmp_path: Path) -> None:
    root = tmp_path / "sdist"
    for name, text in {"demo-1.0/src/demo/__init__.py": "def f(): ...\n", "demo-1.0/setup.py": "import setuptools\n",
                       "demo-1.0/docs/conf.py": "x = 1\n", "demo-1.0/tests/test_demo.py": "def test(): ...\n"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    found = surface_of(root, "demo", "1.0")
    assert [r.module for r in found.modules] == ["demo"]
    assert found.symbols["demo.f"].file == "src/demo/__init__.py"


@pytest.mark.parametrize(("files", "expected"), [
    ({"lib/demo/__init__.py": "def f(): ...\n", "setup.py": "import setuptools\n"}, "lib/demo/__init__.py"),
    ({"code/demo/__init__.py": "def f(): ...\n", "setup.cfg": "[options]\npackage_dir =\n    =code\n"},
     "code/demo/__init__.py"),
    ({"python/demo/__init__.py": "def f(): ...\n",
      "setup.py": "from setuptools import setup\nsetup(package_dir={'': 'python'}, packages=['demo'])\n"},
     "python/demo/__init__.py"),
    ({"demo/__init__.py": "def f(): ...\n", "setup.py": "import setuptools\n"}, "demo/__init__.py"),
])
def test_sdist_lib_declared_and_flat_layouts(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    for name, text in files.items():
        (tmp_path / "demo-1.0" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "demo-1.0" / name).write_text(text)
    assert surface_of(tmp_path, "demo", "1.0").symbols["demo.f"].file == expected


def test_only_python2_modules_cannot_be_compared(tmp_path: Path) -> None:
    old = surface(tmp_path, {"pkg/__init__.py": "def f(): ...\n"})
    new = surface(tmp_path, {"pkg/__init__.py": "", "pkg/core.py": "print 'x'\n", "pkg/util.py": "exec 'y'\n"}, "2.0")
    with pytest.raises(CannotCompare, match="pkg/core.py: SyntaxError"):
        diff_surfaces(old, new)


# --- serialisation and history --------------------------------------------------------------------------------------

def test_surface_json_round_trip(tmp_path: Path) -> None:
    found = surface(tmp_path, {"pkg/__init__.py": "import os\nclass A:\n    def m(self, a, *, b=1): ...\nX = os.getenv('X')\n"})
    assert surface_from_json(surface_to_json(found)) == found


def _marked(version: str, deprecated: bool) -> Surface:
    symbol = Symbol("pkg.f", "function", target="pkg.f", deprecated="old" if deprecated else None)
    return Surface("pkg", version, {"pkg.f": symbol})


async def test_deprecated_since_binary_search_loads_few_surfaces() -> None:
    versions = [f"1.{minor}" for minor in range(20)]
    loaded: list[str] = []

    async def load(version: str) -> Surface | None:
        loaded.append(version)
        return _marked(version, versions.index(version) >= 13)

    assert await deprecated_since(["pkg.f", "pkg.missing"], versions, load) == {"pkg.f": "1.13"}
    assert len(set(loaded)) <= 6


def test_hostile_structure_star_import_clique_and_deep_inheritance(tmp_path: Path) -> None:
    files = {f"pkg/m{i}.py": "".join(f"from .m{j} import *\n" for j in range(12) if j != i) + f"x{i} = 1\n"
             for i in range(12)}
    files["pkg/__init__.py"] = "from .m0 import *\n"
    files["pkg/deep.py"] = "class C0:\n    def m(self): ...\n" + "".join(f"class C{i}(C{i - 1}): ...\n" for i in range(1, 300))
    files["pkg/cycle.py"] = "from .cycle2 import B as A\nclass X(A): ...\n"
    files["pkg/cycle2.py"] = "from .cycle import X as B\n"
    found = surface(tmp_path, files)
    assert {f"pkg.x{i}" for i in range(12)} <= found.symbols.keys()
    assert "pkg.deep.C299" in found.symbols and "pkg.deep.C10.m" in found.symbols
    assert found.symbols["pkg.cycle.X"].kind == "class"


def test_truncated_surface_claims_no_removals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = surface(tmp_path, {"pkg/__init__.py": "def a(): ...\ndef b(): ...\ndef c(): ...\n"})
    monkeypatch.setattr("bot.apidiff.surface.MAX_SYMBOLS", 2)
    new = surface(tmp_path, {"pkg/__init__.py": "def a(): ...\ndef b(): ...\ndef c(): ...\n"}, "2.0")
    assert len(new.symbols) == 2 and new.problems[-1].reason == "surface cut off at 2 symbols"
    assert diff_surfaces(old, new) == []


def test_too_many_modules_are_cut_off_and_make_the_diff_blind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"pkg/__init__.py": "", **{f"pkg/m{i}.py": "def f(): ...\n" for i in range(5)}}
    old = surface(tmp_path, files)
    monkeypatch.setattr("bot.apidiff.locate.MAX_MODULES", 3)
    monkeypatch.setattr("bot.apidiff.release.MAX_MODULES", 3)
    new = surface(tmp_path, files, "2.0")
    assert [r.module for r in new.modules] == ["pkg", "pkg.m0", "pkg.m1", ""]
    assert new.problems[-1].reason == "more than 3 modules; the rest were not read"
    assert diff_surfaces(old, new) == []


def test_type_comments_are_compared_like_annotations(tmp_path: Path) -> None:
    old = surface(tmp_path, {"pkg/__init__.py": "def digest(data):\n    # type: (str) -> bytes\n    pass\n"
                                                "class C:\n    def m(self, a):\n        # type: (int) -> None\n        pass\n"})
    new = surface(tmp_path, {"pkg/__init__.py": "def digest(data):\n    # type: (str) -> str\n    pass\n"
                                                "class C:\n    def m(self, a):\n        # type: (str) -> None\n        pass\n"}, "2.0")
    found = {c.symbol: (c.breakage, c.signature.annotations_changed) for c in diff_surfaces(old, new) if c.signature}
    assert found == {"pkg.digest": ("return_type_changed", (("return", "bytes", "str"),)),
                     "pkg.C.m": ("param_type_changed", (("a", "int", "str"),))}


@pytest.mark.parametrize(("old", "new"), [
    ("def f() -> t.Optional[t.List[str]]: ...\nimport typing as t\n", "def f() -> list[str] | None: ...\n"),
    ("def f(x: 'str') -> bytes: ...\n", "def f(x: str | bytes) -> bytes: ...\n"),  # a wider parameter
    ("def f() -> str | None: ...\n", "def f() -> str: ...\n"),  # a narrower return
    ("def f(app: 'Flask'): ...\n", "def f(app: 'App'): ...\n"),  # classes we cannot relate: no claim
    ("def f(n: int) -> float: ...\n", "def f(n: float) -> int: ...\n"),  # the numeric tower (celery 5.3)
    ("def f(flag: bool) -> complex: ...\n", "def f(flag: int) -> bool: ...\n"),
])
def test_compatible_or_unknown_annotation_changes_are_not_reported(tmp_path: Path, old: str, new: str) -> None:
    assert changes(tmp_path, {"pkg/__init__.py": old}, {"pkg/__init__.py": new}) == []


@pytest.mark.parametrize(("old", "new"), [
    # members may now come from a base written as an expression (a named tuple of literal fields is known: recall61b)
    ("class P:\n    def x(self): ...\n",
     "from collections import namedtuple\nfrom fields import names\nclass P(namedtuple('P', names())):\n    pass\n"),
    # a class decorator we do not know may replace the constructor
    ("class C:\n    def __init__(self, a): ...\n", "from registry import register\n@register\nclass C:\n    pass\n"),
    # attrs fields declared with attr.ib() are the constructor's parameters (a default now None is no claim either)
    ("import attr\n@attr.s\nclass C:\n    a = attr.ib()\n    b = attr.ib(default=1)\n",
     "import attr\n@attr.s\nclass C:\n    a = attr.ib()\n    b = attr.ib(default=None)\n"),
])
def test_no_claim_where_the_class_shape_is_unknown(tmp_path: Path, old: str, new: str) -> None:
    assert changes(tmp_path, {"pkg/__init__.py": old}, {"pkg/__init__.py": new}) == []


@pytest.mark.parametrize(("source", "options", "forwards"), [
    ('def f(obj, **kw):\n    """Passes ``**kw`` on (see json)."""\n    # **kw is forwarded\n'
     '    enc = kw.pop("encoding", None)\n    if "x" in kw: ...\n    return _json.dumps(obj, **kw)\n',
     ("encoding", "x"), ("_json.dumps",)),
    ("def f(a, **kw): return h(a, **kw)\n", (), ("h",)),
    ("def f(self, **kw):\n    super().__init__(a, b(c), **kw)\n    return app.json.dumps(\n        1, **kw\n    )\n",
     (), ("super.__init__", "app.json.dumps")),
    # a nested function: read from the tree, its own forwards left out
    ("def f(**kw):\n    def inner(**other):\n        return g(**other)\n    return h(**kw)\n", (), ("h",)),
])
def test_kwargs_facts(source: str, options: tuple[str, ...], forwards: tuple[str, ...]) -> None:
    import ast as ast_module

    from bot.apidiff.facts import read_facts
    facts = read_facts(ast_module.parse(source).body[0], source.encode())  # type: ignore[arg-type]
    assert (facts.kwargs_options, facts.kwargs_forwards) == (options, forwards)


@pytest.mark.parametrize(("old", "new"), [
    # a nested generator does not make the outer function one
    ("def parse(s):\n    return dict(s)\n", "def parse(s):\n    def pairs():\n        yield from s\n    return dict(pairs())\n"),
    # instances of a class with __getattr__ may still serve a vanished attribute
    ("class Auth:\n    @property\n    def nonce(self): ...\n",
     "class Auth:\n    def __getattr__(self, name): ...\n"),
    # RawIOBase still is an IOBase
    ("import io\nclass Stream(io.IOBase): ...\n", "import io\nclass Stream(io.RawIOBase): ...\n"),
    # a base from another distribution may still subclass the lost one
    ("class Mixin: ...\nclass Cache(Mixin): ...\n", "from other import Base\nclass Mixin: ...\nclass Cache(Base): ...\n"),
])
def test_shape_changes_that_are_not(tmp_path: Path, old: str, new: str) -> None:
    assert changes(tmp_path, {"pkg/__init__.py": old}, {"pkg/__init__.py": new}) == []


def test_a_plain_module_importing_a_sibling_module_does_not_reexport_it(tmp_path: Path) -> None:
    found = surface(tmp_path, {"pkg/__init__.py": "", "pkg/ds.py": "from . import exceptions\nfrom .exceptions import E\n",
                               "pkg/exceptions.py": "class E(Exception): ...\n"})
    assert found.reexports == {"pkg.ds": ("E",)}


def test_incidental_standard_library_imports_of_a_package_are_not_api(tmp_path: Path) -> None:
    old = {"pkg/__init__.py": "from contextlib import nullcontext\nfrom json import JSONDecodeError as JSONDecodeError\n"}
    assert changes(tmp_path, old, {"pkg/__init__.py": ""}) == [("removed", "alias", "pkg.JSONDecodeError")]
