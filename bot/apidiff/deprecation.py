"""Deprecation markers in source: `warnings.warn(...)` calls, helper calls, `@deprecated`, and the hint they give."""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from bot.apidiff.blocks import only_raises
from bot.apidiff.deprecmarkers import is_deprecated_marker
from bot.apidiff.facts import nodes_on_lines
from bot.apidiff.helpercalls import call_literals
from bot.apidiff.params import way_out
from bot.apidiff.source import (
    defaults_of,
    dotted_name,
    is_len_of,
    key_take,
    literal_text,
    offset_lines,
    type_name,
    walk,
)
from bot.apidiff.spelled import stored_in

DEPRECATION_CATEGORIES = frozenset({"DeprecationWarning", "PendingDeprecationWarning", "FutureWarning"})
_HINT_WORDS = re.compile(
    r"^(use|call|import|pass|switch to|access|set|subclass|install)\b"
    r"|\b(instead|renamed to|replaced by|in favou?r of|moved to)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z'\"`])")
_CLAUSE_END = re.compile(r"(?<=[.!?,;:])\s+")


@dataclass(frozen=True, slots=True)
class Warn:
    """One warning raised unconditionally (or under a parameter test) by a function or module body."""

    category: str
    """The category's last name (`DeprecationWarning`), or the helper function's name when `via_helper`."""
    message: str
    via_helper: bool = False
    parametric: bool = False
    """The message is built from the function's own parameters: the function is a warning helper."""
    given: tuple[tuple[int | str, str], ...] = ()
    """For a helper's call: the string literals it is handed (see `call_literals`), which fill the helper's message."""
    named: str = ""
    """The name `warnings.warn(NAME, Category)` is handed as its message, when the body warning so does not bind it
    (html5lib 1.1's `_deprecation_msg`, a module global): its text is the global's (see `SurfaceBuilder.
    _named_message`)."""
    names_given: bool = False
    """Of a `parametric` message: every parameter it reads is read for its `__name__` (or `__qualname__`): it names
    the object the def is handed (a decorated class), not a value a helper is asked to announce (see
    `own_deprecations`)."""


LOGGED = "logging"
"""The `Warn.category` of a deprecation announced through a logger's warning (see `_logged_deprecation`): nothing is
raised through `warnings`, so its witness is a logging handler, not `-W error`."""
HELD = "="
"""Leads a `Warn.category` that is the name of what `warnings.warn(NAME)` is given, no category beside: when NAME
is a module global holding a warning (pytest 7's `INSTANCE_COLLECTOR = PytestRemovedIn8Warning("...")`), that
warning's class is the category (see `SurfaceBuilder.held_warnings`)."""


def _call_warn(call: ast.Call, param_names: frozenset[str]) -> Warn | None:
    name = dotted_name(call.func)
    if name is None:
        return None
    last = name.rsplit(".", 1)[-1]
    is_warn = last in ("warn", "warn_explicit") and name.removeprefix("_").removeprefix("warnings.") == last
    if not is_warn and (logged := _logged_deprecation(name, last, call)) is not None:
        parametric = any(_mentions(arg, param_names) for arg in call.args)
        given = parametric and all(_names_given(arg, param_names) for arg in call.args if _mentions(arg, param_names))
        return Warn(LOGGED, logged, False, parametric, names_given=given)
    if not is_warn and ("deprecat" not in last.lower() or last == "deprecated") and not _warning_helper(name):
        return None  # most calls: nothing more to read
    message_node = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "message"), None)
    if not is_warn and isinstance(message_node, ast.Constant) and not isinstance(message_node.value, str):
        # a version first (bottle 0.13's `depr(0, 13, "f() will be removed.", "Use g().")`): the first text says it
        message_node = next((arg for arg in call.args if literal_text(arg) is not None), message_node)
    parametric = _mentions(message_node, param_names)
    if is_warn:
        instance = _warning_instance(message_node)
        if instance is not None:  # `warn(DeprecationWarning("..."))`: the instance's class is the category
            category, message_node = instance
            return Warn(category, _message(message_node), False, parametric)
        category_node = (
            call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "category"), None)
        )
        held = dotted_name(message_node) if isinstance(message_node, (ast.Name, ast.Attribute)) else None
        if held is not None and (category_node is None or dotted_name(category_node) is None):
            return Warn(HELD + held.rsplit(".", 1)[-1], "", False, parametric)
        category = (dotted_name(category_node) or "") if category_node is not None else "UserWarning"
        message = _message(message_node)
        if parametric and isinstance(message_node, ast.Call):
            message = _format_named(message, message_node, param_names)
        named = message_node.id if isinstance(message_node, ast.Name) and not parametric else ""
        given = parametric and message_node is not None and _names_given(message_node, param_names)
        return Warn(category.rsplit(".", 1)[-1], message, False, parametric, named=named, names_given=given)
    handed = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "category"), None)
    wrapped = dotted_name(handed) if handed is not None else None
    if wrapped is not None and wrapped.endswith("Warning"):
        # a wrapper handed its category (jsonargparse's `warning(message, JsonargparseDeprecationWarning)`) warns so
        return Warn(wrapped.rsplit(".", 1)[-1], _message(message_node), False, parametric)
    return Warn(last, _message(message_node), True, parametric, call_literals(call))


def _logged_deprecation(name: str, last: str, call: ast.Call) -> str | None:
    """The message of a deprecation announced through a logger instead of `warnings` (pdfplumber 0.11's
    `if vertical_ttb is False: logger.warning("vertical_ttb is deprecated and will be removed; ...")`): a literal
    saying "deprecated" (or labelled "Deprecation:"), logged at warning level by a receiver named for logging
    (`logger`, `log`, `self._log`, `logging`). Any other logged text is no deprecation; one filled from the def's
    parameters (`logger.warning("%s is deprecated", name)`) is a helper's, announcing nothing of the def itself."""
    if last not in ("warning", "warn") or "." not in name or "log" not in name.rsplit(".", 2)[-2].lower():
        return None
    text = _message(call.args[0]) if call.args else ""
    return text if "deprecated" in text.lower() or _DEPRECATION_LABEL.search(text) else None


_DEPRECATION_LABEL = re.compile(r"\bdeprecation(?:warning)?\s*:", re.I)
"""A logged text labelled a deprecation (deepdiff 6.7's "DeepDiff Deprecation: use bidirectional instead of
verify_symmetry parameter."), not saying "deprecated"."""


def _message(node: ast.expr | None) -> str:
    """A warning's literal text, each run of white space one space (a message continued over lines, or two literals
    joined with a space on both sides: marshmallow 3.26's "Use `fields.Raw` or  another field subclass"), as the
    warning prints on one line in an issue."""
    text = literal_text(node) or ""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and "%" in text:
        text = _class_named(text, node.right)
    return " ".join(text.split())


_PERCENT_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]")
_OWN_CLASS = re.compile(r"(?:cls|type\(self\)|self\.__class__)\.__(?:qual)?name__")
"""The class's name as a method spells it, the form `surface.CLASS_NAME` fills with the class a warning is read for."""


