"""Guards of the rule "a required parameter renamed in its slot is renamed" (words68): a slot whose value plays
another part, or is declared another type, took another thing; the old value passed there is wrong, so the old
parameter is removed, not renamed."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.apidiff.paramroles import called_params
from bot.apidiff.source import parse_module
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed


def _delta(tmp_path: Path, old: str, new: str, symbol: str = "demo.Connection"):  # type: ignore[no-untyped-def]
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    change = found[("signature_changed", symbol)]
    assert change.signature is not None
    return change.signature


# -- a slot whose old value the body called and whose new one it only keeps (rpyc 4.0's `Connection(root, ...)`, an
# instance, where 3.4's `Connection(service, ...)` took the class it called): another thing, not a rename --

_CALLS = "class Connection:\n    def __init__(self, service, channel):\n        self.root = service(self)\n"
_KEEPS = "class Connection:\n    def __init__(self, root, channel):\n        self.root = root\n"


def test_a_slot_once_called_now_kept_is_no_rename(tmp_path: Path) -> None:
    delta = _delta(tmp_path, _CALLS, _KEEPS)
    assert delta.removed == ("service",) and delta.renamed == ()


def test_a_slot_once_kept_now_called_is_no_rename(tmp_path: Path) -> None:
    old = "class Connection:\n    def __init__(self, handler, channel):\n        self.handler = handler\n"
    new = "class Connection:\n    def __init__(self, factory, channel):\n        self.handler = factory(self)\n"
    delta = _delta(tmp_path, old, new)
    assert delta.removed == ("handler",) and delta.renamed == ()


def test_a_slot_called_on_both_sides_is_renamed(tmp_path: Path) -> None:
    new = "class Connection:\n    def __init__(self, service_cls, channel):\n        self.root = service_cls(self)\n"
    delta = _delta(tmp_path, _CALLS, new)
    assert delta.renamed == (("service", "service_cls"),) and delta.removed == ()


def test_a_slot_the_new_body_never_reads_is_still_renamed(tmp_path: Path) -> None:
    # nothing known of how the new value is used: no evidence against the rename
    new = "class Connection:\n    def __init__(self, root, channel):\n        self.channel = channel\n"
    delta = _delta(tmp_path, _CALLS, new)
    assert delta.renamed == (("service", "root"),)


def test_called_params_are_those_called_by_their_own_name() -> None:
    tree = parse_module(
        b"def f(a, b, c, d, *, e):\n    a(1)\n    b.x(2)\n    c = c or 1\n    c()\n"
        b"    g = lambda d: d()\n    e()\n    return b, d\n"
    )
    node = tree.body[0]
    assert isinstance(node, ast.FunctionDef)
    code = b"    a(1)\n    b.x(2)\n    c = c or 1\n    c()\n    g = lambda d: d()\n    e()\n    return b, d\n"
    # `b.x(...)` calls an attribute; `c` is rebound; `d` is a lambda's own parameter: only `a` and `e`
    assert called_params(node, code) == ("a", "e")


# -- a slot declared another type on both sides (dbt-adapters' `get_catalog(self, relation_configs:
# Iterable[RelationConfig], used_schemas)` where dbt-core 1.7 took `get_catalog(self, manifest: Manifest)`) --


def test_a_slot_declared_an_unrelated_type_is_no_rename(tmp_path: Path) -> None:
    old = "class Manifest: ...\n\n\ndef catalog(manifest: Manifest, depth: int):\n    return manifest\n"
    new = "def catalog(configs: list[str], depth: int):\n    return configs\n"
    delta = _delta(tmp_path, old, new, "demo.catalog")
    assert delta.removed == ("manifest",) and delta.renamed == ()


def test_a_slot_declared_a_wider_or_any_type_is_renamed(tmp_path: Path) -> None:
    old = "def load(path: str, mode: int):\n    return path\n"
    for annotation in ("str | None", "'str'", "typing.Any"):
        new = f"import typing\n\n\ndef load(source: {annotation}, mode: int):\n    return source\n"
        delta = _delta(tmp_path / str(len(annotation)), old, new, "demo.load")
        assert delta.renamed == (("path", "source"),), annotation


def test_the_only_parameter_declared_an_unrelated_type_is_no_rename(tmp_path: Path) -> None:
    # the sibling, `_sole_renamed` (flynt 1.0's `transform_join(tree: ast.AST, *args, **kwargs)`, 0.78's `(code: str,
    # ...)`): a positional call passes the wrong thing as well
    old = "def transform(code: str, *args, **kwargs):\n    return code\n"
    new = "import ast\n\n\ndef transform(tree: ast.AST, *args, **kwargs):\n    return tree\n"
    delta = _delta(tmp_path, old, new, "demo.transform")
    assert delta.removed == ("code",) and delta.renamed == ()
    same = "def transform(text: str, *args, **kwargs):\n    return text\n"
    assert _delta(tmp_path / "same", old, same, "demo.transform").renamed == (("code", "text"),)


def test_rpyc_4_and_dbt_1_8_slots_took_other_things() -> None:
    # rpyc 3.4.4 `Connection.__init__` calls `service(weakref.proxy(self))`; 4.0.0 keeps `self._local_root = root`
    found = changes("rpyc", "3.4.4", "4.0.0")
    delta = found["signature_changed", "rpyc.Connection"].signature
    assert delta is not None and "service" in delta.removed and delta.renamed == ()
    # the words68 examples stay renamed: wrapt's `module` -> `target` (a module or its name, both sides alike)
    wrapt = changes("wrapt", "1.17.3", "2.0.0")
    assert wrapt["signature_changed", "wrapt.patches.wrap_function_wrapper"].breakage == "param_renamed"
