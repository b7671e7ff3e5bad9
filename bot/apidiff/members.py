"""Class hierarchies resolved by the real C3 order, and what a callable's decorators and `**kwargs` say."""

from __future__ import annotations

import ast
import builtins
import collections.abc
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, NamedTuple

from bot.apidiff.deprecmarkers import DEPRECATED_DECORATORS
from bot.apidiff.expiry import deferred_to, handed_until
from bot.apidiff.facts import MADE
from bot.apidiff.handedkwargs import HANDED, SLICED
from bot.apidiff.imports import resolve_relative
from bot.apidiff.listedkeys import listed_names, paired_names, renamed_pairs
from bot.apidiff.model import CLICK_COMMAND, POSITIONAL_KINDS, Param, ParamKind, Symbol
from bot.apidiff.mro import linearize
from bot.apidiff.nonepath import BOUND, HANDED_ON, REPLACED, SKIPPED
from bot.apidiff.poscap import PositionalCap
from bot.apidiff.raw import RawAttribute, RawCallable, RawClass, RawModule, only_annotated
from bot.apidiff.recordcopy import REPLACE
from bot.apidiff.resolve import Resolved, Resolver
from bot.apidiff.returned import BUILT_EITHER, CALLABLE, NONE, SUPER
from bot.apidiff.source import dotted_name
from bot.apidiff.stdlib import is_builtin, stdlib_binds, stdlib_defines, stdlib_subclass
from bot.apidiff.unreadparams import all_unsure

EXTERNAL = "ext:"
"""Prefix of an MRO key for a class outside the distribution (or one that could not be resolved)."""
SHADOWED = "#"
"""Joins a class's path and the line of the earlier class of that path it derives from (`class Image(Image, Mixin)`
under an `if`, napari 0.4's octree variant): the MRO key of that earlier class, which the path's own key is not."""


def unshadowed(key: str) -> str:
    """The path of the class an MRO key stands for (see `SHADOWED`): where its members are defined."""
    return key.split(SHADOWED, 1)[0]


_FIELDLESS = frozenset(EXTERNAL + name for name in ("object", "builtins.object", "typing.Generic", "abc.ABC"))
"""Standard-library bases that give a dataclass no fields (the builtin exceptions too: see `_fieldless`)."""

MODEL_OPTIONS = "Meta"
DJANGO_MODELS = ("django.db.models.Model", "django.db.models.base.Model")
"""Django's model base as a subclass names it: its metaclass consumes the class body's `MODEL_OPTIONS` class."""
_COLLECTING_BASES = {
    **dict.fromkeys(
        ("django.forms.Form", "django.forms.forms.Form", "django.forms.ModelForm", "django.forms.models.ModelForm"),
        "declared_fields",
    ),
    **dict.fromkeys(
        (
            *(
                f"rest_framework.serializers.{name}"
                for name in ("Serializer", "ModelSerializer", "HyperlinkedModelSerializer")
            ),
            "marshmallow.Schema",
            "marshmallow.schema.Schema",
            *(f"marshmallow_sqlalchemy.{name}" for name in ("SQLAlchemySchema", "SQLAlchemyAutoSchema", "ModelSchema")),
        ),
        "_declared_fields",
    ),
    **dict.fromkeys(("django_tables2.Table", "django_tables2.tables.Table"), "base_columns"),
    **dict.fromkeys(
        (
            "django_filters.FilterSet",
            "django_filters.filterset.FilterSet",
            "django_filters.rest_framework.FilterSet",
            "django_filters.rest_framework.filterset.FilterSet",
        ),
        "declared_filters",
    ),
}
"""Bases of other distributions whose metaclass pops the fields declared in a class body into a dict on the class
(see `collectedfields`): that dict's name. Their metaclass is outside the distribution, so it is not read."""
ABSTRACT_DECORATORS = frozenset({"abstractmethod", "abstractproperty", "abstractclassmethod", "abstractstaticmethod"})
"""The `abc` decorators that make a method abstract, the deprecated `abstractclassmethod` too: numba 0.62 moving
`ReduceMixin._rebuild` from `@abc.abstractclassmethod` to `@classmethod @abc.abstractmethod` made nothing abstract."""
KEEPING_DECORATORS = frozenset(
    {
        "staticmethod",
        "classmethod",
        "property",
        "cached_property",
        *ABSTRACT_DECORATORS,
        "final",
        "override",
        "contextmanager",
        "asynccontextmanager",
        "lru_cache",
        "cache",
        "no_type_check",
        "singledispatch",
        "singledispatchmethod",
        "cached_property_with_ttl",
        "getter",
        "setter",
        "deleter",
        "locked_cached_property",
        *(name.rsplit(".", 1)[-1] for name in DEPRECATED_DECORATORS),
    }
)
"""Decorators known to leave the call signature as written (stdlib and the deprecation markers)."""
OUTSIDE_KEEPING = frozenset(
    {
        *(f"torch.{name}" for name in ("no_grad", "enable_grad", "inference_mode")),
        *(f"torch.autograd.{name}" for name in ("no_grad", "enable_grad", "inference_mode")),
        *(f"torch.autograd.grad_mode.{name}" for name in ("no_grad", "enable_grad", "inference_mode")),
    }
)
"""Decorators of other distributions known to wrap the function with `functools.wraps` and call it as called, by
the dotted name they resolve to: PyTorch's grad modes (`@torch.no_grad()` on transformers' `generate`)."""
HANDING_BACK_OUTSIDE = frozenset({"public.public", "public.private", "atpublic.public", "atpublic.private"})
"""Bare decorators of other distributions known to hand back the very object they are given, by the dotted name
they resolve to: atpublic's `@public`/`@private` only edit the module's `__all__` (aiosmtpd 1.4's `@public class
Controller` hid its parameters reordered, `loop` moved from the second slot to the fourth)."""


def _abstract_base(name: str) -> bool:
    """A standard-library base whose metaclass is `abc.ABCMeta` (or derives from it): `abc.ABC`, `typing.Protocol`,
    the `collections.abc` and `numbers` classes, and typing's aliases of the former (`typing.Mapping`)."""
    module, _, last = name.rpartition(".")
    if name in ("abc.ABC", "typing.Protocol", "typing_extensions.Protocol") or module in ("collections.abc", "numbers"):
        return True
    return module in ("typing", "typing_extensions") and last[:1].isupper() and hasattr(collections.abc, last)


def _builtin_type(name: str) -> bool:
    """A builtin class other than `object` (`str`, `dict`, `Exception`): its own `__new__` builds instances."""
    found = vars(builtins).get(name.removeprefix("builtins."))
    return isinstance(found, type) and found is not object


Member = tuple[RawCallable | RawAttribute | RawClass, str, RawModule]


_ABSTRACT = frozenset({*collections.abc.__all__, "Protocol"})
"""`collections.abc`'s abstract classes (also as `typing` and `typing_extensions` name them) and `Protocol`: no
dataclass fields (fido2 2.0's WebAuthn dataclasses, under `_DataClassMapping(Mapping[_T, Any])`, made keyword-only
by `kw_only=True`, had their constructors unknown)."""
_ABSTRACT_HOMES = frozenset({"collections.abc", "typing", "typing_extensions"})


def _fieldless(key: str) -> bool:
    """The MRO key of a standard-library class that gives a dataclass no fields: one of `_FIELDLESS`, an abstract
    class of `_ABSTRACT`, or a builtin exception (`@dataclass class ParseError(ValueError)`)."""
    name = key.removeprefix(EXTERNAL) if key.startswith(EXTERNAL) else ""
    home, _, last = name.rpartition(".")
    if key in _FIELDLESS or (home in _ABSTRACT_HOMES and last in _ABSTRACT):
        return True
    found = vars(builtins).get(name) if name else None
    return isinstance(found, type) and issubclass(found, BaseException)