def _class_named(template: str, operands: ast.expr) -> str:
    """A `%` template with each field the class's own name fills written as an f-string would be
    (django-environ 0.9's `'`%s.unicode` is deprecated, use `%s.str` instead' % (self.__class__.__name__,
    self.__class__.__name__)` reads "`{self.__class__.__name__}.unicode` ...", filled with `Env` where it is read);
    other fields stay as written, and so does the whole when the fields and the values do not pair up."""
    values = operands.elts if isinstance(operands, ast.Tuple) else [operands]
    fields = [match for match in _PERCENT_FIELD.finditer(template) if match.group() != "%%"]
    if len(fields) != len(values) or isinstance(operands, ast.Dict):
        return template
    parts: list[str] = []
    last = 0
    for match, value in zip(fields, values, strict=True):
        spelled = dotted_name(value) or type_name(value) or ""
        if _OWN_CLASS.fullmatch(spelled):
            parts.extend((template[last : match.start()], "{" + spelled + "}"))
            last = match.end()
    return "".join(parts) + template[last:]


_FORMAT_FIELD = re.compile(r"\{(\d*)\}")


def _format_named(message: str, node: ast.Call, param_names: frozenset[str]) -> str:
    """A message built by `"...{0}...{1}".format(method, new_method)` with each positional field handed a parameter
    named for it (`{method}`), as an f-string spells it: the field a helper's caller fills (see `Warn.given`)."""
    args = node.args if isinstance(node.func, ast.Attribute) and node.func.attr == "format" else []
    named = [arg.id if isinstance(arg, ast.Name) and arg.id in param_names else None for arg in args]
    counter = iter(range(len(named)))

    def field(match: re.Match[str]) -> str:
        index = int(match.group(1)) if match.group(1) else next(counter, len(named))
        name = named[index] if index < len(named) else None
        return "{" + name + "}" if name is not None else match.group(0)

    return _FORMAT_FIELD.sub(field, message) if named else message


def _warning_helper(name: str) -> bool:
    """A module function named for warning (`_warn_old("f")`, `warn_once(...)`) or, short, for deprecating (bottle
    0.13's `depr(0, 13, cause, fix)`), or a method of the class's own so named (pygame-menu 4.0's
    `self._warn_widgetmanager("add_button", "button")`): a deprecation helper when its own body warns a deprecation
    about what it is given (the surface decides, see `SurfaceBuilder.helpers`). Another object's method so named
    (`logger.warn(...)`) is not."""
    name = name.removeprefix("self.").removeprefix("cls.")
    if "." in name or name in _WARNING_FILTERS:
        return False
    lowered = name.lower()
    return (name != "warn" and "warn" in lowered) or lowered.lstrip("_").startswith("depr")


_WARNING_FILTERS = frozenset({"filterwarnings", "resetwarnings", "catch_warnings", "showwarning", "formatwarning"})
"""The `warnings` module's functions named for warning that warn nothing (imported bare: logbook 1.8's
`filterwarnings(module="Growl", category=DeprecationWarning, action="ignore")` silences a dependency's deprecation):
a category handed to one is no deprecation of the def calling it."""


def says_deprecated(warn: Warn) -> bool:
    """A warning built from what its def is handed whose own words announce a deprecation (pygame-menu 4.0's
    `warn("Menu method {0} is deprecated. ...".format(method, new_method))`, a plain `UserWarning`): that def is a
    deprecation helper, whatever the category."""
    return warn.parametric and not warn.via_helper and "deprecat" in _PLACEHOLDER.sub("", warn.message).lower()


def helper_named(name: str) -> bool:
    """A def named as `_call_warn` takes its calls for a deprecation helper's (`depr`, `_warn_old`, `deprecate`)."""
    return _warning_helper(name) or "deprecat" in name.lower()


MAX_MESSAGE_LOCALS = 20
"""How many leading statements of a helper are read for the message it builds in a local (see `message_locals`)."""


def message_locals(body: list[ast.stmt], param_names: frozenset[str]) -> frozenset[str]:
    """Locals a helper assigns from its parameters before warning with them (bottle 0.13's `depr(major, minor, cause,
    fix)` builds `text = "... %d.%d ... %s" % (major, minor, cause, fix)`, then warns `text`): its message is what
    it is given all the same."""
    found = set(param_names)
    for stmt in body[:MAX_MESSAGE_LOCALS]:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            if _mentions(stmt.value, frozenset(found)):
                found.add(stmt.targets[0].id)
    return frozenset(found - param_names)


def _warning_instance(node: ast.expr | None) -> tuple[str, ast.expr | None] | None:
    """(category, message node) when `node` builds a warning (`DeprecationWarning("...")`): `warnings.warn` then
    takes its class as the category, whatever else is passed."""
    if not isinstance(node, ast.Call):
        return None
    name = dotted_name(node.func)
    last = name.rsplit(".", 1)[-1] if name is not None else ""
    if not last.endswith("Warning"):
        return None
    return last, node.args[0] if node.args else None


def _mentions(node: ast.expr | None, names: frozenset[str]) -> bool:
    if node is None or not names:
        return False
    return any(isinstance(sub, ast.Name) and sub.id in names for sub in walk(node))


def _names_given(node: ast.expr, names: frozenset[str]) -> bool:
    """Every parameter `node` reads is read as `param.__name__` or `param.__qualname__`."""
    read = [sub for sub in walk(node) if isinstance(sub, ast.Name) and sub.id in names]
    named = [
        sub
        for sub in walk(node)
        if isinstance(sub, ast.Attribute)
        and sub.attr in ("__name__", "__qualname__")
        and isinstance(sub.value, ast.Name)
        and sub.value.id in names
    ]
    return bool(read) and len(read) == len(named)


def own_deprecations(warns: tuple[Warn, ...], name: str) -> tuple[Warn, ...]:
    """The warnings, one filled only with the name of what the def is handed that spells the def itself as code
    (`@name`, `` `name` ``, `name(`) before it says "deprecat" announcing the def's own deprecation, not a helper's:
    sqlfluff 2.0's `document_groups(cls)` logs "{cls.__name__} uses the @document_groups decorator which is
    deprecated". A helper announcing what it is handed (`_warn(name)`: "{name} is deprecated"), a decorator
    deprecating what it decorates ("{func.__name__} is deprecated"), or one naming itself only as what to use
    instead ("{cls.__name__} is deprecated, use register()") does not."""
    spelled = re.compile(rf"(?:@{re.escape(name)}\b|`{re.escape(name)}`|\b{re.escape(name)}\().*?deprecat", re.I)
    return tuple(
        replace(warn, parametric=False)
        if warn.parametric and warn.names_given and spelled.search(warn.message)
        else warn
        for warn in warns
    )


def statement_warn(stmt: ast.stmt, param_names: frozenset[str] = frozenset()) -> Warn | None:
    """The warning an expression statement raises (`warnings.warn(...)` or `_deprecated(...)`), if any."""
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        return _call_warn(stmt.value, param_names)
    return None


def body_warns(body: list[ast.stmt], param_names: frozenset[str]) -> tuple[Warn, ...]:
    """Warnings raised unconditionally by the top-level statements of a body, those opening a `try` or `with` block
    included (they run whenever the body does)."""
    found: list[Warn] = []
    for stmt in body:
        if isinstance(stmt, (ast.Try, ast.TryStar, ast.With, ast.AsyncWith)):
            found.extend(body_warns(stmt.body, param_names))
        warn = statement_warn(stmt, param_names)
        if warn is not None:
            found.append(_spelled_message(warn, body) if warn.category.startswith(HELD) else _unbound(warn, body))
    return tuple(found)


