"""The lead's fixes of the twenty-eighth session (see each section)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds
from bot.apidiff.release import read_file
from bot.apidiff.requires import needed_dependencies
from bot.changes import Change
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_trust import changes

# -- a function or class the release defined, now a name re-exporting another distribution's --

_OLD = {
    "demo/__init__.py": "def fetch(url, timeout=3):\n    return url\n\n"
    "class Box:\n    def __init__(self, a, b=1):\n        self.a = a\n"
}
_NEW = {
    "demo/__init__.py": "from other import fetch, Box\nfrom json import loads\n",
    "demo-2.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: demo\nVersion: 2.0\nRequires-Dist: other>=1\n",
}


def _repointed(tmp_path: Path, other: str | None) -> dict[str, Change]:
    """The signature changes of `demo` 1.0 -> 2.0, whose `fetch` and `Box` now come from `other` (shipping `other`
    as its `__init__.py`; None: no dependency read)."""
    old = surface(tmp_path, {**_OLD, "demo/extra.py": ""}, "1.0")
    new = surface(tmp_path, _NEW, "2.0")
    trees = [] if other is None else [DependencyTree("other", "1.0", wheel(tmp_path / "dep", {"other/__init__.py": other}))]
    dependencies = partial_surfaces(seeds(new, old), trees, lambda f: read_file(f, lazy=True))
    return {c.symbol: c for c in diff_surfaces(old, new, dependencies) if c.kind.value == "signature_changed"}


def test_a_name_now_re_exporting_another_distributions_callable_is_compared_with_it(tmp_path: Path) -> None:
    other = "def fetch(url):\n    return url\n\nclass Box:\n    def __init__(self, a):\n        self.a = a\n"
    changed = _repointed(tmp_path, other)
    assert changed["demo.fetch"].detail.startswith("parameter 'timeout' removed")
    assert "the name now re-exports other.fetch of other 1.0" in changed["demo.fetch"].detail
    assert changed["demo.Box"].detail.startswith("parameter 'b' removed")


def test_a_re_exported_callable_taking_the_same_calls_claims_nothing(tmp_path: Path) -> None:
    other = "def fetch(url, timeout=3):\n    return url\n\nclass Box:\n    def __init__(self, a, b=1, c=3):\n        self.a = a\n"
    assert _repointed(tmp_path, other) == {}


def test_an_unread_re_exported_callable_claims_nothing(tmp_path: Path) -> None:
    assert _repointed(tmp_path, None) == {}


def test_the_dependency_a_name_now_re_exports_is_asked_for_and_needed(tmp_path: Path) -> None:
    old = surface(tmp_path, {**_OLD, "demo/other.py": "def loads(s, strict=True):\n    return s\n"}, "1.0")
    new = surface(tmp_path, _NEW, "2.0")
    assert {"other.fetch", "other.Box"} <= set(seeds(new, old))
    assert not any(path.startswith("json") for path in seeds(new, old))  # the standard library's is not read
    assert [r.name for r in needed_dependencies(new, old, seeds(new, old))] == ["other"]


def test_quart_0_19_config_attribute_is_flasks_now() -> None:
    # quart 0.19 replaced its own `ConfigAttribute(key, converter=None)` by flask 3.0's `(name, get_converter=None)`
    found = changes("quart", "0.18.4", "0.19.0", ("flask", "3.0.0"), ("werkzeug", "3.0.0"))
    detail = found[("signature_changed", "quart.config.ConfigAttribute")].detail
    assert "'converter' renamed to 'get_converter'" in detail
    assert "re-exports flask.config.ConfigAttribute of flask 3.0.0" in detail
