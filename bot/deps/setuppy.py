"""`setup.py`, read by AST only (never executed): literal lists and names bound to literals in the module."""

from __future__ import annotations

import ast
import posixpath

from bot.deps.interface import ReadFile
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import collect, decode, parse_pep508
from bot.deps.requirements_txt import logical_lines
from bot.deps.setuppy_files import files_read


class SetupPySource:
    """The `install_requires`/`extras_require` keywords of a `setup(...)` call."""

    name = "setup.py"

    def matches(self, path: str) -> bool:
        """A file named setup.py."""
        return posixpath.basename(path) == "setup.py"

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """Requirements from every `setup(...)`/`setuptools.setup(...)` call in the module."""
        try:
            tree = ast.parse(text, filename=path)
        except SyntaxError as error:
            return ParseResult(warnings=(syntax_warning(path, error, text),))
        except (ValueError, RecursionError, MemoryError) as error:
            return ParseResult(warnings=(FileWarning(file=path, line=None, message=f"cannot parse: {error}"),))
        bound = _module_literals(tree)
        self._context = (tree, read)
        found: list[Requirement] = []
        warnings: list[FileWarning] = []
        for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call) and _is_setup(node.func)):
            for keyword in _keywords(call, tree, bound, path, warnings):
                if keyword.arg == "install_requires":
                    self._strings(keyword.value, bound, path, DeclarationKind.RUNTIME, None, found, warnings)
                elif keyword.arg == "extras_require":
                    value = _resolve(keyword.value, bound)
                    if not isinstance(value, ast.Dict):
                        warnings.append(_not_literal(path, keyword.value, "extras_require"))
                        continue
                    for key, item in zip(value.keys, value.values, strict=False):
                        extra = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None
                        if extra is None:
                            warnings.append(_not_literal(path, key or value, "an extras_require key"))
                            continue
                        self._strings(item, bound, path, DeclarationKind.OPTIONAL, extra, found, warnings)
        return ParseResult(requirements=tuple(found), warnings=tuple(warnings))

    def _strings(
        self,
        node: ast.expr,
        bound: dict[str, ast.expr],
        path: str,
        kind: DeclarationKind,
        group: str | None,
        found: list[Requirement],
        warnings: list[FileWarning],
    ) -> None:
        elements = _elements(node, bound)
        files = files_read(node, self._context[0], bound) if elements is None else None
        if files is not None:
            for name in files:
                _file_requirements(
                    posixpath.join(posixpath.dirname(path), name), self._context[1], kind, group, found, warnings, path
                )
            return
        if elements is None:
            what = "install_requires" if group is None else f"extra {group!r}"
            warnings.append(_not_literal(path, node, what, unread_runtime=kind is DeclarationKind.RUNTIME))
            return
        for element in elements:
            element = _resolve(element, bound)
            if not (isinstance(element, ast.Constant) and isinstance(element.value, str)):
                warnings.append(_not_literal(path, element, "a requirement"))
                continue
            for offset, raw in enumerate(element.value.splitlines()):
                item = raw.split("#", 1)[0].strip()
                if item:
                    result = parse_pep508(item, path, element.lineno + offset, kind, group)
                    collect(result, found, warnings)


def _file_requirements(
    path: str,
    read: ReadFile,
    kind: DeclarationKind,
    group: str | None,
    found: list[Requirement],
    warnings: list[FileWarning],
    setup_path: str,
) -> None:
    """Requirements of a file that setup.py reads (one PEP 508 requirement a line), attributed to that file."""
    path = posixpath.normpath(path)
    data = read(path) if not path.startswith("../") else None
    if data is None:
        message = f"reads requirements from {path!r}, not found in the tree"
        unread = kind is DeclarationKind.RUNTIME
        warnings.append(FileWarning(file=setup_path, message=message, unread_runtime=unread))
        return
    text = decode(data, path)
    if isinstance(text, FileWarning):
        warnings.append(text)
        return
    for number, line in logical_lines(text):
        if not line.startswith("-") and "://" not in line:
            collect(parse_pep508(line, path, number, kind, group), found, warnings)


def syntax_warning(path: str, error: SyntaxError, source: str | bytes) -> FileWarning:
    """A warning for a Python syntax error, with the offending line of `source` and a caret under the column. The
    line comes from the source itself, never `error.text`: for some errors Python reads that from a file of the same
    name, relative to the service's working directory, and would show a line of the service's own files."""
    text = _line(source, error.lineno)
    detail = f"\n    {text.rstrip()}\n    {' ' * max((error.offset or 1) - 1, 0)}^" if text.strip() else ""
    return FileWarning(file=path, line=error.lineno, message=f"syntax error (Python 2 code?): {error.msg}{detail}")


