"""The change model: what a release breaks, shared by the diff engine, the usage finder and the GitHub side."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from bot.symbol_names import is_private_change
from bot.symbol_names import is_private_symbol as is_private_symbol


class ChangeKind(StrEnum):
    """What happened to a public symbol between two releases."""

    REMOVED = "removed"
    SIGNATURE_CHANGED = "signature_changed"
    DEPRECATED = "deprecated"
    ENV_VAR_REMOVED = "env_var_removed"


class ObjectKind(StrEnum):
    """What kind of object the symbol names."""

    MODULE = "module"
    CLASS = "class"
    FUNCTION = "function"
    METHOD = "method"
    PROPERTY = "property"
    ATTRIBUTE = "attribute"
    ALIAS = "alias"
    PARAMETER = "parameter"
    ENV_VAR = "env_var"
    CONFIG_KEY = "config_key"
    CLASS_OPTION = "class_option"
    """An option set in a user's nested options class (`class Meta: ordered = True`): `Holder.Meta.ordered`."""
    CLI_OPTION = "cli_option"
    """A command-line option a console script or pytest plugin declares: `cli:--flag`."""
    USER_ATTRIBUTE = "user_attribute"
    """An attribute the release reads from objects users define (a DRF view's `filter_fields`): `attr:name`."""
    COMMAND = "command"
    """A def a click decorator turned into a command object (`@cli.command() def list`): no function any more."""


class Location(BaseModel):
    """A place in a release's source tree, relative to the distribution root."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int


class SignatureDelta(BaseModel):
    """How a callable's parameters changed; enough to check a call site against the new signature."""

    model_config = ConfigDict(frozen=True)

    removed: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()
    renamed_in_place: tuple[str, ...] = ()
    """Of `renamed`, the old names of positional parameters renamed in their slot over the same code: a positional
    call hands the value to the same code as before, only a keyword call breaks."""
    made_positional_only: tuple[str, ...] = ()
    made_keyword_only: tuple[str, ...] = ()
    new_required: tuple[str, ...] = ()
    defaults_removed: tuple[str, ...] = ()
    absorbed_by_kwargs: tuple[str, ...] = ()
    deprecated_parameters: tuple[str, ...] = ()
    moved: tuple[tuple[str, int, int], ...] = ()
    """Positional parameters now at another slot: (name, old index, new index); positional callers pass them wrong."""
    keyword_only_slots: tuple[tuple[str, int], ...] = ()
    """(name, old index) of the positional parameters made keyword-only: a call passing more positional arguments
    than that index hands that value to another parameter, or is refused (flask-limiter 3's `Limiter(app, ...)`)."""
    kwargs_ignored: tuple[str, ...] = ()
    """Of `absorbed_by_kwargs`, those the new `**kwargs` takes but never reads: a keyword call binds and is silently
    ignored, where it raised TypeError for the others."""
    kwargs_unverified: tuple[str, ...] = ()
    """Removed keywords now swallowed by `**kwargs` whose forwarding could not be followed, and removed `*args` or
    `**kwargs` (named with their stars) the old callable handed on to a callable not followed (lower confidence)."""
    kwargs_bound_whole: tuple[str, ...] = ()
    """Of `kwargs_unverified`, positional parameters whose slot another parameter took while the new `**kwargs`
    binds their keyword but no code read takes it by that name (sanic 23.3's `Unauthorized(..., **challenges)` for
    `status_code`): removed, not keyword-only."""
    variadics_taken_by: str = ""
    """The callable the lost `*args`/`**kwargs` were handed on to, when found, whose own `*args`/`**kwargs` took them
    (what those accept is not read: the `kwargs_unverified` variadics)."""
    init_made_by: str = ""
    """The metaclass whose `__init__` calls now reach (see `Symbol.init_made_by`): the `kwargs_unverified` keywords
    are those it may still take, not ones a `**kwargs` forwards."""
    annotations_changed: tuple[tuple[str, str, str], ...] = ()
    """(parameter or "return", old annotation, new annotation) for incompatible type changes."""
    annotated_only: bool = False
    """The annotations changed over the same body: what calls do is unchanged, perhaps only a correction that type
    checkers see (mashumaro 3.23's toml `encode() -> str`, once `-> bytes`)."""
    annotation_uses_kept: tuple[str, ...] = ()
    """Parameters of `annotations_changed` whose annotation changed over the same lines using them, the body changed
    elsewhere: what a value passed meets is unchanged, perhaps only a correction that type checkers see (hypercorn
    0.18's `H2Protocol.initiate(settings: bytes | None)`, once `Optional[str]`)."""
    new_max_positional: int | None = None
    """Positional arguments the new signature accepts (self excluded); None when it takes *args."""
    deprecated_omitted: tuple[str, ...] = ()
    """Of `deprecated_parameters`, those whose warning is for calls leaving them out: passing them is the way out."""
    deprecated_when: tuple[tuple[str, str], ...] = ()
    """(parameter, condition) of `deprecated_parameters` warned only under conditions (`if verbose:`): a call passing
    a literal every condition of its parameter is false for (`verbose=False`) never warns."""
    deprecated_later: tuple[str, ...] = ()
    """Of `deprecated_parameters`, those another method warns about once the constructor stored them (an extension's
    `init_app`): passing them is deprecated, but constructing alone shows no warning."""
    positional_deprecated: tuple[str, ...] = ()
    """Parameters a call may still pass by position, with a warning: they are becoming keyword-only (their slots are
    in `deprecated_slots`)."""
    deprecated_slots: tuple[tuple[str, int], ...] = ()
    """Deprecated parameters a call may pass by position: (name, slot), `self` excluded; a call passing more
    positional arguments than the slot passes it."""
    deprecated_values: tuple[tuple[str, str, int], ...] = ()
    """(parameter, value's repr, positional slot or -1) for the literal values whose passing now warns (`if mode ==
    "legacy": warn(...)`): a call passing that very literal is warned, any other call is not."""
    defaults_changed: tuple[tuple[str, str, str, int], ...] = ()
    """(parameter, old default, new default, old positional slot or -1) for the literal defaults whose value changed
    (flask 2.0's `send_file(conditional=False)` now `True`): a call leaving the parameter out gets the new value, one
    passing it is unaffected. No call fails: what the call then does may differ, which the diff cannot tell."""
    keywords_named: tuple[str, ...] | None = None
    """With a deprecated `**kwargs` among `deprecated_parameters`: the parameters the new signature takes by name, so
    that any other keyword a call passes is known to land in the deprecated `**kwargs`; None when not told."""
    hook_positional: int | None = None
    """For a hook the release now calls with more: the positional arguments of the call that shows it, `self`
    excluded (-1: unknown); an override whose own signature takes that call (a subclass already written for the new
    release) is not hit."""
    hook_keywords: tuple[str, ...] = ()
    """The keywords that call passes (`**` for a mapping unpacked)."""
    now_raising: tuple[str, ...] = ()
    """Optional parameters both signatures take that the new body raises for when given, at a top-level `if` testing
    that they were, where the old body read them (odmantic 1.0's `Model.copy(include=...)`)."""
    no_longer_read: tuple[str, ...] = ()
    """Parameters both signatures take that the old body read and the new one never names: a call passing them
    binds, and the value is silently ignored (fonttools 4.27's `TTFont(allowVID=...)`)."""
    no_longer_read_warned: tuple[str, ...] = ()
    """Of `no_longer_read`, those a warning of the new body names (it says so itself)."""
    old_signature: str = ""
    new_signature: str = ""


