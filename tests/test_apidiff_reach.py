"""Recall gaps closed as classes (issue 11): each on a synthetic pair and, where one exists, its real release."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from bot.changes import Change
from bot.usage.calls import call_problems
from bot.usage.model import UseForm
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes


def _config_keys(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> set[str]:
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol for c in found if c.symbol.startswith("config:")}


# -- config keys spelled through constants of the package --

_CONSTANTS = (
    "class ConfigVars:\n    ENABLED = 'LIMIT_ENABLED'\n    STORAGE_URL = 'LIMIT_STORAGE_URL'\n"
    "    STORAGE_URI = 'LIMIT_STORAGE_URI'\n    TESTING = 'TESTING'\n\nRETRIES = 'LIMIT_RETRIES'\n"
)


def _extension(reads: str) -> str:
    return (
        "from .constants import ConfigVars, RETRIES\nfrom . import constants\n\n"
        "def init_app(app, key=None):\n    config = app.config\n"
        "    config.setdefault(ConfigVars.ENABLED, True)\n" + reads
    )


def test_config_keys_read_through_constants_of_the_package(tmp_path: Path) -> None:
    old_reads = (
        "    config.get(ConfigVars.STORAGE_URI, config.get(ConfigVars.STORAGE_URL))\n"
        "    app.config[constants.RETRIES]\n    config.get(ConfigVars.TESTING)\n    config.get(key)\n"
    )
    old = {"demo/__init__.py": "", "demo/constants.py": _CONSTANTS, "demo/ext.py": _extension(old_reads)}
    new = {**old, "demo/ext.py": _extension("    config.get(ConfigVars.STORAGE_URI)\n")}
    # a key read through the class that names the keys the release defaults, sharing their leading word, is its
    # own; `TESTING` (another's word), a module constant beside no default and a local `key` are not claimed
    assert _config_keys(tmp_path, old, new) == {"config:LIMIT_STORAGE_URL"}
    defaulted = {**old, "demo/ext.py": "from .constants import ConfigVars\n\ndef init_app(app):\n    pass\n"}
    assert _config_keys(tmp_path, old, defaulted) == {"config:LIMIT_ENABLED", "config:LIMIT_STORAGE_URL",
                                                       "config:LIMIT_STORAGE_URI"}
    # the other way round: a key the new release reads through a constant is still read (no false removal)
    literal = {**old, "demo/ext.py": "def init_app(app):\n    app.config.setdefault('LIMIT_ENABLED', True)\n"}
    assert _config_keys(tmp_path, literal, old) == set()


def test_config_key_constant_bound_twice_or_not_a_literal_is_no_key(tmp_path: Path) -> None:
    constants = "import os\n\nclass ConfigVars:\n    ENABLED = os.environ.get('X', 'LIMIT_ENABLED')\n"
    old = {"demo/__init__.py": "", "demo/constants.py": constants, "demo/ext.py": _extension("")}
    assert _config_keys(tmp_path, old, {"demo/__init__.py": ""}) == set()


def test_flask_limiter_3_no_longer_reads_ratelimit_storage_url() -> None:
    found = changes("flask-limiter", "2.9.2", "3.0.0")
    keys = {symbol for kind, symbol in found if symbol.startswith("config:")}
    assert keys == {"config:RATELIMIT_STORAGE_URL"}  # the other RATELIMIT_ keys 3.0 still reads, through ConfigVars
    change = found[("removed", "config:RATELIMIT_STORAGE_URL")]
    assert change.breakage == "config_key_removed"
    assert (change.old_location.path, change.old_location.line) == ("flask_limiter/extension.py", 293)


# -- a keyword a **kwargs chain now rejects, folded into the signature change of the same callable --

_COOKIES_OLD = (
    "def dump_cookie(key, value='', max_age=None, charset='utf-8'):\n    return key\n\n"
    "class Client:\n    def set_cookie(self, key, value='', *args, domain=None, **kwargs):\n"
    "        if args:\n            key, value = value, args[0]\n"
    "        return dump_cookie(key, value, **kwargs)\n"
)
_COOKIES_NEW = (
    "def dump_cookie(key, value='', max_age=None):\n    return key\n\n"
    "class Client:\n    def set_cookie(self, key, value='', *, domain=None, **kwargs):\n"
    "        return dump_cookie(key, value, **kwargs)\n"
)


def test_folded_chain_claim_carries_its_keyword_to_the_call_matcher(tmp_path: Path) -> None:
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": _COOKIES_OLD}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": _COOKIES_NEW}, "2.0"))
    change = next(c for c in found if c.symbol == "demo.Client.set_cookie")
    assert change.breakages == ("var_positional_removed", "forwarded_keyword_rejected")
    assert change.signature is not None and set(change.signature.removed) == {"*args", "charset"}
    assert change.signature.new_max_positional == 2  # the signature change's figures are kept
    call = ast.parse("client.set_cookie('k', 'v', charset='latin-1')").body[0].value
    assert isinstance(call, ast.Call)
    assert call_problems(call, change.signature) == [(UseForm.CALL_KEYWORD, "keyword 'charset' was removed")]


def test_werkzeug_3_set_cookie_charset_reaches_the_call_matcher() -> None:
    change = changes("werkzeug", "2.3.8", "3.0.0")[("signature_changed", "werkzeug.Client.set_cookie")]
    assert change.breakages == ("var_positional_removed", "forwarded_keyword_rejected")
    assert change.signature is not None and {"*args", "charset"} <= set(change.signature.removed)


# -- witnesses that hold on the real shape of the change --

def _witnessed(tmp_path: Path, old: str, new: str, symbol: str) -> Change:
    """The change of `symbol`, its witness run against both synthetic releases: the old one runs it, the new fails."""
    old_root, new_root = build(tmp_path / "old", old), build(tmp_path / "new", new)
    change = next(c for c in diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))
                  if c.symbol == symbol)
    before, after = run(change.witness, old_root), run(change.witness, new_root)
    assert before.returncode == 0, (change.witness, before.stderr)
    assert after.returncode != 0, change.witness
    return change


def test_var_positional_witness_passes_more_than_the_slots_it_became(tmp_path: Path) -> None:
    change = _witnessed(tmp_path, "def log(msg, *args): ...\n", "def log(msg, level=None, extra=None): ...\n", "pkg.log")
    assert change.breakage == "var_positional_removed"
    assert change.witness.endswith(".bind(None, None, None, None)")  # 3 slots now: a fourth argument fails


def test_kwargs_option_witness_calls_the_method_on_an_instance(tmp_path: Path) -> None:
    old = (
        "import json\nclass Codec:\n    def __init__(self, indent):\n        self.indent = indent\n\n"
        "    def dumps(self, obj, **kwargs):\n        kwargs.pop('encoding', None)\n"
        "        return json.dumps(obj, indent=self.indent, **kwargs)\n"
    )
    new = old.replace("        kwargs.pop('encoding', None)\n", "")
    change = _witnessed(tmp_path, old, new, "pkg.Codec.dumps")
    assert change.breakage == "kwargs_option_removed"
    assert "obj = Codec.__new__(Codec)\nCodec.__init__(obj, indent=None)\nobj.dumps(obj=None, encoding=None)" in change.witness


# -- annotations from `.pyi` stubs beside unannotated sources --

_CODEC = "def encode(s, errors='strict'):\n    return s.encode()\n\ndef pick(x):\n    return x\n"


def _codec_stub(returns: str) -> str:
    return (
        "from typing import overload\n\n"
        f"def encode(s: str, errors: str = ...) -> {returns}: ...\n"
        "@overload\ndef pick(x: int) -> int: ...\n@overload\ndef pick(x: str) -> bytes: ...\n"
    )


def test_return_type_changed_in_a_stub_beside_the_source(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/codec.py": _CODEC, "demo/codec.pyi": _codec_stub("bytes")}
    new = {**old, "demo/codec.pyi": _codec_stub("str").replace("x: str) -> bytes", "x: str) -> str")}
    before, after = surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0")
    assert before.symbols["demo.codec.encode"].params[0].annotation == "str"  # the source's own params, typed
    assert before.symbols["demo.codec.pick"].returns is None  # overloads: no one signature to take
    found = {c.symbol: c for c in diff_surfaces(before, after)}
    assert set(found) == {"demo.codec.encode"}
    assert found["demo.codec.encode"].breakages == ("return_type_changed",)
    unstubbed = surface(tmp_path, {"demo/__init__.py": "", "demo/codec.py": _CODEC}, "3.0")
    assert unstubbed.symbols["demo.codec.encode"].returns is None


def test_a_broken_or_symlinked_stub_gives_no_types_and_no_error(tmp_path: Path) -> None:
    """A stub that does not parse is skipped like any unparsable module; one that is a symlink (it may point out of
    the archive) is never read."""
    outside = tmp_path / "outside.pyi"
    outside.write_text(_codec_stub("bytes"))
    broken = surface(tmp_path, {"demo/__init__.py": "", "demo/codec.py": _CODEC, "demo/codec.pyi": "def encode(:\n"},
                     "1.0")
    assert broken.symbols["demo.codec.encode"].returns is None
    root = wheel(tmp_path / "linked", {"demo/__init__.py": "", "demo/codec.py": _CODEC})
    (root / "demo" / "codec.pyi").symlink_to(outside)
    linked = surface_of(root, "demo", "2.0")
    assert linked.symbols["demo.codec.encode"].returns is None


def test_more_itertools_types_read_from_its_stubs() -> None:
    old, new = pinned_surface("more-itertools", "9.1.0"), pinned_surface("more-itertools", "10.0.0")
    assert old.symbols["more_itertools.batched"].returns == "Iterator[list[_T]]"
    assert new.symbols["more_itertools.batched"].returns == "Iterator[tuple[_T]]"
    assert old.symbols["more_itertools.first"].returns is None  # overloaded in more.pyi


# -- private methods: the shape and deprecation claims of a public one --

_BOX_OLD = (
    "import warnings\nclass Box:\n    def _load(self, path):\n        return path\n\n"
    "    def _rows(self):\n        return [1]\n\n    def _old(self):\n        return 1\n\n"
    "    def _wrapped(self, f):\n        return f\n"
)
_BOX_NEW = (
    "import warnings\n\nclass Command:\n    pass\n\ndef command(f):\n    return Command()\n\nclass Box:\n    async def _load(self, path):\n        return path\n\n"
    "    def _rows(self):\n        yield 1\n\n    def _old(self):\n"
    "        warnings.warn('_old is deprecated', DeprecationWarning)\n        return 1\n\n"
    "    @command\n    async def _wrapped(self, f):\n        return f\n"
)


def test_private_methods_changing_shape_or_deprecated(tmp_path: Path) -> None:
    old_root, new_root = build(tmp_path / "old", _BOX_OLD), build(tmp_path / "new", _BOX_NEW)
    found = {c.symbol: c for c in diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))}
    assert found["pkg.Box._load"].breakages == ("sync_to_async",)
    assert found["pkg.Box._rows"].breakages == ("function_to_generator",)
    assert found["pkg.Box._old"].breakages == ("deprecated_added",)
    assert all(found[name].private for name in ("pkg.Box._load", "pkg.Box._rows", "pkg.Box._old"))
    assert "private API" in found["pkg.Box._load"].detail
    assert "pkg.Box._wrapped" not in found  # replaced by a decorator: its shape is unknown, no claim
    assert found["pkg.Box._old"].witness.endswith("obj = Box.__new__(Box)\nBox.__init__(obj)\nobj._old()")
    for name in ("pkg.Box._load", "pkg.Box._rows", "pkg.Box._old"):
        witness = found[name].witness
        assert run(witness, old_root).returncode == 0 and run(witness, new_root).returncode != 0, witness