def _line(source: str | bytes, number: int | None) -> str:
    lines = (source.decode("utf-8", "replace") if isinstance(source, bytes) else source).splitlines()
    return lines[number - 1] if number is not None and 0 < number <= len(lines) else ""


def setup_names(tree: ast.Module) -> list[str]:
    """The literal `name` keyword of each `setup(...)` call (through names bound to literals in the module)."""
    bound = _module_literals(tree)
    names = []
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call) and _is_setup(node.func)):
        for keyword in call.keywords:
            value = _resolve(keyword.value, bound) if keyword.arg == "name" else None
            if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value:
                names.append(value.value)
    return names


def _is_setup(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "setup") or (
        isinstance(func, ast.Attribute) and func.attr == "setup"
    )


def _module_literals(tree: ast.Module) -> dict[str, ast.expr]:
    bound: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            bound[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bound[node.target.id] = node.value
    return bound


def _resolve(node: ast.expr, bound: dict[str, ast.expr]) -> ast.expr:
    seen: set[str] = set()
    while isinstance(node, ast.Name) and node.id in bound and node.id not in seen:
        seen.add(node.id)
        node = bound[node.id]
    return node


def _elements(node: ast.expr, bound: dict[str, ast.expr], depth: int = 0) -> list[ast.expr] | None:
    """The items of a literal list/tuple/set or string, through names and `+` concatenation; None if computed."""
    value = _resolve(node, bound)
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return [value]
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        return list(value.elts)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add) and depth < 32:
        left, right = _elements(value.left, bound, depth + 1), _elements(value.right, bound, depth + 1)
        return left + right if left is not None and right is not None else None
    return None


def _keywords(
    call: ast.Call, tree: ast.Module, bound: dict[str, ast.expr], path: str, warnings: list[FileWarning]
) -> list[ast.keyword]:
    """The call's keywords, those of a `**` mapping the module spells included (see `_mapping`); a `**` of anything
    else (OctoPrint 1.7.3's `setup(**params())`, which returns `locals()`) hides the requirements: a warning says so."""
    found: list[ast.keyword] = []
    for keyword in call.keywords:
        if keyword.arg is not None:
            found.append(keyword)
            continue
        items = _mapping(keyword.value, tree, bound)
        if items is None:
            warnings.append(_not_literal(path, keyword.value, "setup(**...)", unread_runtime=True))
            continue
        found.extend(items)
    return found


def _mapping(node: ast.expr, tree: ast.Module, bound: dict[str, ast.expr]) -> list[ast.keyword] | None:
    """The items of `{...}` or `dict(k=...)`, directly or through a module-level name, with the module's top-level
    `name["k"] = ...` assignments after it (nbconvert 6.4.4: `setup_args = dict(...)`, then
    `setup_args['install_requires'] = [...]`, then `setup(**setup_args)`); None when computed."""
    value = _resolve(node, bound)
    if isinstance(value, ast.Dict) and all(key is not None for key in value.keys):
        items = [
            ast.keyword(arg=key.value, value=item)
            for key, item in zip(value.keys, value.values, strict=False)
            if isinstance(key, ast.Constant) and isinstance(key.value, str)
        ]
    elif (made := _dict_call(value)) is not None:
        items = list(made.keywords)
    else:
        return None
    if isinstance(node, ast.Name):
        for stmt in tree.body:
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None
            if (
                isinstance(stmt, ast.Assign)
                and isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and target.value.id == node.id
                and isinstance(target.slice, ast.Constant)
                and isinstance(target.slice.value, str)
            ):
                items.append(ast.keyword(arg=target.slice.value, value=stmt.value))
    return items


def _dict_call(node: ast.expr) -> ast.Call | None:
    """`dict(k=..., ...)` with keywords only."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict" and not node.args:
        return node if all(keyword.arg is not None for keyword in node.keywords) else None
    return None


def _not_literal(path: str, node: ast.AST, what: str, *, unread_runtime: bool = False) -> FileWarning:
    line = getattr(node, "lineno", None)
    message = f"{what} is not a literal (computed at build time); skipped"
    return FileWarning(file=path, line=line, message=message, unread_runtime=unread_runtime)
