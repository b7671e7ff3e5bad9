"""Command-line options a release declares: what `prog --flag`, a pytest `addopts = --flag` or a Makefile line passes.

A console script's parser (argparse `add_argument("--flag")`, optparse `add_option`, click `@click.option("--flag")`,
typer `typer.Option(..., "--flag")`) or a pytest plugin's `pytest_addoption` (`parser.addoption("--flag")`,
`group._addoption(...)`) declares them by literal. One declared by the old release that the new one declares nowhere
is refused now (`error: unrecognized arguments: --flag`): MonkeyType 19.1.0 dropped `--include-unparsable-defaults`,
pytest-sugar 0.8.0 replaced `--new-summary` with `--old-summary`.

Not claimed when the new release still spells the option as a whole string literal anywhere (a table its parser is
built from in a loop), nor when the new parser may still parse it (see `still_accepted`).

An option still declared whose literal `default=` is another value of one type (pip-tools 7.0's `--resolver`,
`"legacy"` then `"backtracking"`) changes what every command line leaving it out does (see `cli_defaults`)."""

from __future__ import annotations

import ast
import re

from bot.apidiff.located import candidate_lines, nodes_on

DECLARERS = frozenset({"add_argument", "add_option", "addoption", "_addoption", "option", "Option"})
"""The calls whose leading string arguments name options (argparse, optparse, pytest, click, typer)."""
GATE = (b"add_argument", b"add_option", b"addoption", b"option(", b"Option(")
"""Bytes one of which a module declaring options holds: the rest are not walked."""
_OPTION = re.compile(r"--?[A-Za-z][A-Za-z0-9_-]*")
_SPELLED = tuple(re.compile(quote + rb"(--?[A-Za-z][A-Za-z0-9_-]*)" + quote) for quote in (b'"', b"'"))
"""A whole string literal that is an option, each pattern led by its quote."""


def declares_options(data: bytes) -> bool:
    """Whether the module may declare an option (the cheap test before `cli_options`)."""
    return any(word in data for word in GATE)


def cli_options(tree: ast.Module, data: bytes, starts: list[int] | None = None) -> dict[str, int]:
    """Option spelling -> line of each option a declaring call names by literal (click's `"--shout/--no-shout"`
    gives both; a single-dash `-v` is kept too)."""
    found: dict[str, int] = {}
    for node in nodes_on(tree, candidate_lines(data, set(DECLARERS), starts)):
        if not isinstance(node, ast.Call) or _called_name(node.func) not in DECLARERS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                for part in arg.value.split("/"):
                    if _OPTION.fullmatch(part.strip()):
                        found.setdefault(part.strip(), node.lineno)
    return found


def cli_defaults(tree: ast.Module, data: bytes, starts: list[int] | None = None) -> dict[str, tuple[int, str]]:
    """Option -> (line, `repr` of its literal default) of each option whose declaring calls all give one literal
    `default=` (a str, a number or a bool: None is how a parser says "decide later"). An option is keyed by the first
    long spelling of its call (`"-r", "--resolver"` is `--resolver`). One declared by several calls (subcommands)
    with other defaults, or without one, is left out: which one a command line reaches is not known here."""
    seen: dict[str, set[str]] = {}
    lines: dict[str, int] = {}
    for node in nodes_on(tree, candidate_lines(data, set(DECLARERS), starts)):
        if not isinstance(node, ast.Call) or _called_name(node.func) not in DECLARERS:
            continue
        spellings = [
            part.strip()
            for arg in node.args
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            for part in arg.value.split("/")
            if _OPTION.fullmatch(part.strip())
        ]
        if not spellings:
            continue
        key = next((spelling for spelling in spellings if spelling.startswith("--")), spellings[0])
        default = next((keyword.value for keyword in node.keywords if keyword.arg == "default"), None)
        seen.setdefault(key, set()).add(_literal(default) if default is not None else "")
        lines.setdefault(key, node.lineno)
    return {
        key: (lines[key], next(iter(values))) for key, values in seen.items() if len(values) == 1 and "" not in values
    }


def _literal(node: ast.expr) -> str:
    """`repr` of a str, number or bool literal (`-1` too); "" for anything else (a name, a call, None)."""
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return ""
    return repr(value) if isinstance(value, (str, int, float)) else ""


def another_default(before: str, after: str) -> bool:
    """Whether two defaults (`repr`s from `cli_defaults`) are other values of one type, numbers of both kinds being
    one type (`8` and `8.0` are one value): a value of another type may be one the parser converts (`"8"` for an int
    option), no change of what the option means."""
    first, second = ast.literal_eval(before), ast.literal_eval(after)
    if isinstance(first, bool) or isinstance(second, bool):
        typed = isinstance(first, bool) and isinstance(second, bool)
    elif isinstance(first, str) or isinstance(second, str):
        typed = isinstance(first, str) and isinstance(second, str)
    else:
        typed = True
    return typed and bool(first != second)


def spelled_options(data: bytes) -> frozenset[str]:
    """Every string literal of the module that is wholly an option spelling (`"--flag"`): an option the release
    builds its parser from by a loop over a table is still declared though no declaring call names it."""
    if b"'-" not in data and b'"-' not in data:
        return frozenset()
    return frozenset(m.decode() for pattern in _SPELLED for m in pattern.findall(data))


def still_accepted(option: str, declared: dict[str, tuple[str, int]], spelled: tuple[str, ...]) -> bool:
    """Whether the new release may still accept `option`: spelled whole somewhere, a prefix of an option it
    declares (argparse's `allow_abbrev`, on by default, takes `--verb` for `--verbose`), or a single-dash word led by
    a short option it declares (isort 4's `-ac` is isort 5's `-a` with the value `c`, or `-a -c` for flags)."""
    if option in declared or option in spelled:
        return True
    if any(other.startswith(option) for other in declared):
        return True
    return not option.startswith("--") and len(option) > 2 and option[:2] in declared


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""
