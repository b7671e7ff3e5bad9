"""Render the breakage catalogue as Markdown (`python -m bot.apidiff.docs > docs/breaking-changes.md`)."""

from __future__ import annotations

from bot.apidiff.catalogue import KINDS, Kind


def _code(text: str) -> list[str]:
    return ["```python", *text.rstrip("\n").splitlines(), "```"]


def _kind_section(kind: Kind) -> list[str]:
    lines = [
        f"### `{kind.id}` — {kind.title}",
        "",
        f"**Who breaks:** {kind.who.value} · **Severity:** {kind.severity.value}",
        "",
        kind.explanation,
        "",
    ]
    lines += [
        "Old release:",
        "",
        *_code(kind.old or "# (nothing)"),
        "",
        "New release:",
        "",
        *_code(kind.new or "# (nothing)"),
        "",
        "Witness template (works on the old release, fails on the new):",
        "",
        *_code(kind.witness),
        "",
    ]
    return lines


def render_catalogue() -> str:
    """The whole catalogue: a table of kinds, then one section per kind with its example and witness."""
    lines = [
        "# Breaking changes release-watch detects",
        "",
        "Generated from `bot/apidiff/catalogue.py` by `python -m bot.apidiff.docs`; do not edit by hand.",
        "",
        "Every reported change carries its kind id (`breakage`) and a witness instantiated for the real symbol.",
        "Each example below is diffed by the test suite, and its witness is run against both sides.",
        "",
        f"{len(KINDS)} kinds.",
        "",
        "| id | title | who breaks | severity |",
        "|---|---|---|---|",
        *(f"| `{k.id}` | {k.title} | {k.who.value} | {k.severity.value} |" for k in KINDS),
        "",
        "## Kinds",
        "",
    ]
    for kind in KINDS:
        lines += _kind_section(kind)
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":
    print(render_catalogue(), end="")
