"""Compare two parameter lists: what a call site written against the old one can no longer do."""

from __future__ import annotations

import ast
import codecs
import keyword
import re
from difflib import SequenceMatcher

from bot.apidiff.annotations import INFERRED_RETURN, MAY_BE_NONE, NOW_NONE, members, none_added
from bot.apidiff.model import KEYWORD_KINDS, POSITIONAL_KINDS, Param, ParamKind, Symbol
from bot.apidiff.nonepath import SKIPPED, bound_constant, replacement
from bot.apidiff.params import format_params
from bot.changes import SignatureDelta

_VARIADIC = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)


MIN_AFFIX = 3
"""Shortest name that pairs with a longer one by being its prefix or suffix: `bind` -> `bind_key`, but `lt` is no
`validate_default` (pydantic 2's `FieldInfo`), nor `id` a `valid`."""


def _similar(old: str, new: str) -> bool:
    short, long = sorted((old, new), key=len)
    if len(short) >= MIN_AFFIX and long.startswith(short):
        return _one_word(long[len(short) :])
    if len(short) >= MIN_AFFIX and long.endswith(short):
        return _one_word(long[: -len(short)])
    return SequenceMatcher(None, old, new).ratio() >= 0.75


def _one_word(rest: str) -> bool:
    """What an affix pairing adds is one qualifier (`bind` -> `bind_key`, `handler` -> `ws_handler`), not the head
    of another name that merely ends in the same word (connexion 3's `name=`, the API's, is no
    `pass_context_arg_name`); or an alternative the parameter now takes too, joined by `or` (cachecontrol 0.14.2's
    `response` -> `response_or_ref`, pandas' `path` -> `path_or_buf`, `buf_or_path`)."""
    if rest.startswith("_or_") or rest.endswith("_or_"):
        return True
    return len([word for word in re.split(r"_|(?<=[a-z0-9])(?=[A-Z])", rest) if word]) <= 1


def _spelling(name: str) -> str:
    return name.replace("_", "").lower()


def _respelled_in_place(
    param: Param, old: tuple[Param, ...], new: tuple[Param, ...], spilled: frozenset[str] = frozenset()
) -> bool:
    """The old name stays as a keyword-only alias while positional callers still reach a slot meant for it: the same
    name respelled (pyparsing 3's `Word(init_chars, ..., *, initChars=None)`), a new positional-only parameter, which
    no caller can pass but by position (kopf 1.29's `on.create(__group_or_groupversion_or_name=None, ..., *,
    group=None, ...)` for `create(group, ...)`), or a `*args` the body unpacks (attrs 23.1's `evolve(*args,
    **changes)` takes the instance first, or as `inst=`). Not a `*args` that only hands what it gets on to another
    call (`spilled`, see `diff.spilled_params`): the old slot's value goes there."""
    old_slots = [p.name for p in old if p.kind in POSITIONAL_KINDS]
    new_slots = [p for p in new if p.kind in POSITIONAL_KINDS]
    index = old_slots.index(param.name)
    if index >= len(new_slots):
        return param.name not in spilled and any(p.kind is ParamKind.VAR_POSITIONAL for p in new)
    taken = new_slots[index]
    kept = any(p.name == param.name and p.kind is ParamKind.KEYWORD_ONLY for p in new)
    if kept and taken.kind is ParamKind.POSITIONAL_ONLY and all(p.name != taken.name for p in old):
        return True  # the old name made keyword-only beside it (not a positional one the new slot pushed on)
    return taken.name != param.name and (
        _spelling(taken.name) == _spelling(param.name) or _CAPPED_SLOT.match(taken.name) is not None
    )


_CAPPED_SLOT = re.compile(r"^\w+\[\d+\]$")
"""`args[0]`: a slot of a `*args` the body caps (see `kwfate.with_options`)."""


