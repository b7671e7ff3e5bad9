"""Which dependencies a release's classes inherit from, and which version of each the release accepts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from email.parser import HeaderParser
from pathlib import PurePosixPath

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from bot.apidiff.model import ModuleStatus, Surface, Symbol
from bot.apidiff.reexported import repointed
from bot.apidiff.stdlib import is_stdlib

_REQUIRES_TXT_SECTION = re.compile(r"^\[.*\]$")


def requirements_from_metadata(text: str) -> tuple[str, ...]:
    """`Requires-Dist` values of a wheel's METADATA (or an sdist's PKG-INFO) that apply without extras."""
    message = HeaderParser().parsestr(text)
    return unconditional_requirements(message.get_all("Requires-Dist") or [])


def requirements_from_requires_txt(text: str) -> tuple[str, ...]:
    """The unconditional requirements of an `*.egg-info/requires.txt` (the lines before the first `[section]`)."""
    lines = []
    for line in text.splitlines():
        if _REQUIRES_TXT_SECTION.match(line.strip()):
            break
        lines.append(line.strip())
    return unconditional_requirements(line for line in lines if line and not line.startswith("#"))


def unconditional_requirements(values: Iterable[str]) -> tuple[str, ...]:
    """The requirements among `values` that apply without extras (invalid ones left out)."""
    found = []
    for value in values:
        try:
            requirement = Requirement(value)
        except InvalidRequirement:
            continue
        if requirement.marker is not None and "extra" in str(requirement.marker):
            continue
        found.append(str(requirement))
    return tuple(found)


def _import_heads(surface: Surface, old: Surface | None) -> set[str]:
    """Top-level names of the outside modules the release's classes inherit from, or that names which were classes or
    functions before now point to (`flask_wtf.Form` becoming `wtforms.Form`, see `movedout.repointed`)."""
    heads = set()
    repointed_to = repointed(surface, old) if old is not None else {}
    for symbol in surface.symbols.values():
        was_class = old is not None and getattr(old.symbols.get(symbol.path), "kind", "") == "class"
        outside = symbol.external_bases if symbol.kind == "class" else (symbol.target,) if was_class else ()
        if symbol.path in repointed_to:
            outside = (repointed_to[symbol.path],)
        for dotted in outside:
            if dotted and not is_stdlib(dotted):
                heads.add(dotted.split(".", 1)[0].lower())
    return heads


def needed_dependencies(
    surface: Surface, old: Surface | None = None, asked: Iterable[str] | None = None
) -> list[Requirement]:
    """The requirements whose distribution name matches a module the release's classes inherit from (and, with
    `asked`, one of those outside paths leads into). When such a module's name is no requirement's, the requirements
    whose names spell no module the release imports are read too (`_unspelled`)."""
    heads = _import_heads(surface, old)
    if asked is not None:
        heads &= {path.split(".", 1)[0].lower() for path in asked}
    needed = []
    spelled: set[str] = set()
    for text in surface.requires:
        requirement = Requirement(text)
        names = _spellings(requirement)
        spelled |= names
        if names & heads:
            needed.append(requirement)
    own = {report.module.partition(".")[0].lower() for report in surface.modules}
    if heads - spelled - own:  # a module of the release's own package missing from it is no other's
        taken = {str(requirement) for requirement in needed}
        needed += [requirement for requirement in _unspelled(surface) if str(requirement) not in taken]
    return needed


MAX_UNSPELLED = 3
"""Requirements read for a module no requirement's name spells, at most: a release requiring more that it never
imports says too little of which one installs it (each costs a download); its classes' members stay unknown."""


def _spellings(requirement: Requirement) -> set[str]:
    """The import names a distribution's name spells (`python-dateutil`: `python_dateutil`, `dateutil`)."""
    name = canonicalize_name(requirement.name).replace("-", "_")
    return {name, name.removeprefix("python_")}


def _unspelled(surface: Surface) -> list[Requirement]:
    """The requirements that may install a module under another name than theirs: imbalanced-learn 0.14's classes
    inherit from `sklearn.base.BaseEstimator`, which scikit-learn installs, and `sklearn` is no requirement's name;
    a requirement whose name spells a module the release imports (`numpy`, `scipy`, `joblib`) is that module's. Only
    those applying on every install; none when more than `MAX_UNSPELLED` are left."""
    imported = {head.lower() for head in surface.imported_heads}
    found = []
    for text in surface.requires:
        requirement = Requirement(text)
        if requirement.marker is None and not _spellings(requirement) & imported:
            found.append(requirement)
    return found if len(found) <= MAX_UNSPELLED else []


