"""recall58: breaks the changelogs of libraries not measured before document, which the engine missed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a dataclass with bases had its generated constructor unknown (inherited fields may come first); when no base
# gives fields (plain classes of the package, `Generic[T]`, `ABC`), its own fields are its parameters --

_EVENTS_OLD = {
    "demo/__init__.py": "class Event:\n    pass\n\n\nclass Received(Event):\n    def __init__(self):\n"
    "        self.stream_id = None\n"
}
_EVENTS_NEW = {
    "demo/__init__.py": "import abc\nfrom dataclasses import dataclass\nfrom typing import Generic, TypeVar\n\n"
    "T = TypeVar('T')\n\n\nclass Event(abc.ABC):\n    pass\n\n\n@dataclass\nclass Received(Event):\n"
    "    stream_id: int\n    data: bytes = b''\n\n\n@dataclass\nclass Boxed(Generic[T]):\n    value: int\n"
}


def test_a_dataclass_under_plain_bases_takes_its_own_fields(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", _EVENTS_NEW)
    assert [p.name for p in new.symbols["demo.Received"].params or ()] == ["stream_id", "data"]
    assert [p.name for p in new.symbols["demo.Boxed"].params or ()] == ["value"]
    found = diffed(tmp_path, _EVENTS_OLD, _EVENTS_NEW)
    assert found[("signature_changed", "demo.Received")].signature.new_required == ("stream_id",)


_FIELDED_BASE = {
    "demo/__init__.py": "from dataclasses import KW_ONLY, dataclass\n\n\n@dataclass\nclass Base:\n    name: str\n"
    "    _: KW_ONLY\n    strict: bool = False\n\n\nclass Middle(Base):\n    pass\n\n\n@dataclass\n"
    "class Received(Middle):\n    stream_id: int = 0\n    name: str = ''\n"
}
_OUTSIDE_BASE = {
    "demo/__init__.py": "from dataclasses import dataclass\nfrom other import Base\n\n\n@dataclass\n"
    "class Received(Base):\n    stream_id: int = 0\n"
}


def test_a_dataclass_takes_its_dataclass_ancestors_fields_first(tmp_path: Path) -> None:
    # `name` keeps the place `Base` gave it, the keyword-only `strict` goes last; a plain class between gives none
    params = surface(tmp_path / "fielded", _FIELDED_BASE).symbols["demo.Received"].params or ()
    assert [(p.name, p.has_default, p.kind.value) for p in params] == [
        ("name", True, "positional_or_keyword"),
        ("stream_id", True, "positional_or_keyword"),
        ("strict", True, "keyword_only"),
    ]


_ATTRS_BASES = {
    "demo/__init__.py": "import attr\nfrom dataclasses import dataclass\n\n\n@attr.s\nclass Base:\n"
    "    x = attr.ib()\n    w = attr.ib()\n\n\n@attr.s\nclass Sub(Base):\n    y = attr.ib()\n"
    "    x = attr.ib(default=1)\n\n\n@dataclass\nclass Mixed(Base):\n    z: int = 0\n"
}


def test_an_attrs_class_moves_a_field_declared_again_and_reads_no_dataclass_fields(tmp_path: Path) -> None:
    found = surface(tmp_path / "attrs", _ATTRS_BASES).symbols
    assert [p.name for p in found["demo.Sub"].params or ()] == ["w", "y", "x"]
    assert found["demo.Mixed"].params is None  # a dataclass does not read an attrs base's fields


def test_a_dataclass_exception_takes_its_fields(tmp_path: Path) -> None:
    files = {
        "demo/__init__.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Bad(ValueError):\n"
        "    field: str\n"
    }
    assert [p.name for p in surface(tmp_path / "error", files).symbols["demo.Bad"].params or ()] == ["field"]


def test_a_dataclass_under_a_base_of_another_distribution_stays_unknown(tmp_path: Path) -> None:
    assert surface(tmp_path / "outside", _OUTSIDE_BASE).symbols["demo.Received"].params is None


def test_h2_4_3_events_require_their_fields() -> None:
    found = changes("h2", "4.2.0", "4.3.0")
    required = {
        symbol.rsplit(".", 1)[-1]: c.signature.new_required
        for (kind, symbol), c in found.items()
        if kind == "signature_changed" and symbol.startswith("h2.events.") and c.signature is not None
    }
    assert required["RequestReceived"] == ("stream_id",)
    assert required["PingReceived"] == ("ping_data",)
    assert required["UnknownFrameReceived"] == ("frame",)
    assert len(required) == 11  # every event made a dataclass with a field of no default; the others kept `__init__`


def test_accelerate_0_34_cluster_config_takes_base_config_fields_first() -> None:
    # `ClusterConfig(BaseConfig)`, both dataclasses: 0.34 inserted `fp8_config` after its 10th own field, behind
    # `BaseConfig`'s 5; and `FP8RecipeKwargs(KwargsHandler)`, under a plain mixin, inserted `use_autocast_during_eval`
    found = changes("accelerate", "0.33.0", "0.34.0")
    cluster = found[("signature_changed", "accelerate.commands.config.config_args.ClusterConfig")].signature
    assert cluster is not None and cluster.moved[0] == ("deepspeed_config", 15, 16)
    recipe = found[("signature_changed", "accelerate.utils.FP8RecipeKwargs")].signature
    assert recipe is not None and recipe.moved[0] == ("opt_level", 1, 2)
