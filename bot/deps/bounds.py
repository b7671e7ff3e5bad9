"""Add an upper bound to one dependency with the smallest textual change its file format allows."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import Any

import tomlkit
import tomlkit.items
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name
from pydantic import BaseModel, ConfigDict

from bot.deps import suggest_upper_bound
from bot.errors import DependencyFileError

_NAME = re.compile(r"\s*[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?:\s*\[[^\]]*\])?")
_REQ_LINE_END = re.compile(r"(?<=\s)(?:#|--?[a-z])")  # a lookbehind: `\s+` would be quadratic on long blanks
_SETUP_KEYWORDS = {"install_requires", "setup_requires", "tests_require"}


class LineEdit(BaseModel):
    """One changed line: 1-based number, text before and after (without the line ending)."""

    model_config = ConfigDict(frozen=True)

    line: int
    old: str
    new: str


class BoundEdit(BaseModel):
    """The edited file and the lines that changed."""

    model_config = ConfigDict(frozen=True)

    path: str
    content: str
    edits: tuple[LineEdit, ...]


def upper_bound_for(version: str) -> str:
    """The smallest upper bound that excludes a breaking release and its successors: 3.0.0 → `<3`, 2.3.0 → `<2.3`."""
    bound = suggest_upper_bound("", version)
    if bound is None:
        raise DependencyFileError(f"not a valid version: {version!r}")
    return bound


def _admits(spec: str, version: str) -> bool:
    """True when a specifier string admits `version` (pre-releases included, since the release is named)."""
    try:
        return SpecifierSet(spec).contains(version, prereleases=True)
    except InvalidSpecifier:
        return False


def bound_requirement(text: str, package: str, version: str) -> str | None:
    """Return a PEP 508 string with the bound added when it names `package` and admits `version`, else None."""
    try:
        req = Requirement(text)
    except InvalidRequirement:
        return None
    if canonicalize_name(req.name) != canonicalize_name(package) or req.url:
        return None
    admitted = req.specifier.contains(version, prereleases=True)
    if not admitted or suggest_upper_bound(str(req.specifier), version) is None:
        return None  # does not admit the release, or admits nothing older: no bound helps
    name = _NAME.match(text)
    assert name is not None  # Requirement() accepted it, so it starts with a name
    marker = text.find(";", name.end())
    spec_text = text[name.end() : marker if marker >= 0 else len(text)].rstrip()
    insert_at = name.end() + len(spec_text)
    bound = upper_bound_for(version)
    if spec_text.endswith(")"):
        insert_at -= 1
        spec_text = spec_text[:-1]
    inner = spec_text.strip(" (")
    return text[:insert_at] + ("," + bound if inner else bound) + text[insert_at:]


def _bounded_spec(spec: str, version: str) -> str | None:
    """A Poetry/Pipfile version string with the bound added, or None when it does not admit `version`."""
    spec = spec.strip()
    if spec in ("", "*"):
        return upper_bound_for(version)
    if not _admits(spec, version) or suggest_upper_bound(spec, version) is None:
        return None
    return f"{spec},{upper_bound_for(version)}"


def _line_edits(old: str, new: str) -> tuple[LineEdit, ...]:
    """The lines that differ between two versions of a file with the same number of lines."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    if len(old_lines) != len(new_lines):
        raise DependencyFileError("an edit changed the number of lines")
    return tuple(
        LineEdit(line=i + 1, old=a, new=b) for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b
    )


def _edit_lines(content: str, edit: Callable[[str], str | None], wanted: int | None) -> str:
    """Apply `edit` to each line (or only line `wanted`), keeping line endings."""
    out = []
    for number, raw in enumerate(content.splitlines(keepends=True), start=1):
        body = raw.rstrip("\r\n")
        new = edit(body) if wanted in (None, number) else None
        out.append(raw if new is None else new + raw[len(body) :])
    return "".join(out)


