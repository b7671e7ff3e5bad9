"""Per-repository settings from `.github/release-watch.yml`: parsed, validated, and explained when invalid."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Protocol

import yaml
from packaging.utils import canonicalize_name
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

CONFIG_PATH = ".github/release-watch.yml"
MAX_CONFIG_BYTES = 64 * 1024
MAX_CONFIG_DEPTH = 20
MAX_CONFIG_NODES = 5_000
DEFAULT_LABELS: tuple[str, ...] = ("dependencies", "release-watch")


class Mode(StrEnum):
    """What the bot opens for a finding."""

    ISSUE = "issue"
    PR = "pr"
    BOTH = "both"


def _names(value: object) -> object:
    """Accept a single string where a list is expected; normalise package names per PEP 503."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(canonicalize_name(v.strip()) for v in value if v.strip())
    return value


class PackageFilter(BaseModel):
    """Packages to watch (empty: all of the watchlist) and packages to ignore."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    watch: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @field_validator("watch", "ignore", mode="before")
    @classmethod
    def _normalise(cls, value: object) -> object:
        return _names(value)


class RepoConfig(BaseModel):
    """The validated contents of `.github/release-watch.yml`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mode: Mode = Mode.ISSUE
    packages: PackageFilter = Field(default_factory=PackageFilter)
    labels: tuple[str, ...] = DEFAULT_LABELS
    warn_on_deprecations: bool = True
    assignees: tuple[str, ...] = ()

    @field_validator("labels", "assignees", mode="before")
    @classmethod
    def _single_string(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @property
    def opens_issues(self) -> bool:
        """True when findings become issues."""
        return self.mode in (Mode.ISSUE, Mode.BOTH)

    @property
    def opens_prs(self) -> bool:
        """True when findings become pull requests adding an upper bound."""
        return self.mode in (Mode.PR, Mode.BOTH)

    def watches(self, package: str) -> bool:
        """True when this repository wants findings about `package`."""
        name = canonicalize_name(package)
        if name in self.packages.ignore:
            return False
        return not self.packages.watch or name in self.packages.watch


class ConfigResult(BaseModel):
    """The configuration to apply, and why it is the default when the file was invalid."""

    model_config = ConfigDict(frozen=True)

    config: RepoConfig
    error: str | None = None


class _Mark(Protocol):
    """Where in the text: a `yaml.Mark`, or libyaml's own mark class when the C parser made the event."""

    line: int
    column: int


class _Refused(Exception):
    """A YAML file the bot will not construct, with where and why."""

    def __init__(self, mark: _Mark | None, reason: str) -> None:
        super().__init__(reason)
        self.mark = mark
        self.reason = reason


def _check_events(text: str) -> None:
    """Refuse anchors, aliases, deep nesting and node floods before anything is built.

    Parsing events is linear in the input; constructing is not (an alias bomb of 600 bytes expands to gigabytes),
    and the composer recurses once per nesting level. The settings file needs none of these.
    """
    depth = nodes = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(event.start_mark, "YAML aliases (`*name`) are not allowed in this file")
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            raise _Refused(event.start_mark, "YAML anchors (`&name`) are not allowed in this file")
        if isinstance(event, yaml.NodeEvent):
            nodes += 1
            if nodes > MAX_CONFIG_NODES:
                raise _Refused(event.start_mark, f"more than {MAX_CONFIG_NODES} values")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_CONFIG_DEPTH:
                raise _Refused(event.start_mark, f"nested deeper than {MAX_CONFIG_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _key_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Map each key path of a YAML mapping to its 1-based line, for pointing at an invalid value."""
    lines: dict[tuple[str | int, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[str | int, ...]) -> None:
        lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = (*path, str(key.value))
                lines[child] = key.start_mark.line + 1
                walk(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, ())
    return lines


def _line_of(lines: dict[tuple[str | int, ...], int], loc: tuple[str | int, ...]) -> int | None:
    """The line of the deepest known prefix of a validation error location."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _validation_message(path: str, text: str, error: ValidationError) -> str:
    lines = _key_lines(text)
    parts = []
    for item in error.errors():
        loc = tuple(item["loc"])
        where = f"{path}:{line}" if (line := _line_of(lines, loc)) else path
        field = ".".join(str(p) for p in loc) or "(top level)"
        parts.append(f"{where}: `{field}`: {item['msg']}")
    return "\n".join(parts)


def parse_repo_config(content: bytes | str | None, path: str = CONFIG_PATH) -> ConfigResult:
    """Parse the config file's content (None: no file); an invalid file yields defaults plus a precise error."""
    if content is None:
        return ConfigResult(config=RepoConfig())
    if len(content) > MAX_CONFIG_BYTES:
        return ConfigResult(config=RepoConfig(), error=f"{path}: file is larger than {MAX_CONFIG_BYTES} bytes")
    try:
        text = content.decode("utf-8") if isinstance(content, bytes) else content
    except UnicodeDecodeError as e:
        return ConfigResult(config=RepoConfig(), error=f"{path}: not valid UTF-8 (byte {e.start})")
    try:
        _check_events(text)
        data: Any = yaml.safe_load(text)
    except _Refused as e:
        where = f"{path}:{e.mark.line + 1}:{e.mark.column + 1}" if e.mark else path
        return ConfigResult(config=RepoConfig(), error=f"{where}: refused: {e.reason}")
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else path
        problem = " ".join(p for p in (e.context, e.problem) if p)
        return ConfigResult(config=RepoConfig(), error=f"{where}: invalid YAML: {problem}")
    except yaml.YAMLError as e:
        return ConfigResult(config=RepoConfig(), error=f"{path}: invalid YAML: {e}")
    if data is None:
        return ConfigResult(config=RepoConfig())
    if not isinstance(data, dict):
        return ConfigResult(
            config=RepoConfig(), error=f"{path}:1: expected a mapping of settings, found {type(data).__name__}"
        )
    try:
        return ConfigResult(config=RepoConfig.model_validate(data))
    except ValidationError as e:
        return ConfigResult(config=RepoConfig(), error=_validation_message(path, text, e))