class Hierarchy:
    """Members of the distribution's classes, inherited in C3 order; ancestors outside it are kept as keys."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.classes: dict[str, tuple[RawClass, RawModule]] = {}
        self._mro: dict[str, list[str]] = {}
        self._members: dict[str, dict[str, Member]] = {}

    def _bases(self, key: str) -> list[str]:
        if key.startswith(EXTERNAL) or key not in self.classes:
            return []
        cls, module = self.classes[key]
        keys = []
        for base in cls.bases:
            resolved = self.resolver.base_target(module.module, base, cls)
            if resolved is not None and isinstance(resolved.definition, RawClass) and resolved.module is not None:
                target = resolved.target
                if target == key and resolved.definition is not cls:
                    target = f"{key}{SHADOWED}{resolved.definition.line}"
                self.classes.setdefault(target, (resolved.definition, resolved.module))
                keys.append(target)
            elif resolved is not None and isinstance(resolved.definition, RawAttribute) and resolved.module is not None:
                keys.append(EXTERNAL + self._attribute_base(resolved.definition, resolved.module))
            else:
                keys.append(EXTERNAL + (resolved.target if resolved is not None else base))
        return keys

    def _attribute_base(self, attribute: RawAttribute, module: RawModule) -> str:
        """A base named by a module global: the outside class it names (`Base = sa.orm.DeclarativeBase`), else
        unknown ("?", never resolved): kombu 5.2's `_encoder_cls = type(json._default_encoder)`."""
        if attribute.value_ref and not attribute.from_call:
            named = self.resolver.resolve_dotted(module.module, attribute.value_ref)
            if named is not None and named.external:
                return named.target
        return "?"

    def mro(self, target: str, cls: RawClass, module: RawModule) -> list[str]:
        """The class's method resolution order as keys, itself first."""
        self.classes.setdefault(target, (cls, module))
        return linearize(target, self._bases, memo=self._mro)

    def members(self, target: str, cls: RawClass, module: RawModule) -> dict[str, Member]:
        """name -> (member, path of the class defining it, its module), by the real method resolution order."""
        if target in self._members:
            return self._members[target]
        members: dict[str, Member] = {}
        for key in self.mro(target, cls, module):
            if key in self.classes:
                owner, owner_module = self.classes[key]
                for name, member in owner.members.items():
                    if name != MODEL_OPTIONS or not self._options_consumed(key, owner, owner_module, member):
                        held = members.get(name)
                        if held is None or self._yields(held, member):
                            members[name] = (member, key, owner_module)
        self._members[target] = members
        return members

    def _yields(self, held: Member, member: RawCallable | RawAttribute | RawClass) -> bool:
        """The member a subclass holds gives way to an ancestor's: any binding wins over a bare `self.x: T`, a
        property over a bare `x: T` in a plain class's body (see `_hint_only`)."""
        if only_annotated(held[0]):
            return not only_annotated(member)
        return isinstance(member, RawCallable) and member.kind == "property" and self._hint_only(held)

    def _hint_only(self, held: Member) -> bool:
        """A bare `x: T` in the body of a plain class (no record, decorator or metaclass written on it): it binds
        nothing, so an ancestor's property under the name is what instances have (nodriver 0.48's `Tab` annotates
        `browser: Browser` over `Connection`'s read-only `browser` property: assigning it failed already)."""
        member, key, _ = held
        if not isinstance(member, RawAttribute) or member.instance or not member.declared or member.slot:
            return False
        owner = self.classes[key][0]
        return owner.record is None and not owner.decorators and owner.metaclass is None

    def _options_consumed(self, key: str, owner: RawClass, module: RawModule, member: object) -> bool:
        """The nested `Meta` of a concrete Django model, which `ModelBase` pops from the class body into `_meta`:
        no attribute of the class at run time (taggit 5's `TaggedItem.Meta` trading `index_together` for `indexes`
        was claimed "attribute TaggedItem.Meta.index_together no longer exists", a path that raised already). An
        abstract model's `Meta` (one setting `abstract`, whatever to) is kept on the class for subclasses'
        `class Meta(Base.Meta)`: its members stay compared."""
        if not isinstance(member, RawClass) or "abstract" in member.members:
            return False
        order = self.mro(key, owner, module)
        return any(EXTERNAL + model in order for model in DJANGO_MODELS)

    def inherited_record(self, target: str, cls: RawClass, module: RawModule) -> RawClass | None:
        """The ancestor whose generated constructor a plain subclass inherits: the first record class (dataclass,
        attrs, named tuple, TypedDict) of its order after itself, with no class before it writing `__init__` or
        `__new__` (watchdog 4.0's `DirCreatedEvent(FileSystemEvent)` takes the fields of the dataclass
        `FileSystemEvent`). None when a class outside the distribution comes first."""
        for key in self.mro(target, cls, module)[1:]:
            if key not in self.classes:
                return None
            owner = self.classes[key][0]
            if "__init__" in owner.members or "__new__" in owner.members:
                return None
            if owner.record:
                return owner
        return None

    def dataclass_fields(self, target: str, cls: RawClass, module: RawModule) -> tuple[Param, ...] | None:
        """The generated constructor's parameters of a dataclass (or attrs class) with bases, as the library gathers
        them: the fields of each such class of its order, the farthest first, keyword-only ones last; a field
        declared again keeps its first place in a dataclass, and moves to its new one in an attrs class. Plain
        classes of the distribution (no record, class decorator, metaclass but `ABCMeta`, nor `__init_subclass__`)
        and field-less ones of the standard library (see `_fieldless`) give none. None when an ancestor may give
        fields unknown here: another distribution's class, another record kind (neither library reads the other's
        fields), one whose own fields are unknown. h2 4.3's events, dataclasses under a plain `class Event`, each
        made to require its `stream_id`, had their constructors unknown."""
        fields: dict[str, Param] = {}
        kinds: set[bool] = set()  # whether each record ancestor is a dataclass (else attrs)
        for key in reversed(self.mro(target, cls, module)):
            if _fieldless(key):
                continue
            if key not in self.classes:
                return None
            owner = self.classes[key][0]
            metaclass = (owner.metaclass or "ABCMeta").rsplit(".", 1)[-1]
            if owner.record == "dataclass":
                own = owner.record_params if owner.record_params is not None else owner.own_fields
                stdlib = any(name.rsplit(".", 1)[-1] == "dataclass" for name in owner.decorators)
                kinds.add(stdlib)
                if own is None or len(kinds) > 1:
                    return None
                for param in own:
                    if not stdlib:
                        fields.pop(param.name, None)
                    fields[param.name] = param
            elif owner.record or owner.decorators or metaclass != "ABCMeta" or "__init_subclass__" in owner.members:
                return None
        found = list(fields.values())
        return (
            *(p for p in found if p.kind is not ParamKind.KEYWORD_ONLY),
            *(p for p in found if p.kind is ParamKind.KEYWORD_ONLY),
        )

    def stdlib_before(self, target: str, cls: RawClass, module: RawModule, owner: str, name: str) -> str:
        """The standard-library class defining `name` that comes before `owner` in the class's order, or "": its
        member is the one instances get, and it does not hand on to `owner`'s. Of a constructor: instructor 1.16's
        `AsyncValidationError(ValueError, InstructorError)` refused `failed_attempts=`, a keyword only
        `InstructorError.__init__` takes (`ValueError.__init__` takes no keywords). Of any method alike: a mixin's
        `get(key, default=None)` behind `OrderedDict` in `class Store(OrderedDict, Mixin)` is never what
        `Store().get` runs, so no claim about it may rest on the mixin's."""
        if owner == target:
            return ""
        order = self.mro(target, cls, module)
        for key in order[: order.index(owner)] if owner in order else ():
            if key.startswith(EXTERNAL) and stdlib_defines(key[len(EXTERNAL) :], name):
                return key[len(EXTERNAL) :]
        return ""

    def behind_unknown(self, target: str, cls: RawClass, module: RawModule, owner: str) -> bool:
        """Whether an ancestor of unknown members (a base bound one way or another, or made by a call) comes before
        `owner` in the class's order: it may define the member `owner` has, and then its own is what instances get
        (mpmath 1.3's `MPContext(BaseMPContext, StandardBaseContext)`, `BaseMPContext` sage's class or
        `PythonMPContext` by the backend, whose `fdot(A, B)` serves, not `StandardBaseContext.fdot(xs, ys)`)."""
        order = self.mro(target, cls, module)
        return owner in order and EXTERNAL + "?" in order[: order.index(owner)]

    def next_member(self, target: str, cls: RawClass, module: RawModule, name: str, after: str) -> Member | None:
        """The definition of `name` that `super()` in a method of class `after` reaches on an instance of
        `target`: the first class defining it after `after` in `target`'s order (None: outside the distribution)."""
        order = self.mro(target, cls, module)
        for key in order[order.index(after) + 1 :] if after in order else ():
            if key in self.classes and name in self.classes[key][0].members:
                owner, owner_module = self.classes[key]
                return owner.members[name], key, owner_module
        return None

    def enforces_abstract(self, target: str, cls: RawClass, module: RawModule) -> bool:
        """Whether `@abstractmethod` takes effect on the class: `abc.ABCMeta` is its metaclass (written on it or an
        ancestor, or through an ancestor such as `abc.ABC`, a `collections.abc` class or `typing.Protocol`). On a
        plain class (evidently 0.1's `PipelineStage`) the decorator does nothing: subclasses still instantiate. An
        ancestor outside the standard library leaves it unknown: no claim. Nor does it on a subclass of a builtin
        type: only `object.__new__` refuses an abstract class, and `str.__new__` builds plumbum 1.8's
        `class Path(str, ABC)` whatever it leaves abstract."""
        order = self.mro(target, cls, module)
        if any(_builtin_type(key[len(EXTERNAL) :]) for key in order if key.startswith(EXTERNAL)):
            return False
        for key in order:
            if key.startswith(EXTERNAL):
                if _abstract_base(key[len(EXTERNAL) :]):
                    return True
                continue
            owner, owner_module = self.classes[key]
            if owner.metaclass is not None:
                meta = self.resolver.resolve_dotted(owner_module.module, owner.metaclass)
                if meta is not None and meta.target.rsplit(".", 1)[-1] == "ABCMeta":
                    return True
                if (
                    meta is not None
                    and isinstance(meta.definition, RawClass)
                    and meta.module is not None
                    and EXTERNAL + "abc.ABCMeta" in self.mro(meta.target, meta.definition, meta.module)
                ):
                    return True
        return False

    def member_names(self, module: RawModule, dotted: str) -> tuple[str, ...]:
        """The member names of the distribution's class `dotted` names in `module` (none when it names no such
        class): what instances of it, or a path through it, reach."""
        found = self.resolver.resolve_dotted(module.module, dotted)
        if found is None or not isinstance(found.definition, RawClass) or found.module is None:
            return ()
        return tuple(sorted(self.members(found.target, found.definition, found.module)))

    def metaclass_members(self, target: str, cls: RawClass, module: RawModule) -> dict[str, Member]:
        """The public methods, properties and class attributes of the class's metaclass in the distribution (written
        on it or an ancestor): reached on the class itself (`Model.create(...)` after a classmethod moved to the
        metaclass; mypy-protobuf's stubs declare enum values on the metaclass: mlflow 3.17's `ErrorCode(...,
        metaclass=_ErrorCodeEnumTypeWrapper)` and `ErrorCode.ABORTED`), though not on its instances. Empty for
        `type`, `abc.ABCMeta` or a metaclass outside the distribution."""
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return {}
        found = self.members(meta.target, meta.definition, meta.module)
        return {
            name: member
            for name, member in found.items()
            if not name.startswith("_")
            and (isinstance(member[0], RawCallable) or isinstance(member[0], RawAttribute) and not member[0].instance)
        }

    def metaclass_getattr(self, target: str, cls: RawClass, module: RawModule) -> Member | None:
        """The `__getattr__` of the class's metaclass in the distribution (written on it or an ancestor, defined on the
        metaclass or an ancestor of it): what a name looked up on the class itself falls back to."""
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return None
        return self.members(meta.target, meta.definition, meta.module).get("__getattr__")

    def metaclass_order(self, target: str, cls: RawClass, module: RawModule) -> tuple[str, ...]:
        """The targets of the class's metaclass (written on it or an ancestor) and of its ancestors, in order; empty
        for none written or one that cannot be resolved."""
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None:
            return ()
        if not isinstance(meta.definition, RawClass) or meta.module is None:
            return (meta.target,)
        return tuple(key.removeprefix(EXTERNAL) for key in self.mro(meta.target, meta.definition, meta.module))

    def _metaclass(self, target: str, cls: RawClass, module: RawModule) -> tuple[str, RawModule] | None:
        """(the metaclass as written on the class or on its first ancestor in the distribution that writes one, the
        module it is written in); None when none writes one."""
        for key in self.mro(target, cls, module):
            if key.startswith(EXTERNAL):
                continue
            owner, owner_module = self.classes[key]
            if owner.metaclass is not None:
                return owner.metaclass, owner_module
        return None

    def collected_as(self, target: str, cls: RawClass, module: RawModule) -> str:
        """Where the class's metaclass keeps the fields it pops from the class body (a form's `declared_fields`):
        known for a base of another distribution, read from a metaclass of the distribution (written on the class
        or an ancestor); "" when its body's call-made attributes stay attributes of the class."""
        for key in self.mro(target, cls, module):
            if key.startswith(EXTERNAL) and key[len(EXTERNAL) :] in _COLLECTING_BASES:
                return _COLLECTING_BASES[key[len(EXTERNAL) :]]
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return ""
        made = self.members(meta.target, meta.definition, meta.module).get("__new__")
        if made is None or made[1] not in self.classes:
            return ""
        return self.classes[made[1]][0].collects

    def decides_instances(self, target: str, cls: RawClass, module: RawModule) -> bool:
        """`isinstance` and `issubclass` against the class run code of the distribution: its metaclass (written on it
        or an ancestor) defines `__instancecheck__` or `__subclasscheck__` (click 8.2's deprecated `BaseCommand`, a
        `_FakeSubclassCheck` class every `Command` passes), or the class has a `__subclasshook__` (an ABC's)."""
        if "__subclasshook__" in self.members(target, cls, module):
            return True
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return False
        found = self.members(meta.target, meta.definition, meta.module)
        return "__instancecheck__" in found or "__subclasscheck__" in found

    def metaclass_constructors(self, target: str, cls: RawClass, module: RawModule) -> list[RawCallable]:
        """The `__init__` and `__new__` of the class's metaclass in the distribution (written on it or an ancestor),
        which run whenever a class deriving from it is made: marshmallow-sqlalchemy 0.22's `ModelSchemaMeta.__init__`
        warns that `ModelSchema` is deprecated. Empty for a metaclass outside the distribution."""
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return []
        found = self.members(meta.target, meta.definition, meta.module)
        made = (found.get(name) for name in ("__init__", "__new__"))
        return [member[0] for member in made if member is not None and isinstance(member[0], RawCallable)]

    def metaclass_init_maker(self, target: str, cls: RawClass, module: RawModule) -> str:
        """The metaclass (its path, "" for none) along the order of the class's metaclass (in the distribution) whose
        `__new__` or `__init__` gives the classes it makes another `__init__` (see `CallableFacts.sets_init`): not
        only the first one found, which may hand on to it through `super()` (albumentations 2's
        `CombinedMeta(SerializableMeta, ValidatedTransformMeta)`: the second's `__new__` replaces it)."""
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return ""
        for key in self.mro(meta.target, meta.definition, meta.module):
            owner = self.classes.get(key)
            makers = (owner[0].members.get(name) for name in ("__new__", "__init__")) if owner is not None else ()
            if any(isinstance(maker, RawCallable) and maker.facts.sets_init for maker in makers):
                return key
        return ""

    def metaclass_call(self, target: str, cls: RawClass, module: RawModule) -> str:
        """What calling the class runs besides its constructor, read from its metaclass (written on it or an
        ancestor in the distribution): "" for none of its own (`type`, `abc.ABCMeta`), "refuses" for a `__call__`
        that only raises (trio's `Nursery(metaclass=NoPublicConstructor)`, built through `_create`; pytest's
        `NodeMeta.__call__`, ending in `fail(...)`, as nodes are built through `from_parent`: its constructor's
        parameters are nobody's API), "skips" for one that never runs the class's constructor (see
        `CallableFacts.skips_constructor`), "custom" for any other, one that cannot be read, or a metaclass whose
        `__new__` or `__init__` gives the class another `__init__` (see `CallableFacts.sets_init`)."""
        written = self._metaclass(target, cls, module)
        if written is None or written[0].rsplit(".", 1)[-1] in ("ABCMeta", "type"):
            return ""
        meta = self.resolver.resolve_dotted(written[1].module, written[0])
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return "custom"
        found = self.members(meta.target, meta.definition, meta.module)
        if _gives_init(found):
            return "custom"
        call = found.get("__call__")
        if call is None:
            return ""
        method, _, method_module = call
        refused = isinstance(method, RawCallable) and (
            method.facts.refuses_calls
            or method.facts.ends_raising
            or _refusing_callee(method, method_module, self.resolver)
        )
        if refused:
            return "refuses"
        return "skips" if isinstance(method, RawCallable) and method.facts.skips_constructor else "custom"

    def metaclass_builds(self, target: str, cls: RawClass, module: RawModule) -> tuple[str, ...]:
        """The subclasses of the class its metaclass's `__call__` returns instances of (see
        `CallableFacts.returns_built`), as definition paths: the class is a front dispatching to them. Empty when it
        names none (formulaic 1.1's `SimpleFormula(...)` is built as itself: `StructuredFormula` is no subclass)."""
        written = self._metaclass(target, cls, module)
        meta = self.resolver.resolve_dotted(written[1].module, written[0]) if written is not None else None
        if meta is None or not isinstance(meta.definition, RawClass) or meta.module is None:
            return ()
        call = self.members(meta.target, meta.definition, meta.module).get("__call__")
        if call is None or not isinstance(call[0], RawCallable) or not call[0].facts.returns_built:
            return ()
        found = [self.resolver.resolve_dotted(call[2].module, name) for name in call[0].facts.returns_built]
        return tuple(
            built.target
            for built in found
            if built is not None
            and isinstance(built.definition, RawClass)
            and built.module is not None
            and built.target != target
            and target in self.mro(built.target, built.definition, built.module)
        )

    def external(self, target: str, cls: RawClass, module: RawModule) -> tuple[str, ...]:
        """Ancestors outside the distribution, in MRO order (`object` included when written)."""
        return tuple(key[len(EXTERNAL) :] for key in self.mro(target, cls, module) if key.startswith(EXTERNAL))

    def forward_target(self, call: str, owner: str, module: RawModule, via: str = "") -> str:
        """Where a call receiving `**kwargs` leads: a definition's dotted path, an outside path, or "?". `super()`
        and `self` follow the order of `via`, the class whose instance runs the method (a mixin's
        `super().__init__(**extra)` reaches the next class of the subclass's order, django 4.0's `ArrayAgg`)."""
        if MADE in call:  # a method of what a named call made
            return self._through_made(module, *call.rsplit(MADE, 1))
        if ":" in call:  # `module:name` the body imported itself (see `facts._locally_imported`)
            written, _, name = call.partition(":")
            level = len(written) - len(written.lstrip("."))
            source = resolve_relative(module.module, module.is_package, level, written.lstrip(".") or None)
            found = self.resolver.lookup(source, name)
            return found.target if found is not None else "?"
        if call.endswith(REPLACE) and (record := self._record_constructor(module, call.removesuffix(REPLACE))):
            return record
        if call in ("cls", "self.__class__"):  # the class called, in a classmethod or on an instance: its constructor
            call = "self.__init__"
        head, _, rest = call.partition(".")
        if rest and head not in ("super", "self", "cls") and self._names_super(module, head):
            head = "super"  # transitions 0.8's `_super = super`, called as `_super(HierarchicalMachine, self).__init__`
        instance = via if via in self.classes and owner in self.mro(via, *self.classes[via]) else owner
        if head == "self" and "." in rest and instance in self.classes:
            built = self._through_built(instance, *rest.split(".", 1))
            if built is not None:
                return built
        if head in ("super", "self", "cls") and instance in self.classes:
            order = self.mro(instance, *self.classes[instance])
            start = order.index(owner) + 1 if head == "super" else 0
            for at, key in enumerate(order[start:], start + 1):
                if key.startswith(EXTERNAL):
                    if stdlib_defines(key[len(EXTERNAL) :], rest) is False:
                        continue  # `socketserver.ThreadingMixIn` has no `__init__`: the call goes on down the order
                    if _derived_later(key[len(EXTERNAL) :], order[at:]):
                        continue
                    return f"{key[len(EXTERNAL) :]}.{rest}"
                if rest in self.classes[key][0].members:
                    return self._held_callable(key, rest) or f"{key}.{rest}"
                if rest == "__init__" and self._generated_init(key):
                    # the constructor a dataclass or attrs decorator generates: cyclopts 2.9.9's classmethod
                    # `Group.create_ordered(cls, *args, sort_key=None, **kwargs)` returns `cls(*args, ...)`
                    return f"{key}.{rest}"
                if rest == "__new__" and self.classes[key][0].record == "namedtuple":
                    # a named tuple's generated `__new__` takes its fields: werkzeug 2.3's `BaseURL.__new__(cls,
                    # *args, **kwargs)` warns, then hands them to `super().__new__` of its `_URLTuple(NamedTuple)`
                    return f"{key}.__init__" if self.classes[key][0].record_params is not None else "?"
            return "?"
        resolved = self.resolver.resolve_dotted(module.module, call)
        if resolved is not None:
            return self._outside_alias(resolved) or resolved.target
        named = self.resolver.base_target(module.module, head)  # `text_type.split` where `text_type = str`
        if rest and named is not None and named.module is None and named.definition is None:
            return f"{named.target}.{rest}"
        return call if named is None and is_builtin(head) else "?"  # `str.split`, `dict` unshadowed

    def _through_made(self, module: RawModule, made: str, method: str) -> str:
        """Where `made(...).method` leads when `made` names a class of the release, or a function of it whose every
        `return` builds one (treq 25.5's `_client(kwargs).get(url, **kwargs)`, `_client` returning `HTTPClient(agent)`):
        that class's `method`; "?" for anything else."""
        if MADE in made or "." in method:
            return "?"
        found = self.resolver.resolve_dotted(module.module, made)
        if found is not None and isinstance(found.definition, RawCallable) and found.module is not None:
            built = found.definition.facts.constructs
            found = self.resolver.resolve_dotted(found.module.module, built) if built else None
        if found is None or not isinstance(found.definition, RawClass) or found.module is None:
            return "?"
        self.mro(found.target, found.definition, found.module)  # the class known, as its instance's methods are
        return self.forward_target(f"self.{method}", found.target, found.module)

    def _through_built(self, instance: str, attribute: str, rest: str) -> str | None:
        """Where `self.attribute.rest` leads when the class's constructor alone sets `attribute` to a new object of a
        class of the release (see `RawAttribute.built`): that class's `rest`; None for any other attribute, read as
        before (marshmallow 2's `self.opts.json_module.loads` stays an unfollowed callee)."""
        for key in self.mro(instance, *self.classes[instance]):
            if key.startswith(EXTERNAL) or attribute not in self.classes[key][0].members:
                continue
            member = self.classes[key][0].members[attribute]
            if not isinstance(member, RawAttribute) or not member.built or "." in rest:
                return None
            found = self.resolver.resolve_dotted(self.classes[key][1].module, member.built)
            if found is None or not isinstance(found.definition, RawClass) or found.module is None:
                return None
            self.mro(found.target, found.definition, found.module)  # the class known, as its instance's methods are
            return self.forward_target(f"self.{rest}", found.target, found.module)
        return None

    def _generated_init(self, key: str) -> bool:
        """The class's constructor is one a dataclass or attrs decorator generates, with parameters known: from its
        own fields, or gathered through its record ancestors (ics 0.8's `Event.__init__(summary, ..., **kwargs)`
        hands `uid=`, `location=` on to `super().__init__` of its `@attr.s class EventAttrs(CalendarEntryAttrs)`:
        they were read as handed to the plain mixin below, which takes none, and claimed rejected)."""
        cls, module = self.classes[key]
        if cls.record_params is not None:
            return True
        return cls.record == "dataclass" and self.dataclass_fields(key, cls, module) is not None

    def _record_constructor(self, module: RawModule, name: str) -> str:
        """The constructor of the named-tuple class `name` names, whose `_replace` copy takes its fields as keywords
        (see `recordcopy`); "" for any other class, or one writing its own `_replace` or constructor."""
        found = self.resolver.resolve_dotted(module.module, name)
        if found is None or not isinstance(found.definition, RawClass) or found.module is None:
            return ""
        if found.definition.record != "namedtuple" or found.definition.record_params is None:
            return ""
        written = self.members(found.target, found.definition, found.module)
        return "" if {"_replace", "__init__", "__new__"} & set(written) else f"{found.target}.__init__"

    def _names_super(self, module: RawModule, name: str) -> bool:
        """The module global `name` only names the builtin `super` (`_super = super`)."""
        named = self.resolver.base_target(module.module, name)
        return named is not None and named.target == "super" and named.module is None and named.definition is None

    def _outside_alias(self, resolved: Resolved) -> str:
        """The outside callable a module global only names (sh 1.14's `_old_glob = glob_module.glob`, called as
        `_old_glob(path, *args, **kwargs)`: the standard library's `glob.glob`); "" for anything else."""
        definition = resolved.definition
        if (
            resolved.module is None
            or not isinstance(definition, RawAttribute)
            or definition.instance
            or not definition.value_ref
            or "." not in definition.value_ref
        ):
            return ""
        found = self.resolver.resolve_dotted(resolved.module.module, definition.value_ref)
        return found.target if found is not None and found.external else ""

    def _held_callable(self, owner: str, name: str) -> str:
        """The class or function a class attribute names (pyasn1 0.5's `SINGLE_ITEM_DECODER = SingleItemDecoder`,
        called as `self.SINGLE_ITEM_DECODER(**options)`), or the standard-library method it names: where a call
        through it leads; "" for anything else."""
        cls, module = self.classes[owner]
        member = cls.members[name]
        if not isinstance(member, RawAttribute) or member.instance or not member.value_ref:
            return ""
        resolved = self.resolver.resolve_dotted(module.module, member.value_ref)
        if resolved is None:  # `_get = dict.get`, the builtin unshadowed
            head = member.value_ref.partition(".")[0]
            builtin = is_builtin(head) and self.resolver.base_target(module.module, head) is None
            return member.value_ref if builtin and stdlib_binds(member.value_ref) else ""
        if resolved.module is None and resolved.definition is None and stdlib_binds(resolved.target):
            # persistent 4.9's `__super_setdefault = IterableUserDict.setdefault`, called as
            # `self.__super_setdefault(key, *args, **kwargs)`: `collections.UserDict.setdefault`, bound to the instance
            return resolved.target
        return resolved.target if isinstance(resolved.definition, (RawClass, RawCallable)) else ""