def _pair_renames(old: list[Param], new: list[Param]) -> list[tuple[Param, Param]]:
    """Old parameters that disappeared, paired with new ones that took their place (similar name, else same slot)."""
    old_names = {p.name for p in old}
    new_names = {p.name for p in new}
    gone = [p for p in old if p.name not in new_names and p.kind not in _VARIADIC]
    fresh = [p for p in new if p.name not in old_names and p.kind not in _VARIADIC]
    pairs: list[tuple[Param, Param]] = []
    for param in [p for p in gone if not _hidden(p.name)]:
        match = _closest(param.name, fresh)
        if match is not None and not _likelier_source(param, match, gone):
            pairs.append((param, match))
            gone.remove(param)
            fresh.remove(match)
    old_slots = [p for p in old if p.kind in POSITIONAL_KINDS]
    new_slots = [p for p in new if p.kind in POSITIONAL_KINDS]
    for index, param in enumerate(old_slots):
        if param in gone and index < len(new_slots) and new_slots[index] in fresh:
            pairs.append((param, new_slots[index]))
            gone.remove(param)
            fresh.remove(new_slots[index])
    return pairs


def _closest(name: str, fresh: list[Param]) -> Param | None:
    """The new parameter alike to `name`, the likest when several are; none when two are equally alike (aiomqtt 2.0
    split `max_queued_messages` into `max_queued_incoming_messages` and `max_queued_outgoing_messages`: naming either
    as its new name would send half the callers to the wrong queue)."""
    alike = [candidate for candidate in fresh if _similar(name, candidate.name)]
    if len(alike) < 2:
        return alike[0] if alike else None
    ratios = [SequenceMatcher(None, name, candidate.name).ratio() for candidate in alike]
    best = max(ratios)
    return alike[ratios.index(best)] if ratios.count(best) == 1 else None


def _head(name: str) -> str:
    """The last word of a name (`cache_path` -> `path`, `cachePath` -> `path`): what it names, qualifiers aside."""
    return re.split(r"_|(?<=[a-z0-9])(?=[A-Z])", name.strip("_"))[-1].lower()


def _likelier_source(param: Param, match: Param, gone: list[Param]) -> bool:
    """Another parameter gone is as alike to `match` and shares its last word where `param` does not: that one was
    renamed to it (fake-useragent 1.0's `cache_path` is the old `path`, not the old `cache=True` before it)."""
    head = _head(match.name)
    return _head(param.name) != head and any(
        other is not param and _head(other.name) == head and _similar(other.name, match.name) for other in gone
    )


_INSTANCE_NAMES = frozenset({"self", "cls", "mcs", "mcls", "metacls"})
"""The first parameter of a method by convention: bound, never passed by a caller."""


def _instance_respelled(old: tuple[Param, ...], new: tuple[Param, ...]) -> tuple[Param, ...]:
    """`old` with its first parameter under the new first one's name and kind when it was named as a method's
    instance: a function written to be bound or registered as a method gets that value by position, never by name
    (mistune 3's `parse_table(block, m, state)`, in 2.0 `parse_table(self, m, state)`, which `register_rule` called
    as `method(self, m, state)`). An instance parameter dropped outright (its slot now another old parameter's) stays
    a change: positional calls shift."""
    if not old or not new or old[0].name not in _INSTANCE_NAMES or old[0].kind not in POSITIONAL_KINDS:
        return old
    first = new[0]
    if first.kind not in POSITIONAL_KINDS or any(p.name == first.name for p in old):
        return old
    return (
        Param(first.name, first.kind, old[0].has_default, old[0].annotation, old[0].default, old[0].fallback),
        *old[1:],
    )


def _sole_parameter(params: tuple[Param, ...]) -> Param | None:
    """The one named parameter a caller passes, a method's instance and any `*args`/`**kwargs` aside; None when
    there are several or none."""
    named = [p for p in params if p.kind not in _VARIADIC]
    if named and named[0].name in _INSTANCE_NAMES and named[0].kind in POSITIONAL_KINDS:
        named = named[1:]
    return named[0] if len(named) == 1 else None


def _sole_renamed(old: tuple[Param, ...], new: tuple[Param, ...], pair: tuple[Param, Param]) -> bool:
    """The pair is the callable's only parameter before and after, positional both times and required before: the one
    value every call passed still lands in it, so whatever the names, it is that parameter renamed (`load(path)` ->
    `load(source)`): keyword callers lost `path=`, `load(p)` works as before. An optional one may be another option
    in its place (`run(debug=False)` -> `run(timeout=None)`), and a new `**kwargs` may take the old keyword (see
    `absorbed_by_kwargs`): removed, as for several parameters. Unless the new one is required: a keyword call then
    leaves it unfilled, TypeError, whatever `**kwargs` takes (flynt 1.0's `transform_join(code, *args, **kwargs)`
    became `transform_join(tree, *args, **kwargs)`)."""
    return (
        not pair[0].has_default
        and _sole_parameter(old) is pair[0]
        and _sole_parameter(new) is pair[1]
        and pair[1].kind in POSITIONAL_KINDS
        and (not pair[1].has_default or all(p.kind is not ParamKind.VAR_KEYWORD for p in new))
    )


