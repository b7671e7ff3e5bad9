"""Lead, thirtieth stop: the fate of an old keyword where a required parameter now holds its slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a required parameter taking the slot of another under a new or kept `**kwargs` was worded "removed (a keyword
# call is now silently ignored)": the keyword lands in `**kwargs`, but the call leaves the required one unfilled,
# TypeError (flynt 1.0's `transform_join(code, *args, **kwargs)` -> `transform_join(tree, *args, **kwargs)`) --


def _signature(found: dict[tuple[str, str], object], symbol: str) -> str:
    change = found[("signature_changed", symbol)]
    return change.detail  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("variadics", ["*args, **kwargs", "**kwargs"])
def test_a_required_parameter_in_the_slot_of_the_sole_one_is_that_one_renamed(tmp_path: Path, variadics: str) -> None:
    old = {"demo/__init__.py": f"def transform(code, {variadics}):\n    return code, kwargs\n"}
    new = {"demo/__init__.py": f"def transform(tree, {variadics}):\n    return tree, kwargs\n"}
    found = diffed(tmp_path, old, new)
    assert found[("signature_changed", "demo.transform")].breakages == ("param_renamed",)
    assert "silently ignored" not in found[("signature_changed", "demo.transform")].detail


def test_an_optional_parameter_in_the_slot_leaves_the_keyword_to_kwargs(tmp_path: Path) -> None:
    """The sibling that stays: an optional one in the slot, the keyword call binds and `**kwargs` never reads it."""
    old = {"demo/__init__.py": "def transform(code, **kwargs):\n    return code, kwargs\n"}
    new = {"demo/__init__.py": "def transform(tree=None, **kwargs):\n    return tree\n"}
    found = diffed(tmp_path, old, new)
    assert "silently ignored" in found[("signature_changed", "demo.transform")].detail


def test_a_required_parameter_in_a_slot_among_others_takes_no_keyword_into_kwargs(tmp_path: Path) -> None:
    """Not the sole parameter: the old name is removed, but no longer said to be swallowed by `**kwargs`."""
    old = {"demo/__init__.py": "def run(state, code, mode=1, **kwargs):\n    return code, kwargs\n"}
    new = {"demo/__init__.py": "def run(state, tree, mode=1, **kwargs):\n    return tree\n"}
    found = diffed(tmp_path, old, new)
    detail = found[("signature_changed", "demo.run")].detail
    assert "parameter 'code' renamed to 'tree'" in detail  # required, in its slot (words68)
    assert "kwargs" not in detail.split("parameter 'code' renamed to 'tree'", 1)[1].split(";", 1)[0]


def test_a_required_parameter_in_the_slot_of_an_optional_one_is_new_not_one_that_lost_its_default(
    tmp_path: Path,
) -> None:
    old = {"demo/__init__.py": "class App:\n    def dispatch(self, request_context=None):\n        return 1\n"}
    new = {"demo/__init__.py": "class App:\n    def dispatch(self, ctx):\n        return ctx\n"}
    found = diffed(tmp_path, old, new)
    change = found[("signature_changed", "demo.App.dispatch")]
    assert change.detail == "parameter 'request_context' removed; new required parameter 'ctx'"
    assert change.breakages == ("param_removed", "param_new_required")


def test_quart_0_23_dispatch_request_takes_a_new_required_ctx() -> None:
    found = changes("quart", "0.22.0", "0.23.1")
    detail = _signature(found, "quart.Quart.dispatch_request")
    assert detail == "parameter 'request_context' removed; new required parameter 'ctx'"


def test_flynt_1_0_replaced_code_by_tree() -> None:
    found = changes("flynt", "0.78", "1.0.0")
    # 0.78's `transform_join(code: str, ...)` parsed the text; 1.0's `transform_join(tree: ast.AST, ...)` takes the
    # tree: a positional call passing the text is wrong too, so no rename to advise (words69, `_types_apart`)
    for symbol in ("flynt.static_join.transformer.transform_join", "flynt.string_concat.transformer.transform_concat"):
        assert _signature(found, symbol) == "parameter 'code' removed"


# -- a property handing back a function a `lambda` built was read only to call it: now a method of the same name,
# `obj.name(...)` works alike (reportlab 4.1's `Canvas.drawBoundary`, whose 4.0 getter cached a lambda) --

_GETTER = "class Canvas:\n    @property\n    def boundary(self):\n{body}\n"
_CACHED = (
    "        if not hasattr(self, '_boundary'):\n"
    "            self._boundary = lambda sb, x, y: (sb, x, y)\n"
    "        return self._boundary"
)
_METHOD = "class Canvas:\n    def boundary(self, sb, x, y):\n        return sb, x, y\n"


@pytest.mark.parametrize(
    "body", [_CACHED, "        return lambda sb, x, y: (sb, x, y)", "        f = lambda sb, x, y: (sb, x, y)\n        return f"]
)
def test_a_property_handing_back_a_lambda_it_built_may_become_a_method(tmp_path: Path, body: str) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _GETTER.format(body=body)}, {"demo/__init__.py": _METHOD})
    assert not any(symbol == "demo.Canvas.boundary" for _, symbol in found)


@pytest.mark.parametrize(
    "body",
    [
        "        return 3",
        "        return self._boundary",  # set elsewhere, to whatever
        "        if not hasattr(self, '_boundary'):\n            self._boundary = 3\n        return self._boundary",
        "        f = lambda sb, x, y: (sb, x, y)\n        if self:\n            return 3\n        return f",
    ],
)
def test_a_property_handing_back_a_value_becoming_a_method_is_claimed(tmp_path: Path, body: str) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _GETTER.format(body=body)}, {"demo/__init__.py": _METHOD})
    assert "property_to_method" in found[("signature_changed", "demo.Canvas.boundary")].breakages


def test_reportlab_4_1_drawboundary_is_called_alike() -> None:
    found = changes("reportlab", "4.0.9", "4.1.0")
    assert not any(symbol == "reportlab.pdfgen.canvas.Canvas.drawBoundary" for _, symbol in found)


# -- a decorator factory of the package's own returning a deprecation marker (tcod 19's `@pending_deprecate()`, whose
# body is `return deprecate(message, category=PendingDeprecationWarning)`) deprecates what it decorates: tcod 20
# spelling the marker itself, `@deprecate(_PENDING_DEPRECATE_MSG, ...)`, deprecated nothing anew (112 claims) --

_MARKERS = '''import functools


def deprecate(message, category=DeprecationWarning):
    def decorator(func):
        return func
    return decorator


def pending_deprecate(message="may be deprecated", category=PendingDeprecationWarning):
    return deprecate(message, category)


def cached(size=8):
    return functools.lru_cache(size)
'''


def _decorated(decorator: str) -> dict[str, str]:
    return {
        "demo/_internal.py": _MARKERS,
        "demo/__init__.py": f"from demo._internal import cached, deprecate, pending_deprecate\n\n\n{decorator}\n"
        "def color_lerp(a, b):\n    return a\n",
    }


def test_a_factory_of_a_deprecation_marker_deprecates_what_it_decorates(tmp_path: Path) -> None:
    spelled = '@deprecate("may be deprecated", category=PendingDeprecationWarning)'
    found = diffed(tmp_path / "same", _decorated("@pending_deprecate()"), _decorated(spelled))
    assert ("deprecated", "demo.color_lerp") not in found
    found = diffed(tmp_path / "new", _decorated(""), _decorated("@pending_deprecate()"))
    assert found[("deprecated", "demo.color_lerp")].detail == "may be deprecated"


def test_a_factory_of_another_decorator_deprecates_nothing(tmp_path: Path) -> None:
    found = diffed(tmp_path, _decorated(""), _decorated("@cached()"))
    assert ("deprecated", "demo.color_lerp") not in found


def test_tcod_20_deprecates_no_libtcodpy_function_anew() -> None:
    found = changes("tcod", "19.6.3", "20.0.0")
    assert not [symbol for kind, symbol in found if kind == "deprecated"]
    assert ("signature_changed", "tcod.sdl.render.Renderer.logical_size") in found  # the one true change stays


# -- a None default handed on to a callee that puts it in another parameter the caller also hands (flask 2.0's
# `send_file(etag=True, add_etags=None)` -> `_prepare_send_file_kwargs(etag=etag, add_etags=add_etags)`, which does
# `etag = add_etags` only when not None): at None the caller's own `etag` stands, so no default changed --

_HANDED_OLD = "def send_file(path, add_etags=True):\n    return add_etags\n"
_HANDED_NEW = '''import warnings


def _prepare(etag=None, add_etags=None):
    if add_etags is not None:
        warnings.warn("add_etags is deprecated", DeprecationWarning)
        etag = add_etags
    return etag


def send_file(path, etag=True, add_etags=None):
    return _prepare(etag=etag, add_etags=add_etags)
'''


def test_a_none_handed_to_a_callee_filling_another_parameter_keeps_the_callers_value(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HANDED_OLD}, {"demo/__init__.py": _HANDED_NEW})
    detail = found[("signature_changed", "demo.send_file")].detail
    assert "'add_etags' defaults to" not in detail
    assert "positional parameter 'add_etags' moved from slot 1 to 2" in detail  # the true part stays
