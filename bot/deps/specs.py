"""Version-range questions on PEP 440 specifier sets, Poetry constraint translation and bound suggestions."""

from __future__ import annotations

import re

from packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from packaging.version import InvalidVersion, Version

_BOUNDING_OPERATORS = frozenset({"<", "<=", "==", "~=", "==="})
_POETRY_TOKEN = re.compile(r"(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*([0-9A-Za-z.*+!_-]+)")


def has_upper_bound(specifiers: SpecifierSet) -> bool:
    """True when the set excludes every sufficiently large version (`<`, `<=`, `==`, `==X.*`, `~=`, `===`)."""
    return any(spec.operator in _BOUNDING_OPERATORS for spec in specifiers)


def admits(specifiers: SpecifierSet, version: str) -> bool:
    """Whether `version` satisfies the set; pre-releases only when a specifier names one."""
    try:
        parsed = Version(version)
    except InvalidVersion:
        return any(spec.operator == "===" and spec.version == version for spec in specifiers)
    return specifiers.contains(parsed, prereleases=bool(specifiers.prereleases))


def _release_text(release: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in release)


def _caret(version: Version) -> str:
    release = version.release
    parts = list(release)
    index = next((i for i, part in enumerate(parts) if part != 0), len(parts) - 1)
    upper = parts[: index + 1]
    upper[-1] += 1
    return f">={version},<{_release_text(tuple(upper))}"


def _tilde(version: Version) -> str:
    release = version.release
    upper = list(release[:2]) if len(release) >= 2 else [release[0]]
    upper[-1] += 1
    return f">={version},<{_release_text(tuple(upper))}"


def poetry_to_pep440(constraint: str) -> str:
    """Translate a Poetry version constraint (`^1.2`, `~1.2`, `*`, `1.2.*`, `>=1 <2`) into a PEP 440 specifier.

    Raises ValueError (with the constraint in the message) for `||` unions and unparsable pieces.
    """
    text = constraint.strip()
    if "||" in text or "|" in text:
        raise ValueError(f"Poetry union constraint {constraint!r} cannot be expressed as one PEP 440 range")
    pieces: list[str] = []
    for chunk in text.split(","):
        chunk = chunk.strip()
        position = 0
        while position < len(chunk):
            if chunk[position].isspace():
                position += 1
                continue
            match = _POETRY_TOKEN.match(chunk, position)
            if match is None:
                raise ValueError(f"invalid Poetry constraint {constraint!r}\n    {constraint}\n    {' ' * position}^")
            operator, version_text = match.group(1) or "", match.group(2)
            position = match.end()
            pieces.append(_poetry_piece(operator, version_text, constraint))
    result = ",".join(piece for piece in pieces if piece)
    try:
        SpecifierSet(result)
    except InvalidSpecifier as error:
        raise ValueError(f"invalid Poetry constraint {constraint!r}: {error}") from error
    return result


def _poetry_piece(operator: str, version_text: str, constraint: str) -> str:
    if version_text == "*":
        return ""
    if operator in ("", "=") and version_text.endswith("*"):
        return f"=={version_text}"
    if operator in ("^", "~"):
        try:
            version = Version(version_text)
        except InvalidVersion as error:
            raise ValueError(f"invalid version {version_text!r} in Poetry constraint {constraint!r}") from error
        return _caret(version) if operator == "^" else _tilde(version)
    return f"{'==' if operator in ('', '=') else operator}{version_text}"


def suggest_upper_bound(specifier: str, breaking: str) -> str | None:
    """The specifier with an upper bound that excludes `breaking` (`>=1.0.1` + 3.0.0 -> `>=1.0.1,<3`).

    None when every version the specifier admits is at or above `breaking` (no bound can help; the code must change).
    """
    try:
        version = Version(breaking)
        current = SpecifierSet(specifier)
    except (InvalidVersion, InvalidSpecifier):
        return None
    release = list(version.release)
    while len(release) > 1 and release[-1] == 0:
        release.pop()
    bound = f"<{_release_text(tuple(release))}"
    if _lowest_admitted_at_or_above(current, version):
        return None
    kept = [str(spec) for spec in current if not _redundant_upper(spec, version)]
    return ",".join(sorted(kept, key=_specifier_order) + [bound])


def _lowest_admitted_at_or_above(current: SpecifierSet, version: Version) -> bool:
    for spec in current:
        if spec.operator in (">=", ">", "==", "~=", "==="):
            try:
                floor = Version(spec.version.removesuffix(".*"))
            except InvalidVersion:
                continue
            if floor >= version or (spec.operator == ">" and floor.release >= version.release):
                return True
    return False


def _redundant_upper(spec: Specifier, version: Version) -> bool:
    if spec.operator not in ("<", "<="):
        return False
    try:
        return Version(spec.version) >= version
    except InvalidVersion:
        return False


def _specifier_order(text: str) -> tuple[int, str]:
    return (0 if text.startswith((">", "~", "=")) else 1, text)