def _required_in_slot(pair: tuple[Param, Param]) -> bool:
    """A pair the slot made whose parameter every call passed and still must: required before and after, of one kind
    that takes a position. A positional call hands its value to the new name, a keyword call of the old name leaves the
    slot unfilled (TypeError, whatever a `**kwargs` takes): the parameter renamed (wrapt 2.0's
    `wrap_function_wrapper(target, name, wrapper)`, 1.17's `(module, name, wrapper)`). Not an optional one, which may
    be another option in its place (click 8.2's `CliRunner(..., catch_exceptions=True)` for `mix_stderr=True`)."""
    old, new = pair
    return old.kind is new.kind and old.kind in POSITIONAL_KINDS and not old.has_default and not new.has_default


def _likelier_elsewhere(pair: tuple[Param, Param], unpaired: list[Param]) -> bool:
    """A new parameter no pair took is at least as alike to the old name as the one its slot gave it: the old one may
    as well have become that one, so no rename is to advise (scikit-learn 1.x's `PolynomialFeatures._combinations(
    n_features, min_degree, max_degree, ...)`, 0.23's `(n_features, degree, ...)`: `degree` is the new `max_degree`
    as much as the `min_degree` now in its slot)."""
    old, new = pair
    if old.name == new.name:
        return False
    likeness = SequenceMatcher(None, old.name, new.name).ratio()
    return any(
        _similar(old.name, other.name) and SequenceMatcher(None, old.name, other.name).ratio() >= likeness
        for other in unpaired
        if other.kind not in _VARIADIC
    )


def _another_thing(
    pair: tuple[Param, Param], recast: frozenset[tuple[str, str]], related: frozenset[tuple[str, str]]
) -> bool:
    """The slot's new parameter takes another thing than the old one did, so the value an old positional call passes
    there is wrong and no rename is to advise: its value plays another part (`recast`, see `paramroles`: rpyc 4.0's
    `Connection(root, ...)` keeps the instance where 3.4's `Connection(service, ...)` called the class), or it is
    declared an unrelated type (`_types_apart`: flynt 1.0's `transform_join(tree: ast.AST, ...)` where 0.78 parsed
    `transform_join(code: str, ...)`), unless the release relates the classes they name (`related`, see
    `relatedtypes`: click 8.2's `add_source(group: Group)` for `multi_cmd: MultiCommand`, `Group` deriving from it)."""
    old, new = pair
    names = (old.name, new.name)
    return names in recast or (_types_apart(old, new) and names not in related)


def _types_apart(old: Param, new: Param) -> bool:
    """Both annotated, with no type in common (dbt-adapters' `get_catalog(self, relation_configs:
    Iterable[RelationConfig], used_schemas)` where dbt-core 1.7 took `get_catalog(self, manifest: Manifest)`); not
    when either says `Any` or `object`, or cannot be read."""
    if old.annotation is None or new.annotation is None:
        return False
    before, after = members(old.annotation), members(new.annotation)
    if before is None or after is None or {"Any", "object"} & (before | after):
        return False
    return not before & after


def _renamed_in_slot(pair: tuple[Param, Param], rewritten: frozenset[tuple[str, str]]) -> bool:
    """A pair the slot made (names unalike) that is still the same parameter: the code reads the new name where it
    read the old one (`rewritten`), and the kind and default are the same, so a positional call, or one leaving it
    out, runs as before (pyserial 3.5's `read_until(expected=LF)`, 3.4's `read_until(terminator=LF)`). Not click
    8.2's `CliRunner(..., catch_exceptions=True)` in the slot of `mix_stderr=True`: other code reads it."""
    old, new = pair
    return (
        (old.name, new.name) in rewritten
        and old.kind is new.kind
        and old.has_default == new.has_default
        and (old.default, old.fallback) == (new.default, new.fallback)
    )