def class_decorator_keeps(cls: RawClass, index: int, module: RawModule, resolver: Resolver) -> bool:
    """The class's decorator at `index` is one of the distribution handing back the class it is given: written as a
    call, an instance whose `__call__` does (imbalanced-learn 0.12's `@Substitution(...)` formats the docstring and
    returns the class: its constructors' signatures were unknown, so `kind_sel` turning deprecated went unseen);
    written bare, a function every path of which returns its argument (ipywidgets 8's `@register`, see
    `CallableFacts.hands_back_first`), or one of another distribution known to (see `HANDING_BACK_OUTSIDE`)."""
    called = index < len(cls.decorators_called) and cls.decorators_called[index]
    resolved = resolver.resolve_dotted(module.module, cls.decorators[index])
    if resolved is None:
        return False
    if not called and resolved.target in HANDING_BACK_OUTSIDE:
        return True
    definition = resolved.definition
    if called:
        return isinstance(definition, RawClass) and _decorator_keeps(definition, True)
    return isinstance(definition, RawCallable) and definition.kind == "function" and definition.facts.hands_back_first


def called_target(called: str, module: RawModule, resolver: Resolver) -> str:
    """The dotted path of what the name `called`, as written in `module`, calls (see `Symbol.returned_from`): "" for
    none, or a name the module does not bind (a local of the body)."""
    resolved = resolver.resolve_dotted(module.module, called) if called else None
    return resolved.target if resolved is not None else ""


def decorator_replaces(function: RawCallable, module: RawModule, resolver: Resolver) -> str:
    """The first decorator that may replace the function with something of another signature ("" when none)."""
    for index, name in enumerate(function.decorators):
        called = index < len(function.decorators_called) and function.decorators_called[index]
        last = name.rsplit(".", 1)[-1]
        if last in KEEPING_DECORATORS or not name:
            continue
        resolved = resolver.resolve_dotted(module.module, name)
        if resolved is not None and _decorator_keeps(resolved.definition, called):
            continue
        if resolved is not None and (
            resolved.target in OUTSIDE_KEEPING or called and _context_decorator(resolved, resolver)
        ):
            continue
        if not called and resolved is not None and resolved.target in HANDING_BACK_OUTSIDE:
            continue
        if not called and resolved is not None and _instance_keeps(resolved.definition, name, module, resolver):
            continue
        if resolved is not None and _made_keeping(resolved, resolver):
            continue
        if called and resolved is not None and _factory_keeps(resolved, resolver):
            continue
        if resolved is not None and _partial_keeps(resolved, called, resolver):
            continue
        if not called and resolved is not None and _made_handing_back(resolved, resolver):
            continue
        return name
    return ""


