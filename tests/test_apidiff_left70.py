"""Misses left by earlier sessions: a `**kwargs` whose keys are checked against a statically readable registry."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a `**kwargs` each key of which the body checks against a registry, raising for any other: a named parameter
# dropped into it is a keyword callers pass that now raises (respx 0.16) --

_REGISTRY = (
    "class Pattern:\n    __registry = {}\n    registry = MappingProxyType(__registry)\n\n"
    "    def __init_subclass__(cls):\n        if getattr(cls, 'key', None):\n"
    "            cls.__registry[cls.key] = cls\n\n\n"
    "class Method(Pattern):\n    key = 'method'\n\n\nclass Host(Pattern):\n    key = 'host'\n\n\n"
)
_CHECK = (
    "def M(**lookups):\n    found = []\n    for pattern__lookup, value in lookups.items():\n"
    "        if not value:\n            continue\n        if pattern__lookup == 'url':\n"
    "            found.append(value)\n            continue\n"
    "        pattern_key, __, rest = pattern__lookup.partition('__')\n"
    "        if pattern_key not in {registry}:\n            raise KeyError(pattern_key)\n"
    "        found.append(value)\n    return found\n\n\n"
)
_OLD_GET = "def get(url=None, *, status_code=None, **lookups):\n    return M(url=url, **lookups), status_code\n"
_NEW_GET = "def get(url=None, **lookups):\n    return M(url=url, **lookups)\n"


def _module(registry: str, check: str, get: str, head: str = "from types import MappingProxyType\n\n\n") -> str:
    return head + registry + _CHECK.format(registry=check) + get


def test_a_keyword_outside_a_subclass_registry_now_raises(tmp_path: Path) -> None:
    found = diffed(
        tmp_path,
        {"demo/__init__.py": _module(_REGISTRY, "Pattern.registry", _OLD_GET)},
        {"demo/__init__.py": _module(_REGISTRY, "Pattern.registry", _NEW_GET)},
    )
    assert "parameter 'status_code' removed" in found[("signature_changed", "demo.get")].detail


def test_a_keyword_in_the_registry_or_taken_before_the_check_is_still_accepted(tmp_path: Path) -> None:
    # `method=` (a registered key), `host__in=` (its first part is) and `url=` (skipped before the check) bind
    for name in ("method", "host__in", "url"):
        old = _OLD_GET.replace("status_code", name)
        found = diffed(
            tmp_path / name,
            {"demo/__init__.py": _module(_REGISTRY, "Pattern.registry", old)},
            {"demo/__init__.py": _module(_REGISTRY, "Pattern.registry", _NEW_GET)},
        )
        assert ("signature_changed", "demo.get") not in found, name


def test_a_keyword_outside_a_literal_collection_now_raises(tmp_path: Path) -> None:
    keys = "KEYS = ('method', 'host')\n\n\n"
    found = diffed(
        tmp_path,
        {"demo/__init__.py": _module(keys, "KEYS", _OLD_GET, head="")},
        {"demo/__init__.py": _module(keys, "KEYS", _NEW_GET, head="")},
    )
    assert "parameter 'status_code' removed" in found[("signature_changed", "demo.get")].detail


def test_a_registry_not_read_whole_makes_no_claim(tmp_path: Path) -> None:
    unread = {
        # another method of the class registers keys too
        "registers": (_REGISTRY + "def register(name):\n    Pattern._Pattern__registry[name] = None\n").replace(
            "    def __init_subclass__", "    @classmethod\n    def add(cls, name):\n        cls.__registry[name] = 1\n\n"
            "    def __init_subclass__"
        ),
        # a subclass's key is computed
        "computed": _REGISTRY.replace("key = 'host'", "key = 'h' + 'ost'"),
        # a literal collection grown at the top level
        "grown": "KEYS = ['method', 'host']\nKEYS.append('status_code')\n\n\n",
    }
    for name, registry in unread.items():
        check = "KEYS" if name == "grown" else "Pattern.registry"
        found = diffed(
            tmp_path / name,
            {"demo/__init__.py": _module(registry, check, _OLD_GET)},
            {"demo/__init__.py": _module(registry, check, _NEW_GET)},
        )
        assert ("signature_changed", "demo.get") not in found, name


def test_a_check_the_loop_may_skip_by_the_key_or_a_collection_of_the_instance_makes_no_claim(tmp_path: Path) -> None:
    skipping = _CHECK.replace("if pattern__lookup == 'url':", "if pattern__lookup.startswith('status'):")
    found = diffed(
        tmp_path / "skip",
        {"demo/__init__.py": "KEYS = ('method',)\n\n\n" + skipping.format(registry="KEYS") + _OLD_GET},
        {"demo/__init__.py": "KEYS = ('method',)\n\n\n" + skipping.format(registry="KEYS") + _NEW_GET},
    )
    assert ("signature_changed", "demo.get") not in found
    own = (
        "class Router:\n    KEYS = ('method',)\n\n    def route(self, **lookups):\n"
        "        for key in lookups:\n            if key not in self.KEYS:\n                raise KeyError(key)\n\n"
    )
    found = diffed(
        tmp_path / "own",
        {"demo/__init__.py": own + "    def get(self, *, status_code=None, **lookups):\n        return self.route(**lookups)\n"},
        {"demo/__init__.py": own + "    def get(self, **lookups):\n        return self.route(**lookups)\n"},
    )
    change = found.get(("signature_changed", "demo.Router.get"))
    assert change is None or "status_code" not in change.detail


def test_respx_0_16_response_keywords_of_the_method_helpers_now_raise() -> None:
    found = changes("respx", "0.15.1", "0.16.0")
    for path in ("respx.get", "respx.post", "respx.Router.get", "respx.api.put"):
        detail = found[("signature_changed", path)].detail
        for name in ("status_code", "content_type", "text", "html", "pass_through", "alias"):
            assert f"parameter '{name}' removed" in detail, (path, name)
        # 0.16 registers `headers`, `content`, `json` and `params` patterns: still accepted (as request patterns)
        for name in ("headers", "content", "json", "params"):
            assert f"parameter '{name}' removed" not in detail, (path, name)