def _hidden(name: str) -> bool:
    """A parameter nobody passes by name: led by an underscore, unless that underscore only escapes a word Python
    reserves (libtmux 0.39's `set_option(option, value, _global=False)`: `global` cannot name a parameter, so
    `_global=` is how callers spell it, and 0.40's `global_` renamed it)."""
    return name.startswith("_") and not keyword.iskeyword(name[1:])


def _private(name: str) -> bool:
    """`_form`, not `__self` (by convention positional-only, which every caller passes by position)."""
    return _hidden(name) and not name.startswith("__")


def _moved(
    old: tuple[Param, ...], new: tuple[Param, ...], renames: list[tuple[Param, Param]]
) -> tuple[tuple[str, int, int], ...]:
    """Positional parameters whose slot changed beyond what removals before them explain (an insertion or a
    reorder): a caller passing them positionally now hits another parameter. Not a private one: nobody passes it
    (wtforms 3's `Field(..., render_kw=None, name=None, _form=None, ...)` moved `_form`, which only `bind` passes).
    Nor one whose old slot now holds its name respelled, the old spelling kept further on as an alias (courlan
    1.1's `get_download_urls(time_limit=10, max_urls=10000, timelimit=None)`, was `(timelimit=10)`): positional
    callers still reach the parameter, as `_respelled_in_place` says of an alias made keyword-only."""
    renamed = {n.name: o.name for o, n in renames}
    surviving = {renamed.get(p.name, p.name) for p in new}
    old_positional = [p for p in old if p.kind in POSITIONAL_KINDS]
    old_names = [p.name for p in old_positional]
    moved = []
    for index, param in enumerate(p for p in new if p.kind in POSITIONAL_KINDS):
        name = renamed.get(param.name, param.name)
        if name not in old_names or _private(name):
            continue
        before = old_names.index(name)
        expected = before - sum(1 for earlier in old_names[:before] if earlier not in surviving)
        if index in (before, expected):  # same slot: positional callers still reach it
            continue
        if param.name == name and _respelled_in_place(old_positional[before], old, new):
            continue
        moved.append((param.name, before, index))
    return tuple(moved)


_FAMILIES = ((bool,), (int, float, complex), (str,), (bytes,), (tuple,), (list,))
"""Types whose values are compared with each other: `0` and `0.0` are one number (redis 5.2's `sleep_time`), while
`'.'` becoming `b'.'` (itsdangerous 2.0's `Signer(sep)`) or `8000` becoming `'8000'` (gunicorn 20's
`parse_address(default_port)`) is a type the body converts, not another value."""