def added_requirements(new: Surface, old: Surface) -> list[Requirement]:
    """What `new` requires that `old` did not (by distribution name): code the release moved out may now run
    there."""
    before = {_requirement_name(text) for text in old.requires}
    return [
        requirement for requirement in parsed_requirements(new) if canonicalize_name(requirement.name) not in before
    ]


def parsed_requirements(surface: Surface) -> list[Requirement]:
    """The release's requirements, those that cannot be parsed left out."""
    found = []
    for text in surface.requires:
        try:
            found.append(Requirement(text))
        except InvalidRequirement:
            continue
    return found


def dependency_namespace(symbol: Symbol, requires: Iterable[str]) -> bool:
    """A folder without `__init__.py` under the top-level name of a distribution the release requires: that
    distribution's package, which the release only adds modules to. daphne 4.1.2's wheel put its Twisted plugin in
    `twisted/plugins/fd_endpoint.py`; 4.2.0 ships it no more, and `twisted` is still Twisted's (required by both)."""
    if symbol.kind != "module" or PurePosixPath(symbol.file).suffix:
        return False
    head = canonicalize_name(symbol.path.split(".", 1)[0])
    return any(_requirement_name(text) == head for text in requires)


def moved_to_requirements(old: Surface, new: Surface) -> frozenset[str]:
    """Top-level packages or modules the old release shipped itself (a file of its own, not a namespace folder it
    only added to) that the new release requires on every install a distribution of that name for, which the old
    release did not require: the code moved out into it. cssutils 2.13 stopped shipping its `encutils` package and
    requires the `encutils` distribution instead: `import encutils` still works wherever cssutils is installed; what
    the module holds there is another distribution's, unknown here. Read once per diff: the requirements are parsed
    once, not for every removed path."""
    required = {canonicalize_name(r.name) for r in added_requirements(new, old) if r.marker is None}
    return frozenset(head for head in _shipped_heads(old) if canonicalize_name(head) in required)


def _shipped_heads(old: Surface) -> list[str]:
    """The top-level names the release ships as files of its own (a module, or a package's `__init__`)."""
    return [
        path
        for path, symbol in old.symbols.items()
        if "." not in path and symbol.kind == "module" and PurePosixPath(symbol.file).suffix
    ]


def _requirement_name(text: str) -> str:
    try:
        return canonicalize_name(Requirement(text).name)
    except InvalidRequirement:
        return ""


def best_version(requirement: Requirement, versions: Iterable[str]) -> str | None:
    """The newest final version the requirement admits (what a fresh install of the release gets)."""
    admitted = []
    for text in versions:
        try:
            version = Version(text)
        except InvalidVersion:
            continue
        if not version.is_prerelease and requirement.specifier.contains(version, prereleases=False):
            admitted.append(version)
    return str(max(admitted)) if admitted else None


def ships_no_code(surface: Surface) -> bool:
    """The release holds no Python module at all (a metapackage), not one that failed to be read."""
    return all(report.status is ModuleStatus.EMPTY for report in surface.modules)


def exact_pins(surface: Surface) -> list[tuple[str, str]]:
    """(name, version) of each unconditional requirement pinned to one release (`typer-slim[standard]==0.12.0`): where
    a release that ships no code of its own may keep it (typer 0.12.0 moved its package into typer-slim)."""
    pins: list[tuple[str, str]] = []
    for text in surface.requires:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue
        specifiers = list(requirement.specifier)
        if requirement.marker is None and len(specifiers) == 1:
            (only,) = specifiers
            if only.operator in ("==", "===") and "*" not in only.version:
                pins.append((canonicalize_name(requirement.name), only.version))
    return pins


def with_code_of(metapackage: Surface, holders: Iterable[Surface]) -> Surface | None:
    """The metapackage's surface made of the one pinned release that holds code (the others ship none, or there is
    more than one and which one users import cannot be told), under the metapackage's name and version; its own other
    requirements are kept beside the holder's."""
    with_code = [holder for holder in holders if not ships_no_code(holder)]
    if len(with_code) != 1:
        return None
    (holder,) = with_code
    others = tuple(
        text for text in metapackage.requires if _requirement_name(text) != canonicalize_name(holder.package)
    )
    return replace(
        holder,
        package=metapackage.package,
        version=metapackage.version,
        requires=(*holder.requires, *others),
        code_from=f"{holder.package} {holder.version}",
    )


def code_from_notes(*surfaces: Surface) -> list[str]:
    """A note for each side read from the release it pins rather than its own artifact, which holds no code."""
    return [
        f"{surface.package} {surface.version} ships no code of its own: what was read is {surface.code_from}, the "
        "one release it pins that has code"
        for surface in surfaces
        if surface.code_from
    ]
