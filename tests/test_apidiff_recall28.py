"""Documented breaking changes read against the diff's claims (recall28): hypothesis 6.0 made keyword-only the
parameters 5.x's `@deprecated_posargs` still let positional arguments fill, with a warning — a decorator whose
wrapper is made by the release's own `@proxies(func)` (no `functools.wraps`) and raises for a value passed both
ways, so it was read as one that refuses positional use, and the keyword-only break went unseen."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.locate import find_modules
from bot.apidiff.model import Surface
from bot.apidiff.release import read_file
from bot.apidiff.surface import build_surface
from tests.artifacts import unpacked_release
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed


def _surface(package: str, version: str, modules: set[str]) -> Surface:
    """The surface of the named modules of a pinned release only."""
    files = [f for f in find_modules(unpacked_release(package, version)) if f.module in modules]
    return build_surface(package, version, [read_file(f) for f in files])


# -- a decorator letting positional arguments fill keyword-only parameters, warning, though it raises elsewhere --


def test_hypothesis_6_makes_the_deprecated_positional_parameters_keyword_only() -> None:
    modules = {"hypothesis", "hypothesis.control", "hypothesis.internal", "hypothesis.internal.reflection"}
    old, new = (_surface("hypothesis", v, modules) for v in ("5.49.0", "6.0.0"))
    found = {c.symbol: c for c in diff_surfaces(old, new)}
    # 5.49's `target(observation, *, label="")` under `@deprecated_posargs` still took `target(x, "label")`
    assert found["hypothesis.control.target"].detail == "parameter 'label' is now keyword-only"
    assert found["hypothesis.target"].detail == "parameter 'label' is now keyword-only"


_MADE = (
    "import warnings\nfrom inspect import Parameter, signature\n\n\n"
    "def proxies(target):\n    def accept(proxy):\n        proxy.__wrapped__ = target\n        return proxy\n"
    "    return accept\n\n\n"
    "def deprecated_posargs(func):\n"
    "    kwonly = [p for p in signature(func).parameters.values() if p.kind == Parameter.KEYWORD_ONLY]\n\n"
    "    @proxies(func)\n    def accept(*args, **kwargs):\n"
    "        for param, value in zip(kwonly, args[len(args) - len(kwonly):]):\n"
    "            if param.name in kwargs:\n"
    "                raise TypeError('Cannot pass it positionally and by name')\n"
    "            warnings.warn(f'{param.name} was passed as a positional argument', DeprecationWarning)\n"
    "            kwargs[param.name] = value\n"
    "        return func(*args[: len(args) - len(kwonly)], **kwargs)\n"
    "    return accept\n\n\n")


def test_a_positional_warning_wrapper_made_by_a_helper_that_raises_for_a_double_pass(tmp_path: Path) -> None:
    warned = _MADE + "@deprecated_posargs\ndef find(spec, *, settings=None):\n    return spec\n"
    assert ("signature_changed", "demo.find") not in diffed(tmp_path, warned.replace(", *,", ","), warned)
    dropped = warned.replace("@deprecated_posargs\n", "")  # positional calls now raise TypeError
    detail = diffed(tmp_path, warned, dropped)["signature_changed", "demo.find"].detail
    assert detail == "parameter 'settings' is now keyword-only"


def test_a_decorator_that_raises_for_positional_use_stays_unknown(tmp_path: Path) -> None:
    """Its warning is about something else: what it does with positional arguments is not known to be a warning."""
    refusing = _MADE.replace("f'{param.name} was passed as a positional argument'", "'settings is deprecated'")
    refusing = refusing.replace("if param.name in kwargs:", "if param.name:")
    warned = refusing + "@deprecated_posargs\ndef find(spec, *, settings=None):\n    return spec\n"
    assert ("signature_changed", "demo.find") not in diffed(tmp_path, warned, warned.replace("@deprecated_posargs\n", ""))


# -- a pass-through wrapper decorated by a helper handed the decorated function keeps the signature, as `wraps` does --


def test_hypothesis_5_cacheable_strategies_keep_their_signatures() -> None:
    modules = {"hypothesis", "hypothesis.strategies", "hypothesis.strategies._internal",
               "hypothesis.strategies._internal.core", "hypothesis.internal", "hypothesis.internal.reflection"}
    old, new = (_surface("hypothesis", v, modules) for v in ("5.49.0", "6.0.0"))
    found = {c.symbol: c for c in diff_surfaces(old, new)}
    # `@cacheable` (its wrapper made by `@proxies(fn)`) hid the signatures of floats, lists, text, sets...
    assert "parameter 'allow_nan' is now keyword-only" in (found["hypothesis.strategies.floats"].detail or "")
    assert (found["hypothesis.strategies.lists"].detail or "").startswith("parameter 'min_size' is now keyword-only")


_CACHEABLE = (
    "def proxies(target):\n    def accept(proxy):\n        proxy.__wrapped__ = target\n        return proxy\n"
    "    return accept\n\n\n"
    "def cacheable(fn):\n    @proxies(fn)\n    def cached(*args, **kwargs):\n"
    "        return fn(*args, **kwargs)\n    return cached\n\n\n")


def test_a_pass_through_wrapper_made_by_a_helper_keeps_the_signature(tmp_path: Path) -> None:
    old = _CACHEABLE + "@cacheable\ndef text(alphabet, min_size=0, max_size=None):\n    return alphabet\n"
    new = old.replace(", max_size=None)", ")")
    assert diffed(tmp_path, old, new)["signature_changed", "demo.text"].detail == "parameter 'max_size' removed"


def test_a_wrapper_made_by_a_helper_of_something_else_stays_unknown(tmp_path: Path) -> None:
    """The helper is handed another value than the decorated function, or the wrapper reshapes the arguments: the
    signature callers see is not the decorated one's."""
    other = _CACHEABLE.replace("@proxies(fn)", "@proxies(cache)")
    old = other + "@cacheable\ndef text(alphabet, min_size=0, max_size=None):\n    return alphabet\n"
    assert ("signature_changed", "demo.text") not in diffed(tmp_path, old, old.replace(", max_size=None)", ")"))
    reshaped = _CACHEABLE.replace("return fn(*args, **kwargs)", "return fn(args[0], **kwargs)")
    old = reshaped + "@cacheable\ndef text(alphabet, min_size=0, max_size=None):\n    return alphabet\n"
    assert ("signature_changed", "demo.text") not in diffed(tmp_path, old, old.replace(", max_size=None)", ")"))