def _family(text: str) -> int:
    """The family of a default's value (see `_FAMILIES`), -1 when the text gives none."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return -1  # `inf`: a float too large for its literal
    return next((index for index, types in enumerate(_FAMILIES) if type(value) in types), -1)


def changed_defaults(old: tuple[Param, ...], new: tuple[Param, ...]) -> tuple[tuple[str, str, str, int], ...]:
    """(name, old default, new default, old slot or -1) of the public parameters of both lists whose defaults are
    different values of one family (see `_FAMILIES`): flask 2.0's `send_file(conditional=False)`, now `True`.
    A default is its literal, else what the body is read to work with (`Param.fallback`): a None, or a sentinel
    (geopy 1.23's `exactly_one=DEFAULT_SENTINEL`, replaced with False, now `True`), the body replaces at once with a
    literal is that literal. Otherwise None is no claim: it is how a body says "decide here"
    (pydantic 2.11's `model_dump(by_alias=None)` reads the model's config, whose own default is the old False;
    werkzeug 2.3's `charset=None` warns when passed), unless the body is read to only skip the parameter's uses at
    None, where a value (a literal or a dotted name) on the other side had them run (rapidfuzz 3.0's
    `processor=default_process`, now None: no string is preprocessed)."""
    after = {p.name: p for p in new if p.has_default and _effective(p) is not None}
    if not after:
        return ()
    slots = [p.name for p in old if p.kind in POSITIONAL_KINDS]
    found = []
    for param in old:
        now = after.get(param.name)
        before, value = _effective(param), _effective(now) if now is not None else None
        if before is None or value is None or value == before or _private(param.name) or not param.has_default:
            continue
        if _same_global(param, now) or _both_skip(param, now):
            continue
        assert now is not None  # it has a value
        slot = slots.index(param.name) if param.name in slots else -1
        if SKIPPED in (before, value):
            found.append((param.name, _worded(param), _worded(now), slot))
            continue
        family = _family(before)
        if family != -1 and family == _family(value) and ast.literal_eval(before) != ast.literal_eval(value):
            if _one_codec(param.name, before, value) or _transition_marker(value):
                continue
            found.append((param.name, _worded(param), _worded(now), slot))
    return tuple(found)


def changed_option_defaults(before: Symbol, after: Symbol) -> tuple[tuple[str, str, str, int], ...]:
    """`changed_defaults` for the keywords a class's constructor takes into class attributes of their names (see
    `attrdefaults`), none a parameter of either side: the attribute's value is what a call leaving it out gets."""
    named = {p.name for p in (*(before.params or ()), *(after.params or ()))}

    def options(symbol: Symbol) -> tuple[Param, ...]:
        return tuple(
            Param(name, ParamKind.KEYWORD_ONLY, True, None, default)
            for name, default in symbol.option_defaults
            if name not in named
        )

    if not before.option_defaults:
        return ()
    return tuple(
        (name, old, f"{new} (the class attribute '{name}', which `__init__` sets over only with a keyword passed)", -1)
        for name, old, new, _ in changed_defaults(options(before), options(after))
    )


def _both_skip(old: Param, new: Param | None) -> bool:
    """A call leaving the parameter out skips its uses on both sides: a None the body tests `is not None` where a
    false literal was used only where true (tweepy 3.10's `proxy=''` under `if proxy:`, 4.0's `proxy=None` under
    `if proxy is not None:`), or the reverse (see `nonepath._falsy_literal`)."""
    return new is not None and old.fallback == SKIPPED and new.fallback == SKIPPED


def _same_global(old: Param, new: Param | None) -> bool:
    """Both defaults name one text global whose own value changed (`agent=USER_AGENT`, `"lib/1.0"` then `"lib/2.0"`):
    a constant the release rebinds each time, no default the def changed. A number is a setting calls leaving the
    parameter out now get otherwise (niquests 3.4.3's `ITER_CHUNK_SIZE`, 512 then -1): compared."""
    before = bound_constant(old.fallback) if old.fallback else None
    after = bound_constant(new.fallback) if new is not None and new.fallback else None
    if before is None or after is None or before[0] != after[0]:
        return False
    return before[1][:1] in _QUOTES and after[1][:1] in _QUOTES


_QUOTES = frozenset({"'", '"'})


def _effective(param: Param) -> str | None:
    """What a call leaving `param` out works with (see `changed_defaults`)."""
    if param.default is not None or param.fallback is None:
        return param.default
    replaced = bound_constant(param.fallback) or replacement(param.fallback)
    return replaced[1] if replaced is not None else param.fallback


def _worded(param: Param) -> str:
    """A parameter's default as a detail words it: a None the body skips or replaces says so, a global its value."""
    if param.default is not None or param.fallback is None:
        return param.default or "None"
    if param.fallback == SKIPPED:
        return f"None (at None the body skips what it does with '{param.name}')"
    if (bound := bound_constant(param.fallback)) is not None:
        return f"{bound[0]} ({bound[1]})"
    if (replaced := replacement(param.fallback)) is not None:
        return f"{replaced[0]} (which the body replaces with {replaced[1]})"
    return param.fallback


_TRANSITION = re.compile(r"deprecat|chang(?:e|es|ing)_from", re.IGNORECASE)


def _transition_marker(default: str) -> bool:
    """A new default that only marks a coming change (sktime 1.0's `activation_hidden=
    "changing_from_sigmoid_to_relu_in_0.42.0"`, 1.2's `pre_dispatch="deprecated"`): the body still does what the
    old default did, warning that it will not, so nothing changed yet. The marker giving way to the new value later
    is the change, and is claimed (a marker as the old default is no reason to stay quiet)."""
    value = ast.literal_eval(default)
    return isinstance(value, str) and _TRANSITION.search(value) is not None


_CODEC_PARAMETER = re.compile(r"encod|charset|codec", re.IGNORECASE)
_MAX_CODEC = 40
"""Longest codec name looked up."""


def _one_codec(name: str, before: str, after: str) -> bool:
    """An encoding parameter whose two defaults name one codec (parsel 1.10's `Selector(encoding="utf-8")`, which
    was `"utf8"`): every encode and decode does the same with either spelling."""
    if _CODEC_PARAMETER.search(name) is None:
        return False
    old, new = ast.literal_eval(before), ast.literal_eval(after)
    if not (isinstance(old, str) and isinstance(new, str) and len(old) <= _MAX_CODEC and len(new) <= _MAX_CODEC):
        return False
    try:  # the standard library's codec registry: it imports nothing outside `encodings`
        return codecs.lookup(old).name == codecs.lookup(new).name
    except (LookupError, ValueError):  # no such codec; a NUL in the name
        return False


def compare_params(
    old: tuple[Param, ...],
    new: tuple[Param, ...],
    spilled: frozenset[str] = frozenset(),
    rewritten: frozenset[tuple[str, str]] = frozenset(),
    recast: frozenset[tuple[str, str]] = frozenset(),
    related: frozenset[tuple[str, str]] = frozenset(),
) -> SignatureDelta | None:
    """The breaking differences between two parameter lists, or None when every old call still binds. `spilled`:
    old positional parameters, keyword-only now, whose slot a `*args` passing its values on elsewhere now takes.
    `rewritten`: (old, new) names the bodies show renamed over the same code (see `paramuses.respelled_crcs`);
    `recast`: (old, new) names whose values the bodies use in other ways (see `paramroles.recast`); `related`: (old,
    new) names whose annotations name classes the release relates (see `relatedtypes`)."""
    old = _instance_respelled(old, new)
    if len(old) == len(new) and all(
        (a.name, a.kind, a.has_default) == (b.name, b.kind, b.has_default) for a, b in zip(old, new, strict=True)
    ):
        return None  # only annotations differ (compared elsewhere)
    new_by_name = {p.name: p for p in new if p.kind not in _VARIADIC}
    renames = _pair_renames(list(old), list(new))
    renamed_old = {o.name for o, _ in renames}
    renamed_new = {n.name for _, n in renames}
    has_var_keyword = any(p.kind is ParamKind.VAR_KEYWORD for p in new)
    has_var_positional = any(p.kind is ParamKind.VAR_POSITIONAL for p in new)
    removed: list[str] = []
    absorbed: list[str] = []
    made_positional_only: list[str] = []
    made_keyword_only: list[str] = []
    defaults_removed: list[str] = []
    for param in old:
        if param.kind in _VARIADIC:
            if not any(p.kind is param.kind for p in new):
                removed.append(("*" if param.kind is ParamKind.VAR_POSITIONAL else "**") + param.name)
            continue
        current = new_by_name.get(param.name)
        if current is None:
            if _hidden(param.name):
                continue  # a private parameter: nobody passes it by name
            if param.kind is ParamKind.POSITIONAL_ONLY and has_var_positional:
                continue  # passed by position only: the new `*args` still takes it
            if param.name not in renamed_old:
                removed.append(param.name)
                if has_var_keyword and param.kind in KEYWORD_KINDS:
                    absorbed.append(param.name)
            continue
        if param.kind in KEYWORD_KINDS and current.kind is ParamKind.POSITIONAL_ONLY and not _private(param.name):
            made_positional_only.append(param.name)
        if (
            not _private(param.name)  # nobody passes a private parameter, by name or by position
            and param.kind in POSITIONAL_KINDS
            and current.kind is ParamKind.KEYWORD_ONLY
            and not _respelled_in_place(param, old, new, spilled)
        ):
            made_keyword_only.append(param.name)
        if param.has_default and not current.has_default:
            defaults_removed.append(param.name)
    old_names = {p.name for p in old}
    # an old signature of only `*args`/`**kwargs` hid what calls had to pass: a required parameter spelled out now
    # (click 8.0's `Context.forward(__self, __cmd, *args, **kwargs)` was `forward(*args, **kwargs)`) binds what
    # working calls already passed through them; a private option taken out of `**kwargs` beside them is nobody's
    # (h11 0.12's `_EventBundle(**kwargs)` popped `_parsed`: 0.13's `Data(data, ...)` requires nothing new)
    visible = [p for p in old if not (p.kind is ParamKind.KEYWORD_ONLY and _hidden(p.name))]
    opaque = {p.kind for p in visible} & set(_VARIADIC) if all(p.kind in _VARIADIC for p in visible) else set()
    hidden = (POSITIONAL_KINDS if ParamKind.VAR_POSITIONAL in opaque else ()) + (
        KEYWORD_KINDS if ParamKind.VAR_KEYWORD in opaque else ()
    )
    new_required = [
        p.name
        for p in new
        if p.kind not in _VARIADIC
        and not p.has_default
        and p.name not in old_names
        and p.name not in renamed_new
        and p.kind not in hidden
    ]
    for old_param, new_param in renames:
        if old_param.has_default and not new_param.has_default:
            defaults_removed.append(new_param.name)
    # a pair only the slot made is claimed removed (below): positional callers of the ones after it shift as for any
    # removal (fake-useragent 1.0's `use_external_data` in the old `cache=True`'s slot)
    in_place = [pair for pair in renames if _renamed_in_slot(pair, rewritten)]
    paired = {n.name for _, n in renames}
    kept = [
        p
        for p in renames
        if not _likelier_elsewhere(p, [q for q in new if q.name not in old_names and q.name not in paired])
        and (
            _similar(p[0].name, p[1].name)
            or ((_sole_renamed(old, new, p) or _required_in_slot(p)) and not _another_thing(p, recast, related))
        )
    ]
    moved = _moved(old, new, [p for p in renames if p in kept or p in in_place])
    # nobody passed a private or a positional-only parameter by its name
    renames = [(o, n) for o, n in renames if not _hidden(o.name) and o.kind is not ParamKind.POSITIONAL_ONLY]
    # a keyword caller cannot follow a rename to a positional-only slot (sqlalchemy 2's `with_variant(type_,
    # *dialect_names)`, whose body requires one): for keyword callers the old name is gone; the same name spelled
    # positional-only as PEP 484 does (tomli 2's `load(__fp)` for `load(fp)`) is that parameter made positional-only
    respelled = [(o, n) for o, n in renames if n.kind is ParamKind.POSITIONAL_ONLY and n.name == f"__{o.name}"]
    made_positional_only.extend(o.name for o, _ in respelled)
    removed.extend(o.name for o, n in renames if n.kind is ParamKind.POSITIONAL_ONLY and (o, n) not in respelled)
    renames = [(o, n) for o, n in renames if n.kind is not ParamKind.POSITIONAL_ONLY]
    # a pair the slot alone made (names unalike: click 8.2's `CliRunner(..., mix_stderr=True)` became
    # `catch_exceptions=True`) is no rename to advise: positional callers still reach the slot, keyword ones lost it;
    # but a parameter every call passes, before and after, is that one renamed (`_required_in_slot`)
    guessed = [pair for pair in renames if pair not in kept and pair not in in_place]
    removed.extend(o.name for o, _ in guessed)
    # a keyword call of the old name leaves a required parameter in its slot unfilled: TypeError, not swallowed
    absorbed.extend(o.name for o, n in guessed if has_var_keyword and o.kind in KEYWORD_KINDS and n.has_default)
    renames = [pair for pair in renames if pair not in guessed]
    # the slot's new parameter, required where the old one had a default, is no parameter that "lost its default"
    # to a reader: it is new, and required (quart 0.23's `dispatch_request(request_context=None)` -> `(ctx)`)
    fresh = [n.name for _, n in guessed if n.name in defaults_removed]
    defaults_removed = [name for name in defaults_removed if name not in fresh]
    new_required.extend(fresh)
    if not (
        removed or renames or made_positional_only or made_keyword_only or new_required or defaults_removed or moved
    ):
        return None
    max_positional = None if has_var_positional else sum(1 for p in new if p.kind in POSITIONAL_KINDS)
    old_slots = [p.name for p in old if p.kind in POSITIONAL_KINDS]
    return SignatureDelta(
        removed=tuple(removed),
        renamed=tuple((o.name, n.name) for o, n in renames),
        renamed_in_place=tuple(o.name for o, n in renames if (o, n) in in_place),
        made_positional_only=tuple(made_positional_only),
        made_keyword_only=tuple(made_keyword_only),
        keyword_only_slots=tuple((name, old_slots.index(name)) for name in made_keyword_only if name in old_slots),
        new_required=tuple(new_required),
        defaults_removed=tuple(defaults_removed),
        absorbed_by_kwargs=tuple(absorbed),
        moved=moved,
        new_max_positional=max_positional,
        old_signature=format_params(old),
        new_signature=format_params(new),
    )


def _absorbed(name: str, absorbed: set[str], ignored: tuple[str, ...]) -> str:
    """What a removed parameter's keyword now meets: a `**kwargs` that never reads it, one that rejects it, none."""
    if name in ignored:
        return " (a keyword call is now silently ignored: **kwargs never reads it)"
    return " (now swallowed by **kwargs)" if name in absorbed else ""


def describe(delta: SignatureDelta) -> str:
    """One line saying what changed, for the `detail` of a change."""
    parts: list[str] = []
    absorbed = set(delta.absorbed_by_kwargs)
    for name in delta.removed:
        parts.append(f"parameter '{name}' removed" + _absorbed(name, absorbed, delta.kwargs_ignored))
    parts.extend(
        f"parameter '{old}' renamed to '{new}'"
        + (" in the same position (a positional call works as before)" if old in delta.renamed_in_place else "")
        for old, new in delta.renamed
    )
    parts.extend(f"parameter '{name}' is now positional-only" for name in delta.made_positional_only)
    parts.extend(f"parameter '{name}' is now keyword-only" for name in delta.made_keyword_only)
    parts.extend(f"new required parameter '{name}'" for name in delta.new_required)
    parts.extend(f"parameter '{name}' lost its default" for name in delta.defaults_removed)
    parts.extend(
        f"parameter '{name}' defaults to {after} where it defaulted to {before}"
        for name, before, after, _ in delta.defaults_changed
    )
    parts.extend(
        f"positional parameter '{name}' moved from slot {old} to {new}"
        if not name.startswith("*")
        else f"'{name}' moved from slot {old} to {new}: positional arguments there now fill the parameters inserted"
        for name, old, new in delta.moved
    )
    kept = set(delta.annotation_uses_kept)
    parts.extend(
        _annotation_change(where, old, new) + (_USES_KEPT if where in kept else "")
        for where, old, new in delta.annotations_changed
    )
    if delta.annotated_only:
        parts[-1] += " (over the same body: perhaps only the annotation was corrected, which type checkers see)"
    parts.extend(
        f"passing parameter '{name}' now raises: a top-level `if` of the new body testing that it was given only raises"
        for name in delta.now_raising
    )
    warned = set(delta.no_longer_read_warned)
    parts.extend(
        f"parameter '{name}' is still accepted but no longer read: a value passed is silently ignored"
        + (" (a warning of the new release names it)" if name in warned else "")
        for name in delta.no_longer_read
    )
    parts.extend(
        f"**kwargs still binds '{name}' but no code read takes it by that name, and a positional call now fills "
        "another parameter in its slot"
        for name in delta.kwargs_bound_whole
    )
    keywords = [n for n in delta.kwargs_unverified if not n.startswith("*") and n not in delta.kwargs_bound_whole]
    if keywords and delta.init_made_by:
        parts.append(
            f"the metaclass {delta.init_made_by} puts its own __init__ in place of the one written, and what else that"
            " takes (" + ", ".join(f"'{n}'" for n in keywords) + ") is not read"
        )
    elif keywords:
        parts.append("where **kwargs forwards " + ", ".join(f"'{n}'" for n in keywords) + " could not be followed")
    variadics = [n for n in delta.kwargs_unverified if n.startswith("*")]
    spelled = " and ".join(f"'{n}'" for n in variadics)
    if variadics and delta.variadics_taken_by:
        parts.append(
            f"{spelled} were handed on to {delta.variadics_taken_by}, whose own *args/**kwargs took them: what those"
            " accept is not read"
        )
    elif variadics:
        parts.append(f"what {spelled} were handed on to could not be followed")
    if delta.kwargs_unverified:
        parts[-1] += ": lower confidence"
    return "; ".join(parts)


_USES_KEPT = " (the lines using it are unchanged: perhaps only the annotation was corrected, which type checkers see)"


def _annotation_change(where: str, old: str, new: str) -> str:
    """One annotation change, said as its `where` reads."""
    if where == INFERRED_RETURN:
        return f"returns {new} where it returned {old} (read from the return statements of the unannotated side)"
    if where == NOW_NONE:
        return f"now returns None where every call returned {old} (its body no longer returns anything)"
    widened = MAY_BE_NONE if where == "return" and none_added(old, new) else ""
    return f"{where} annotation changed from {old} to {new}{widened}"