def _unbound(warn: Warn, body: list[ast.stmt]) -> Warn:
    """The warning, its `named` message dropped when the body binds that name anywhere (a local, not the module's
    global): its text is then unknown here."""
    if not warn.named:
        return warn
    for stmt in body:
        for node in walk(stmt):
            if isinstance(node, ast.Name) and node.id == warn.named and isinstance(node.ctx, ast.Store):
                return replace(warn, named="")
    return warn


def _spelled_message(warn: Warn, body: list[ast.stmt]) -> Warn:
    """A warning of a name (`warnings.warn(msg, stacklevel=3)`) the same statements bind to text first (`msg = "The
    `scale` parameter is deprecated ..."`, seaborn 0.13's `_point_kwargs_backcompat`): a `UserWarning` with that text,
    not a warning instance held under that name."""
    held = warn.category.removeprefix(HELD)
    for stmt in body:
        if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == held for t in stmt.targets):
            text = literal_text(stmt.value)
            return warn if text is None else Warn("UserWarning", _message(stmt.value), False, warn.parametric)
    return warn


def unconfigured_warns(body: list[ast.stmt], param_names: frozenset[str], first: str, name: str) -> tuple[Warn, ...]:
    """`body_warns` of a method, less the warnings past an `if` that returns normally under a test of the instance's
    public members alone (jupyterhub 2.0's `check_hub_user`: `if self.allow_all: return model`, `if self.hub_scopes:
    ...`, then "hub_scopes not set, proceeding with pre-2.0 authentication"): those warn about how the object is
    configured, not about calling the method. One naming the method (`threshold_ attribute is deprecated`) is its own
    deprecation however it is reached."""
    cut = next((index for index, stmt in enumerate(body) if _configured_exit(stmt, first)), len(body))
    later = body_warns(body[cut:], param_names)
    named = re.compile(rf"\b{re.escape(name)}\b")
    return body_warns(body[:cut], param_names) + tuple(warn for warn in later if named.search(warn.message))


def _configured_exit(stmt: ast.stmt, first: str) -> bool:
    """An `if` whose body ends in a `return` and whose test reads nothing but public members of `first` (`self.x`,
    `self.opts.y`): no parameter, no call, no private state (`self._warned`: a warn-once guard)."""
    if not (isinstance(stmt, ast.If) and isinstance(stmt.body[-1], ast.Return)):
        return False
    read = False
    for node in walk(stmt.test):
        if isinstance(node, (ast.Call, ast.NamedExpr)) or (isinstance(node, ast.Name) and node.id != first):
            return False
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.attr.startswith("_"):
                return False
            read = True
    return read


MAX_GUARD_DEPTH = 3
"""How deep `if` blocks of a deprecation helper are read for the warning it gives (see `guarded_warns`)."""


def guarded_warns(body: list[ast.stmt], param_names: frozenset[str], depth: int = 0) -> tuple[Warn, ...]:
    """The warnings about what it is handed (parametric) that a function named for deprecations gives under an `if`:
    the test says whether to show it (once per name, unless an environment variable silences them), not whether it
    is a deprecation (jsonargparse 4.49's `deprecation_warning(component, message)` warns only
    `if show_warnings and (component not in shown_deprecation_warnings or all_warnings)`)."""
    found: list[Warn] = []
    for stmt in body:
        if isinstance(stmt, ast.If) and depth < MAX_GUARD_DEPTH:
            found.extend(w for w in body_warns(stmt.body, param_names) if w.parametric)
            found.extend(guarded_warns(stmt.body, param_names, depth + 1))
    return tuple(found)


def exact_class_warns(body: list[ast.stmt], first: str, new: bool) -> tuple[tuple[str, Warn], ...]:
    """(class name, warning) for each top-level `if` of an `__init__` or `__new__` body that warns only when the
    instance is of exactly one class (`if type(self) is DateTimeField: warn(...)`, `self.__class__ is X`,
    `cls is X` in `__new__`; `first`: the method's first parameter): wtforms 3.3 deprecates `DateTimeField` so, while
    its subclasses `DateField` and `TimeField`, which call its `__init__`, stay."""
    found: list[tuple[str, Warn]] = []
    for stmt in body:
        if isinstance(stmt, ast.If) and not stmt.orelse and (name := _exact_class(stmt.test, first, new)) is not None:
            found.extend((name, warn) for warn in body_warns(stmt.body, frozenset()))
    return tuple(found)


def _exact_class(test: ast.expr, first: str, new: bool) -> str | None:
    """`NAME` of `type(first) is NAME`, `type(first) == NAME`, `first.__class__ is NAME`, or in `__new__`
    `first is NAME`."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.Eq))):
        return None
    left, right = test.left, test.comparators[0]
    if not isinstance(right, ast.Name):
        return None
    typed = isinstance(left, ast.Call) and dotted_name(left.func) == "type" and len(left.args) == 1
    subject = left.args[0] if isinstance(left, ast.Call) and typed else left
    if isinstance(left, ast.Attribute) and left.attr == "__class__":
        subject, typed = left.value, True
    if not (isinstance(subject, ast.Name) and subject.id == first):
        return None
    return right.id if typed or new else None


_ANY_COUNT = {(ast.Gt, 0), (ast.NotEq, 0), (ast.GtE, 1)}
"""`len(kwargs) > 0`, `!= 0`, `>= 1`: true as soon as one keyword lands in `**kwargs`."""
_FLIPPED = {ast.Lt: ast.Gt, ast.LtE: ast.GtE, ast.NotEq: ast.NotEq}


def _any_keyword_count(left: ast.expr, op: ast.cmpop, right: ast.expr, var_keyword: str) -> bool:
    """The comparison holds once `**kwargs` took any keyword (`len(kwargs) > 0`, `0 < len(kwargs)`): the same test
    as `if kwargs:`."""
    if is_len_of(right, var_keyword) and type(op) in _FLIPPED:
        left, op, right = right, _FLIPPED[type(op)](), left
    if not (is_len_of(left, var_keyword) and isinstance(right, ast.Constant)):
        return False
    return (type(op), right.value) in _ANY_COUNT


def _falsy(node: ast.expr | None) -> bool:
    """A literal default that is false (`None`, `False`, `0`, `""`, `()`, `[]`, `{}`)."""
    if isinstance(node, ast.Constant):
        return not node.value
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return not node.elts
    return isinstance(node, ast.Dict) and not node.keys


def _is_own_default(node: ast.expr, default: ast.expr | None) -> bool:
    """The test compares the parameter with its own default: a literal (`x is None` where `x=None`) or a sentinel
    name (`default is _UNSET` where `default=_UNSET`, jsonschema 4.18's `validator_for`)."""
    if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(default, (ast.Name, ast.Attribute)):
        return dotted_name(node) is not None and dotted_name(node) == dotted_name(default)
    if not (isinstance(node, ast.Constant) and isinstance(default, ast.Constant)):
        return False
    return type(node.value) is type(default.value) and node.value == default.value


def _test_params(
    test: ast.expr, params: frozenset[str], var_keyword: str | None, defaults: Mapping[str, ast.expr]
) -> set[str]:
    """Parameters whose *presence* the test checks (`if x is not None`, `if x:`, `if "x" in kwargs`; `if kwargs:` checks
    for any keyword `**kwargs` takes, as does `len(kwargs) > 0`; named `**kwargs`).

    Tests of a value's type or content (`isinstance(x, bytes)`) deprecate a way of passing, not the parameter; tests
    of absence (`not x` or `x is None` where the default is None) warn callers who leave it out, not those who pass
    it (pandas 1.4's `numeric_only is None`, defaulting to a sentinel, warns those passing None: kept). `not x` with
    a true default tests for a false value passed (urllib3 2.8's `if not allowed_methods and isinstance(...)`
    deprecates an empty collection, not `allowed_methods`). An `and` testing the presence of two things passed warns
    for the combination, deprecating neither alone (urllib3 2.8's `use_forwarding_for_https and ... and
    connection_pool_kw.get("ssl_context") is not None`).
    """
    if isinstance(test, ast.BoolOp):
        if spellings := _other_spellings(test, params, var_keyword):
            return spellings
        tested = [_test_params(value, params, var_keyword, defaults) for value in test.values]
        if isinstance(test.op, ast.And):
            options = [{option} for value in test.values if (option := _option_got(value, var_keyword))]
            if len({frozenset(names) for names in (*tested, *options) if names}) > 1:
                return set()
        return set().union(*tested)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        operand = test.operand
        if isinstance(operand, ast.Name):
            return set()  # `if not args: warn(...)`: warns callers who leave it out, or who pass a false value
        return _test_params(operand, params, var_keyword, defaults)
    if isinstance(test, ast.Name) and test.id == var_keyword:  # `if env_options: warn(...)`: any extra keyword warns
        return {f"**{var_keyword}"}
    if isinstance(test, ast.Name):
        return {test.id} if test.id in params else set()
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return set()
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if var_keyword is not None and _any_keyword_count(left, op, right, var_keyword):
        return {f"**{var_keyword}"}
    if option := _option_got(test, var_keyword):  # pydantic 2.11's `(conf := kwargs.get('config')) is not None`
        return {option}
    if isinstance(op, (ast.In, ast.NotIn)):
        is_kwargs = isinstance(right, ast.Name) and right.id == var_keyword
        if is_kwargs and isinstance(left, ast.Constant) and isinstance(left.value, str):
            return {left.value}
        return set()
    # a comparison of a required parameter tests the value every call passes (django 4.0's `ArrayAgg.convert_value`:
    # `value is None and ...`): a value deprecated, not the parameter
    if isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)) and isinstance(left, ast.Name) and left.id in defaults:
        if isinstance(op, (ast.Is, ast.Eq)) and _one_value(right):
            return set()  # `if mode == "legacy": warn(...)`: that value is deprecated, other calls passing it are fine
        absent = isinstance(op, (ast.Is, ast.Eq)) and _is_own_default(right, defaults.get(left.id))
        if left.id != var_keyword and isinstance(right, (ast.Constant, ast.Name, ast.Attribute)) and not absent:
            return {left.id}
    return set()


