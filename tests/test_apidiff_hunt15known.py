"""Misses found by recall on the AexPy research set of documented breaking changes (rpyc 3.4.4→4.0.0's
`Connection(service→root)`, matplotlib 3.4.3→3.5.0's docstring-filled methods): each class on its pinned real example
and on a synthetic sibling, with the precision of the same pairs kept."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.locate import find_modules
from bot.apidiff.model import Surface
from bot.apidiff.release import read_file
from bot.apidiff.source import parse_module
from bot.apidiff.surface import build_surface
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface
from tests.test_apidiff_private_members import modules_surface
from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen3 import diffed

# -- code written for Python <= 3.6 (`async` as a name) parses with that grammar, not as an unknown module --


def test_rpyc_4_connection_renamed_its_service_parameter() -> None:
    found = changes("rpyc", "3.4.4", "4.0.0")
    # 3.4's `rpyc/__init__.py` and `core/protocol.py` import `rpyc.core.async`: unparsable on 3.7+, so nothing they
    # defined or re-exported was known and `Connection(service, ...)` -> `Connection(root, ...)` went unclaimed
    assert "parameter 'service' removed" in (found["signature_changed", "rpyc.Connection"].detail or "")
    assert {"rpyc.Connection.sync_recv_and_dispatch", "rpyc.SlaveService.exposed_eval"} <= removed(found)
    # kept, under the shorter path `rpyc/__init__.py` re-exports now that it parses
    assert "new required parameter 'conn'" in (found["signature_changed", "rpyc.Service.on_connect"].detail or "")


def test_a_python_3_6_module_using_async_as_a_name(tmp_path: Path) -> None:
    # as in rpyc: the old slot took the service class it called, the new one the instance (no rename: see words69)
    old = (
        "from demo.compat import async_\nasync = async_\n\n"
        "class Connection:\n    def __init__(self, service, channel, async=False):\n        self.async = async\n"
        "        self.root = service(self)\n"
    )
    new = "class Connection:\n    def __init__(self, root, channel):\n        self.root = root\n"
    detail = diffed(tmp_path, old, new)["signature_changed", "demo.Connection"].detail or ""
    assert "parameter 'service' removed" in detail and "parameter 'async' removed" in detail
    same = old.replace("async = async_\n", "")
    assert ("signature_changed", "demo.Connection") not in diffed(tmp_path, same, same)


def test_the_old_grammar_is_only_a_fallback() -> None:
    modern = b"async def f(x):\n    if (y := x):\n        await y\n"
    assert isinstance(parse_module(modern).body[0], ast.AsyncFunctionDef)  # 3.8+ syntax still parses
    with pytest.raises(SyntaxError, match="Missing parentheses"):
        parse_module(b"print 'hello'\nasync = 1\n")  # Python 2: the current grammar's error, not the old one's
    old = parse_module(b"def f(async=False):\n    return async\n")
    assert isinstance(old.body[0], ast.FunctionDef) and old.body[0].args.args[0].arg == "async"


# -- a hook a public method still reaches through a private one is still called --


def test_rpyc_4_still_calls_get_seq_id_through_async_request() -> None:
    found = changes("rpyc", "3.4.4", "4.0.0")
    # 3.4's `sync_request` called `self._get_seq_id()`; 4.0's calls `async_request`, which calls `_async_request`,
    # which calls it: an override is still used
    assert ("signature_changed", "rpyc.Connection._get_seq_id") not in found


_CONN = "class Conn:\n    def _next_id(self):\n        return 1\n\n"


def test_a_hook_reached_through_a_private_helper(tmp_path: Path) -> None:
    old = _CONN + "    def send(self, data):\n        return self._next_id(), data\n"
    through = _CONN + (
        "    def send(self, data):\n        return self._queue(data)\n\n"
        "    def _queue(self, data):\n        return self._next_id(), data\n"
    )
    assert ("signature_changed", "demo.Conn._next_id") not in diffed(tmp_path, old, through)
    dropped = _CONN + "    def send(self, data):\n        return 0, data\n"
    change = diffed(tmp_path, old, dropped)["signature_changed", "demo.Conn._next_id"]
    assert "'send' no longer calls it" in (change.detail or "")
    # a hook only a private method called is no claim when that one stops (it may itself be dead code)
    private_only = _CONN + "    def _send(self, data):\n        return self._next_id(), data\n"
    stopped = _CONN + "    def _send(self, data):\n        return 0, data\n"
    assert ("signature_changed", "demo.Conn._next_id") not in diffed(tmp_path, private_only, stopped)


# -- a bare decorator that is an instance of the release's own class whose `__call__` returns the function --

_SUBSTITUTION = (
    "class Substitution:\n    def __init__(self, **params):\n        self.params = params\n\n"
    "    def __call__(self, func):\n        func.__doc__ = (func.__doc__ or '') % self.params\n"
    "        return func\n\n\ninterpd = Substitution(name='x')\n\n\n"
)


def test_a_docstring_filling_instance_keeps_the_signature(tmp_path: Path) -> None:
    old = _SUBSTITUTION + "@interpd\ndef plot(x, y, fmt=None):\n    '''%(name)s'''\n"
    new = _SUBSTITUTION + "@interpd\ndef plot(x, y):\n    '''%(name)s'''\n"
    assert diffed(tmp_path, old, new)["signature_changed", "demo.plot"].detail == "parameter 'fmt' removed"
    # an instance whose `__call__` hands back a wrapper of its own may change the signature: no claim
    wrapping = _SUBSTITUTION.replace(
        "        return func\n", "        def inner(*args):\n            return func(*args)\n        return inner\n"
    )
    assert ("signature_changed", "demo.plot") not in diffed(
        tmp_path, wrapping + old[len(_SUBSTITUTION) :], wrapping + new[len(_SUBSTITUTION) :]
    )
    # called, the instance's `__call__` returns what it returns, not a decorator: still unknown
    called = old.replace("@interpd\n", "@interpd(1)\n"), new.replace("@interpd\n", "@interpd(1)\n")
    assert ("signature_changed", "demo.plot") not in diffed(tmp_path, *called)


def test_matplotlib_3_5_docstring_filled_methods_keep_their_signature() -> None:
    modules = {
        "matplotlib",
        "matplotlib.docstring",
        "matplotlib.axes",
        "matplotlib.axes._base",
        "matplotlib.axes._axes",
    }
    symbols = modules_surface("matplotlib", "3.5.0", modules).symbols
    # `@docstring.dedent_interpd` hid these (and ~1000 more): their parameters were never compared
    text = symbols["matplotlib.axes.Axes.text"]
    assert not text.signature_unknown and [p.name for p in text.params or ()] == ["x", "y", "s", "fontdict", "kwargs"]
    assert [p.name for p in symbols["matplotlib.axes.Axes.annotate"].params or ()] == ["text", "xy", "args", "kwargs"]


# -- a decorator bound as `functools.partial(f, ...)` of the release's own decorator is that decorator --


def _auto_surface(package: str, version: str, modules: set[str]) -> Surface:
    """The surface of the named modules of a pinned release only (numpy's whole surface takes seconds)."""
    files = [f for f in find_modules(unpacked_release(package, version)) if f.module in modules]
    return build_surface(package, version, [read_file(f) for f in files])


def test_numpy_1_22_array_function_dispatch_keeps_the_signature() -> None:
    modules = {"numpy", "numpy.core", "numpy.core.overrides", "numpy.lib", "numpy.lib.twodim_base"}
    symbols = _auto_surface("numpy", "1.22.0", modules).symbols
    # `array_function_dispatch = functools.partial(overrides.array_function_dispatch, module='numpy')` hid ~660
    # functions (`@array_function_dispatch(_trilu_dispatcher)`), so none of their parameter changes was claimed
    for name, params in (
        ("tril", ["m", "k"]),
        ("histogram2d", ["x", "y", "bins", "range", "normed", "weights", "density"]),
    ):
        symbol = symbols[f"numpy.lib.twodim_base.{name}"]
        assert not symbol.signature_unknown and [p.name for p in symbol.params or ()] == params


_DISPATCH = (
    "import functools\n\n\ndef dispatch(dispatcher, module=None):\n    def decorator(implementation):\n"
    "        @functools.wraps(implementation)\n        def public_api(*args, **kwargs):\n"
    "            dispatcher(*args, **kwargs)\n            return implementation(*args, **kwargs)\n"
    "        return public_api\n    return decorator\n\n\n"
    "array_function_dispatch = functools.partial(dispatch, module='demo')\n\n\n"
    "def _flip_dispatcher(m, axis=None):\n    return (m,)\n\n\n"
)


def test_a_partial_of_a_keeping_decorator_factory(tmp_path: Path) -> None:
    old = _DISPATCH + "@array_function_dispatch(_flip_dispatcher)\ndef flip(m, axis=None):\n    return m\n"
    new = old.replace("def flip(m, axis=None):", "def flip(m):")
    assert diffed(tmp_path, old, new)["signature_changed", "demo.flip"].detail == "parameter 'axis' removed"
    # a partial of a factory whose wrapper reshapes the call may change the signature: no claim
    reshaping = _DISPATCH.replace("(*args, **kwargs)\n", "(args)\n")
    pair = (old.replace(_DISPATCH, reshaping), new.replace(_DISPATCH, reshaping))
    assert ("signature_changed", "demo.flip") not in diffed(tmp_path, *pair)
    # a partial of something of another distribution: unknown
    external = _DISPATCH.replace("functools.partial(dispatch,", "functools.partial(numpy.dispatch,")
    pair = (old.replace(_DISPATCH, external), new.replace(_DISPATCH, external))
    assert ("signature_changed", "demo.flip") not in diffed(tmp_path, *pair)


# -- a decorator that lets positional arguments fill keyword-only parameters, warning, keeps them positional --


def test_scikit_learn_0_23_positional_warning_decorator() -> None:
    modules = {
        "sklearn",
        "sklearn.utils",
        "sklearn.utils.validation",
        "sklearn.metrics",
        "sklearn.metrics._classification",
        "sklearn.linear_model",
        "sklearn.linear_model._logistic",
    }
    old, new = (_auto_surface("scikit-learn", v, modules) for v in ("0.22.2.post1", "0.23.0"))
    found = {c.symbol: c for c in diff_surfaces(old, new) if c.kind.value != "deprecated"}
    # `@_deprecate_positional_args` hid ~380 signatures: the parameters 0.23 removed went unclaimed
    assert found["sklearn.metrics.hamming_loss"].detail == "parameter 'labels' removed"
    assert found["sklearn.utils.check_array"].detail == "parameter 'warn_on_dtype' removed"
    # what it made keyword-only still binds by position (with a FutureWarning): no claim
    assert "sklearn.linear_model.LogisticRegression" not in found
    assert [p.kind.value for p in new.symbols["sklearn.linear_model.LogisticRegression"].params or ()][:2] == [
        "positional_or_keyword",
        "positional_or_keyword",
    ]


_WARN_POSITIONAL = (
    "import functools\nimport warnings\nfrom inspect import Parameter, signature\n\n\n"
    "def _deprecate_positional_args(f):\n    sig = signature(f)\n"
    "    kwonly = [n for n, p in sig.parameters.items() if p.kind == Parameter.KEYWORD_ONLY]\n\n"
    "    @functools.wraps(f)\n    def inner_f(*args, **kwargs):\n"
    "        if len(args) > len(sig.parameters) - len(kwonly):\n"
    "            warnings.warn('Pass them as keyword args', FutureWarning)\n"
    "        kwargs.update(zip(sig.parameters, args))\n        return f(**kwargs)\n    return inner_f\n\n\n"
)


def test_a_positional_warning_decorator(tmp_path: Path) -> None:
    plain = _WARN_POSITIONAL + "def fit(X, y=None, sample_weight=None, copy=True):\n    return X\n"
    warned = _WARN_POSITIONAL + (
        "@_deprecate_positional_args\ndef fit(X, y=None, *, sample_weight=None, copy=True):\n    return X\n"
    )
    assert ("signature_changed", "demo.fit") not in diffed(tmp_path, plain, warned)  # a warning, not a break
    lost = warned.replace(", copy=True)", ")")
    assert diffed(tmp_path, warned, lost)["signature_changed", "demo.fit"].detail == "parameter 'copy' removed"
    dropped = warned.replace("@_deprecate_positional_args\n", "")  # now positional calls raise TypeError
    detail = diffed(tmp_path, warned, dropped)["signature_changed", "demo.fit"].detail or ""
    assert "parameter 'sample_weight' is now keyword-only" in detail
    # a decorator that refuses positional use is no warning: its signature stays unknown
    refusing = _WARN_POSITIONAL.replace(
        "warnings.warn('Pass them as keyword args', FutureWarning)", "raise TypeError('Pass them as keyword args')"
    )
    pair = (plain.replace(_WARN_POSITIONAL, refusing), warned.replace(_WARN_POSITIONAL, refusing))
    assert ("signature_changed", "demo.fit") not in diffed(tmp_path, *pair)
    assert ("signature_changed", "demo.fit") not in diffed(tmp_path, pair[1], lost.replace(_WARN_POSITIONAL, refusing))


_WARN_FACTORY = (
    "import functools\nimport warnings\nfrom inspect import Parameter, signature\n\n\n"
    "def _deprecate_positional_args(func=None, *, version='1.1'):\n    def _inner(f):\n        sig = signature(f)\n"
    "        kwonly = [n for n, p in sig.parameters.items() if p.kind == Parameter.KEYWORD_ONLY]\n\n"
    "        @functools.wraps(f)\n        def inner_f(*args, **kwargs):\n"
    "            if len(args) <= len(sig.parameters) - len(kwonly):\n                return f(*args, **kwargs)\n"
    "            warnings.warn('Pass them as keyword args', FutureWarning)\n"
    "            kwargs.update(zip(sig.parameters, args))\n            return f(**kwargs)\n        return inner_f\n\n"
    "    if func is not None:\n        return _inner(func)\n    return _inner\n\n\n"
)


def test_a_positional_warning_decorator_factory(tmp_path: Path) -> None:
    """scikit-learn 0.24's and scipy's form: `@_deprecate_positional_args(version="1.1")`."""
    plain = _WARN_FACTORY + "def fit(X, y=None, sample_weight=None):\n    return X\n"
    warned = _WARN_FACTORY + (
        "@_deprecate_positional_args(version='1.1')\ndef fit(X, y=None, *, sample_weight=None):\n    return X\n"
    )
    assert ("signature_changed", "demo.fit") not in diffed(tmp_path, plain, warned)
    dropped = warned.replace("@_deprecate_positional_args(version='1.1')\n", "")
    detail = diffed(tmp_path, warned, dropped)["signature_changed", "demo.fit"].detail or ""
    assert "parameter 'sample_weight' is now keyword-only" in detail


# -- decorators known to wrap and call the function as called: PyTorch's grad modes, `contextlib.ContextDecorator` --


def test_transformers_3_generate_under_torch_no_grad_keeps_its_signature() -> None:
    modules = {"transformers", "transformers.generation_utils"}
    symbols = _auto_surface("transformers", "3.0.1", modules).symbols
    # `@torch.no_grad()` hid `generate` and ~240 more methods (every PyTorch library's inference entry points)
    generate = symbols["transformers.generation_utils.GenerationMixin.generate"]
    assert not generate.signature_unknown and [p.name for p in generate.params or ()][:3] == [
        "input_ids",
        "max_length",
        "min_length",
    ]


_GENERATE = (
    "import torch\n\n\nclass Model:\n    @torch.no_grad()\n    def generate(self, input_ids, max_length=20):\n"
    "        return input_ids\n"
)


def test_outside_decorators_known_to_keep_the_signature(tmp_path: Path) -> None:
    lost = _GENERATE.replace(", max_length=20)", ")")
    assert diffed(tmp_path, _GENERATE, lost)["signature_changed", "demo.Model.generate"].detail == (
        "parameter 'max_length' removed"
    )
    # another distribution's decorator of the same last name is no PyTorch grad mode: unknown
    other = (_GENERATE.replace("import torch", "import autograd"), lost.replace("import torch", "import autograd"))
    other = tuple(text.replace("@torch.no_grad()", "@autograd.no_grad()") for text in other)
    assert ("signature_changed", "demo.Model.generate") not in diffed(tmp_path, *other)


_ERRSTATE = (
    "import contextlib\n\n\nclass errstate(contextlib.ContextDecorator):\n"
    "    def __init__(self, **kwargs):\n        self.kwargs = kwargs\n\n"
    "    def __enter__(self):\n        return self\n\n    def __exit__(self, *exc):\n        return False\n\n\n"
    "@errstate(all='ignore')\ndef divide(a, b, out=None):\n    return a / b\n"
)


def test_a_context_decorator_class_of_the_release(tmp_path: Path) -> None:
    lost = _ERRSTATE.replace(", out=None)", ")")
    assert diffed(tmp_path, _ERRSTATE, lost)["signature_changed", "demo.divide"].detail == "parameter 'out' removed"
    plain = (_ERRSTATE.replace("(contextlib.ContextDecorator)", ""), lost.replace("(contextlib.ContextDecorator)", ""))
    assert ("signature_changed", "demo.divide") not in diffed(tmp_path, *plain)  # calling an instance: unknown


# -- a stub's `def f(*args, **kwargs): ...` leaves typing open: it says nothing of the calls `f` takes --


def test_numpy_1_22_product_now_an_alias_of_prod_in_the_stubs() -> None:
    found = changes("numpy", "1.21.6", "1.22.0")
    # 1.21's `__init__.pyi` declared `product(*args, **kwargs)`; 1.22's says `product = prod`, whose signature the
    # partial-bound `array_function_dispatch` no longer hides: no parameter was lost
    for name in ("product", "cumproduct"):
        assert ("signature_changed", f"numpy.{name}") not in found


def test_a_stub_placeholder_signature(tmp_path: Path) -> None:
    old = {"demo/__init__.pyi": "def prod(a, axis=...): ...\ndef product(*args, **kwargs): ...\n"}
    new = {"demo/__init__.pyi": "def prod(a, axis=...): ...\ndef product(a, axis=...): ...\n"}
    found = {
        (c.kind.value, c.symbol) for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2"))
    }
    assert ("signature_changed", "demo.product") not in found
    # a stub spelling the parameters out is compared as ever, and so is a source's `(*args, **kwargs)`
    lost = {"demo/__init__.pyi": "def prod(a): ...\ndef product(a, axis=...): ...\n"}
    found = {
        (c.kind.value, c.symbol) for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, lost, "3"))
    }
    assert ("signature_changed", "demo.prod") in found
    source = (
        {"demo/__init__.py": "def product(*args, **kwargs):\n    return args\n"},
        {"demo/__init__.py": "def product(a, axis=None):\n    return a\n"},
    )
    found = {
        (c.kind.value, c.symbol)
        for c in diff_surfaces(surface(tmp_path, source[0], "4"), surface(tmp_path, source[1], "5"))
    }
    assert ("signature_changed", "demo.product") in found
