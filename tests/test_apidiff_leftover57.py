"""Leftover, fifty-seventh stop: wording errors and misses the last stop left alone."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.model import ParamKind
from tests.test_apidiff_core import surface
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a named parameter removed and now swallowed by a `**kwargs` the body never reads (only literal keys, or not at
# all) was worded "now keyword-only": a keyword call binds and is silently ignored --

_IGNORED_OLD = '''def save(data, filename=None, **kwargs):
    return kwargs.get("debug")


def keep(data, filename=None, **kwargs):
    return data


def stored(data, filename=None, **kwargs):
    return data
'''
_IGNORED_NEW = '''def save(data, target=None, **kwargs):
    if kwargs["debug"] and "verbose" in kwargs:
        return kwargs.pop("level", None)
    return target


def keep(data, target=None, **kwargs):
    return data


class Holder:
    pass


def stored(data, target=None, **kwargs):
    holder = Holder()
    holder.__dict__.update(kwargs)
    return holder
'''


def test_a_parameter_swallowed_by_a_kwargs_never_read_is_removed_and_ignored(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", {"demo/__init__.py": _IGNORED_NEW}, "2.0")
    assert new.symbols["demo.save"].kwargs_keys_only and new.symbols["demo.keep"].kwargs_keys_only
    assert not new.symbols["demo.stored"].kwargs_keys_only  # the dict goes on whole: every key is kept
    found = diffed(tmp_path, {"demo/__init__.py": _IGNORED_OLD}, {"demo/__init__.py": _IGNORED_NEW})
    for name in ("demo.save", "demo.keep"):
        change = found[("signature_changed", name)]
        assert change.signature is not None
        assert change.signature.kwargs_ignored == ("filename",)
        assert change.signature.made_keyword_only == ()
        assert change.breakages == ("param_absorbed_ignored",)
        assert "silently ignored" in change.detail
    # the sibling: a `**kwargs` stored whole binds the keyword, but as no parameter of that name, and its slot is
    # now another parameter's: removed, not keyword-only (see test_apidiff_kw68)
    sibling = found[("signature_changed", "demo.stored")]
    assert sibling.signature is not None and sibling.signature.made_keyword_only == ()
    assert sibling.signature.kwargs_bound_whole == ("filename",)


def test_a_kwargs_a_decorator_or_locals_may_read_is_not_keys_only(tmp_path: Path) -> None:
    source = '''import functools


def wrap(f):
    @functools.wraps(f)
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner


@wrap
def wrapped(data, **kwargs):
    return data


def framed(data, **kwargs):
    return dict(locals())


def keyed(data, **kwargs):
    key = "debug"
    return kwargs[key]


class Plain:
    @staticmethod
    def run(data, **kwargs):
        return data
'''
    found = surface(tmp_path, {"demo/__init__.py": source}, "1.0")
    assert not found.symbols["demo.wrapped"].kwargs_keys_only
    assert not found.symbols["demo.framed"].kwargs_keys_only
    assert not found.symbols["demo.keyed"].kwargs_keys_only  # a key not spelled: any key may be read
    assert found.symbols["demo.Plain.run"].kwargs_keys_only


def test_pdf2docx_0_5_7_make_docx_ignores_the_old_docx_filename_keyword() -> None:
    change = changes("pdf2docx", "0.5.6", "0.5.7")[("signature_changed", "pdf2docx.Converter.make_docx")]
    assert change.signature is not None
    assert change.signature.kwargs_ignored == ("docx_filename",)
    assert change.signature.made_keyword_only == ()
    assert "param_absorbed_ignored" in change.breakages


# -- a pydantic model's constructor is generated from its annotated fields, keyword-only: it was unknown, so a field
# made required (or gone) was never claimed --

_MODEL_OLD = '''from typing import ClassVar, Optional

from pydantic import BaseModel, Field


class Info(BaseModel):
    name: str
    port: int = 80
    tags: list = Field(default_factory=list)
    kind: str = Field("plain")
    note: Optional[str] = None
    limit: ClassVar[int] = 3
    _cache: dict = {}


class Strict(BaseModel):
    model_config = {"extra": "forbid"}
    name: str
    port: int = 80


class Child(Info):
    extra_field: int = Field(default=1)


class Aliased(BaseModel):
    name: str = Field(alias="Name")
    port: int = 80


class Loose(BaseModel):
    name: str
    hint: Optional[str]
'''
_MODEL_NEW = (
    _MODEL_OLD.replace("    port: int = 80\n    tags", "    port: int\n    tags")
    .replace("    name: str\n    port: int = 80\n'''", "    name: str\n'''")
    .replace(
        '    name: str = Field(alias="Name")\n    port: int = 80', '    name: str = Field(alias="Name")\n    port: int'
    )
    .replace("    hint: Optional[str]\n", "    hint: Optional[str]\n    more: Optional[int]\n")
    .replace(
        '    model_config = {"extra": "forbid"}\n    name: str\n    port: int = 80',
        '    model_config = {"extra": "forbid"}\n    name: str',
    )
)


def test_a_pydantic_model_constructor_is_its_fields_keyword_only(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", {"demo/__init__.py": _MODEL_OLD}, "1.0")
    info = old.symbols["demo.Info"]
    assert info.record == "pydantic" and info.kwargs_keys_only
    assert [(p.name, p.kind.value, p.has_default) for p in info.params or ()] == [
        ("name", "keyword_only", False),
        ("port", "keyword_only", True),
        ("tags", "keyword_only", True),
        ("kind", "keyword_only", True),
        ("note", "keyword_only", True),
        ("data", "var_keyword", False),
    ]
    assert [p.name for p in old.symbols["demo.Child"].params or ()][-2:] == ["extra_field", "data"]
    assert [p.name for p in old.symbols["demo.Strict"].params or ()] == ["name", "port"]  # extra="forbid"
    assert old.symbols["demo.Aliased"].params is None  # the keyword is the alias: not read
    assert old.symbols["demo.Loose"].params is None  # `hint` is required under pydantic 2 only: which one is unknown
    found = diffed(tmp_path, {"demo/__init__.py": _MODEL_OLD}, {"demo/__init__.py": _MODEL_NEW})
    for name in ("demo.Info", "demo.Child"):
        change = found[("signature_changed", name)]
        assert change.signature is not None and change.signature.defaults_removed == ("port",)
        assert change.breakages == ("record_field_made_required",)
    strict = found[("signature_changed", "demo.Strict")]  # no `**data`: the lost keyword is refused
    assert strict.signature is not None and strict.signature.removed == ("port",)
    assert strict.breakages == ("record_field_removed",)
    assert ("signature_changed", "demo.Aliased") not in found
    assert ("signature_changed", "demo.Loose") not in found


def test_a_pydantic_v1_model_field_annotated_optional_is_not_required(tmp_path: Path) -> None:
    source = "from typing import Optional\n\nfrom pydantic.v1 import BaseModel\n\n\nclass Old(BaseModel):\n    hint: Optional[str]\n"
    params = surface(tmp_path, {"demo/__init__.py": source}, "1.0").symbols["demo.Old"].params
    assert params is not None and [(p.name, p.has_default) for p in params] == [("hint", True), ("data", False)]


def test_a_model_field_named_data_keeps_its_keyword(tmp_path: Path) -> None:
    source = "from pydantic import BaseModel\n\n\nclass Blob(BaseModel):\n    data: bytes\n"
    params = surface(tmp_path, {"demo/__init__.py": source}, "1.0").symbols["demo.Blob"].params
    assert params is not None and [p.name for p in params] == ["data", "__data"]


def test_python_kasa_0_7_7_cloud_info_is_built_from_its_fields() -> None:
    info = pinned_surface("python-kasa", "0.7.7").symbols["kasa.iot.modules.cloud.CloudInfo"]
    assert info.record == "pydantic"
    assert info.params is not None
    named = [p for p in info.params if p.kind is ParamKind.KEYWORD_ONLY]
    assert [p.name for p in named][:3] == ["binded", "cld_connection", "fwDlPage"] and len(named) == 10
    assert not any(p.has_default for p in named)


# -- a new name alike to two removed ones was paired with the first (`cache` -> `cache_path`): the one sharing its
# last word, what it names, is the one renamed (`path` -> `cache_path`) --


def test_a_rename_pairs_the_old_name_sharing_the_new_ones_last_word(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def agent(cache=True, use_server=True, path=None, fallback=None):\n    return path\n"}
    new = {"demo/__init__.py": "def agent(external=False, cache_path=None, fallback=None):\n    return cache_path\n"}
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.agent")]
    assert change.signature is not None
    assert change.signature.renamed == (("path", "cache_path"),)
    assert "cache" in change.signature.removed
    # `external` took `cache`'s slot only, a removal: `fallback`, after two removals, moved all the same
    assert ("fallback", 3, 2) in change.signature.moved
    bind = diffed(
        tmp_path / "bind",
        {"demo/__init__.py": "def f(bind=None):\n    return bind\n"},
        {"demo/__init__.py": "def f(bind_key=None):\n    return bind_key\n"},
    )
    assert bind[("signature_changed", "demo.f")].signature.renamed == (("bind", "bind_key"),)  # no other candidate


def test_fake_useragent_1_0_cache_path_is_the_old_path() -> None:
    change = changes("fake-useragent", "0.1.14", "1.0.0")[("signature_changed", "fake_useragent.UserAgent")]
    assert change.signature is not None
    assert change.signature.renamed == (("path", "cache_path"),)
    assert ("fallback", 3, 2) in change.signature.moved