def raised_when_given(node: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, ...]:
    """The optional parameters a top-level `if` of the body, testing that they were given (see `_test_params`: `if
    include is not None or exclude is not None:`), raises for and does nothing else (odmantic 1.0's `Model.copy`):
    every call passing one fails there, whatever else it passes. A parameter such an `if` tests to call something
    (a helper that may raise) is listed as `?name`: whether passing it fails is not known."""
    arguments = node.args
    defaults = defaults_of(arguments)
    params = frozenset(defaults)
    var_keyword = arguments.kwarg.arg if arguments.kwarg else None
    found: dict[str, None] = {}
    for stmt in node.body:
        if not isinstance(stmt, ast.If):
            continue
        raising = not stmt.orelse and only_raises(stmt.body)
        calling = any(isinstance(n, ast.Call) for part in stmt.body for n in walk(part))
        if raising or calling:
            tested = _test_params(stmt.test, params, var_keyword, defaults)
            found.update(((name if raising else f"?{name}"), None) for name in sorted(tested) if name in params)
    return tuple(found)


def _other_spellings(test: ast.BoolOp, params: frozenset[str], var_keyword: str | None) -> set[str]:
    """The keywords an `or` of one parameter and `**kwargs` reads of literal keys tests (tortoise-orm 0.21's
    `TextField(primary_key=None, ..., **kwargs)` warning `if primary_key or kwargs.get("pk"):`): the reads are the
    spellings the signature no longer names, kept working; the parameter is the current one, so a warning there is
    the old spellings', not the parameter's. Empty for any other test."""
    if var_keyword is None or not isinstance(test.op, ast.Or):
        return set()
    names = [value for value in test.values if isinstance(value, ast.Name) and value.id in params]
    keys: set[str] = set()
    for value in test.values:
        taken = key_take(value)
        if taken is None or dotted_name(taken[0]) != var_keyword or taken[1] != "get":
            continue
        key = taken[2][0]
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            keys.add(key.value)
    return keys if len(names) == 1 and len(names) + len(keys) == len(test.values) else set()


def _option_got(test: ast.expr, var_keyword: str | None) -> str:
    """The `**kwargs` option whose presence the test checks as `kwargs.get("k") is not None` (also keeping the value,
    `(conf := kwargs.get("k")) is not None`, or taking it out, tortoise-orm 0.21's `(pk := kwargs.pop("pk", None)) is
    not None`: a pop with a None default is a get that also removes), else ""."""
    if var_keyword is None or not isinstance(test, ast.Compare) or not isinstance(test.ops[0], ast.IsNot):
        return ""
    call, right = test.left, test.comparators[0]
    call = call.value if isinstance(call, ast.NamedExpr) else call
    taken = key_take(call)
    if not (isinstance(right, ast.Constant) and right.value is None and taken is not None):
        return ""
    holder, method, args = taken
    if method == "pop" and not (len(args) == 2 and isinstance(args[1], ast.Constant) and args[1].value is None):
        return ""  # `kwargs.pop("k")` raises when it is left out, `kwargs.pop("k", 0)` is never None: no presence test
    key = args[0]
    if isinstance(holder, ast.Name) and holder.id == var_keyword:
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            return key.value
    return ""


def _one_value(node: ast.expr) -> bool:
    """A literal naming one value among many (a string, a number), unlike None or a flag's `True`/`False`."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (str, bytes, int, float))
        and not isinstance(node.value, bool)
    )


def _absence_tested(test: ast.expr, params: frozenset[str], defaults: Mapping[str, ast.expr]) -> set[str]:
    """The parameter a whole test checks the absence of (`if not x`, `if x is None`, `if x is _missing`): its warning
    is about calls leaving it out when that is its default (`omitted_params` decides); inside an `and`/`or` the test
    says more than that (flask 2.0's `if not args and len(sig.parameters) == 1`), and it is not read. A test for one
    value of many that is not the default (`if mode == "legacy"`) checks no absence: that value is deprecated."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Name):
        return {test.operand.id} & params
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.Eq)):
        left, right = test.left, test.comparators[0]
        if not isinstance(left, ast.Name) or not isinstance(right, (ast.Constant, ast.Name, ast.Attribute)):
            return set()
        if _one_value(right) and not _is_own_default(right, defaults.get(left.id)):
            return set()
        return {left.id} & params
    return set()


