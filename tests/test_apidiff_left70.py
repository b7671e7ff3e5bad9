"""Misses left by earlier sessions: a `**kwargs` whose keys are checked against a statically readable registry."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_expire70 import _DEPRECATOR
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
        # a list a function may grow
        "mutable": "KEYS = ['method', 'host']\n\n\ndef allow(key):\n    KEYS.append(key)\n\n\n",
    }
    for name, registry in unread.items():
        check = "KEYS" if name in ("grown", "mutable") else "Pattern.registry"
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


# -- expiring deprecations bound by applying the deprecator's call to a callable, and on properties: past `until`,
# calling the name or reading the property raises (nibabel 5.0.1's `setattr_on_read`) --


def _bound(version: str, until: str, how: str) -> dict[str, str]:
    uses = {
        "applied": f"def auto_attr(func):\n    return func\n\n\n"
        f"setattr_on_read = deprecate_with_version('renamed', since='0.5', until='{until}')(auto_attr)\n",
        "property": f"class Image:\n    @property\n    @deprecate_with_version('use .shape', '0.5', '{until}')\n"
        "    def data(self):\n        return 1\n",
    }
    return {
        "demo/deprecator.py": _DEPRECATOR.replace("{version}", version),
        "demo/__init__.py": "from .deprecator import deprecate_with_version\n\n\n" + uses[how],
    }


def test_a_callable_bound_by_applying_an_expiring_deprecator_now_raises(tmp_path: Path) -> None:
    found = diffed(tmp_path, _bound("1.0", "1.5", "applied"), _bound("2.0", "1.5", "applied"))
    change = found[("signature_changed", "demo.setattr_on_read")]
    assert change.breakage == "callable_now_raises"
    assert "`deprecate_with_version(...)` deprecates it until 1.5" in change.detail
    # not yet past its version: no change
    assert ("signature_changed", "demo.setattr_on_read") not in diffed(
        tmp_path / "later", _bound("1.0", "3.0", "applied"), _bound("2.0", "3.0", "applied")
    )


def test_a_property_whose_getter_an_expiring_deprecator_wraps_now_raises_on_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, _bound("1.0", "1.5", "property"), _bound("2.0", "1.5", "property"))
    change = found[("signature_changed", "demo.Image.data")]
    assert change.breakage == "read_now_raises"
    assert "every read now raises" in change.detail
    assert ("signature_changed", "demo.Image.data") not in diffed(
        tmp_path / "later", _bound("1.0", "3.0", "property"), _bound("2.0", "3.0", "property")
    )


def test_a_name_bound_by_a_deprecator_that_only_warns_is_no_expiry(tmp_path: Path) -> None:
    warning_only = _DEPRECATOR.replace("if until and self.compare(until) == -1:", "if until:")
    old, new = _bound("1.0", "1.5", "applied"), _bound("2.0", "1.5", "applied")
    old["demo/deprecator.py"] = warning_only.replace("{version}", "1.0")
    new["demo/deprecator.py"] = warning_only.replace("{version}", "2.0")
    assert ("signature_changed", "demo.setattr_on_read") not in diffed(tmp_path, old, new)


def test_nibabel_5_0_1_setattr_on_read_now_raises() -> None:
    found = changes("nibabel", "5.0.0", "5.0.1")
    change = found[("signature_changed", "nibabel.onetime.setattr_on_read")]
    assert change.breakage == "callable_now_raises"
    assert "until 5.0" in change.detail
    assert found[("signature_changed", "nibabel.flip_axis")].breakage == "callable_now_raises"  # kept