def _handed_fates(params: tuple[Param, ...], module: RawModule, resolver: Resolver) -> tuple[Param, ...]:
    """The parameters with each None default the body only hands on to one callee (`nonepath.HANDED_ON`) given that
    callee's own fate at None for the parameter of its name, when it is read (skipped or replaced) and no decorator
    may replace the callee; no fallback otherwise. One level: a callee that hands it on again is not followed."""
    return tuple(
        replace(p, fallback=_callee_fate(p.fallback.removeprefix(HANDED_ON), p.name, module, resolver))
        if p.fallback is not None and p.fallback.startswith(HANDED_ON)
        else p
        for p in params
    )


def _names_global(param: Param) -> bool:
    """The default is a plain name, read as no sentinel (`nonepath.with_fallbacks` left it a dotted name)."""
    fallback = param.fallback
    return param.default is None and fallback is not None and fallback.isidentifier() and fallback != SKIPPED


def _constant_defaults(
    params: tuple[Param, ...], line: int, module: RawModule, resolver: Resolver, owner: RawClass | None
) -> tuple[Param, ...]:
    """The parameters whose default names a constant bound to a string or number literal, with that literal joined
    to the name (`nonepath.BOUND`): bitmath 2.0's `parse_string_unsafe(s, system=SI)` became `system=NIST`, `SI =
    int(10)`, `NIST = int(2)`, and calls leaving it out parse otherwise."""
    found: list[Param] = []
    for param in params:
        name = param.fallback if _names_global(param) else None
        literal = _bound_literal(name, line, module, resolver, owner) if name is not None else None
        found.append(replace(param, fallback=f"{name}{BOUND}{literal}") if literal is not None else param)
    return tuple(found)


_OWN_VALUE = REPLACED + "self."
"""Leads the fallback of a None default the body replaces with an attribute of the instance (see `_init_defaults`)."""


def _init_defaults(params: tuple[Param, ...], owner: RawClass) -> tuple[Param, ...]:
    """The parameters whose None the body replaces with `self.x`, which the class's `__init__` sets from its own
    parameter of a true literal default, with that literal as what the body works with: dramatiq 2.0's
    `StubBroker.join(fail_fast=None)` works with `self.fail_fast_default`, `__init__(fail_fast_default=True)`, where
    1.18 had `fail_fast=False`: a test calling `broker.join(queue)` now raises what an actor raised. A false literal
    is not followed (`self.x = x or 30` holds 30 at `x=0`)."""
    init = owner.members.get("__init__")
    if not isinstance(init, RawCallable):
        return params
    found: list[Param] = []
    for param in params:
        fallback = param.fallback or ""
        literal = _init_literal(fallback[len(_OWN_VALUE) :], owner, init) if fallback.startswith(_OWN_VALUE) else None
        found.append(replace(param, fallback=REPLACED + literal) if literal is not None else param)
    return tuple(found)


def _init_literal(attribute: str, owner: RawClass, init: RawCallable) -> str | None:
    """The true literal default of the `__init__` parameter the instance attribute is set from; None for another."""
    member = owner.members.get(attribute)
    if not (isinstance(member, RawAttribute) and member.instance and member.from_param):
        return None
    source = next((p for p in init.params if p.name == member.from_param), None)
    if source is None or source.default is None:
        return None
    try:
        true = bool(ast.literal_eval(source.default))
    except (ValueError, SyntaxError):
        return None
    return source.default if true else None


def _bound_literal(name: str, line: int, module: RawModule, resolver: Resolver, owner: RawClass | None) -> str | None:
    """The literal (as `repr` writes it) of the string or number constant `name` is at a def on `line`: a method's
    default evaluates in the class body, so a name the class binds before the def is its attribute (one it binds
    after, or to anything else, is not followed); any other is the module's, through its imports."""
    member = owner.members.get(name) if owner is not None else None
    if member is not None and (member.line > line or not isinstance(member, RawAttribute)):
        return None
    resolved = resolver.resolve_dotted(module.module, name) if member is None else None
    held = member if member is not None else resolved.definition if resolved is not None else None
    if not isinstance(held, RawAttribute) or held.scalar is None:
        return None
    return repr(held.scalar) if held.held == "str" else held.scalar


def _callee_fate(callee: str, name: str, module: RawModule, resolver: Resolver) -> str | None:
    found = resolver.resolve_dotted(module.module, callee)
    if found is None or found.module is None or not isinstance(found.definition, RawCallable):
        return None
    if decorator_replaces(found.definition, found.module, resolver):
        return None
    param = next((p for p in found.definition.params if p.name == name and p.default is None), None)
    fate = param.fallback if param is not None and param.has_default else None
    # a value the callee puts in its place may be one the caller hands it too (flask 2.0's `send_file` hands
    # `etag=etag` beside `add_etags=add_etags`, and `_prepare_send_file_kwargs` does `etag = add_etags` only when
    # not None): only a skipped use is the caller's own fate
    return fate if fate == SKIPPED else None


def _made_handing_back(resolved: Resolved, resolver: Resolver) -> bool:
    """A def of the distribution decorated bare by a maker whose wrapper hands back the function it is given (see
    `CallableFacts.wrapper_hands_back`) is that wrapper: it keeps the signature of what it decorates, when every type
    its `isinstance` tests are taken to fail for is one no function is an instance of (natsort 5.5's `@u_format`,
    `py23_basestring = str`: the five keywords `natsorted` lost in 6.0 went unseen)."""
    definition = resolved.definition
    if not isinstance(definition, RawCallable) or resolved.module is None or not definition.decorators:
        return False
    if definition.decorators_called[:1] == (True,):
        return False
    maker = resolver.resolve_dotted(resolved.module.module, definition.decorators[0])
    if maker is None or maker.module is None or not isinstance(maker.definition, RawCallable):
        return False
    types = maker.definition.facts.wrapper_hands_back
    module = maker.module.module
    return types is not None and all(_builtin_target(module, name, resolver) in _NO_FUNCTIONS for name in types)


_NO_FUNCTIONS = frozenset(
    {"str", "bytes", "bytearray", "int", "float", "complex", "bool", "list", "tuple", "dict", "set", "frozenset"}
    | {"basestring", "unicode", "long", "six.string_types", "six.text_type", "six.binary_type", "six.integer_types"}
)
"""Types no function is an instance of (`basestring` and `unicode` are Python 2's, the `six` names its aliases)."""


def _builtin_target(module: str, name: str, resolver: Resolver) -> str:
    """The builtin or outside object a dotted name written in `module` leads to ("" for a definition of the
    distribution): `str` itself, or `py23_basestring = str`."""
    found = resolver.base_target(module, name)
    if found is None:
        return name if is_builtin(name) else ""
    return found.target if found.definition is None and found.module is None else ""


_MADE_KEEPING = frozenset({("decorator.decorator", 1), ("decorator.decorate", 0)})
"""The `decorator` package's makers of a function of the decorated one's signature: `decorator(caller, func)`,
`decorate(func, caller)` (the slot of the function)."""


def _made_keeping(resolved: Resolved, resolver: Resolver) -> bool:
    """A decorator of the distribution that the `decorator` package makes keep the signature of what it decorates:
    it returns `decorator(wrapper, func)` (validators 0.20's `@validator`, whose functions' signatures were unknown,
    so 0.21's `email()` losing `whitelist` went unseen), or it is itself decorated `@decorator` (a caller
    `def trace(f, *args, **kwargs)`, the package's documented use)."""
    definition, module = resolved.definition, resolved.module
    if not isinstance(definition, RawCallable) or module is None:
        return False
    made = definition.facts.made_by
    if made is not None:
        found = resolver.resolve_dotted(module.module, made[0])
        if found is not None and (found.target, made[1]) in _MADE_KEEPING:
            return True
    wrapped = (resolver.resolve_dotted(module.module, name) for name in definition.decorators)
    return any(found is not None and found.target == "decorator.decorator" for found in wrapped)


def _factory_keeps(resolved: Resolved, resolver: Resolver, depth: int = 3) -> bool:
    """A decorator factory of the distribution whose every `return` hands back a call making a signature-keeping
    decorator: the `decorator` package's `decorator(caller)` (its one-argument form), or, up to `depth` hops, a
    factory of the distribution that keeps, called — moviepy 2.0's `@convert_path_to_string("filename")` on
    `TextClip.__init__` returns `preprocess_args(os.fspath, names)`, which returns `decorator.decorator(wrapper)`:
    those signatures were unknown, so `TextClip(txt=...)` becoming `TextClip(font, text=...)` went unseen."""
    definition, module = resolved.definition, resolved.module
    if not isinstance(definition, RawCallable) or module is None or definition.facts.factory_call is None:
        return False
    callee, count = definition.facts.factory_call
    found = resolver.resolve_dotted(module.module, callee)
    if found is None:
        return False
    if found.target == "decorator.decorator":
        return count == 1
    if found.module is None or not depth:
        return False
    return _decorator_keeps(found.definition, True) or _factory_keeps(found, resolver, depth - 1)


def _context_decorator(resolved: Resolved, resolver: Resolver) -> bool:
    """A class of the distribution deriving from `contextlib.ContextDecorator` (numpy's `@np.errstate(all="ignore")`),
    or a generator of it made one by `@contextlib.contextmanager` (google-cloud-storage 3.0's
    `@create_trace_span(name="Storage.Blob.uploadFromFile")` on every public method): what its call makes, used as a
    decorator, wraps the function with `functools.wraps` and calls it as called."""
    definition, module = resolved.definition, resolved.module
    if module is None:
        return False
    if isinstance(definition, RawCallable):
        made = (resolver.resolve_dotted(module.module, name) for name in definition.decorators)
        return any(found is not None and found.target == "contextlib.contextmanager" for found in made)
    if not isinstance(definition, RawClass):
        return False
    bases = (resolver.base_target(module.module, base, definition) for base in definition.bases)
    return any(base is not None and base.target in _CONTEXT_DECORATORS for base in bases)


_CONTEXT_DECORATORS = frozenset({"contextlib.ContextDecorator", "contextlib.AsyncContextDecorator"})


def _partial_keeps(resolved: Resolved, called: bool, resolver: Resolver) -> bool:
    """A decorator bound as `functools.partial(f, ...)` of a decorator of the distribution (numpy's
    `array_function_dispatch = functools.partial(overrides.array_function_dispatch, module="numpy")`) keeps the
    signature when `f`, used the same way, does."""
    partial_of = resolved.definition.partial_of if isinstance(resolved.definition, RawAttribute) else None
    if partial_of is None or resolved.module is None:
        return False
    target = resolver.resolve_dotted(resolved.module.module, partial_of)
    return target is not None and _decorator_keeps(target.definition, called)


def _positional_warned(function: RawCallable, module: RawModule, resolver: Resolver) -> bool:
    """Some decorator of the distribution lets positional arguments fill the keyword-only parameters, warning (see
    `CallableFacts.positional_warned`), or names them by a literal list that is the function's parameters in order
    (see `CallableFacts.positional_names`)."""
    for name in function.decorators:
        resolved = resolver.resolve_dotted(module.module, name) if name else None
        if resolved is not None and isinstance(resolved.definition, RawCallable):
            if resolved.definition.facts.positional_warned:
                return True
            named = resolved.definition.facts.positional_names
            if named and named == tuple(p.name for p in function.params if p.kind in _NAMED_KINDS):
                return True
    return False


_NAMED_KINDS = frozenset({ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD, ParamKind.KEYWORD_ONLY})


def _capped_positional(
    function: RawCallable, module: RawModule, resolver: Resolver, refused: bool = False
) -> int | None:
    """How many positional arguments, the instance or class not counted, a decorator of the distribution lets calls
    pass without a warning (see `CallableFacts.positional_cap`; falcon 3.0's `@deprecated_args(allowed_positional=0)`
    adds one for the instance itself, `is_method=True`), or, `refused`, at all (`CallableFacts.positional_refused`);
    None when none counts them or the count is unknown."""
    for index, name in enumerate(function.decorators):
        resolved = resolver.resolve_dotted(module.module, name) if name else None
        definition = resolved.definition if resolved is not None else None
        if not isinstance(definition, RawCallable):
            continue
        found = definition.facts.positional_refused if refused else definition.facts.positional_cap
        if found is not None:
            numbers = function.decorator_numbers[index] if index < len(function.decorator_numbers) else ()
            called = index < len(function.decorators_called) and function.decorators_called[index]
            count = _cap_count(definition, found, numbers if called else None)
            bound = 1 if function.kind in ("method", "classmethod") else 0
            return count - bound if count is not None and count >= bound else None
    return None


