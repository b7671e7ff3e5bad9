"""False reports found on release pairs of popular PyPI libraries the engine was never tuned on (tenacity 7→8,
docutils 0.20→0.21, jsonschema 4.17→4.18, …): each class on its pinned real example and on a synthetic sibling,
with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen3 import diffed

# -- a callable the old release passed its argument by keyword names that parameter: it takes it by position too --


def test_tenacity_8_passes_retry_state_by_position_to_callbacks_that_named_it() -> None:
    found = changes("tenacity", "7.0.0", "8.0.0")
    # 7.0 called `self.after(retry_state=retry_state)`, 8.0 `self.after(retry_state)`: `def after(retry_state)` works
    for callback in ("after", "before_sleep", "retry_error_callback"):
        assert ("signature_changed", f"tenacity.BaseRetrying.{callback}") not in found
    assert ("removed", "tenacity.BaseRetrying.call") in found  # documented removals: kept
    assert "parameter 'fn' removed" in (found["signature_changed", "tenacity.BaseRetrying.begin"].detail or "")


_RETRYING = "class Retrying:\n    def __init__(self, after=None):\n        self.after = after\n\n"


def test_a_keyword_passed_by_position_is_no_callback_claim(tmp_path: Path) -> None:
    old = _RETRYING + "    def run(self, state):\n        self.after(state=state)\n"
    new = _RETRYING + "    def run(self, state):\n        self.after(state)\n"
    assert ("signature_changed", "demo.Retrying.after") not in diffed(tmp_path, old, new)
    more = _RETRYING + "    def run(self, state):\n        self.after(state, 1)\n"
    positional = old.replace("self.after(state=state)", "self.after(state)")
    found = diffed(tmp_path, positional, more)  # one positional then, two now: `def after(state)` fails
    assert "where the old release passed at most 1" in (found["signature_changed", "demo.Retrying.after"].detail or "")


def test_a_callable_the_old_release_called_with_two_takes_two(tmp_path: Path) -> None:
    old = _RETRYING + ("    def run(self, state):\n        self.after(state)\n\n"
                       "    def stop(self, state, outcome):\n        self.after(state, outcome)\n")
    new = _RETRYING + "    def run(self, state, outcome):\n        self.after(state, outcome)\n"
    # a callable written for the old release took both calls, so two arguments: no TypeError now
    assert ("signature_changed", "demo.Retrying.after") not in diffed(tmp_path, old, new)


# -- a parameter compared with its own sentinel default (`x is _UNSET`) is tested for absence, inside and/or too --


def test_jsonschema_4_18_warns_callers_leaving_out_validator_for_default() -> None:
    found = changes("jsonschema", "4.17.3", "4.18.0")
    # `if schema["$schema"] not in _META_SCHEMAS and default is _UNSET: warn(...)`: passing `default` is the way out
    assert ("deprecated", "jsonschema.validators.validator_for") not in found
    assert ("deprecated", "jsonschema.validators.RefResolver") in found  # documented deprecations: kept


def test_a_test_against_the_sentinel_default_is_no_deprecated_parameter(tmp_path: Path) -> None:
    head = "import warnings\n_UNSET = object()\n\ndef pick(schema, default=_UNSET):\n"
    warn = "        warnings.warn('x', DeprecationWarning)\n    return schema\n"
    plain = head + "    return schema\n"
    absent = head + "    if 'k' not in schema and default is _UNSET:\n" + warn
    assert ("deprecated", "demo.pick") not in diffed(tmp_path, plain, absent)
    present = head + "    if 'k' not in schema and default is not _UNSET:\n" + warn
    found = diffed(tmp_path, plain, present)  # passing it is what warns: a deprecated parameter
    assert "deprecated parameter 'default'" in (found["deprecated", "demo.pick"].detail or "")


# -- a hook is what the code calls: not a `self.m()` spelled in a comment, nor a method a built name still reaches --


def test_docutils_0_21_hooks_still_reached_are_not_claimed_dropped() -> None:
    found = changes("docutils", "0.20.1", "0.21")
    hooks = {symbol for (_, symbol), c in found.items() if "hook_no_longer_called" in c.breakages}
    # 0.20's depart_term only said `# Leave the end tag to self.visit_definition()`; visit_/depart_system_message are
    # reached through `getattr(self, 'visit_' + node_name)` whatever visit_math does
    assert hooks == set()
    assert {"docutils.nodes.reprunicode", "docutils.nodes.ensure_str"} <= {s for (k, s) in found if k == "removed"}


_TRANSLATOR = "class Translator:\n    def visit_term(self, node):\n        pass\n\n    def visit_item(self, node):\n"


def test_a_call_spelled_in_a_comment_or_string_is_no_hook(tmp_path: Path) -> None:
    old = _TRANSLATOR + ("        '''Ends what self.visit_term() began.'''\n"
                         "        # leave the tag to self.visit_term()\n        return 'self.visit_term()'\n")
    new = _TRANSLATOR + "        return None\n"
    assert ("signature_changed", "demo.Translator.visit_term") not in diffed(tmp_path, old, new)
    for calling in ("        self.visit_term(node)  # the real call\n",
                    "        return f'<dt class=\"term\">{self.visit_term(node)}</dt>'\n"):
        found = diffed(tmp_path, _TRANSLATOR + calling, new)  # a call in code (an f-string's braces too), gone
        assert "no longer calls it" in (found["signature_changed", "demo.Translator.visit_term"].detail or "")


def test_a_method_a_built_name_reaches_is_still_called(tmp_path: Path) -> None:
    old = _TRANSLATOR + "        self.visit_term(node)\n"
    new = _TRANSLATOR + "        return None\n"
    for lookup in ("getattr(self, 'visit_' + name)", 'getattr(self, f"visit_{name}")', "getattr(self, 'visit_%s' % name)"):
        dispatch = f"\n    def dispatch(self, name, node):\n        return {lookup}(node)\n"
        assert ("signature_changed", "demo.Translator.visit_term") not in diffed(tmp_path, old, new + dispatch)
    other = "\n    def dispatch(self, name, node):\n        return getattr(self, 'depart_' + name)(node)\n"
    found = diffed(tmp_path, old, new + other)  # a prefix the hook's name does not start with reaches other methods
    assert "no longer calls it" in (found["signature_changed", "demo.Translator.visit_term"].detail or "")


# -- a base only a private module of the release holds is named by no user: losing it is no claim --


def test_anyio_4_cancel_scope_lost_only_a_private_compat_base() -> None:
    found = changes("anyio", "3.7.1", "4.0.0")
    lost = {s for (_, s), c in found.items() if {"base_removed", "exception_base_removed"} & set(c.breakages)}
    assert lost == set()  # `anyio._core._compat.DeprecatedAsyncContextManager`, exported nowhere
    assert ("removed", "anyio.CancelScope.__aenter__") in found  # what it gave CancelScope is still seen lost
    assert ("removed", "anyio.ExceptionGroup") in found


def _based(tmp_path: Path, init: str) -> dict[tuple[str, str], Change]:
    old = {"demo/__init__.py": init, "demo/_compat.py": "class Base:\n    pass\n",
           "demo/scope.py": "from demo._compat import Base\n\nclass Scope(Base):\n    pass\n"}
    new = {**old, "demo/scope.py": "class Scope:\n    pass\n"}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


def test_a_base_no_public_path_names_is_no_lost_base(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.scope.Scope") not in _based(tmp_path, "")
    exported = _based(tmp_path / "exported", "from demo._compat import Base as Base\n")  # `demo.Base` names it
    assert "no longer a subclass" in (exported["signature_changed", "demo.scope.Scope"].detail or "")


# -- PEP 484's `__x` parameters are positional-only: the keyword is gone, the slot stays --


def test_tomli_2_made_the_first_argument_positional_only() -> None:
    found = changes("tomli", "1.2.3", "2.0.0")
    for symbol, name in (("tomli.load", "fp"), ("tomli.loads", "s")):
        change = found["signature_changed", symbol]  # documented: "can no longer be passed by keyword"
        assert change.signature is not None and change.signature.made_positional_only == (name,)
        assert change.signature.removed == () and change.breakage == "param_made_positional_only"


def test_dunder_named_parameters_are_positional_only(tmp_path: Path) -> None:
    new = "def load(__fp, *, parse_float=float):\n    pass\n\nclass P:\n    def feed(self, __data, size=1):\n        pass\n"
    old = new.replace("__fp", "fp").replace("__data", "data")
    found = diffed(tmp_path, old, new)
    assert found["signature_changed", "demo.load"].detail == "parameter 'fp' is now positional-only"
    assert found["signature_changed", "demo.P.feed"].detail == "parameter 'data' is now positional-only"
    assert ("signature_changed", "demo.load") not in diffed(tmp_path, new, old)  # and back: every call still binds
    dunder = "def load(__fp__, *, parse_float=float):\n    pass\n"  # a dunder name is no such spelling
    assert "renamed to '__fp__'" in (diffed(tmp_path, old, dunder)["signature_changed", "demo.load"].detail or "")


# -- names a module binds through globals() under literal keys are known: what else it lost is still claimed --


def test_invoke_2_util_lost_encode_output_beside_its_injected_loggers() -> None:
    found = changes("invoke", "1.7.3", "2.0.0")
    # both releases run `for x in ("debug",): globals()[x] = getattr(log, x)`: only `debug` is bound at run time
    assert ("removed", "invoke.util.encode_output") in found
    assert ("removed", "invoke.util.debug") not in found and ("removed", "invoke.Runner.stop_timer") in found


def test_literal_globals_writes_bind_those_names_only(tmp_path: Path) -> None:
    old = "def debug(msg):\n    pass\n\ndef encode(s):\n    return s\n"
    injected = "import logging\nlog = logging.getLogger()\nfor x in ('debug',):\n    globals()[x] = getattr(log, x)\n"
    found = diffed(tmp_path, old, injected)
    assert ("removed", "demo.encode") in found and ("removed", "demo.debug") not in found
    keyed = "import logging\nglobals()['debug'] = logging.debug\n"
    assert ("removed", "demo.debug") not in diffed(tmp_path, old, keyed)
    computed = "import logging\nfor x in dir(logging):\n    globals()[x] = getattr(logging, x)\n"
    assert ("removed", "demo.encode") not in diffed(tmp_path, old, computed)  # any name may be bound: no claim


# -- an attribute set on self only where a test found it there already is no member of every instance --


def test_h11_0_13_connection_closed_never_had_headers() -> None:
    found = changes("h11", "0.12.0", "0.13.0")
    # 0.12's `_EventBundle.__init__`: `if "headers" in self.__dict__: self.headers = normalize(...)`
    assert removed(found) == set()  # (its private `_fields`, `_defaults`... are claimed, as private API)
    # `kwargs.pop("_parsed", False)` beside `**kwargs` hid nothing (`Data(data=...)` was required already), and that
    # `**kwargs` refused every keyword outside the class's `_fields`: whether 0.13's named ones cover them is unknown
    assert not {s for (k, s) in found if k == "signature_changed"}


def test_a_kwargs_checked_against_a_collection_is_no_lost_kwargs(tmp_path: Path) -> None:
    old = ("FIELDS = ['data']\n\ndef make(**kwargs):\n    for key in kwargs:\n        if key not in FIELDS:\n"
           "            raise TypeError(key)\n    return kwargs\n")
    new = "def make(data):\n    return data\n"
    assert ("signature_changed", "demo.make") not in diffed(tmp_path, old, new)
    unchecked = "def make(**kwargs):\n    return kwargs\n"  # took any keyword: `make(size=1)` fails now
    assert "'**kwargs' removed" in (diffed(tmp_path, unchecked, new)["signature_changed", "demo.make"].detail or "")


def test_an_attribute_set_under_a_presence_test_is_no_member(tmp_path: Path) -> None:
    old = ("class Event:\n    def __init__(self, **kwargs):\n        self.__dict__.update(kwargs)\n"
           "        if 'headers' in self.__dict__:\n            self.headers = list(self.headers)\n"
           "        if hasattr(self, 'code'):\n            self.code = int(self.code)\n        self.size = 0\n")
    new = "class Event:\n    def __init__(self, **kwargs):\n        self.__dict__.update(kwargs)\n"
    found = diffed(tmp_path, old, new)
    assert {s for (k, s) in found if k == "removed"} == {"demo.Event.size"}  # set unconditionally: a member lost


def test_a_private_option_beside_kwargs_leaves_the_signature_opaque(tmp_path: Path) -> None:
    old = "def make(**kwargs):\n    parsed = kwargs.pop('_parsed', False)\n    return kwargs, parsed\n"
    new = "def make(data, final=False):\n    return data, final\n"
    assert "new required" not in (diffed(tmp_path, old, new)["signature_changed", "demo.make"].detail or "")
    public = old.replace("'_parsed'", "'parsed'")  # a public option beside it: `make(parsed=True)` worked
    assert "new required parameter 'data'" in (diffed(tmp_path, public, new)["signature_changed", "demo.make"].detail or "")


# -- a callee the function imports itself is what its `**kwargs` reach, not the module's name it shadows --


def test_email_validator_2_caching_resolver_hands_its_keywords_to_the_one_it_imports() -> None:
    found = changes("email-validator", "1.3.1", "2.0.0")
    # `def caching_resolver(*args, **kwargs): from .deliverability import caching_resolver; return caching_resolver(
    # *args, **kwargs)`, which takes `timeout` and `cache`: both still land
    assert ("signature_changed", "email_validator.caching_resolver") not in found
    assert ("removed", "email_validator.validate_email_local_part") in found  # moved to a submodule: kept
    # followed the same way, werkzeug 3.0's `Request.from_values(*args, **kwargs)` imports `EnvironBuilder` in its
    # body, whose documented loss of `charset` is now seen there too
    werkzeug = changes("werkzeug", "2.3.8", "3.0.0")
    assert "'charset'" in (werkzeug["signature_changed", "werkzeug.Request.from_values"].detail or "")


def test_a_locally_imported_callee_takes_the_forwarded_keywords(tmp_path: Path) -> None:
    helper = {"demo/impl.py": "def resolve(*, timeout=None, cache=None):\n    return timeout, cache\n"}
    old = {**helper, "demo/__init__.py": "def resolve(*, timeout=None, cache=None):\n    return timeout, cache\n"}
    lazy = ("def resolve(*args, **kwargs):\n    from .impl import resolve\n\n    return resolve(*args, **kwargs)\n")
    for body in (lazy, lazy.replace("\n\n    return", "\n    def inner():\n        pass\n    return")):
        new = {**helper, "demo/__init__.py": body}
        found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
        assert "demo.resolve" not in {c.symbol for c in found}
    narrower = {"demo/impl.py": "def resolve(*, timeout=None):\n    return timeout\n", "demo/__init__.py": lazy}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, narrower, "2.0"))
    assert [c.signature.removed for c in found if c.symbol == "demo.resolve" and c.signature] == [("cache",)]