def _kwargs_options(body: list[ast.stmt], var_keyword: str | None) -> dict[str, tuple[str, ast.expr]]:
    """Local name -> (the `**kwargs` option the body takes out into it, the default it takes when the caller passed
    none) for `encoding = kwargs.pop("encoding", None)`: a test of the local is a test of the option."""
    found: dict[str, tuple[str, ast.expr]] = {}
    for stmt in body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        taken = key_take(stmt.value)
        if taken is None:
            continue
        holder, _, args = taken
        key = args[0]
        if isinstance(holder, ast.Name) and holder.id == var_keyword and isinstance(key, ast.Constant):
            if isinstance(key.value, str):
                found[stmt.targets[0].id] = (key.value, args[1] if len(args) > 1 else ast.Constant(None))
    return found


def _tests_absence(test: ast.expr, name: str, default: ast.expr) -> bool:
    """The test is true when the call left the parameter out, its `default` standing: `x is None` or `x == None`
    for a None default, `x is _missing` for that sentinel default, `not x` for a falsy constant one. Then the warning
    is for calls *omitting* it, and passing it is the way out (werkzeug 2.3's `WWWAuthenticate(auth_type=None)`);
    `x is None` under another default (pandas' `name=lib.no_default`) warns for an explicit None instead."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        named = isinstance(test.operand, ast.Name) and test.operand.id == name
        return named and _falsy(default)
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return False
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if not (isinstance(left, ast.Name) and left.id == name):
        return False
    if isinstance(right, ast.Constant):  # `x is None` for a None default, `x == "warn"` for sklearn's "warn" one
        same = (
            isinstance(default, ast.Constant)
            and default.value == right.value
            and type(default.value) is type(right.value)
        )
        return isinstance(op, (ast.Is, ast.Eq)) and same
    sentinel = dotted_name(right) if isinstance(right, (ast.Name, ast.Attribute)) else None
    return isinstance(op, ast.Is) and sentinel is not None and sentinel == dotted_name(default)


def _default_path_ifs(body: list[ast.stmt], defaults: Mapping[str, ast.expr], depth: int = 0) -> list[ast.If]:
    """The body's top-level `if`s, and those nested in an `if` whose test holds when the call leaves a parameter at
    its default (jsonpickle 4.1.2's `if context is None:` around `if numeric_keys: warnings.warn(...)`): a call
    passing the inner test's parameter and leaving the outer one out reaches them, as it does a top-level one."""
    found: list[ast.If] = []
    for stmt in body:
        if not isinstance(stmt, ast.If):
            continue
        found.append(stmt)
        if depth < MAX_GUARD_DEPTH and any(_tests_absence(stmt.test, name, d) for name, d in defaults.items()):
            found.extend(_default_path_ifs(stmt.body, defaults, depth + 1))
    return found


def private_flag_warns(body: list[ast.stmt], defaults: Mapping[str, ast.expr]) -> tuple[tuple[str, Warn], ...]:
    """(parameter, warning) for each warning of a top-level `if` testing only a private flag whose default makes the
    test hold (`if _warn:` with `_warn=True`, `if not _internal:` with `_internal=False`): the package's own calls
    pass it to stay quiet, every public call warns, so the object itself is deprecated, not the flag
    (semantic_version 2.7's `SpecItem.__init__(self, requirement_string, _warn=True)`)."""
    found: list[tuple[str, Warn]] = []
    for stmt in body:
        if not isinstance(stmt, ast.If):
            continue
        test, negated = stmt.test, False
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            test, negated = test.operand, True
        if not (isinstance(test, ast.Name) and test.id.startswith("_") and not test.id.startswith("__")):
            continue
        default = defaults.get(test.id)
        if not isinstance(default, ast.Constant) or _falsy(default) is not negated:
            continue
        found.extend((test.id, warn) for warn in body_warns(stmt.body, frozenset()))
    return tuple(found)


def omitted_params(body: list[ast.stmt], warned: Iterable[str], arguments: ast.arguments) -> frozenset[str]:
    """Of the `warned` parameters (see `parameter_warns`), those whose every warning `if` tests that the call left
    them out (`_tests_absence`): omitting them is what is deprecated."""
    defaults = defaults_of(arguments)
    names = {name for name in warned if name in defaults}
    tests: dict[str, list[bool]] = {}
    pending = _default_path_ifs(body, defaults)
    while pending:
        branch = pending.pop()
        for name in names:
            if _mentions(branch.test, frozenset({name})) and body_warns(branch.body, frozenset()):
                tests.setdefault(name, []).append(_tests_absence(branch.test, name, defaults[name]))
        pending.extend(stmt for stmt in branch.orelse if isinstance(stmt, ast.If))
    return frozenset(name for name, absent in tests.items() if all(absent))


def parameter_warns(
    body: list[ast.stmt], params: frozenset[str], var_keyword: str | None, defaults: Mapping[str, ast.expr]
) -> tuple[tuple[str, Warn], ...]:
    """(parameter, warning) for each warning raised in an `if` whose test looks at that parameter, or at an option
    taken out of `**kwargs` (flask 2.0's `encoding = kwargs.pop("encoding", None)` ... `if encoding is not None:`)."""
    return tuple(
        (name, warn)
        for names, warns, _ in _warning_branches(body, params, var_keyword, defaults)
        for warn in warns
        for name in names
    )


def presence_warns(
    body: list[ast.stmt], params: frozenset[str], required: frozenset[str], var_keyword: str | None
) -> tuple[tuple[str, Warn], ...]:
    """(required parameter, warning) for each warning raised in an `if` testing that the parameter was given
    something (`if obj is not None:`), the others' defaults kept. Not an `if` whose test looks at another parameter
    too (scikit-learn 0.22's `if not shuffle and random_state is not None:` warns for the combination)."""
    defaults: dict[str, ast.expr] = dict.fromkeys(required, ast.Constant(None))
    found: list[tuple[str, Warn]] = []
    for names, warns, test in _warning_branches(body, params, var_keyword, defaults, nested=False):
        mentioned = {n.id for n in walk(test) if isinstance(n, ast.Name)} & params
        if len(mentioned) == 1:
            found.extend((name, warn) for warn in warns for name in names if name in required)
    return tuple(found)


def parameter_conditions(
    body: list[ast.stmt], params: frozenset[str], var_keyword: str | None, defaults: Mapping[str, ast.expr]
) -> tuple[tuple[str, str], ...]:
    """(parameter, condition) for each `if` of `parameter_warns` warning about it: the test its warning fires under,
    as source spelling the parameter by its name (`verbose`, `encoding is not None`, `not (loop is None)` for an
    `else`). A call passing a literal the condition is false for never warns (`verbose=False`). A parameter the body
    assigns has no condition: its test reads what the body made of it."""
    options = {local: got for local, got in _kwargs_options(body, var_keyword).items() if local not in params}
    spelled = {local: option for local, (option, _) in options.items()}
    rebound = _assigned_names(body, frozenset(options))
    found: list[tuple[str, str]] = []
    for names, warns, condition in _warning_branches(body, params, var_keyword, defaults):
        text = ast.unparse(_spelled_by_name(condition, spelled, var_keyword))
        found.extend((name, text) for name in names if warns and name not in rebound)
    return tuple(found)


def _warning_branches(
    body: list[ast.stmt],
    params: frozenset[str],
    var_keyword: str | None,
    defaults: Mapping[str, ast.expr],
    nested: bool = True,
) -> Iterator[tuple[list[str], tuple[Warn, ...], ast.expr]]:
    """(parameters, warnings, the condition they fire under) for each `if` (or its `else`) of the body warning about
    parameters its test looks at (see `parameter_warns`); `nested`: also those on a default's path
    (`_default_path_ifs`), which `defaults` must then be the parameters' own for."""
    options = {local: got for local, got in _kwargs_options(body, var_keyword).items() if local not in params}
    tested = params.union(options)
    defaults = {**defaults, **{local: default for local, (_, default) in options.items()}}
    pending = _default_path_ifs(body, defaults if nested else {})
    while pending:
        branch = pending.pop()
        names = _test_params(branch.test, tested, var_keyword, defaults)
        names |= _absence_tested(branch.test, params, defaults)
        touched = {options[name][0] if name in options else name for name in names}
        if touched:
            warns = body_warns(branch.body, frozenset()) + _naming_inner_warns(branch, touched)
            yield sorted(touched), warns, branch.test
        passed = {options[name][0] if name in options else name for name in _omission_tested(branch, defaults)}
        if passed:
            negated = ast.UnaryOp(op=ast.Not(), operand=branch.test)
            yield sorted(passed), body_warns(branch.orelse, frozenset()), negated
        pending.extend(stmt for stmt in branch.orelse if isinstance(stmt, ast.If))


def _naming_inner_warns(branch: ast.If, touched: set[str]) -> tuple[Warn, ...]:
    """Warnings one `if` deeper in a branch testing that a parameter was passed, when the inner test reads nothing
    the outer one reads and the message names that parameter: the old name of a renamed parameter, warned about
    unless the new one is given too (tortoise-orm 0.21's `if (pk := kwargs.pop("pk", None)) is not None:` then
    `if primary_key is None: warnings.warn("`pk` is deprecated, please use `primary_key` instead")`). An inner test
    of the passed value itself (`isinstance(pk, str)`) deprecates a way of passing it, not the parameter: not taken."""
    outer = {node.id for node in walk(branch.test) if isinstance(node, ast.Name)}
    found: list[Warn] = []
    for stmt in branch.body:
        if not isinstance(stmt, ast.If) or outer & {n.id for n in walk(stmt.test) if isinstance(n, ast.Name)}:
            continue
        for warn in body_warns(stmt.body, frozenset()):
            if any(re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", warn.message) for name in touched):
                found.append(warn)
    return tuple(found)


def _assigned_names(body: list[ast.stmt], options: frozenset[str]) -> set[str]:
    """Names the body assigns, but for the `**kwargs` options it takes out (`encoding = kwargs.pop(...)`)."""
    return stored_in(body) - options


def _spelled_by_name(test: ast.expr, spelled: Mapping[str, str], var_keyword: str | None) -> ast.expr:
    """The test with an option's local (`enc = kwargs.pop("encoding")`) and `kwargs.get("encoding")` /
    `kwargs["encoding"]` spelled as the option's name, the keyword a call passes."""
    return _Spell(spelled, var_keyword).visit(copy.deepcopy(test))  # type: ignore[no-any-return]


class _Spell(ast.NodeTransformer):
    """Rewrites a test as `_spelled_by_name` says."""

    def __init__(self, spelled: Mapping[str, str], var_keyword: str | None) -> None:
        self.spelled = spelled
        self.var_keyword = var_keyword

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return ast.Name(id=self.spelled.get(node.id, node.id), ctx=ast.Load())

    def visit_Call(self, node: ast.Call) -> ast.AST:
        option = _kwargs_key(node.func, node.args[0] if len(node.args) == 1 else None, self.var_keyword, "get")
        return ast.Name(id=option, ctx=ast.Load()) if option else self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        option = _kwargs_key(node, node.slice, self.var_keyword, "")
        return ast.Name(id=option, ctx=ast.Load()) if option else self.generic_visit(node)


def _kwargs_key(node: ast.expr, key: ast.expr | None, var_keyword: str | None, method: str) -> str:
    """The option `kwargs.get("k")` (method "get") or `kwargs["k"]` (method "") reads, else ""."""
    holder = node.value if isinstance(node, (ast.Attribute, ast.Subscript)) else None
    if var_keyword is None or not (isinstance(holder, ast.Name) and holder.id == var_keyword):
        return ""
    if method and not (isinstance(node, ast.Attribute) and node.attr == method):
        return ""
    return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else ""


def value_warns(
    body: list[ast.stmt], params: frozenset[str], defaults: Mapping[str, ast.expr]
) -> tuple[tuple[str, str, Warn], ...]:
    """(parameter, value's repr, warning) for each warning raised in an `if` (or `elif`) testing that a parameter
    holds one literal value (`if mode == "legacy":`, `if how in ("old", "older"):`, either side of an `or`): passing
    that value is deprecated, other values are not. The default value is left out: a test for it warns the calls
    leaving the parameter out (see `omitted_params`)."""
    found: list[tuple[str, str, Warn]] = []
    pending = [stmt for stmt in body if isinstance(stmt, ast.If)]
    while pending:
        branch = pending.pop()
        tested = _values_tested(branch.test, params, defaults)
        if tested:
            for warn in body_warns(branch.body, frozenset()):
                found.extend((name, value, warn) for name, value in sorted(tested))
        pending.extend(stmt for stmt in branch.orelse if isinstance(stmt, ast.If))
    return tuple(found)


def _values_tested(test: ast.expr, params: frozenset[str], defaults: Mapping[str, ast.expr]) -> set[tuple[str, str]]:
    """(parameter, value's repr) pairs a test is true for alone: `p == LITERAL`, `p in (LITERAL, ...)`, or an `or`
    of such tests; an `and` says more than the value (it is not read)."""
    if isinstance(test, ast.BoolOp):
        if not isinstance(test.op, ast.Or):
            return set()
        parts = [_values_tested(value, params, defaults) for value in test.values]
        return set().union(*parts) if all(parts) else set()
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name)):
        return set()
    name, op, right = test.left.id, test.ops[0], test.comparators[0]
    if name not in params:
        return set()
    if isinstance(op, ast.Eq):
        values = [right]
    elif isinstance(op, ast.In) and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
        values = list(right.elts)
    else:
        return set()
    if not values or not all(_one_value(value) for value in values):
        return set()
    default = defaults.get(name)
    literals = [value for value in values if isinstance(value, ast.Constant)]
    return {(name, repr(value.value)) for value in literals if default is None or not _is_own_default(value, default)}