def _cap_count(
    decorator: RawCallable, found: PositionalCap, numbers: tuple[tuple[int | str, int | None], ...] | None
) -> int | None:
    """The count a decorator's wrapper compares `len(args)` with, given the numbers its call passes (None: applied
    bare); None when a value it depends on is not a literal."""
    cap, default, steps = found
    if numbers is None:
        return int(cap) if cap.isdigit() and not steps else None
    slots = [p.name for p in decorator.params if p.kind in POSITIONAL_KINDS]
    passed = {(slots[key] if isinstance(key, int) and key < len(slots) else key): value for key, value in numbers}
    if cap.isdigit():
        count: int | None = int(cap)
    elif cap in passed:
        count = passed[cap]
    else:
        count = default
    if count is None:
        return None
    for flag, default_truth, amount in steps:
        if flag and flag in passed and passed[flag] is None:
            return None
        if not flag or (bool(passed[flag]) if flag in passed else default_truth):
            count += amount
    return count


def _keyword_only_past(params: tuple[Param, ...], count: int) -> tuple[Param, ...]:
    """The parameters a decorator refuses by position past `count` (see `CallableFacts.positional_refused`) made
    keyword-only, as calls find them; as they are when a `*args` would take the extra arguments."""
    if any(p.kind is ParamKind.VAR_POSITIONAL for p in params):
        return params
    positional = [p for p in params if p.kind in POSITIONAL_KINDS]
    past = {p.name for p in positional[count:] if p.kind is ParamKind.POSITIONAL_OR_KEYWORD}
    return tuple(replace(p, kind=ParamKind.KEYWORD_ONLY) if p.name in past else p for p in params)


def _keyword_only_by_position(params: tuple[Param, ...]) -> tuple[Param, ...]:
    """What calls still bind under a positional-warning decorator: the keyword-only parameters by position too
    (scikit-learn 0.23's `LogisticRegression(*, penalty="l2", ...)` still takes `LogisticRegression("l1")`)."""
    if any(p.kind is ParamKind.VAR_POSITIONAL for p in params):
        return params  # a `*args` takes the extra positional arguments: nothing reaches the keyword-only ones
    return tuple(
        replace(p, kind=ParamKind.POSITIONAL_OR_KEYWORD) if p.kind is ParamKind.KEYWORD_ONLY else p for p in params
    )


def _instance_keeps(decorator: object, name: str, module: RawModule, resolver: Resolver) -> bool:
    """A bare decorator that is a module-level instance of a class of the distribution whose `__call__` hands the
    function back (matplotlib's `@docstring.interpd`, `interpd = _ArtistPropertiesSubstitution()`, which only fills
    the docstring in): the signature is kept."""
    if not isinstance(decorator, RawAttribute) or not decorator.instance_of:
        return False
    call = resolver.resolve_dotted(module.module, f"{name}.__call__")
    return (
        call is not None
        and isinstance(call.definition, RawCallable)
        and call.definition.kind == "method"
        and call.definition.facts.keeps_signature
    )


def _defaulted_by_wrapper(
    params: tuple[Param, ...], function: RawCallable, module: RawModule, resolver: Resolver
) -> tuple[Param, ...]:
    """The parameters with the defaults a signature-keeping decorator's wrapper gives their slots (see
    `CallableFacts.wrapper_defaults`; a method's slots count its instance, which `params` leaves out)."""
    shift = 0 if function.kind in ("function", "staticmethod") else 1
    defaults = {
        slot - shift: text for applied in _decorators_of(function, module, resolver) for slot, text in applied.defaults
    }
    if not defaults:
        return params
    positional = [p.name for p in params if p.kind in POSITIONAL_KINDS]
    named = {positional[slot]: text for slot, text in defaults.items() if 0 <= slot < len(positional)}
    return tuple(
        replace(p, has_default=True, default=named[p.name]) if p.name in named and not p.has_default else p
        for p in params
    )


_DISPATCHERS = frozenset({"singledispatch", "functools.singledispatch"})
_METHOD_DISPATCHERS = frozenset({"singledispatchmethod", "functools.singledispatchmethod"})


def _positional_by_wrapper(
    params: tuple[Param, ...], function: RawCallable, module: RawModule, resolver: Resolver
) -> tuple[Param, ...]:
    """The parameters a decorator takes only by position made positional-only: `functools.singledispatch` (and
    `singledispatchmethod`) dispatches on the class of the first positional argument, and refuses a call without
    one, so the first parameter never went by keyword (nor a method's first after its instance); so do the slots a
    wrapper of the distribution takes in parameters of its own named otherwise (see
    `CallableFacts.wrapper_positional`; a keyword of the same name fills the wrapper's parameter, which hands it on:
    scrapyd 1.5's `wrapper(self, txrequest, *args, **kwargs)` takes `render_POST(txrequest=...)`). ibis 12 marking
    `schema(value, /)` positional-only refused no call that worked on 11's `@lazy_singledispatch`."""
    shift = 0 if function.kind in ("function", "staticmethod") else 1
    positional = [p.name for p in params if p.kind in POSITIONAL_KINDS]
    refused: set[str] = set()
    for applied in _decorators_of(function, module, resolver):
        # a slot's keyword refused, those before it can only be filled by position too
        differing = [
            i for i, pair in enumerate(zip(positional, applied.positional[shift:], strict=False)) if pair[0] != pair[1]
        ]
        refused.update(positional[: differing[-1] + 1] if differing else ())
    for name in function.decorators:
        own = resolver.resolve_dotted(module.module, name) if name else None
        if own is not None and own.definition is not None and not isinstance(own.definition, RawAttribute):
            continue  # the distribution's own def of that name, read above
        # a value spelled so is the dispatcher a helper picked (graphene-django 2's `singledispatch =
        # import_single_dispatch()`, functools' or its backport's): its first parameter never went by keyword either
        if positional and name in (_METHOD_DISPATCHERS if shift else _DISPATCHERS):
            refused.add(positional[0])
    if not refused:
        return params
    return tuple(
        replace(p, kind=ParamKind.POSITIONAL_ONLY)
        if p.name in refused and p.kind is ParamKind.POSITIONAL_OR_KEYWORD
        else p
        for p in params
    )


def _wrapper_options(function: RawCallable, module: RawModule, resolver: Resolver) -> tuple[str, ...]:
    """Keywords the signature-keeping decorators of the distribution read out of the call before handing it on (see
    `CallableFacts.wrapper_options`): the decorated function takes them too; those a factory's wrapper reads by the
    name of one of its parameters are the decorator call's arguments (`@deprecate_kwarg("cols", "columns")` takes
    `cols`), "**" (unknown) when the call does not spell them."""
    found: list[str] = []
    for applied in _decorators_of(function, module, resolver):
        for option in applied.options:
            if option.startswith("=["):
                continue  # keywords the wrapper looks for and hands on with the rest: taken if the def takes them
            for keyword in (
                _filled_by_call(option, applied) if option.startswith("+=") else _named_by_call(option, applied)
            ):
                if keyword not in found:
                    found.append(keyword)
    if "**" in found:  # last, as `CallableFacts.wrapper_options` has it
        found.append(found.pop(found.index("**")))
    return tuple(found)


class _Applied(NamedTuple):
    """A decorator of the distribution as one def applies it: the keywords its wrapper reads (`wrapper_options`,
    those a decorator class reads off `self` named by its constructor's parameters), the parameters its call fills,
    the call's arguments (`RawCallable.decorator_arguments`), and whether it spells a deprecation."""

    options: tuple[str, ...]
    params: tuple[Param, ...]
    arguments: tuple[tuple[int | str, str], ...]
    warns: bool
    renames: tuple[tuple[str, str], ...] = ()
    defaults: tuple[tuple[int, str], ...] = ()
    positional: tuple[str, ...] = ()


def _decorators_of(function: RawCallable, module: RawModule, resolver: Resolver) -> Iterator[_Applied]:
    """The decorators of the function defined in the distribution: functions, and classes called (whose instance's
    `__call__` decorates: `@deprecate_kwarg("s", "text")` with `self.old = old` in its constructor)."""
    for index, name in enumerate(function.decorators):
        resolved = resolver.resolve_dotted(module.module, name) if name else None
        definition = resolved.definition if resolved is not None else None
        arguments = function.decorator_arguments[index] if index < len(function.decorator_arguments) else ()
        if isinstance(definition, RawCallable):
            facts = definition.facts
            options, warns, renames = facts.wrapper_options, facts.wrapper_warns, facts.wrapper_renames
            yield _Applied(
                options, definition.params, arguments, warns, renames, facts.wrapper_defaults, facts.wrapper_positional
            )
        elif isinstance(definition, RawClass) and index < len(function.decorators_called):
            call, init = definition.members.get("__call__"), definition.members.get("__init__")
            if function.decorators_called[index] and isinstance(call, RawCallable):
                options = tuple(_set_from(option, definition) for option in call.facts.wrapper_options)
                params = init.params if isinstance(init, RawCallable) else ()
                yield _Applied(options, params, arguments, call.facts.wrapper_warns, call.facts.wrapper_renames)


def _set_from(option: str, cls: RawClass) -> str:
    """A decorator class's "=self.x" option as the constructor parameter `x` is set from ("**" when none is)."""
    if not option.startswith("=self."):
        return option
    member = cls.members.get(option.removeprefix("=self."))
    return f"={member.from_param}" if isinstance(member, RawAttribute) and member.from_param else "**"


def deprecated_by_decorator(function: RawCallable, module: RawModule, resolver: Resolver) -> tuple[str, ...]:
    """Keywords a warning decorator's wrapper reads by the names its call gives (`@deprecate_kwarg("cols",
    "columns")`: passing `cols` warns; see `CallableFacts.wrapper_warns`), or renames by literal names into a
    parameter (captum 0.3.1's `n_perturb_samples`, see `_renamed_by_decorator`). Not the parameter a rename leads
    to: pvlib 0.13's `renamed_kwarg_warning` tests `new in kwargs` only to refuse both names passed together."""
    if not function.decorators:
        return ()
    found: list[str] = [old for old, _ in _literal_renames(function, module, resolver, warned=True)]
    for applied in _decorators_of(function, module, resolver) if function.decorator_arguments else ():
        if applied.warns:
            for option in applied.options:
                if option.startswith("="):
                    found.extend(k for k in _named_by_call(option, applied) if k != "**")
    if found:
        targets = {new for old, new in _renamed_by_decorator(function, module, resolver) if old in found}
        found = [name for name in found if name not in targets]
    return tuple(found)


def _renamed_by_decorator(function: RawCallable, module: RawModule, resolver: Resolver) -> tuple[tuple[str, str], ...]:
    """(keyword, parameter) pairs a renaming decorator's call names (`@deprecate_kwarg("cols", "columns")` over
    `def f(columns=None)`, matplotlib's `@rename_parameter("3.1", "s", "text")`): its wrapper reads the keyword, and
    the parameter is the one other argument naming a parameter of the function; `@deprecated_alias(colour="color")`
    over a wrapper reading the keywords of its `**aliases`: each keyword, the parameter its value names; see
    `CallableFacts.kwargs_renamed`; and the pairs a wrapper renames by literal names into a parameter (see
    `_literal_renames`)."""
    if not function.decorators:
        return ()
    found: list[tuple[str, str]] = list(_literal_renames(function, module, resolver, warned=False))
    names = {p.name for p in function.params}
    for applied in _decorators_of(function, module, resolver) if function.decorator_arguments else ():
        for option in applied.options:
            if option == "=**":  # `@deprecated_alias(colour="color")`: each keyword names the parameter it becomes
                found.extend((key, text) for key, text in applied.arguments if isinstance(key, str) and text in names)
            elif pairs := renamed_pairs(_call_text(option, applied)):  # `{"cfg": "namespace"}`: keyword -> parameter
                found.extend((old, new) for old, new in pairs if new in names and old not in names)
            elif pairs := paired_names(_call_text(option, applied)):  # `[("distmat", "distance_matrix", ...)]`
                found.extend((b, a) if a in names else (a, b) for a, b in pairs if (a in names) != (b in names))
            elif option.startswith("=") and not option.startswith("=["):  # a list names keywords, no renaming
                read = next(iter(_named_by_call(option, applied)), "**")
                others = {text for _, text in applied.arguments if text in names and text != read}
                if read != "**" and read not in names and len(others) == 1:
                    found.append((read, others.pop()))
    return tuple(found)


def _literal_renames(
    function: RawCallable, module: RawModule, resolver: Resolver, warned: bool
) -> Iterator[tuple[str, str]]:
    """(keyword, parameter) pairs a decorator's wrapper moves by literal names (captum 0.3.1's
    `kwargs["n_samples"] = kwargs["n_perturb_samples"]` over `attribute(..., n_samples=50, **kwargs)`): a parameter
    renamed in place whose old keyword still works; `warned`: only those of a wrapper spelling a deprecation."""
    names = {p.name for p in function.params}
    for applied in _decorators_of(function, module, resolver):
        if applied.warns or not warned:
            yield from ((old, new) for old, new in applied.renames if new in names and old not in names)
            yield from _shifted(applied.renames, names)