def _edit_requirements_line(body: str, package: str, version: str) -> str | None:
    stripped = body.strip()
    if not stripped or stripped.startswith(("#", "-")) or stripped.endswith("\\"):
        return None  # comments, options, and requirements continued on the next line are left alone
    end = _REQ_LINE_END.search(body)
    cut = len(body[: end.start()].rstrip()) if end else len(body)
    new = bound_requirement(body[:cut], package, version)
    return None if new is None else new + body[cut:]


_CFG_REQUIREMENT_KEYS = {"install_requires", "setup_requires", "tests_require"}


def _edit_setup_cfg(content: str, package: str, version: str, wanted: int | None) -> str:
    """Edit requirement lines of `[options]` requirement keys and `[options.extras_require]` only."""
    out, section, key = [], "", ""
    for number, raw in enumerate(content.splitlines(keepends=True), start=1):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        new = None
        if stripped.startswith("[") and stripped.endswith("]"):
            section, key = stripped[1:-1].strip().lower(), ""
        elif stripped and not stripped.startswith(("#", ";")):
            head, value = "", body
            if not body[:1].isspace():
                name, sep, value = body.partition("=") if "=" in body else body.partition(":")
                key, head = name.strip().lower(), name + sep
            in_scope = section == "options.extras_require" or (section == "options" and key in _CFG_REQUIREMENT_KEYS)
            if in_scope and value.strip() and wanted in (None, number):
                comment = re.search(r"\s+[#;]", value)
                cut = comment.start() if comment else len(value)
                if (edited := bound_requirement(value[:cut], package, version)) is not None:
                    new = head + edited + value[cut:]
        out.append(raw if new is None else new + raw[len(body) :])
    return "".join(out)


def _is_requirement_literal(node: ast.Constant, parent: ast.AST | None) -> bool:
    """True for a string that is a list item, a requirement keyword's value or an extras value, never computed."""
    if isinstance(parent, (ast.List, ast.Tuple, ast.Set)):
        return True
    if isinstance(parent, ast.keyword):
        return parent.arg in _SETUP_KEYWORDS
    return isinstance(parent, ast.Dict) and any(value is node for value in parent.values)


def _edit_setup_py(content: str, package: str, version: str, wanted: int | None) -> str:
    try:
        tree = ast.parse(content)
    except SyntaxError as e:
        raise DependencyFileError(f"setup.py:{e.lineno}: not valid Python: {e.msg}") from e
    lines = content.splitlines(keepends=True)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if not _is_requirement_literal(node, parents.get(node)):
            continue
        if node.lineno != node.end_lineno or wanted not in (None, node.lineno) or node.end_col_offset is None:
            continue
        new_value = bound_requirement(node.value, package, version)
        if new_value is None:
            continue
        raw_line = lines[node.lineno - 1].encode("utf-8")
        literal = raw_line[node.col_offset : node.end_col_offset].decode("utf-8")
        quote = literal[-1]
        start = literal.index(quote)
        if literal[start + 1 : -1] != node.value or literal[:start].lower() not in ("", "u"):
            continue  # escapes, prefixes or implicit concatenation: not a plain literal we can edit safely
        new_literal = literal[: start + 1] + new_value + quote
        edited = raw_line[: node.col_offset] + new_literal.encode("utf-8") + raw_line[node.end_col_offset :]
        lines[node.lineno - 1] = edited.decode("utf-8")
    return "".join(lines)


def _toml_string(old: Any, value: str) -> tomlkit.items.String:
    """A TOML string item in the same quoting style as the one it replaces, keeping its comment."""
    literal = isinstance(old, tomlkit.items.String) and old.type == tomlkit.items.StringType.SLL
    new = tomlkit.string(value, literal=literal)
    if isinstance(old, tomlkit.items.Item):
        new.trivia.comment_ws = old.trivia.comment_ws
        new.trivia.comment = old.trivia.comment
    return new