class Change(BaseModel):
    """One breaking or warning change of a public symbol (see ARCHITECTURE.md's `diff` JSON contract)."""

    model_config = ConfigDict(frozen=True)

    symbol: str
    """Dotted public path (`werkzeug.urls.url_decode`), `env:NAME` for an environment variable, `config:KEY` for a
    Flask config key."""
    kind: ChangeKind
    object: ObjectKind
    detail: str = ""
    deprecated_since: str | None = None
    deprecated_parameter: str = ""
    """For a signature change: the parameter whose deprecation `deprecated_since` dates (empty when it dates the
    symbol's own): `Engine.run`'s `seed` was deprecated, not the method."""
    old_location: Location | None = None
    new_location: Location | None = None
    hint: str | None = None
    signature: SignatureDelta | None = None
    aliases: tuple[str, ...] = ()
    """Every other public path users spell for the same object (`werkzeug.test.Client.cookie_jar` ...)."""
    breakage: str = ""
    """The catalogue kind id (`docs/breaking-changes.md`), the most telling one when several apply."""
    breakages: tuple[str, ...] = ()
    """Every catalogue kind the change is."""
    witness: str = ""
    """A snippet that works against the old release and fails against the new one, for this symbol."""

    @property
    def member_name(self) -> str:
        """The last component of the symbol (the attribute a use would spell)."""
        if self.symbol.startswith("cli:"):
            return self.symbol.removeprefix("cli:")  # `--flag`: no dotted path
        return self.symbol.removeprefix("env:").removeprefix("config:").removeprefix("attr:").rsplit(".", 1)[-1]

    @property
    def calls_only(self) -> bool:
        """Only calls can be hit: a changed signature, or a deprecated parameter (importing or naming the callable
        is fine; a call passing what changed is the use)."""
        return self.kind is ChangeKind.SIGNATURE_CHANGED or (
            self.kind is ChangeKind.DEPRECATED
            and self.signature is not None
            and bool(
                self.signature.deprecated_parameters
                or self.signature.positional_deprecated
                or self.signature.deprecated_values
            )
        )

    @property
    def private(self) -> bool:
        """The symbol is private API (see `is_private_symbol`), or test code the distribution ships."""
        return is_private_change(self.symbol, self.detail)


class ReleaseDiff(BaseModel):
    """The changes between two releases of one package."""

    package: str
    old: str
    new: str
    changes: list[Change]
    notes: list[str] = []
    """What the diff could not decide and therefore does not claim (classes with unresolved outside ancestors)."""
    requires: list[str] = []
    """The new release's own requirements (its `Requires-Dist` without extras, markers kept): a tree whose exact
    pins exclude one never installs the release (Flask 2.3.0 requires `Jinja2>=3.1.2`; pygeoapi 0.14.0 pins
    `jinja2==3.0.3`). Empty when unknown."""

    def public(self) -> ReleaseDiff:
        """The same diff without changes to private names (what is shown and counted unless asked for)."""
        return self.model_copy(update={"changes": [change for change in self.changes if not change.private]})