def _shifted(renames: tuple[tuple[str, str], ...], names: set[str]) -> Iterator[tuple[str, str]]:
    """Renames of a keyword that is a parameter itself, moved on when another keyword takes its place (scikit-image
    0.24's `_rename_image_params`: `image2` becomes `image1`, and the `image1` passed with it becomes `image0`):
    the old pair of keywords still works, shifted."""
    freeing = {new for old, new in renames if old not in names and new in names}
    return ((old, new) for old, new in renames if old in freeing and new in names and old != new)


def _named_by_call(option: str, applied: _Applied) -> list[str]:
    """The keywords a wrapper option stands for, given the decorator call's arguments (see `facts._named_keys`)."""
    if not option.startswith("="):
        return [option]
    if option == "=**":
        return [key for key, _ in applied.arguments if isinstance(key, str)]  # "**" for a `**mapping` passed
    text = _call_text(option, applied)
    if not text:
        return ["**"]  # not a literal, or not passed
    if option.startswith("=["):
        return listed_names(text)  # redis 5.3's `@deprecated_args(args_to_warn=["read_from_replicas"])`
    if pairs := renamed_pairs(text):
        return [old for old, _ in pairs]  # jsonargparse 4.50's `@renamed_parameter_warning({"cfg": "namespace"})`
    if pairs := paired_names(text):
        return [name for pair in pairs for name in pair]  # scikit-bio 0.7's `@params_aliased([("distmat", ...)])`
    return [text] if text.isidentifier() else []  # `since="3.1"` handed to a helper names no keyword


def _filled_by_call(option: str, applied: _Applied) -> list[str]:
    """A "+=p" option (a keyword the wrapper fills under the name its factory's parameter `p` holds, see
    `facts._filled_options`) as "+k" for the keyword `k` the decorator call passes for `p`; none when it passes none."""
    text = _call_text(option[1:], applied)
    return [f"+{text}"] if text.isidentifier() else []


def _call_text(option: str, applied: _Applied) -> str:
    """The decorator call's literal argument for the factory parameter an "=p" or "=[p]" option names ("" if none)."""
    if not option.startswith("=") or option == "=**":
        return ""
    name = option[2:-1] if option.startswith("=[") else option[1:]
    positional = [p.name for p in applied.params if p.kind in POSITIONAL_KINDS]
    slot = positional.index(name) if name in positional else -1
    return next((text for key, text in applied.arguments if key == name or key == slot), "")


def _decorator_keeps(decorator: object, called: bool) -> bool:
    """Whether a decorator of the distribution hands back a function of the decorated one's signature: itself
    (`functools.wraps`, or the function returned), or, written as a call, the decorator the call returns — a
    factory's keeping def, or an instance whose `__call__` keeps it (pandas' `@Substitution(...)`)."""
    if isinstance(decorator, RawCallable):
        facts = decorator.facts
        return facts.keeps_signature or facts.positional_warned or (called and facts.decorates_keeping)
    if called and isinstance(decorator, RawClass):
        call = decorator.members.get("__call__")
        return isinstance(call, RawCallable) and call.kind == "method" and call.facts.keeps_signature
    return False


def _gives_init(members: dict[str, Any]) -> bool:
    """A metaclass whose `__new__` or `__init__` gives the class it makes another `__init__` (graphene 3's
    `ObjectTypeMeta.__new__`, a dataclass `__init__` of the class's fields): see `CallableFacts.sets_init`."""
    makers = [members.get(name) for name in ("__new__", "__init__")]
    return any(found is not None and isinstance(found[0], RawCallable) and found[0].facts.sets_init for found in makers)


def _refusing_callee(function: RawCallable, module: RawModule, resolver: Resolver, depth: int = 3) -> bool:
    """A call statement the body makes before it could return (see `CallableFacts.first_calls`) calls a function of
    the distribution that only raises (werkzeug's `is_immutable(self)`), or that never comes back (ruamel.yaml 0.18's
    `load` ends in `error_deprecation`, which warns and exits), or that makes such a call itself (PyPDF2 3.0's
    `getPage` calls `deprecation_with_replacement`, which calls `deprecation`, which raises `DeprecationError`), or
    calls a name nothing binds (cheetah3 3.0.1's `raiseNotImplementedError()`: NameError, see `unboundcalls`)."""
    for callee in function.facts.first_calls:
        if callee in module.unbound_calls:
            return True
        resolved = resolver.resolve_dotted(module.module, callee)
        definition = resolved.definition if resolved is not None else None
        if resolved is None or not isinstance(definition, RawCallable):
            continue
        if definition.facts.refuses_calls or definition.facts.ends_raising:
            return True
        if depth and resolved.module is not None and _refusing_callee(definition, resolved.module, resolver, depth - 1):
            return True
    return False


def _max_varargs(
    function: RawCallable, module: RawModule, resolver: Resolver, hierarchy: Hierarchy, owner: str
) -> int | None:
    """How many `*args` the function takes at most: its own test, or the one of the helper it hands them to, or
    spreads them into (a method of its class, or a function of the distribution)."""
    facts = function.facts
    if facts.max_varargs is not None or not facts.varargs_helper:
        return facts.max_varargs
    name = facts.varargs_helper.removeprefix("*")
    head, _, rest = name.partition(".")
    helper: object = None
    if head in ("self", "cls") and owner in hierarchy.classes and "." not in rest:
        found = hierarchy.members(owner, *hierarchy.classes[owner]).get(rest)
        helper = found[0] if found is not None else None
    elif head not in ("self", "cls", "super"):
        resolved = resolver.resolve_dotted(module.module, name)
        helper = resolved.definition if resolved is not None else None
    if not isinstance(helper, RawCallable):
        return None
    if name == facts.varargs_helper:
        return helper.facts.first_arg_cap
    if head not in ("self", "cls") and helper.kind not in ("function", "staticmethod"):
        return None  # an unbound method: the instance is among the arguments
    return _spread_cap(helper)


def _spread_cap(helper: RawCallable) -> int | None:
    """How many arguments spread into `helper` as its first ones it takes: its positional parameters, or, when its
    `*args` comes first, the most its body lets in (bidict 0.22's `get_arg(*args)` refuses more than one)."""
    kinds = [p.kind for p in helper.params]
    if ParamKind.VAR_POSITIONAL not in kinds:
        return sum(kind in POSITIONAL_KINDS for kind in kinds)
    return helper.facts.max_varargs if kinds[0] is ParamKind.VAR_POSITIONAL else None


def _inferred_return(function: RawCallable, module: RawModule, hierarchy: Hierarchy, owner: str) -> str | None:
    """The type an unannotated, plain (undecorated, neither async nor generator) callable certainly returns; a
    chain of `return super().same(...)` is followed down the order of `owner` to a method that says, by its returns
    or by its return annotation. An annotated one: "None" when its body returns nothing else (see `_none_as_read`)."""
    if function.returns is not None:  # annotated: `returns` says it, unless no `return` ever gives anything but None
        return NONE if function.facts.returned == NONE and _none_as_read(function) else None
    if function.facts.returned == CALLABLE and _none_as_read(function):  # a property's too: its readers call it
        return CALLABLE
    return _delegated_return(function, module, hierarchy, owner)


def _none_as_read(function: RawCallable) -> bool:
    """Its callers (or a property's readers) get what its body returns: no decorator but those keeping the value, no
    `async`, no `yield`; an abstract method's body is not what they get (recurring-ical-events 3.3's
    `JournalAdapter.end_property -> str` returned None, as 3.4's `-> None` says)."""
    lasts = {name.rsplit(".", 1)[-1] for name in function.decorators}
    return not (function.is_async or function.facts.is_generator) and lasts <= _RETURN_KEEPING | _READ_AS_IS


_READ_AS_IS = frozenset({"property", "cached_property"})


def _delegated_return(function: RawCallable, module: RawModule, hierarchy: Hierarchy, owner: str) -> str | None:
    """What an unannotated callable returns, down its chain of `return super().same(...)` (see `_inferred_return`)."""
    for _ in range(_DELEGATIONS):
        if function.is_async or function.facts.is_generator or not _plain_decorators(function):
            return None  # another decorator may change what calls return
        if function.returns is not None:
            return function.returns
        if function.facts.returned != SUPER:
            return function.facts.returned
        target = hierarchy.forward_target(f"super.{function.name}", owner, module)
        owner, _, name = target.rpartition(".")
        if owner not in hierarchy.classes:
            return None
        cls, module = hierarchy.classes[owner]
        member = cls.members.get(name)
        if not isinstance(member, RawCallable):
            return None
        function = member
    return None


def _plain_decorators(function: RawCallable) -> bool:
    return all(name.rsplit(".", 1)[-1] in _RETURN_KEEPING for name in function.decorators)


_RETURN_KEEPING = frozenset({"staticmethod", "classmethod"})
_DELEGATIONS = 8
"""How many `super()` delegations are followed (an order is rarely deeper; a cycle cannot loop)."""


def _awaitable(function: RawCallable) -> bool:
    """Whether calls return an awaitable: an `async def`, or a function a decorator turns into one (tornado's
    `@gen.coroutine` and `@return_future`, `@asyncio.coroutine`, asgiref's `@sync_to_async`) — such a function
    becoming `async def` changes nothing for its callers. Only a name ending in "future" makes futures: librosa
    1.0's `@future_default(...)` (a default that will change) left `stream` a plain generator."""
    lasts = [name.rsplit(".", 1)[-1] for name in function.decorators]
    return function.is_async or any(
        last in ("sync_to_async", "run_on_executor") or "coroutine" in last or last.lower().endswith("future")
        for last in lasts
    )


def _awaitable_by_decorator(function: RawCallable, module: RawModule, resolver: Resolver, hierarchy: Hierarchy) -> bool:
    """Its outermost decorator (bar the signature-keeping ones) is one of the distribution declared to return
    `Callable[..., R]` with `R` awaitable: a class of it defining `__await__`, or an `Awaitable`/`Coroutine`.
    ophyd-async's `@AsyncStatus.wrap` (`-> Callable[P, AsyncStatus]`) over an `async def`, and 0.17's
    `@WatchableAsyncStatus.wrap` over an async generator: both calls give a status `await` takes (0.17's
    `StandardDetector.trigger` was claimed "no longer a coroutine function")."""
    for index, name in enumerate(function.decorators):
        if name.rsplit(".", 1)[-1] in KEEPING_DECORATORS:
            continue
        if index < len(function.decorators_called) and function.decorators_called[index]:
            return False  # a factory's annotation says what the call makes, not what the decorated name returns
        resolved = resolver.resolve_dotted(module.module, name) if name else None
        if resolved is None or resolved.module is None or not isinstance(resolved.definition, RawCallable):
            return False
        result = _callable_result(resolved.definition.returns or "")
        return bool(result) and (
            _AWAITABLE_RESULT.search(result) is not None
            or "__await__" in hierarchy.member_names(resolved.module, result)
        )
    return False


_AWAITABLE_RESULT = re.compile(r"(?:^|\.)(?:Awaitable|Coroutine)$")


def _callable_result(annotation: str) -> str:
    """The dotted name of the result type `R` of a `Callable[..., R]` annotation (`Callable[P, AsyncStatus]`,
    `Callable[P, Status[T]]`: `AsyncStatus`, `Status`); "" for any other annotation."""
    if "Callable[" not in annotation:
        return ""
    try:
        node = ast.parse(annotation.strip(), mode="eval").body
    except (SyntaxError, ValueError):
        return ""
    if not (isinstance(node, ast.Subscript) and (dotted_name(node.value) or "").rsplit(".", 1)[-1] == "Callable"):
        return ""
    pair = node.slice
    if not (isinstance(pair, ast.Tuple) and len(pair.elts) == 2):
        return ""
    result = pair.elts[1]
    return dotted_name(result.value if isinstance(result, ast.Subscript) else result) or ""


def _passes_to(
    function: RawCallable, module: RawModule, hierarchy: Hierarchy, owner: str, via: str
) -> tuple[str, int, bool, tuple[str, ...]] | None:
    """Where the function hands on its variadic arguments whole (see `Symbol.passes_to`), resolved."""
    if function.facts.passes_to is None:
        return None
    call, explicit, keywords = function.facts.passes_to
    target = hierarchy.forward_target(call, owner, module, via)
    head = call.split(".", 1)[0]
    # through `cls`, only the release's own classes' members bind (a classmethod, a constructor); a function or a
    # standard-library method a class attribute holds (`cls._get(*args)`, `_get = dict.get`) is reached unbound
    bound = head in ("super", "self") or head == "cls" and target.rpartition(".")[0] in hierarchy.classes
    return None if target == "?" else (target, explicit, bound, keywords)