def _pep508_arrays(doc: Any) -> Iterator[Any]:
    """Every array of PEP 508 strings in a pyproject: PEP 621 deps, optional deps, dependency groups."""
    project = doc.get("project", {})
    if "dependencies" in project:
        yield project["dependencies"]
    yield from project.get("optional-dependencies", {}).values()
    yield from doc.get("dependency-groups", {}).values()
    yield doc.get("build-system", {}).get("requires", [])


def _poetry_tables(doc: Any) -> Iterator[Any]:
    """Every Poetry (or Pipfile) table mapping names to version constraints."""
    poetry = doc.get("tool", {}).get("poetry", {})
    for key in ("dependencies", "dev-dependencies"):
        if key in poetry:
            yield poetry[key]
    for group in poetry.get("group", {}).values():
        if "dependencies" in group:
            yield group["dependencies"]
    for key in ("packages", "dev-packages"):
        if key in doc:
            yield doc[key]


def _edit_toml(content: str, package: str, version: str, wanted: int | None) -> str:
    try:
        doc = tomlkit.parse(content)
    except Exception as e:  # tomlkit raises several unrelated types for malformed TOML
        raise DependencyFileError(f"not valid TOML: {e}") from e
    changed: list[str] = []
    for array in _pep508_arrays(doc):
        for index, item in enumerate(array):
            if isinstance(item, str) and (new := bound_requirement(str(item), package, version)) is not None:
                array[index] = _toml_string(item, new)
                changed.append(new)
    for table in _poetry_tables(doc):
        for name in list(table.keys()):
            if canonicalize_name(name) != canonicalize_name(package):
                continue
            value = table[name]
            constraints = value if isinstance(value, list) else [value]
            for position, constraint in enumerate(constraints):
                if isinstance(constraint, str):
                    if (new := _bounded_spec(str(constraint), version)) is not None:
                        if isinstance(value, list):
                            value[position] = _toml_string(constraint, new)
                        else:
                            table[name] = _toml_string(constraint, new)
                        changed.append(new)
                elif hasattr(constraint, "get") and isinstance(constraint.get("version", "*"), str):
                    if (new := _bounded_spec(str(constraint.get("version", "*")), version)) is not None:
                        constraint["version"] = _toml_string(constraint.get("version"), new)
                        changed.append(new)
    result = tomlkit.dumps(doc)
    if wanted is not None and result != content:
        keep = {e.line for e in _line_edits(content, result)}
        if wanted not in keep:
            return content
        old_lines, new_lines = content.splitlines(keepends=True), result.splitlines(keepends=True)
        pairs = enumerate(zip(old_lines, new_lines, strict=True), start=1)
        result = "".join(new if number == wanted else old for number, (old, new) in pairs)
    return result


def add_upper_bound(path: str, content: str, package: str, version: str, line: int | None = None) -> BoundEdit:
    """Bound every requirement on `package` in this file (or only the one at `line`) so it excludes `version`."""
    name = PurePosixPath(path).name.lower()
    if name.endswith(".toml") or name == "pipfile":
        new = _edit_toml(content, package, version, line)
    elif name == "setup.py":
        new = _edit_setup_py(content, package, version, line)
    elif name == "setup.cfg":
        new = _edit_setup_cfg(content, package, version, line)
    else:
        new = _edit_lines(content, lambda body: _edit_requirements_line(body, package, version), line)
    edits = _line_edits(content, new)
    if not edits:
        where = f"{path}:{line}" if line else path
        raise DependencyFileError(f"{where}: no requirement on {package} that admits {version} could be bounded")
    return BoundEdit(path=path, content=new, edits=edits)


def bound_edit(path: str, content: str, package: str, version: str, line: int | None = None) -> BoundEdit | None:
    """The edit excluding `version`: at `line` if it still holds the requirement, else anywhere in the file;
    None when the file already excludes it."""
    try:
        return add_upper_bound(path, content, package, version, line=line)
    except DependencyFileError:
        try:
            return add_upper_bound(path, content, package, version)
        except DependencyFileError:
            return None