def _omission_tested(branch: ast.If, defaults: Mapping[str, ast.expr]) -> set[str]:
    """The parameter whose omission the test checks (`_tests_absence`) when the `if` has a plain `else`: that branch
    runs for the calls passing it (asgiref 3.6's `if loop is None: loop = get_running_loop() else: warn(...)`). An
    `elif` tests more than the passing, and is read as an `if` of its own."""
    if not branch.orelse or (len(branch.orelse) == 1 and isinstance(branch.orelse[0], ast.If)):
        return set()
    return {name for name, default in defaults.items() if _tests_absence(branch.test, name, default)}


_VERSION = re.compile(r"\d+(\.\d+)*")


def _spelled_at(text: bytes, word: str) -> Iterator[int]:
    """Where `word` occurs in `text`."""
    spelled = word.encode()
    at = text.find(spelled)
    while at != -1:
        yield at
        at = text.find(spelled, at + len(spelled))


class Handoff(NamedTuple):
    """A call handing some of the def's parameters on under their own names: `callee` as written (`helper`,
    `self.method`, `super.__init__` for `super().__init__`), the names passed as keywords (`p=p`), and those passed
    by position with their slot in the call (`super().__init__(app, key_prefix, use_signer)`)."""

    callee: str
    keywords: tuple[str, ...]
    positions: tuple[tuple[str, int], ...] = ()
    rebound: tuple[str, ...] = ()
    """Of the names handed on, those the body assigns: the callee may receive another value than the caller passed."""
    reached: tuple[str, ...] = ()
    """Of `keywords`, those a call every run of the def makes hands on: a statement of the body (or the value one
    assigns) with no way out before it, so nothing of the def catches what the callee raises."""
    positional: str = "?"
    """What that call passes by position: "" nothing, "*args" the def's own `*args` alone, "?" anything else."""
    guarded: tuple[str, ...] = ()
    """Parameters the call is made only when passed: an `if` (or `x if test else y`) around it tests their presence
    (pytest-httpx 0.17's `multipart_stream(data=data, files=files, boundary=boundary) if files else stream`)."""