# -- a module `__getattr__` serving its globals kept under a prefix, warning, deprecates their bare names --


def test_prettytable_3_12_deprecates_its_style_constants() -> None:
    found = changes("prettytable", "3.11.0", "3.12.0")
    for module in ("prettytable", "prettytable.prettytable"):
        for name in ("ALL", "FRAME", "HEADER", "NONE", "DEFAULT", "MARKDOWN", "RANDOM", "SINGLE_BORDER"):
            assert ("deprecated", f"{module}.{name}") in found
    assert not [symbol for kind, symbol in found if kind == "removed"]  # all still served


_HELPER = (
    "import warnings\n\n\ndef _warn_deprecation(name, module_globals):\n"
    "    if (val := module_globals.get(f'_DEPRECATED_{name}')) is None:\n"
    "        raise AttributeError(name)\n"
    "    warnings.warn(f'{name} is deprecated', DeprecationWarning)\n    return val\n\n\n"
    "def __getattr__(name):\n    return _warn_deprecation(name, module_globals=globals())\n\n\n")


def test_prefixed_globals_served_through_a_warning_helper_are_deprecated(tmp_path: Path) -> None:
    old = "FRAME = 0\nALL = 1\n"
    new = _HELPER + "_DEPRECATED_FRAME = 0\n_DEPRECATED_ALL = 1\n"
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.FRAME"].detail and ("deprecated", "demo.ALL") in found
    inline = new.replace("    return _warn_deprecation(name, module_globals=globals())\n",
                         "    value = globals()[f'_DEPRECATED_{name}']\n"
                         "    warnings.warn('deprecated', DeprecationWarning)\n    return value\n")
    assert ("deprecated", "demo.FRAME") in diffed(tmp_path, old, inline)


def test_prefixed_globals_served_without_a_warning_are_no_deprecation(tmp_path: Path) -> None:
    """A helper that answers the prefixed globals silently, or is handed another table than the module's globals."""
    old = "FRAME = 0\nALL = 1\n"
    silent = _HELPER.replace("    warnings.warn(f'{name} is deprecated', DeprecationWarning)\n", "")
    assert ("deprecated", "demo.FRAME") not in diffed(tmp_path, old, silent + "_DEPRECATED_FRAME = 0\n")
    other = _HELPER.replace("module_globals=globals()", "module_globals=_TABLE")
    # not the prefixed globals' sure deprecation; only shim70's "possibly": the helper warns for every name it serves
    found = diffed(tmp_path, old, other + "_TABLE = {'_DEPRECATED_FRAME': 0}\n")
    assert found["deprecated", "demo.FRAME"].detail.startswith("possibly deprecated")
