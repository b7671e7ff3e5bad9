"""Hunt 58c: Python packaging, build backends, linters, formatters and developer tooling."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a decorator whose wrapper raises TypeError when `len(args)` passes a count (twine 2's `@no_positional(allow_self=
# True)` over `Settings.__init__(self, sign=False, ...)`) already made the parameters past that count keyword-only:
# twine 3 spelling them after `*` was claimed "now keyword-only" for all fourteen --

_REFUSING = '''import functools


def no_positional(allow_self=False):
    def reject(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            allowed = 0
            if allow_self:
                allowed = 1
            received = len(args)
            if received > allowed:
                raise TypeError("positional arguments refused")
            return function(*args, **kwargs)
        return wrapper
    return reject


def at_most(count):
    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            if len(args) > count:
                raise TypeError("too many positional arguments")
            return function(*args, **kwargs)
        return wrapper
    return decorate
'''

_REFUSED_OLD = {
    "demo/utils.py": _REFUSING,
    "demo/__init__.py": """from demo import utils


class Settings:
    @utils.no_positional(allow_self=True)
    def __init__(self, sign=False, username=None):
        self.sign = sign


@utils.at_most(1)
def upload(dists, repository=None, verbose=False):
    return dists
""",
}
_REFUSED_NEW = {
    "demo/utils.py": _REFUSING,
    "demo/__init__.py": """class Settings:
    def __init__(self, *, sign=False, username=None):
        self.sign = sign


def upload(dists, *, repository=None, verbose=False):
    return dists
""",
}


def test_parameters_a_decorator_refused_by_position_were_keyword_only_already(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", _REFUSED_OLD, "1.0")
    assert [p.kind.name for p in old.symbols["demo.Settings"].params or ()] == ["KEYWORD_ONLY", "KEYWORD_ONLY"]
    assert [p.kind.name for p in old.symbols["demo.upload"].params or ()][:2] == [
        "POSITIONAL_OR_KEYWORD",
        "KEYWORD_ONLY",
    ]
    found = diffed(tmp_path, _REFUSED_OLD, _REFUSED_NEW)
    assert ("signature_changed", "demo.Settings") not in found
    assert ("signature_changed", "demo.upload") not in found
    # the sibling that is a break: the count the new decorator lets through is smaller than the old def's
    tighter = {
        **_REFUSED_NEW,
        "demo/__init__.py": "def upload(*, dists, repository=None, verbose=False):\n    return 1\n",
    }
    changed = diffed(tmp_path / "tighter", _REFUSED_OLD, tighter)
    assert "param_made_keyword_only" in changed[("signature_changed", "demo.upload")].breakages


def test_twine_3_settings_was_keyword_only_under_no_positional() -> None:
    found = changes("twine", "2.0.0", "3.0.0")
    settings = found.get(("signature_changed", "twine.settings.Settings"))
    assert settings is None or "param_made_keyword_only" not in settings.breakages
    assert ("removed", "twine.utils.no_positional") in found  # what 3.0 did drop is still claimed


# -- PEP 810's `__lazy_modules__ = {"re"}`, the imports Python 3.15 defers, is import-system plumbing like `__path__`:
# scikit-build-core 1.1 dropping it from `ast/tokenizer.py` was claimed a removed attribute --

_LAZY_OLD = {"demo/__init__.py": '__lazy_modules__ = {"re"}\n\nimport re\n\nPATTERN = re.compile("x")\n'}
_LAZY_NEW = {"demo/__init__.py": 'import re\n\nPATTERN = re.compile("x")\n'}


def test_a_dropped_lazy_modules_directive_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _LAZY_OLD, _LAZY_NEW)
    assert ("removed", "demo.__lazy_modules__") not in found
    dropped = diffed(tmp_path / "dropped", _LAZY_OLD, {"demo/__init__.py": "import re\n"})
    assert ("removed", "demo.PATTERN") in dropped  # a value beside it still counts


def test_scikit_build_core_1_1_lazy_modules_is_no_removal() -> None:
    found = changes("scikit-build-core", "1.0.3", "1.1.0")
    assert ("removed", "scikit_build_core.ast.tokenizer.__lazy_modules__") not in found
    assert ("removed", "scikit_build_core.builder.sysconfig.get_host_platform") in found