def _delegates(function: RawCallable, module: RawModule, hierarchy: Hierarchy, owner: str, via: str) -> bool:
    """See `Symbol.delegates`: `*args` and `**kwargs` handed whole to `<object>.<its own name>(...)` where the call
    cannot be followed, the object held or returned (`self.fs`, `get_domain()`), neither the class itself nor a base
    (`super().__init__(*args, **kwargs)` reaching an unread base is no wrapper of one protocol). A `*args` alone is
    one too (scipy 1.17's `dok_array.pop(self, /, *args)` returned `self._dict.pop(*args)`: it took what a dict's
    `pop` takes, one or two arguments, so 1.18's `pop(self, key, default=..., /)` is no sure loss of `*args`)."""
    passed = function.facts.passes_to
    if passed is None or not any(p.kind is ParamKind.VAR_POSITIONAL for p in function.params):
        return False
    *head, name = passed[0].split(".")
    held = head[1:] if head[:1] in (["self"], ["cls"]) else head
    if name != function.name or not held or head[0] == "super" or name == "__init__":
        return False
    return hierarchy.forward_target(passed[0], owner, module, via) == "?"


def _decorator_form(function: RawCallable) -> str:
    """`Symbol.decorator`: a factory returns a signature-keeping decorator whatever it is called with; a bare one
    keeps the signature of what it takes as its required first positional parameter."""
    if function.facts.decorates_keeping:
        return "factory"
    positional = [p for p in function.params if p.kind in POSITIONAL_KINDS]
    return "bare" if function.facts.keeps_signature and positional and not positional[0].has_default else ""


_COMMAND_MAKERS = frozenset({"command", "group"})
_CLICK_DISTRIBUTIONS = frozenset({"click", "asyncclick", "rich_click", "cloup"})


def _replaced_why(decorator: str, module: RawModule, resolver: Resolver) -> str:
    """`Symbol.signature_unknown` of a def the decorator replaces: a click command says so (`CLICK_COMMAND`)."""
    made = CLICK_COMMAND if click_command(decorator, module, resolver) else "replaced by the decorator "
    return f"{made}@{decorator}"


def click_command(decorator: str, module: RawModule, resolver: Resolver, depth: int = 0) -> bool:
    """The decorator makes a click command object of the def: click's own `command`/`group` (or a click fork's), or
    the `.command`/`.group` of a def so made (python-dotenv 1.1's `@cli.command() def list` under `@click.group()
    def cli`, a `click.Command` users import, not a function), or of a module global made by calling a click class
    or a class of the release deriving from one (`grp = click.Group()`, `cli = MyGroup()`): `Group.command` makes a
    command object alike. typer's `app.command()` hands the def back: no."""
    head, _, last = decorator.rpartition(".")
    if last not in _COMMAND_MAKERS or depth > 3:
        return False
    resolved = resolver.resolve_dotted(module.module, decorator)
    if resolved is not None and resolved.external:
        return _from_click(resolved)
    group = resolver.resolve_dotted(module.module, head) if head else None
    if group is not None and group.module is not None and isinstance(group.definition, RawAttribute):
        made = group.definition.instance_of
        return made is not None and _click_class(resolver.base_target(group.module.module, made), resolver, depth)
    if group is None or group.module is None or not isinstance(group.definition, RawCallable):
        return False
    outer = group.definition.decorators
    return bool(outer) and click_command(outer[0], group.module, resolver, depth + 1)


def _from_click(resolved: Resolved) -> bool:
    """An object outside the distribution that click (or a click fork) defines."""
    return resolved.external and resolved.target.split(".", 1)[0] in _CLICK_DISTRIBUTIONS


def _click_class(resolved: Resolved | None, resolver: Resolver, depth: int) -> bool:
    """A class of click's (`click.Group`), or one of the release with such a class among its bases, a few deep."""
    if resolved is None or depth > 3:
        return False
    if resolved.external:
        return _from_click(resolved)
    cls, module = resolved.definition, resolved.module
    return (
        isinstance(cls, RawClass)
        and module is not None
        and any(_click_class(resolver.base_target(module.module, base, cls), resolver, depth + 1) for base in cls.bases)
    )


HOOK_IMPLEMENTATION = "a pluggy hook implementation: pluggy calls it with the arguments its signature names"


def hook_implementation(function: RawCallable) -> bool:
    """pluggy calls a hook implementation by keyword with just the arguments its def names (it reads them off the
    signature), so no call it makes breaks when one goes (pytest-xdist 3.6's `WorkerInteractor`
    `.pytest_collection_modifyitems` dropped `session`): one marked by a `HookimplMarker` (`@pytest.hookimpl`,
    `@hookimpl`), or a plugin class's unmarked `pytest_*` method, which pytest registers by its name. A hook
    specification (`@pytest.hookspec`) is the contract implementations name parameters from: its changes stay."""
    lasts = [name.rsplit(".", 1)[-1] for name in function.decorators]
    if any(last.endswith("hookspec") for last in lasts):
        return False
    if any(last.endswith("hookimpl") for last in lasts):
        return True
    return function.kind == "method" and function.name.startswith("pytest_")


def callable_symbol(
    path: str,
    kind: str,
    file: str,
    line: int,
    target: str,
    function: RawCallable,
    module: RawModule,
    resolver: Resolver,
    hierarchy: Hierarchy,
    owner: str = "",
    via: str = "",
) -> Symbol:
    """A `Symbol` for the callable with the fields describing its calling convention (params None when a decorator
    hides them); `owner` is the class defining it, `via` the class whose constructor it is (see
    `Hierarchy.forward_target`). Built with its keywords spelled out: a `Symbol(**fields)` went through the compiled
    constructor's keyword parsing, 60,000 instructions a symbol."""
    replaced = decorator_replaces(function, module, resolver)
    spelled = _spelled_by_wrapper(function, replaced, module, resolver) if replaced else None
    if spelled is not None:
        replaced = ""
    hooked = not replaced and hook_implementation(function)
    params: tuple[Param, ...] | None = None if replaced or hooked else function.params if spelled is None else spelled
    unknown = _replaced_why(replaced, module, resolver) if replaced else HOOK_IMPLEMENTATION if hooked else ""
    warned_positional: tuple[str, ...] = ()
    if params and function.decorators and any(p.kind is ParamKind.KEYWORD_ONLY for p in params):
        if _positional_warned(function, module, resolver):
            params = _keyword_only_by_position(params)
            kinds = {p.name: p.kind for p in params}
            declared = (p.name for p in function.params if p.kind is ParamKind.KEYWORD_ONLY)
            warned_positional = tuple(name for name in declared if kinds[name] is not ParamKind.KEYWORD_ONLY)
    if params and function.decorators:
        params = _defaulted_by_wrapper(params, function, module, resolver)
        params = _positional_by_wrapper(params, function, module, resolver)
    if params and any(p.fallback is not None and p.fallback.startswith(HANDED_ON) for p in params):
        params = _handed_fates(params, module, resolver)
    if params and any(_names_global(p) for p in params):
        defining = hierarchy.classes.get(owner) if owner else None
        params = _constant_defaults(params, function.line, module, resolver, defining[0] if defining else None)
    if params and owner and any(p.fallback is not None and p.fallback.startswith(_OWN_VALUE) for p in params):
        defining = hierarchy.classes.get(owner)
        params = _init_defaults(params, defining[0]) if defining else params
    refused = _capped_positional(function, module, resolver, refused=True) if params else None
    if params and refused is not None:
        params = _keyword_only_past(params, refused)
    capped = _capped_positional(function, module, resolver) if params and not warned_positional else None
    if capped is not None:
        warned_positional = tuple(p.name for p in params or () if p.kind in POSITIONAL_KINDS)[capped:]
    forwards = tuple(
        hierarchy.forward_target(call, owner, module, via) if call != "?" else "?"
        for call in function.facts.kwargs_forwards
    )
    helper_refused = _refused_by_helper(function, module, resolver) if function.facts.kwargs_handed_keys else ()
    managed = _context_manager_protocol(function)
    wrapped = bool(function.decorators) and _awaitable_by_decorator(function, module, resolver, hierarchy)
    keyed = _keyed_keys(function.facts.kwargs_keyed, module, hierarchy)
    return Symbol(
        path,
        kind,
        file,
        line,
        target,
        params=params,
        method_kind=function.kind,
        is_async=(wrapped or _awaitable(function)) and not managed,
        is_generator=function.facts.is_generator and not (managed or wrapped),
        returns_call=function.facts.returns_call,
        returns_self=function.facts.returns_self,
        decorator=_decorator_form(function),
        stub=function.facts.stub,
        refuses_calls=function.facts.refuses_calls or _refusing_callee(function, module, resolver),
        max_varargs=_max_varargs(function, module, resolver, hierarchy, owner),
        min_varargs=function.facts.min_varargs,
        kwargs_closed=function.facts.kwargs_closed or _closed_by_helper(function, module, resolver),
        kwargs_checked=function.facts.kwargs_checked,
        kwargs_returned=function.facts.kwargs_returned,
        kwargs_keys_only=function.facts.kwargs_keys_only,
        kwargs_keyed=keyed[0],
        kwargs_keyed_by=keyed[1],
        returns=function.returns,
        returns_inferred=_inferred_return(function, module, hierarchy, owner),
        overload_returns=function.overload_returns,
        kwargs_options=tuple(
            o
            for o in function.facts.kwargs_options + _handed_options(function, module, resolver)
            if o not in helper_refused
        ),
        kwargs_required=function.facts.kwargs_required,
        defaults_unsure=function.facts.defaults_unsure,
        wrapper_options=_wrapper_options(function, module, resolver),
        kwargs_forwards=forwards,
        kwargs_via=(via or owner) if forwards and _forwards_on_instance(function) else "",
        kwargs_filled=tuple(sorted({*function.facts.kwargs_filled, *helper_refused})),
        callback_calls=function.facts.callback_calls if function.kind == "function" else (),
        kwargs_positional=function.facts.kwargs_positional,
        kwargs_beside=function.facts.kwargs_beside,
        kwargs_renamed=_renamed(function, module, resolver) + _renamed_by_decorator(function, module, resolver),
        positional_deprecated=warned_positional,
        positional_cap=capped if warned_positional else None,
        passes_to=_passes_to(function, module, hierarchy, owner, via),
        variadics_sliced=function.facts.passes_to is not None and function.facts.passes_to[0].startswith(SLICED),
        handed_on=function.facts.handed_on,
        super_handed=function.facts.super_handed,
        params_unread=all_unsure(function.params) if module.file.endswith(".pyi") else function.facts.params_unread,
        body_crc=function.facts.body_crc,
        params_raising=function.facts.params_raising,
        returned_from=called_target(function.facts.returns_of, module, resolver),
        uses_crc=function.facts.uses_crc,
        respelled_crc=function.facts.respelled_crc,
        params_called=() if module.file.endswith(".pyi") else function.facts.params_called,
        varargs_forwarded=function.facts.varargs_forwarded,
        delegates=_delegates(function, module, hierarchy, owner, via),
        signature_unknown=unknown,
        abstract=owner in hierarchy.classes
        and any(name.rsplit(".", 1)[-1] in ABSTRACT_DECORATORS for name in function.decorators)
        and hierarchy.enforces_abstract(owner, *hierarchy.classes[owner]),
        class_members=managed or _constructed_members(function, module, resolver, hierarchy),
        expires_in=_expiring_decorator(function, module, resolver, hierarchy) if function.decorator_arguments else None,
    )


def _keyed_keys(
    keyed: tuple[str, str, tuple[str, ...]] | None, module: RawModule, hierarchy: Hierarchy
) -> tuple[tuple[str, ...], str]:
    """(the keys, the separator) of the collection a body checks each key of its `**kwargs` against (see
    `keyedkwargs`), when every key is known: a module global bound once to a tuple of string literals, or a
    class's registry its `__init_subclass__` fills with the literal key attribute of each subclass of the
    distribution. ((), "") otherwise: no claim."""
    if keyed is None:
        return (), ""
    written, separator, skipped = keyed
    head, _, attribute = written.rpartition(".")
    if not head:  # a tuple: a list or set a function may grow unseen
        bound = module.bindings.get(written, [])
        held = bound[0].held if len(bound) == 1 and isinstance(bound[0], RawAttribute) else None
        keys = _collection_keys((written,), module, hierarchy.resolver) if held == "tuple" else None
    elif head in ("self", "cls"):  # a subclass's own attribute may be checked: not read
        keys = None
    else:
        keys = _registered_keys(head, attribute, module, hierarchy)
    return ((*skipped, *keys), separator) if keys else ((), "")


