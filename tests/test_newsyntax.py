"""Modules written for a newer Python than the one running (3.12's `type X = ...`, `def f[T]`, nested f-strings;
3.14's `except A, B:` and t-strings) are read through `newsyntax.lowered`, not skipped as syntax errors: the diff
sees their changes and the usage finder their uses. Each construct on a synthetic module, the real releases it was
found on (hass-nabucasa 2.0, pysmartthings 3.0), and the errors that must stay errors."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from bot.apidiff.newsyntax import lowered
from bot.apidiff.source import SourceText, parse_module
from bot.usage import find_usages
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed
from tests.test_usage import TARGETS

NEW_SYNTAX = {
    "type alias": b"type Vector = list[float]\ntype Pair[T] = tuple[T, T]\n",
    "generic class": b"class Box[T](Base):\n    pass\n",
    "generic function": b"def first[T: int = str](items: list[T]) -> T:\n    return items[0]\n",
    "async generic": b"async def run[T](x: T) -> T:\n    return x\n",
    "nested quotes": b'label = f"{row["id"]}: {"yes" if row else "no"!r:>{10}} {{kept}}"\n',
    "backslash in field": b'joined = f"{"\\n".join(lines)}"\n',
    "comment in field": b"text = f'''{\n    value  # the value\n}'''\n",
    "type parameters spanning lines": b"def first[\n    T: int,\n\n    U,  # the other\n](items: list[T]) -> U:\n    pass\n",
    "class parameters spanning lines": b"class Box[\r\n    T\r\n](Base):\r\n    pass\r\n",
    "field spanning lines": b"text = f\"list: {\", \".join([\n    'a',  # first\n    'b'\n])} and {y}\"\n",
    "raw field spanning lines": b"text = rf'{\n  x\n}'\n",
    "template string": b't = t"hello {name}"\nraw = Rt"{x}"\n',
    "except list": b"try:\n    pass\nexcept ValueError, errors.Timeout:\n    pass\n",
    "except star list": b"try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
}


@pytest.mark.parametrize("source", NEW_SYNTAX.values(), ids=NEW_SYNTAX.keys())
def test_newer_syntax_is_read_with_every_line_in_place(source: bytes) -> None:
    with pytest.raises(SyntaxError):
        ast.parse(source)  # the premise: the running Python refuses it
    rewritten = lowered(source)
    assert rewritten is not None and rewritten.count(b"\n") == source.count(b"\n")
    tree = parse_module(source + b"def after():\n    pass\n")
    assert isinstance(tree.body[-1], ast.FunctionDef) and tree.body[-1].lineno == source.count(b"\n") + 1


def test_names_and_positions_survive_the_rewrite() -> None:
    source = b"type Vector = list[float]\n\nclass Box[T](Base):\n    def get[U](self, key: U) -> T:\n        return f\"{self.items[\"k\"]}\"\n"
    tree = parse_module(source)
    alias, box = tree.body
    assert isinstance(alias, ast.Assign) and isinstance(alias.targets[0], ast.Name)
    assert alias.targets[0].id == "Vector" and SourceText(source).segment(alias.value) == "list[float]"
    assert isinstance(box, ast.ClassDef) and box.name == "Box" and SourceText(source).segment(box.bases[0]) == "Base"
    method = box.body[0]
    assert isinstance(method, ast.FunctionDef) and [a.arg for a in method.args.args] == ["self", "key"]
    assert SourceText(source).segment(method.args.args[1].annotation or method) == "U"  # the original bytes, in place


def test_what_spanned_lines_inside_removed_brackets_keeps_its_columns() -> None:
    source = b"def first[\n    T,\n](items: list[T]) -> T:\n    return f\"{items[\n  0]} of {len(items)}\"\n"
    function = parse_module(source).body[0]
    assert isinstance(function, ast.FunctionDef) and function.lineno == 1
    items = function.args.args[0]
    assert (items.lineno, items.col_offset) == (3, 2) and SourceText(source).segment(items) == "items: list[T]"
    returned = function.body[0]
    assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.JoinedStr)
    counted = returned.value.values[-1]  # the field after the one spanning lines, still read
    assert isinstance(counted, ast.FormattedValue) and ast.unparse(counted.value) == "len(items)"


def test_template_strings_and_exception_lists_become_what_the_old_grammar_reads() -> None:
    assert lowered(b'msg = t"hi {name}"\n') == b'msg = f"hi {name}"\n'
    tree = parse_module(NEW_SYNTAX["except list"])
    handler = tree.body[0].handlers[0]  # type: ignore[attr-defined]
    assert isinstance(handler.type, ast.Tuple) and [ast.unparse(e) for e in handler.type.elts] == [
        "ValueError",
        "errors.Timeout",
    ]


@pytest.mark.parametrize(
    "source",
    [
        b"try:\n    pass\nexcept ValueError, error:\n    pass\n",  # Python 2: a variable last, not a class list
        b"print 'hello'\n",
        b"type Vector = list[float]\nx = (\n",  # newer syntax and a real error: the real error is reported
        b'label = f"{row["id"]\n',  # an unterminated string
    ],
    ids=["python 2 except", "python 2 print", "real error after new syntax", "unterminated"],
)
def test_code_no_python_reads_stays_a_syntax_error_with_the_parsers_first_message(source: bytes) -> None:
    with pytest.raises(SyntaxError) as first:
        ast.parse(source)
    with pytest.raises(SyntaxError) as ours:
        parse_module(source)
    assert (ours.value.msg, ours.value.lineno) == (first.value.msg, first.value.lineno)


def test_old_code_is_parsed_as_it_is() -> None:
    source = b"type = 3\nprint(type(x), f'{d[\"k\"]}')\n"
    assert lowered(source) is None or ast.dump(parse_module(source)) == ast.dump(ast.parse(source))
    assert ast.dump(parse_module(source)) == ast.dump(ast.parse(source))


@pytest.mark.parametrize(
    "source",
    [
        b'x = f"' + b'{f"' * 5000 + b"1" + b'"}' * 5000 + b'"\n',
        b'x = f"{x:' + b"{x:" * 5000 + b"}" * 5001 + b'"\n',
        b"class C[" + b"[" * 100_000 + b"\n",
        b'type X = 1\nx = f"{a["k"]}' + b"{a" * 100_000 + b'"\n',
    ],
    ids=["nested f-strings", "nested specs", "open brackets", "open fields"],
)
def test_hostile_nesting_is_refused_quickly(source: bytes) -> None:
    assert lowered(source) is None
    with pytest.raises(SyntaxError):
        parse_module(source)


def test_a_diff_sees_changes_in_modules_written_for_a_newer_python(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/api.py": _module("def fetch(url, timeout=5):\n    return url\n")}
    new = {"demo/__init__.py": "", "demo/api.py": _module("def fetch(url):\n    return url\n")}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.api.fetch") in found
    assert not [key for key in found if key[1].startswith("demo.api.") and key[1] != "demo.api.fetch"]
    assert diffed(tmp_path, new, new) == {}  # the same new-syntax module on both sides: nothing


def _module(body: str) -> str:
    """A module using 3.12 and 3.14 syntax around `body`."""
    return textwrap.dedent(
        """\
        type Payload = dict[str, object]

        class Store[T]:
            def get[K](self, key: K) -> T:
                return f"{self.items["k"]}"

        def safe():
            try:
                pass
            except ValueError, KeyError:
                pass

        """
    ) + body


def test_hass_nabucasa_2_0_modules_using_python_3_14_except_lists_are_compared() -> None:
    found = changes("hass-nabucasa", "1.15.0", "2.0.0")
    # `utils.py` (`except jwt.DecodeError, KeyError:`) went unread: `privileged` now defaults to True
    change = found[("signature_changed", "hass_nabucasa.utils.async_check_latency")]
    assert "privileged" in change.detail


def test_pysmartthings_3_0_models_using_type_aliases_are_read() -> None:
    surface = pinned_surface("pysmartthings", "3.0.0")
    assert surface.symbols["pysmartthings.models.CapabilityStatus"].kind == "attribute"
    assert surface.symbols["pysmartthings.models.Device"].kind == "class"


def test_the_usage_finder_reads_applications_written_for_a_newer_python() -> None:
    source = b'from werkzeug.urls import url_decode\n\ntype Query = dict[str, str]\n\ndef parse[T](q: T) -> Query:\n    print(f"{q["a"]}")\n    return url_decode(q)\n'
    found, warnings = find_usages("app.py", source, TARGETS)
    assert warnings == []
    assert sorted({(use.line, use.symbol) for use in found}) == [
        (1, "werkzeug.urls.url_decode"),
        (7, "werkzeug.urls.url_decode"),
    ]


def test_an_import_hook_written_for_a_newer_python_still_serves_its_names(tmp_path: Path) -> None:
    from tests.test_apidiff_hunt16libs import _LOADER, _package_diff

    old = {"oldname/__init__.py": "def parse(data):\n    return data\n"}
    loader = _LOADER.replace("class CompatFinder(", "type Served = str\n\n\nclass CompatFinder[T](")
    new = {"newname/__init__.py": "def parse(data):\n    return data\n", "_loader.py": loader, "_compat.pth": "import _loader\n"}
    assert not {s for (k, s) in _package_diff(tmp_path, old, new) if k == "removed" and s.startswith("oldname")}
    unhooked = _package_diff(tmp_path / "unhooked", old, {**new, "_compat.pth": "# no import line\n"})
    assert ("removed", "oldname") in unhooked  # the loader never runs: `import oldname` fails