def parameter_handoffs(node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes) -> tuple[Handoff, ...]:
    """The calls handing parameters on (see `Handoff`), by a bare name, on `self` or on `super()`:
    `_prepare_send_file_kwargs(attachment_filename=attachment_filename, ...)` (flask 2.0's `send_file`),
    `self._init_transport(cert=cert)` then `HTTPTransport(cert=cert)` then `create_ssl_context(cert=cert)` (httpx
    0.28's `Client`), flask-session 0.8's `super().__init__(app, key_prefix, use_signer, ...)`, and a call naming a
    deprecation handed parameters by position (django-import-export 4's `Widget.render(value, obj=None)` calls
    `self._obj_deprecation_warning(obj)`, which warns when given one). A parameter the callee deprecates is deprecated
    for the def's callers too (the surface follows the chain within the distribution; a positional one only to a
    parameter of its own name). Only the statements spelling some `p=p`, a `super(` or `(self` call or a deprecation
    are walked."""
    arguments = node.args
    params = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    spelled = [at for p in params for at in _spelled_at(text, f"{p}={p}")]
    named = list(_spelled_at(text, "eprecat"))  # a call naming a deprecation: `self._obj_deprecation_warning(obj)`
    sentinels = _sentinel_defaulted(arguments) if named else frozenset()
    based = _spelled_at(text, "(self")  # `Base.__init__(self, ...)`, as `super(` is
    found_at = (
        *spelled,
        *_spelled_at(text, "super("),
        *based,
        *named,
        *(at for p in sentinels for at in _spelled_at(text, p)),
    )
    if not found_at:
        return ()
    line_of = offset_lines(text, found_at, node.lineno)
    lines = sorted(set(line_of.values()))
    naming = {line_of[at] for at in named}
    instances: dict[str, str] | None = None
    found: dict[str, tuple[set[str], set[tuple[str, int]]]] = {}
    guards: dict[int, set[str]] = {}  # id of a call -> the parameters whose presence a test around it checks
    guarded: dict[str, set[str]] = {}
    for sub in nodes_on_lines(
        node.body, lines, ()
    ):  # only the statements spelling `p=p`, `super(`, `(self` or a deprecation
        if isinstance(sub, (ast.If, ast.IfExp)):  # seen before the calls under it: a parent comes before its children
            _guard_calls(sub, frozenset(params), arguments, guards)
        if not isinstance(sub, ast.Call):
            continue
        callee = _handoff_callee(sub.func) or _explicit_base_callee(sub)
        if callee is None and _on_local(sub.func):
            instances = _local_instances(node.body) if instances is None else instances
            callee = _instance_callee(sub.func, instances)
        if callee is None and id(sub) in guards and isinstance(sub.func, ast.Attribute):
            callee = dotted_name(sub.func)  # `module.function(...)`, looked up as a name of the module
        if callee is None:
            continue
        if id(sub) in guards:
            guarded.setdefault(callee, set()).update(guards[id(sub)])
        keywords = {
            k.arg for k in sub.keywords if k.arg in params and isinstance(k.value, ast.Name) and k.value.id == k.arg
        }
        explicit = _explicit_base_callee(sub) is not None
        by_position = callee.startswith("super.") or explicit or sub.lineno in naming
        handed = sub.args[1:] if explicit else sub.args  # not the `self` it passes
        positions = _positions(handed, params) if by_position else _positions(handed, set(sentinels))
        if keywords or positions:
            known = found.setdefault(callee, (set(), set()))
            known[0].update(keywords)
            known[1].update(positions)
    assigned = _assigned_names(node.body, frozenset()) if found else set()
    reached = _reached_calls(node) if found else {}
    return tuple(
        Handoff(
            callee,
            tuple(sorted(keywords)),
            tuple(sorted(positions)),
            tuple(sorted(assigned & {*keywords, *(name for name, _ in positions)})),
            *reached.get(callee, ((), "?")),
            tuple(sorted(guarded.get(callee, ()))),
        )
        for callee, (keywords, positions) in sorted(found.items())
    )


def _guard_calls(
    branch: ast.If | ast.IfExp, params: frozenset[str], arguments: ast.arguments, guards: dict[int, set[str]]
) -> None:
    """Record, for each call under the branch taken when the test holds, the parameters whose presence the test
    checks (see `_test_params`: `if files`, `if files is not None`)."""
    names = _test_params(branch.test, params, arguments.kwarg.arg if arguments.kwarg else None, defaults_of(arguments))
    if not names:
        return
    body = branch.body if isinstance(branch, ast.If) else [branch.body]
    for part in body:
        for sub in walk(part):
            if isinstance(sub, ast.Call):
                guards.setdefault(id(sub), set()).update(name for name in names if not name.startswith("*"))


def _sentinel_defaulted(arguments: ast.arguments) -> frozenset[str]:
    """Parameters defaulting to a module's sentinel named for a deprecation (seaborn 0.13's `violinplot(...,
    scale=deprecated)`, `deprecated` an `object()` of `seaborn._core.typing`): the default marks "not given", and
    the helper the body hands the parameter to by position warns when it is given (`p._violin_scale_backcompat(scale,
    ...)` warns `if scale is not deprecated`). The name alone claims nothing: the callee's warning decides."""
    return frozenset(
        name
        for name, default in defaults_of(arguments).items()
        if isinstance(default, (ast.Name, ast.Attribute)) and _SENTINEL.fullmatch(dotted_name(default) or "")
    )


_SENTINEL = re.compile(r"(?:\w+\.)*_*(?:deprecated|DEPRECATED)_*")


