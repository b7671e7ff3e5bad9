"""Command-line options a release declares: what `prog --flag`, a pytest `addopts = --flag` or a Makefile line passes.

A console script's parser (argparse `add_argument("--flag")`, optparse `add_option`, click `@click.option("--flag")`,
typer `typer.Option(..., "--flag")`) or a pytest plugin's `pytest_addoption` (`parser.addoption("--flag")`,
`group._addoption(...)`) declares them by literal. One declared by the old release that the new one declares nowhere
is refused now (`error: unrecognized arguments: --flag`): MonkeyType 19.1.0 dropped `--include-unparsable-defaults`,
pytest-sugar 0.8.0 replaced `--new-summary` with `--old-summary`.

Not claimed when the new release still spells the option as a whole string literal anywhere (a table its parser is
built from in a loop), nor when the new parser may still parse it (see `still_accepted`)."""

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