def _registered_keys(written: str, attribute: str, module: RawModule, hierarchy: Hierarchy) -> tuple[str, ...] | None:
    """The literal key attribute of each class of the distribution below the class `written` names, when
    `attribute` views the registry its `__init_subclass__` fills (`RawClass.registry_views`); None when a subclass's
    key is not a literal string (which it registers is not known)."""
    found = hierarchy.resolver.resolve_dotted(module.module, written)
    registry = found.definition if found is not None else None
    if found is None or found.module is None or not isinstance(registry, RawClass):
        return None
    if attribute not in registry.registry_views:
        return None
    keys: list[str] = []
    for home in hierarchy.resolver.modules.values():
        for bindings in home.bindings.values():
            for cls in bindings:
                if not isinstance(cls, RawClass) or cls is registry:
                    continue
                target = f"{home.module}.{cls.name}"
                if found.target not in hierarchy.mro(target, cls, home)[1:]:
                    continue
                member = hierarchy.members(target, cls, home).get(registry.registry_key)
                held = member[0] if member is not None else None
                if held is None or isinstance(held, RawAttribute) and held.declared:  # no key: none registered
                    continue
                if not isinstance(held, RawAttribute) or held.scalar is None or held.held != "str":
                    return None
                keys.append(held.scalar)
    return tuple(dict.fromkeys(keys))


def _expiring_decorator(
    function: RawCallable, module: RawModule, resolver: Resolver, hierarchy: Hierarchy
) -> tuple[str, str] | None:
    """(decorator, version) for a decorator call handing a deprecator of the distribution the version its
    deprecation lasts until, when the deprecator's code tests that version to raise (see `expiry.expiry_params`): a
    def returning the decorator, or an instance of a class whose `__call__` does (nibabel's `deprecate_with_version =
    Deprecator(cmp_pkg_version)`)."""
    for name, called, arguments in zip(
        function.decorators, function.decorators_called, function.decorator_arguments, strict=False
    ):
        if not called or not arguments:
            continue
        params = _deprecator_expiry(resolver.resolve_dotted(module.module, name), resolver, hierarchy)
        if params and (until := handed_until(arguments, params)):
            return (name, until)
    return None


def applied_expiry(
    attribute: RawAttribute, module: RawModule, resolver: Resolver, hierarchy: Hierarchy
) -> tuple[str, str] | None:
    """(deprecator, version) for a name bound by applying a deprecator call of the distribution to a callable
    (nibabel 5.0's `setattr_on_read = deprecate_with_version(..., until='5.0')(auto_attr)`), handed the version its
    deprecation lasts until, when the deprecator's code tests that version to raise (see `_expiring_decorator`)."""
    if not attribute.made_applied or attribute.made_by is None or not attribute.made_with:
        return None
    params = _deprecator_expiry(resolver.resolve_dotted(module.module, attribute.made_by), resolver, hierarchy)
    until = handed_until(attribute.made_with, params) if params else ""
    return (attribute.made_by, until) if until else None


def _deprecator_expiry(
    found: Resolved | None, resolver: Resolver, hierarchy: Hierarchy
) -> tuple[tuple[str, int, str], ...]:
    """The until-like parameters the deprecator a decorator resolves to tests to raise, with the boundary tested,
    read through the method of its class or the function of its module the test defers to (see `expiry_params`)."""
    if found is None or found.module is None:
        return ()
    home = found.module.module
    if isinstance(found.definition, RawCallable):
        params = found.definition.facts.expiry_params
        return tuple((n, slot, _boundary_read(b, home, {}, resolver)) for n, slot, b in params)
    made = found.definition.instance_of if isinstance(found.definition, RawAttribute) else None
    cls = resolver.resolve_dotted(home, made) if made else None
    if cls is None or not isinstance(cls.definition, RawClass) or cls.module is None:
        return ()
    members = hierarchy.members(cls.target, cls.definition, cls.module)
    call = members.get("__call__")
    if call is None or not isinstance(call[0], RawCallable):
        return ()
    home = call[2].module
    return tuple((n, slot, _boundary_read(b, home, members, resolver)) for n, slot, b in call[0].facts.expiry_params)


def _boundary_read(boundary: str, module: str, members: dict[str, Member], resolver: Resolver) -> str:
    """The boundary a deprecator's test says (see `expiry.deferred_to`): its own, or the `version_test` of the method
    (among `members`) or function (written in `module`) it defers to; "" when neither says."""
    name = deferred_to(boundary)
    if not name:
        return boundary
    if name.startswith("self."):
        member = members.get(name.removeprefix("self."))
        tested = member[0] if member is not None else None
    else:
        resolved = resolver.resolve_dotted(module, name)
        tested = resolved.definition if resolved is not None else None
    return tested.facts.version_test if isinstance(tested, RawCallable) else ""


def _spelled_by_wrapper(
    function: RawCallable, replacing: str, module: RawModule, resolver: Resolver
) -> tuple[Param, ...] | None:
    """The parameters a caller passes the function when the decorator replacing it (see `decorator_replaces`: the
    ones outside it keep its signature), applied bare, hands back a wrapper spelling its own (see
    `CallableFacts.wrapper_params`): that wrapper is what is called, less the instance for a method. None when it
    does not, or for a property (nothing calls it)."""
    index = function.decorators.index(replacing)
    if function.kind == "property" or index < len(function.decorators_called) and function.decorators_called[index]:
        return None
    resolved = resolver.resolve_dotted(module.module, replacing)
    definition = resolved.definition if resolved is not None else None
    spelled = definition.facts.wrapper_params if isinstance(definition, RawCallable) else None
    if spelled is None or function.kind not in ("method", "classmethod"):
        return spelled
    return spelled[1:] if spelled and spelled[0].kind in POSITIONAL_KINDS else None


def _derived_later(outside: str, rest: list[str]) -> bool:
    """A standard-library class later in the order derives from `outside`: the real order runs it first (an outside
    class's own bases are not read, so `argparse._ActionsContainer`, a base of a mixin, lands before the
    `argparse.ArgumentParser` that derives from it; jsonargparse 4.48's `ArgumentParser`)."""
    return any(
        key.startswith(EXTERNAL) and key[len(EXTERNAL) :] != outside and stdlib_subclass(key[len(EXTERNAL) :], outside)
        for key in rest
    )


def _forwards_on_instance(function: RawCallable) -> bool:
    """Some call the body hands `**kwargs` to goes through `self`, `cls` or `super()`: the instance's class decides
    where."""
    return any(call.split(".", 1)[0] in ("self", "cls", "super") for call in function.facts.kwargs_forwards)


def _refused_by_helper(function: RawCallable, module: RawModule, resolver: Resolver) -> tuple[str, ...]:
    """The keywords a helper of the distribution the body hands its `**kwargs` dict and a literal key refuses
    (`raise_for_deprecated_parameter(kwargs, "user", "username")`, see `handedkwargs.param_refused`): every call
    passing one raises, as for a key the body refuses itself (`CallableFacts.kwargs_filled`)."""
    found: list[str] = []
    for callee, slot, at, key in function.facts.kwargs_handed_keys:
        helper = _helper(callee, module, resolver)
        if helper is not None and (slot, at) in helper[0].facts.param_refused:
            found.append(key)
    return tuple(found)


def _handed_options(function: RawCallable, module: RawModule, resolver: Resolver) -> tuple[str, ...]:
    """The keys the functions of the distribution the body hands its `**kwargs` dict to take out of it (see
    `handedkwargs`): options the callable takes, though its own body never spells them."""
    found = dict.fromkeys(
        key for callee, slot in function.facts.kwargs_handed for key in _helper_keys(callee, slot, module, resolver)
    )
    return tuple(key for key in found if key not in function.facts.kwargs_options)


def _closed_by_helper(function: RawCallable, module: RawModule, resolver: Resolver) -> bool:
    """The body hands its `**kwargs` dict, used in no other way it cannot read, to one helper of the distribution
    that refuses keys it did not take, whose every key is known (docker 7.0's `ContainerCollection.create` hands it to
    `_create_container_args(kwargs)`, see `closedparams`)."""
    if not function.facts.kwargs_handed_only:
        return False
    (callee, slot), *_ = function.facts.kwargs_handed
    found = _helper(callee, module, resolver)
    if found is None:
        return False
    definition, home = found
    closed = next((c for c in definition.facts.param_closed if c[0] == slot), None)
    return closed is not None and _collection_keys(closed[2], home, resolver) is not None


def _collection_keys(names: tuple[str, ...], home: RawModule | None, resolver: Resolver) -> tuple[str, ...] | None:
    """The strings of the module globals `names` of the helper's module, each bound once to a literal of strings only
    (`RawAttribute.strings_only`); None when any is not."""
    keys: list[str] = []
    for name in names:
        bindings = home.bindings.get(name, []) if home is not None else []
        if len(bindings) != 1 or not isinstance(bindings[0], RawAttribute) or not bindings[0].strings_only:
            return None
        keys.extend(bindings[0].keys or ())
    return tuple(keys)


def _helper(callee: str, module: RawModule, resolver: Resolver) -> tuple[RawCallable, RawModule | None] | None:
    """The function of the distribution a callee spelled as in `CallableFacts.kwargs_handed` is, and its module."""
    if ":" in callee:  # `module:name` the body imported itself
        written, _, name = callee.partition(":")
        level = len(written) - len(written.lstrip("."))
        source = resolve_relative(module.module, module.is_package, level, written.lstrip(".") or None)
        resolved = resolver.lookup(source, name)
    else:
        resolved = resolver.resolve_dotted(module.module, callee)
    definition = resolved.definition if resolved is not None else None
    if not isinstance(definition, RawCallable) or definition.kind not in ("function", "staticmethod"):
        return None
    return definition, resolved.module if resolved is not None else None


def _helper_keys(callee: str, slot: int, module: RawModule, resolver: Resolver) -> tuple[str, ...]:
    """The keys a function of the distribution takes out of the dict handed at `slot` (a callee spelled as in
    `CallableFacts.kwargs_handed`), its loops' too when it closes the dict; () for anything else."""
    found = _helper(callee, module, resolver)
    if found is None:
        return ()
    definition, home = found
    keys = next((keys for at, keys in definition.facts.param_options if at == slot), ())
    for at, looped, names in definition.facts.param_closed:
        if at == slot:
            keys += looped + (_collection_keys(names, home, resolver) or ())
    return tuple(dict.fromkeys(keys))


def _renamed(function: RawCallable, module: RawModule, resolver: Resolver) -> tuple[tuple[str, str], ...]:
    """`CallableFacts.kwargs_renamed`, an old name a helper takes (`*callee@slot`, see `handedkwargs`) read from the
    helper: the one key it takes; a helper taking several names no one old name."""
    found: list[tuple[str, str]] = []
    for old, new in function.facts.kwargs_renamed:
        if old.startswith(HANDED):
            callee, _, slot = old[len(HANDED) :].rpartition("@")
            keys = _helper_keys(callee, int(slot), module, resolver)
            found.extend([(keys[0], new)] if len(keys) == 1 else [])
        else:
            found.append((old, new))
    return tuple(found)


_CONTEXT_MANAGERS = {
    "contextmanager": ("__call__", "__enter__", "__exit__"),
    "asynccontextmanager": ("__aenter__", "__aexit__", "__call__"),  # `AsyncContextDecorator` since Python 3.10
}
"""What the objects contextlib's decorators make of a generator function have (they are decorators too)."""


def _context_manager_protocol(function: RawCallable) -> tuple[str, ...]:
    """For a generator function under `@contextmanager` (or its async form): the methods of what its calls return,
    a context manager — neither an iterator nor an awaitable (a class with `__enter__` and `__exit__` become such a
    function keeps `with f(...):` working); () otherwise."""
    for name in function.decorators:
        found = _CONTEXT_MANAGERS.get(name.rsplit(".", 1)[-1])
        if found is not None and function.facts.is_generator:
            return found
    return ()


def _constructed_members(
    function: RawCallable, module: RawModule, resolver: Resolver, hierarchy: Hierarchy
) -> tuple[str, ...]:
    """`Symbol.class_members` of a module function every return of which builds an instance of a class of the
    distribution (`def Session(url): return _Session(url)`, a class become a factory): that class's members, or
    those every one of the classes has when the returns build several."""
    if function.kind != "function" or not function.facts.constructs:
        return ()
    built = [set(hierarchy.member_names(module, name)) for name in function.facts.constructs.split(BUILT_EITHER)]
    return tuple(sorted(set.intersection(*built)))
