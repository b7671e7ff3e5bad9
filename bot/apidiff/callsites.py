"""Hooks and supplied callables the release now calls with more than it did: an override written against the old
signature of a method (Django 4.0's `year_lookup_bounds_for_date_field(value, iso_year=...)`), or a callable a user
handed a constructor (scrapy 2.4's `Rule(process_request=...)`, now called with `(request, response)`), gets
TypeError. A method name is shared by unrelated objects (`.get`, `.update`), so a call counts only with evidence of
whose method it calls: made on `self` by a class of the method's own family, or passing by keyword a parameter the
release added to this very method; a supplied callable's calls, on `self` or on a receiver named after the class."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache, partial

from bot.apidiff.calls import ANY_KEYWORD, UNKNOWN
from bot.apidiff.model import POSITIONAL_KINDS, CallSite, Param, ParamKind, Surface, Symbol
from bot.apidiff.params import format_params
from bot.apidiff.raw import RawAttribute, RawCallable, RawClass, RawImport, RawModule
from bot.apidiff.returned import BUILT_EITHER

Claim = tuple[Symbol, str, str, CallSite, int]
"""(old member, breakage kind id, detail, the new call that is the evidence, the most positional arguments the old
release passed a supplied callable)."""
_BOUND = ("self", "cls")


def call_sites(
    modules: Iterable[RawModule], methods: set[str], callbacks: set[str], public: frozenset[str] = frozenset()
) -> tuple[CallSite, ...]:
    """The calls of public methods' names made on `self`/`cls` or passing keywords, and every call of a supplied
    callable's name: those `claims` may take as evidence; each with the other defs so named that take its keywords
    (`CallSite.others`; `public`: the definition paths of public classes' methods)."""
    modules = list(modules)
    takers = _other_takers(modules, methods, public)
    factories = cache(partial(_factories, modules))  # asked only of a call on what a function returned
    found = []
    for raw in modules:
        imported = _imported_modules(raw)
        listed = _classes(raw)
        classes = dict(listed)
        for owner, function in _defs(raw, listed):
            for call in function.calls:
                wanted = call.name in callbacks or (
                    call.name in methods and (call.receiver in _BOUND or bool(call.keywords))
                )
                if wanted and call.receiver not in imported:
                    site = (call.name, call.receiver, owner, function.name, call.positional, call.keywords)
                    others = _taking(takers.get(call.name, ()), call.keywords) if call.keywords else ()
                    fresh = (
                        call.fresh
                        or _on_built_attribute(call.receiver, classes.get(owner))
                        or (bool(call.factory) and call.factory in factories())
                    )
                    line = function.line + call.offset
                    found.append(CallSite(*site, raw.file, line, fresh, others, call.nested, call.given_only))
    return tuple(found)


def _on_built_attribute(receiver: str, cls: RawClass | None) -> bool:
    """Made on an attribute the class's constructor alone sets to a new object (`self.router.delete(...)` after
    `self.router = routing.APIRouter(...)` in fastapi's `FastAPI.__init__`, see `RawAttribute.built`): an object of
    the release's class, never one of a user's subclasses; or a property returning a private attribute only ever
    filled with such an object (see `builtprops`)."""
    head, _, attribute = receiver.partition(".")
    if cls is None or head != "self" or not attribute or "." in attribute:
        return False
    if attribute in cls.built_receivers:  # mcp 2.0's `self.session` -> `self._session`, filled by a builder
        return True
    member = cls.members.get(attribute)
    return isinstance(member, RawAttribute) and member.built != ""


def _factories(modules: list[RawModule]) -> frozenset[str]:
    """Names of the release's module-level functions every return of which builds an instance of a class it names
    (`def get_hf_api(token): return HfApi(token=token, ...)`), every function so named being one: a local bound to
    what one returns is an object of the release's own class, never a user subclass's, so huggingface-hub 2.2's CLI
    `api = get_hf_api(token=token)` then `api.fetch_job_metrics(..., follow=True)` reaches no override of
    `HfApi.fetch_job_metrics`. Also `Class.method` for a classmethod of a top-level class that returns `cls(...)`,
    called on the class by name (boltons 26.2's `fb = FunctionBuilder.from_func(func)`)."""
    building: set[str] = set()
    other: set[str] = set()
    for raw in modules:
        for bindings in raw.bindings.values():
            for binding in bindings:
                if isinstance(binding, RawCallable) and binding.kind == "function":
                    built = [name.rpartition(".")[2] for name in binding.facts.constructs.split(BUILT_EITHER)]
                    (building if all(name.lstrip("_")[:1].isupper() for name in built) else other).add(binding.name)
                elif isinstance(binding, RawClass):
                    for member in binding.members.values():
                        if isinstance(member, RawCallable) and member.kind == "classmethod":
                            named = f"{binding.name}.{member.name}"
                            (building if member.facts.constructs == "cls" else other).add(named)
    return frozenset(building - other)


_Rival = tuple[Symbol | None, set[str]]
"""(a class of another family, None when not public; the keywords its method so named takes)."""

_Taker = tuple[str, frozenset[str] | None]
"""(definition path, the keywords it takes by name; None when a `**kwargs` takes any)."""


def _imported_modules(raw: RawModule) -> set[str]:
    """Names the module binds to modules it imports (`import numpy as np`): a call on one (`np.argmax(x,
    keepdims=keepdims)` in numpy 1.22's `array_api`) calls a function, never a method so named (it was taken for
    evidence that `MaskedArray.argmax` is now called with `keepdims`)."""
    return {
        name
        for name, bindings in raw.bindings.items()
        if bindings and all(isinstance(b, RawImport) and b.attr is None for b in bindings)
    }


def _other_takers(modules: list[RawModule], methods: set[str], public: frozenset[str]) -> dict[str, list[_Taker]]:
    """Method name -> the release's methods so named of no public class: bentoml 1.0.0a6 added `protocol=` to
    `Model.export` and to `Bento.export`, a class of a private module, and `bento.export(..., protocol=...)` was taken
    for a call of `Model.export`. A module's function so named is no such method: its calls are made on the module
    (matplotlib 3.5's `pyplot.subplot_mosaic(sharex=...)` beside `fig.subplot_mosaic(..., sharex=sharex)`)."""
    found: dict[str, list[_Taker]] = {}
    for raw in modules:
        for owner, function in _defs(raw):
            target = f"{owner}.{function.name}"
            if owner and function.name in methods and target not in public:
                any_keyword = any(p.kind is ParamKind.VAR_KEYWORD for p in function.params)
                named = frozenset(p.name for p in function.params if p.kind is not ParamKind.POSITIONAL_ONLY)
                found.setdefault(function.name, []).append((target, None if any_keyword else named))
    return found


def _taking(takers: Iterable[_Taker], keywords: tuple[str, ...]) -> tuple[str, ...]:
    """The definition paths of `takers` taking every keyword passed."""
    passed = {k for k in keywords if k != ANY_KEYWORD}
    return tuple(target for target, named in takers if named is None or passed <= named)


def _defs(raw: RawModule, classes: list[tuple[str, RawClass]] | None = None) -> Iterator[tuple[str, RawCallable]]:
    """(defining class's path or "", def) for every def of the module, in classes at any depth (`classes`: the
    module's, when the caller listed them already)."""
    for bindings in raw.bindings.values():
        for binding in bindings:
            if isinstance(binding, RawCallable):
                yield "", binding
    for path, cls in _classes(raw) if classes is None else classes:
        for member in cls.members.values():
            if isinstance(member, RawCallable):
                yield path, member


def _classes(raw: RawModule) -> list[tuple[str, RawClass]]:
    """(path, class) for every class of the module, nested ones too."""
    found: list[tuple[str, RawClass]] = []
    pending = [
        (f"{raw.module}.{b.name}", b) for bindings in raw.bindings.values() for b in bindings if isinstance(b, RawClass)
    ]
    while pending:
        path, cls = pending.pop()
        found.append((path, cls))
        for member in cls.members.values():
            if isinstance(member, RawClass):
                pending.append((f"{path}.{member.name}", member))
    return found


def _rejected(params: tuple[Param, ...], site: CallSite) -> list[str]:
    """What the call passes that the parameters take no place for ("3 positional arguments", "keyword 'k'")."""
    kinds = {p.kind for p in params}
    slots = sum(1 for p in params if p.kind in POSITIONAL_KINDS)
    named = {p.name for p in params if p.kind in (ParamKind.POSITIONAL_OR_KEYWORD, ParamKind.KEYWORD_ONLY)}
    found = []
    if site.positional != UNKNOWN and site.positional > slots and ParamKind.VAR_POSITIONAL not in kinds:
        found.append(f"{site.positional} positional argument{'s' if site.positional > 1 else ''}")
    if ParamKind.VAR_KEYWORD not in kinds:
        found.extend(f"keyword {k!r}" for k in site.keywords if k != ANY_KEYWORD and k not in named)
    return found


def _related(site: CallSite, cls: Symbol) -> bool:
    """The call is made on `self` by the class or an ancestor of it: on instances of the class, and of subclasses
    that override the method, it reaches the method (a subclass of the release may override it otherwise)."""
    return site.receiver in _BOUND and (site.owner == cls.target or site.owner in cls.mro)


def _owner_named(site: CallSite, cls: Symbol) -> bool:
    """The receiver is named after the class (`rule.process_request(...)` for `Rule`): a value of it, by convention."""
    name = cls.path.rsplit(".", 1)[-1]
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return site.receiver.rsplit(".", 1)[-1] in (snake, name.lower())


def _named_after(site: CallSite, cls: Symbol) -> bool:
    """The receiver's last name ends the class's snake-cased name (`impl` for `DefaultImpl`, `rule` for `Rule`)."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.path.rsplit(".", 1)[-1]).lower()
    last = site.receiver.rsplit(".", 1)[-1].lstrip("_").lower()
    return bool(last) and (snake == last or snake.endswith("_" + last))


def _hook_claim(
    before: Symbol,
    after: Symbol,
    cls: Symbol,
    sites: list[CallSite],
    old_sites: list[CallSite],
    taken: tuple[set[str], list[_Rival]],
) -> tuple[str, CallSite] | None:
    """Why an override with the old signature now fails, and the call that shows it; None without evidence.
    `taken`: the keywords other methods so named took in the old release (a call passing one may be theirs), and
    the classes of other families whose method so named takes keywords in the new one: a keyword the release added
    to several methods so named shows whose method a call reaches only when its receiver is named after the class
    (alembic 1.18.4 added `inline_primary_key` to `DefaultImpl.add_column` and `AddColumnOp.add_column`;
    `operations.impl.add_column(...)` calls the former), and after no such class nearer the call (see `_nearest`)."""
    if before.params is None or after.params is None:
        return None
    added = {p.name for p in after.params} - {p.name for p in before.params} - taken[0]
    shared = {keyword for _, names in taken[1] for keyword in names}
    old_keywords = {k for s in old_sites for k in s.keywords}
    old_refused = any(_rejected(before.params, s) for s in old_sites if s.receiver in _BOUND)
    for site in sorted(sites, key=lambda s: (s.file, s.line)):
        if site.fresh:
            continue  # tornado 6.2's `server = HTTPServer(self)` then `server.listen(family=...)`: no user's override
        extra = _rejected(before.params, site)
        if not extra or _rejected(after.params, site):
            continue  # the old signature takes it, or the new method does not: a call of another object's method
        fresh = [k for k in site.keywords if k in added and k not in old_keywords]
        if fresh and (_foreign(site, cls) or not shared.isdisjoint(fresh)) and not _nearest(site, cls, fresh, taken[1]):
            if not _related(site, cls):  # on `self` in the class's own family, no other method so named is reached
                continue
        if fresh:
            why = f"{', '.join(map(repr, fresh))}: a parameter the new release added to this method"
        elif _related(site, cls) and not old_refused:
            why = f"called on self by {site.owner.rsplit('.', 1)[-1]}.{site.caller}"
        else:
            continue
        signature = format_params(before.params)
        return (
            f"the release now calls it with {' and '.join(extra)}, which overrides written against the old "
            f"signature {signature} do not take: TypeError (evidence: {why}; {site.file}:{site.line})",
            site,
        )
    return None


def _nearest(site: CallSite, cls: Symbol, fresh: list[str], rivals: list[_Rival]) -> bool:
    """The receiver is named after the class, and after no class of another family whose method so named takes a
    keyword passed that lies as near the call in the package tree: lightning 2.6 added `weights_only` to
    `load_checkpoint` in two families of classes named `...Strategy`, `lightning.pytorch`'s and `lightning.fabric`'s;
    `self.trainer.strategy.load_checkpoint(path, weights_only=...)` in `lightning/pytorch/trainer/` reaches the
    former only (it was taken for evidence on every fabric strategy's override too). Subclasses of one base of the
    release are no rivals (see `_kin`)."""
    if not _named_after(site, cls):
        return False
    near = _shared_depth(site.file, cls.target)
    return not any(
        rival is not None
        and not _kin(cls, rival)
        and _named_after(site, rival)
        and _shared_depth(site.file, rival.target) >= near
        for rival, names in rivals
        if not names.isdisjoint(fresh)
    )


def _kin(a: Symbol, b: Symbol) -> bool:
    """Both classes derive from one class of the release (pytorch's `FSDPStrategy` and `DeepSpeedStrategy`, both
    `Strategy`s): a call on a value of that base reaches either's override."""
    package = a.target.split(".", 1)[0] + "."
    common = {a.target, *a.mro} & {b.target, *b.mro}
    return any(ancestor.startswith(package) for ancestor in common)


def _shared_depth(file: str, target: str) -> int:
    """How many leading package names the calling file's module and the class's definition path share."""
    parts, dotted = file.removesuffix(".py").split("/"), target.split(".")
    if dotted[0] in parts:  # an sdist's `src/` or project folder before the package
        parts = parts[parts.index(dotted[0]) :]
    depth = 0
    for mine, theirs in zip(parts, dotted, strict=False):
        if mine != theirs:
            break
        depth += 1
    return depth


def _foreign(site: CallSite, cls: Symbol) -> bool:
    """Another def so named, of no class of `cls`'s ancestry, takes what the call passes (see `CallSite.others`)."""
    family = {cls.target, *cls.mro}
    return any(other.rpartition(".")[0] not in family for other in site.others)


def claims(old: Surface, new: Surface) -> list[Claim]:
    """Methods of public classes whose release now calls them with arguments their old signature does not take, and
    callables users supply that the release now calls with more positional arguments than before."""
    sites = _by_name(new.calls)
    old_sites = _by_name(old.calls)
    # gathered when a method called here changed its parameters: most diffs have none
    keywords, new_keywords = cache(partial(_keywords_by_method, old)), cache(partial(_keywords_by_method, new))
    classes = cache(partial(_classes_by_target, new))
    class_names = cache(partial(_class_names, new))
    found: list[Claim] = []
    for path, before in old.symbols.items():
        owner, _, name = path.rpartition(".")
        after, cls, old_cls = new.symbols.get(path), new.symbols.get(owner), old.symbols.get(owner)
        if after is None or cls is None or old_cls is None or cls.kind != "class" or cls.final or name not in sites:
            continue
        unchanged = before.params == after.params  # what the old signature refuses, the new one refuses too
        if before.kind == after.kind == "method" and not name.startswith("_") and not unchanged:
            others = keywords().get(name, {})
            taken = {k for target, names in others.items() if target != before.target for k in names}
            rivals = _rivals(new_keywords().get(name, {}), after.target, classes())
            on_instances = [
                _as_old_callers_make_it(site, old)
                for site in sites[name]
                if site.receiver.rsplit(".", 1)[-1] not in class_names()
            ]
            hook = _hook_claim(before, after, cls, on_instances, old_sites.get(name, []), (taken, rivals))
            if hook is not None:
                found.append((before, "hook_called_with_new_arguments", *hook, 0))
        elif before.callback and after.callback:
            callback = _callback_claim(before, cls, old_cls, sites[name], old_sites.get(name, []))
            if callback is not None:
                found.append((before, "callback_called_with_more_arguments", *callback))
    return found


def _as_old_callers_make_it(site: CallSite, old: Surface) -> CallSite:
    """The call as code written against the old release reaches it: a keyword passed only when the calling method is
    given its own parameter of that name (see `CallSite.given_only`), which the old method did not have, is never
    passed for such code (gymnasium 1.1's `Dict.sample(probability=...)` hands `probability` on to each subspace's
    `sample` only when given one)."""
    caller = old.symbols.get(f"{site.owner}.{site.caller}") if site.given_only and site.owner else None
    if caller is None or caller.params is None:
        return site
    new_to_it = set(site.given_only) - {p.name for p in caller.params}
    return replace(site, keywords=tuple(k for k in site.keywords if k not in new_to_it)) if new_to_it else site


def _classes_by_target(surface: Surface) -> dict[str, Symbol]:
    return {symbol.target: symbol for symbol in surface.symbols.values() if symbol.kind == "class"}


def _class_names(surface: Surface) -> frozenset[str]:
    """The names of the release's classes: a call made through one (`PageLabelStyle.coerce(v, case_sensitive=True)`
    in fpdf2 2.8.2, `Base.method(self, ...)`) runs the method that class resolves, never a user subclass's override,
    so it is no evidence of what overrides are now passed (it was taken for one on `XPos.coerce`, a sibling enum's)."""
    return frozenset(path.rsplit(".", 1)[-1] for path, symbol in surface.symbols.items() if symbol.kind == "class")


def _rivals(by_target: dict[str, set[str]], target: str, classes: dict[str, Symbol]) -> list[_Rival]:
    """The classes outside `target`'s family whose method so named takes keywords, with those keywords (urllib3
    2.6's `max_length`, added to `ContentDecoder.decompress` and each subclass's override, is one family's: no doubt
    whose call it is)."""
    owner = classes.get(target.rpartition(".")[0])
    found: list[_Rival] = []
    for other, names in by_target.items():
        rival = classes.get(other.rpartition(".")[0])
        if not _one_family(owner, rival):
            found.append((rival, names))
    return found


def _one_family(a: Symbol | None, b: Symbol | None) -> bool:
    """Both classes are known and one derives from the other (or they are one)."""
    return a is not None and b is not None and (a.target == b.target or a.target in b.mro or b.target in a.mro)


def _keywords_by_method(surface: Surface) -> dict[str, dict[str, set[str]]]:
    """Method name -> its definitions' paths -> the keywords each takes: a keyword a call passes is evidence that it
    calls one method only when no other method so named took it before. A method's keywords are gathered once for all
    the paths it is inherited under (they share its parameters: `Symbol.at`); the sets are shared, read only."""
    found: dict[str, dict[str, set[str]]] = {}
    gathered: dict[int, set[str]] = {}  # id of a parameter tuple (alive in `surface` meanwhile) -> its keywords
    for symbol in surface.symbols.values():
        if symbol.kind == "method" and symbol.params is not None:
            names = gathered.get(id(symbol.params))
            if names is None:
                names = gathered[id(symbol.params)] = {
                    p.name for p in symbol.params if p.kind is not ParamKind.POSITIONAL_ONLY
                }
            found.setdefault(symbol.path.rsplit(".", 1)[-1], {})[symbol.target] = names
    return found


def _by_name(calls: tuple[CallSite, ...]) -> dict[str, list[CallSite]]:
    found: dict[str, list[CallSite]] = {}
    for site in calls:
        found.setdefault(site.name, []).append(site)
    return found


def _callback_claim(
    before: Symbol, cls: Symbol, old_cls: Symbol, sites: list[CallSite], old_sites: list[CallSite]
) -> tuple[str, CallSite, int] | None:
    """The fewest positional arguments the release now passes the callable against the most the old release did,
    over the calls made on `self` by the class's family or on a receiver named after it: a callable written for the
    old release takes every old call, so only more than the most breaks it. None when either side has none or an
    unknown, or when an old call passes keywords: the callable then names those parameters, and takes them by
    position as well (tenacity 8.0 calls `after(retry_state)` where 7.0 called `after(retry_state=retry_state)`)."""
    new = [s for s in sites if _related(s, cls) or _owner_named(s, cls)]
    old = [s for s in old_sites if _related(s, old_cls) or _owner_named(s, old_cls)]
    if not new or not old or any(s.positional == UNKNOWN for s in (*new, *old)) or any(s.keywords for s in old):
        return None
    most_before = max(s.positional for s in old)
    site = min(new, key=lambda s: (s.positional, s.file, s.line))
    if site.positional <= most_before:
        return None
    detail = (
        f"the callable given as '{before.callback}' is now called with {site.positional} positional arguments, "
        f"where the old release passed at most {most_before}: one written for the old release gets TypeError "
        f"({site.file}:{site.line}: `{site.receiver}.{site.name}(...)`)"
    )
    return detail, site, most_before