def _on_local(func: ast.expr) -> bool:
    """A method called on a bare local name other than `self` (`p._violin_scale_backcompat(...)`)."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id != "self"


def _local_instances(body: list[ast.stmt]) -> dict[str, str]:
    """Local name -> the dotted callee its one assignment among the body's statements calls (`p =
    _CategoricalPlotter(...)`): the instance a later `p.method(...)` is called on, when that callee is a class of the
    distribution (the surface decides). A name the statements assign twice is left out."""
    counts: dict[str, int] = {}
    made: dict[str, str] = {}
    for stmt in body:
        if not isinstance(stmt, ast.Assign):
            continue
        called = dotted_name(stmt.value.func) if isinstance(stmt.value, ast.Call) else None
        for target in stmt.targets:
            if isinstance(target, ast.Name):
                counts[target.id] = counts.get(target.id, 0) + 1
                if called is not None and len(stmt.targets) == 1:
                    made[target.id] = called
    return {name: called for name, called in made.items() if counts[name] == 1}


def _instance_callee(func: ast.expr, instances: Mapping[str, str]) -> str | None:
    """`Cls().method` for a method called on a local instance of `Cls` (see `_local_instances`), else None."""
    if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
        return None
    made = instances.get(func.value.id)
    return f"{made}().{func.attr}" if made is not None else None


def _reached_calls(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, tuple[tuple[str, ...], str]]:
    """Callee -> (`Handoff.reached`, `Handoff.positional`) of the first call of it every run of the def makes."""
    arguments = node.args
    params = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    var = arguments.vararg.arg if arguments.vararg is not None else None
    found: dict[str, tuple[tuple[str, ...], str]] = {}
    for stmt in node.body:
        call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign, ast.AnnAssign, ast.Return)) else None
        callee = (_handoff_callee(call.func) or _explicit_base_callee(call)) if isinstance(call, ast.Call) else None
        if isinstance(call, ast.Call) and callee is not None and callee not in found:
            handed = {k.arg for k in call.keywords if isinstance(k.value, ast.Name) and k.value.id == k.arg}
            found[callee] = (tuple(sorted(params & handed)), _spelled_positional(call, var))
        if way_out(stmt):
            break
    return found


def _spelled_positional(call: ast.Call, var: str | None) -> str:
    """See `Handoff.positional`."""
    if not call.args:
        return ""
    only = call.args[0] if len(call.args) == 1 else None
    spread = isinstance(only, ast.Starred) and isinstance(only.value, ast.Name) and only.value.id == var
    return "*args" if spread else "?"


def _positions(args: list[ast.expr], params: set[str]) -> set[tuple[str, int]]:
    """(parameter, slot) for each parameter a call passes by position as itself, up to a `*args`."""
    found: set[tuple[str, int]] = set()
    for slot, arg in enumerate(args):
        if isinstance(arg, ast.Starred):
            break
        if isinstance(arg, ast.Name) and arg.id in params:
            found.add((arg.id, slot))
    return found


def _handoff_callee(func: ast.expr) -> str | None:
    """`helper`, `self.method` or `super.method`, as written; None for another callee (an object's method)."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
        return f"self.{func.attr}"
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):  # `super()`, `super(Cls, self)`
        return f"super.{func.attr}" if isinstance(func.value.func, ast.Name) and func.value.func.id == "super" else None
    return None


def _explicit_base_callee(call: ast.Call) -> str | None:
    """`Base().method` for `Base.method(self, ...)`: the base's method called explicitly on the instance (selenium
    4.2's `WebKitGTK.__init__` hands `desired_capabilities` to `RemoteWebDriver.__init__(self, ...)`, as 4.3's
    `super().__init__(...)` does), the method `Base` has along its own MRO (see `Handoff.callee`)."""
    func = call.func
    first = call.args[0] if call.args else None
    if not isinstance(first, ast.Name) or first.id != "self" or not isinstance(func, ast.Attribute):
        return None
    return f"{func.value.id}().{func.attr}" if isinstance(func.value, ast.Name) and func.value.id != "self" else None


def decorator_deprecation(decorators: list[ast.expr]) -> str | None:
    """The message of a `@deprecated(...)` decorator: its text, whether it comes first or after the version it was
    deprecated in (`@util.deprecated("1.4", "The ... is deprecated")`, `@_api.deprecated("3.6", alternative=...)`)."""
    for decorator in decorators:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = dotted_name(target)
        if name is None or not is_deprecated_marker(name):
            continue
        if not isinstance(decorator, ast.Call):
            return "deprecated"
        texts = [literal_text(argument) for argument in decorator.args]
        words = {k.arg: literal_text(k.value) for k in decorator.keywords if k.arg is not None}
        versioned = bool(texts) and texts[0] is not None and _VERSION.fullmatch(texts[0]) is not None
        message = (texts[1:2] if versioned else texts[:1]) or [None]
        found = message[0] or words.get("reason") or words.get("details") or words.get("message")
        if found:
            return found
        return _worded_by_keywords(texts[0] if versioned else words.get("since"), words)
    return None


def _worded_by_keywords(since: str | None, words: dict[str, str | None]) -> str:
    """A decorator's deprecation worded from its keywords when it hands no message: the version (positional or
    `since=`), the alternative, the release removing it and the addendum (langchain-core's `@deprecated(since="0.3.1",
    alternative_import="langchain_community.X", removal="1.0", addendum="...")`, whose warning says all of them)."""
    said = f"deprecated in {since}" if since and _VERSION.fullmatch(since) else "deprecated"
    alternative = words.get("alternative") or words.get("alternative_import") or words.get("replacement")
    if alternative:
        said += f"; use {alternative} instead"
    if (removal := words.get("removal")) and _VERSION.fullmatch(removal):
        said += f"; to be removed in {removal}"
    addendum = " ".join((words.get("addendum") or "").split())
    return f"{said}. {addendum}" if addendum else said


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
"""A `str.format` or f-string field the message was built with: the text around it is no usable advice."""


def known_sentences(message: str) -> str:
    """The message's sentences with no field left unfilled (librosa 0.10's `moved` warns "{:s} This function was
    moved to '{:s}.{:s}' ...", formatted from what it wraps): empty when every sentence has one."""
    sentences = _SENTENCE_END.split(" ".join(message.split()))
    return " ".join(sentence for sentence in sentences if sentence and not _PLACEHOLDER.search(sentence))


def filled_message(message: str, param: str, name: str) -> str:
    """A warning's message built from the name asked for (`f"'{name}' has been {action} to '{path[1:]}'. The
    top-level import is deprecated ..."`), for that name: `{param}` spelled out, and the sentences whose other
    computed parts are unknown left out when those left still announce the deprecation (else the whole message:
    "'Old' has moved to '{...}'. Import it from there instead." needs its first sentence)."""
    filled = message.replace("{" + param + "}", name)
    sentences = [part.strip() for part in _SENTENCE_END.split(" ".join(filled.split())) if part.strip()]
    known = " ".join(sentence for sentence in sentences if not _PLACEHOLDER.search(sentence))
    if "deprecat" in known.lower():
        return known
    # one sentence announcing and advising: its clauses naming something unknown go, when what is left still names
    # the deprecated name and says so (zigpy 2.0's "`zigpy.quirks.X` is deprecated, import `{attr}` from
    # `{module_path}` instead", both looked up in a table of tuples)
    clauses = _CLAUSE_END.split(" ".join(filled.split()))
    kept = " ".join(clause for clause in clauses if not _PLACEHOLDER.search(clause)).rstrip(",;: ")
    return kept if "deprecat" in kept.lower() and name in kept else filled


def extract_hint(message: str | None) -> str | None:
    """The migration advice in a deprecation message ("Use 'urllib.parse.parse_qs' instead"), if it gives one."""
    if not message:
        return None
    sentences = [part.strip() for part in _SENTENCE_END.split(" ".join(message.split())) if part.strip()]
    for sentence in sentences:
        lowered = sentence.lower()
        if "is deprecated" in lowered and "instead" not in lowered and "renamed" not in lowered:
            continue
        if _HINT_WORDS.search(sentence) and not _PLACEHOLDER.search(sentence):  # "Use '{}' instead" names nothing
            return sentence.rstrip(".")
    return None
