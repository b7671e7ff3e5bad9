"""misses62: misses left by earlier stops — a parameter kept but no longer read, django-appconf settings, deprecation
by assignment through a helper, comments deprecating several attributes, TypeVar returns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter kept in the signature that the new body never names is silently ignored (fonttools 4.27's
# `TTFont(allowVID=...)`): claimed only when the old body loaded it and nothing in the new one can reach it --

_READ_OLD = '''class Font:
    def __init__(self, path=None, allow_vid=False, lazy=None):
        self.path = path
        self.allow_vid = allow_vid
        self.lazy = lazy


def load(path, strict=False):
    if strict:
        raise ValueError(path)
    return path
'''


def _new(init_body: str, load_body: str = "    return path\n", decorator: str = "") -> dict[str, str]:
    return {
        "demo/__init__.py": "import functools\nimport warnings\n\n\nclass Font:\n"
        "    def __init__(self, path=None, allow_vid=False, lazy=None):\n" + init_body + "\n\n"
        + decorator + "def load(path, strict=False):\n" + load_body
    }


_IGNORED = "        self.path = path\n        self.lazy = lazy\n"


def test_a_parameter_the_new_body_never_names_is_claimed_no_longer_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _READ_OLD}, _new(_IGNORED))
    change = found[("signature_changed", "demo.Font")]
    assert change.signature is not None and change.signature.no_longer_read == ("allow_vid",)
    assert change.breakage == "param_no_longer_read"
    assert "'allow_vid' is still accepted but no longer read" in change.detail
    assert found[("signature_changed", "demo.load")].signature.no_longer_read == ("strict",)  # type: ignore[union-attr]


def test_a_warning_naming_the_ignored_parameter_is_said(tmp_path: Path) -> None:
    body = _IGNORED + "        warnings.warn('allow_vid is ignored', DeprecationWarning)\n"
    change = diffed(tmp_path, {"demo/__init__.py": _READ_OLD}, _new(body))[("signature_changed", "demo.Font")]
    assert change.signature is not None and change.signature.no_longer_read_warned == ("allow_vid",)
    assert "a warning of the new release names it" in change.detail


@pytest.mark.parametrize(
    ("body", "load_body", "decorator"),
    [
        pytest.param(_IGNORED + "        self.options = dict(locals())\n", "    return vars()\n", "", id="locals"),
        pytest.param(
            _IGNORED + "        super().__init__(allow_vid)\n",
            "    return check(path, strict=strict)\n",
            "",
            id="handed-on",
        ),
        pytest.param(_IGNORED + "        allow_vid = None\n", "    strict = True\n    return path\n", "", id="rebound"),
        pytest.param(_IGNORED + "        self.kind = 'allow_vid'\n", "    return path or 'strict'\n", "", id="string-key"),
        pytest.param('        """Docs."""\n        ...\n', "    raise NotImplementedError\n", "", id="stubs"),
        pytest.param(_IGNORED + "        self.vid = allow_vid\n", "    return path\n", "@functools.lru_cache\n", id="decorated"),
    ],
)
def test_no_claim_when_the_new_body_may_still_reach_the_parameter(
    tmp_path: Path, body: str, load_body: str, decorator: str
) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _READ_OLD}, _new(body, load_body, decorator))
    for path in ("demo.Font", "demo.load"):
        change = found.get(("signature_changed", path))
        assert change is None or change.signature is None or not change.signature.no_longer_read, change


def test_a_parameter_the_old_body_did_not_read_either_is_no_claim(tmp_path: Path) -> None:
    old = _READ_OLD.replace("        self.allow_vid = allow_vid\n", "        # allow_vid: unused\n")
    found = diffed(tmp_path, {"demo/__init__.py": old}, _new(_IGNORED))
    assert ("signature_changed", "demo.Font") not in found


def test_locals_looked_up_by_literal_keys_reads_only_those(tmp_path: Path) -> None:
    looked = "        for name in ('path', 'lazy'):\n            setattr(self, name, locals().get(name))\n"
    found = diffed(tmp_path, {"demo/__init__.py": _READ_OLD}, _new(looked))
    assert found[("signature_changed", "demo.Font")].signature.no_longer_read == ("allow_vid",)  # type: ignore[union-attr]
    spread = "        for name in names:\n            setattr(self, name, locals().get(name))\n"
    assert ("signature_changed", "demo.Font") not in diffed(tmp_path / "any", {"demo/__init__.py": _READ_OLD}, _new(spread))


_CONTRACT_OLD = '''class Node:
    def render(self, context):
        return str(context)


class TextNode(Node):
    def render(self, context):
        return self.text + str(context)


class Table:
    def compile(self, font):
        return font
'''
_CONTRACT_NEW = _CONTRACT_OLD.replace("return self.text + str(context)", "return self.text").replace(
    "return font", "return b''"
) + "\n\nclass SVG(Table):\n    def compile(self, font):\n        return font\n"


def test_a_method_whose_parameters_another_definition_shares_is_no_claim(tmp_path: Path) -> None:
    # an override ignoring a parameter of its base's method; a base method a subclass defines again
    found = diffed(tmp_path, {"demo/__init__.py": _CONTRACT_OLD}, {"demo/__init__.py": _CONTRACT_NEW})
    assert ("signature_changed", "demo.TextNode.render") not in found
    assert ("signature_changed", "demo.Table.compile") not in found
    special = _CONTRACT_OLD + "\n\nclass URL:\n    def __call__(self, form, field):\n        return form, field\n"
    ignored = special.replace("return form, field", "return field")
    assert ("signature_changed", "demo.URL.__call__") not in diffed(tmp_path / "dunder", {"demo/__init__.py": special},
                                                                   {"demo/__init__.py": ignored})
    alone = _CONTRACT_NEW.replace("class TextNode(Node):", "class TextNode:")
    found = diffed(tmp_path / "alone", {"demo/__init__.py": _CONTRACT_OLD}, {"demo/__init__.py": alone})
    assert found[("signature_changed", "demo.TextNode.render")].signature.no_longer_read == ("context",)  # type: ignore[union-attr]


def test_a_stub_files_bodies_are_no_evidence(tmp_path: Path) -> None:
    # a `.pyi` beside a compiled module: its bodies are not the code that runs (blacksheep 1.2.20's `messages.pyi`)
    old = {"demo/__init__.pyi": "class Response:\n    def __init__(self, status, headers=None):\n"
           "        self.status = status\n        self.headers = headers\n"}
    new = {"demo/__init__.pyi": old["demo/__init__.pyi"].replace("        self.headers = headers\n", "")}
    assert ("signature_changed", "demo.Response") not in diffed(tmp_path, old, new)
    as_code = {"demo/__init__.py": old["demo/__init__.pyi"]}, {"demo/__init__.py": new["demo/__init__.pyi"]}
    assert ("signature_changed", "demo.Response") in diffed(tmp_path / "code", *as_code)


def test_blacksheep_1_2_20_stub_bodies_claim_nothing() -> None:
    found = changes("blacksheep", "1.2.19", "1.2.20")
    assert ("signature_changed", "blacksheep.Response") not in found


def test_fonttools_4_27_no_longer_reads_ttfont_allowvid() -> None:
    found = changes("fonttools", "4.26.2", "4.27.0")
    change = found[("signature_changed", "fontTools.ttLib.TTFont")]
    assert change.signature is not None and change.signature.no_longer_read == ("allowVID",)
    assert change.breakage == "param_no_longer_read"
    # `verbose` and `quiet` are read through `locals().get(name)` over a literal tuple: read, not claimed
    assert ("signature_changed", "fontTools.ttLib.TTFont.getGlyphID") in found  # `requireReal` removed, as before


# -- django-appconf: the upper-case attributes of a `class XConf(AppConf)` are Django settings `<PREFIX>_<NAME>`
# (`Meta.prefix`, else the module's package); one dropped is a config key no longer read --

_APPCONF_OLD = {
    "demo/__init__.py": "",
    "demo/conf.py": "from appconf import AppConf\n\n\nclass DemoConf(AppConf):\n    ENABLED = True\n"
    "    JS_FILTERS = None\n    COMPRESS_OFFLINE = False\n    helper = 1\n\n    class Meta:\n        prefix = 'compress'\n\n\n"
    "class PlainConf(AppConf):\n    TIMEOUT = 5\n\n\nclass MoreConf(DemoConf):\n    EXTRA = 1\n",
}


def test_a_setting_an_appconf_class_no_longer_declares_is_no_longer_read(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "", "demo/conf.py": _APPCONF_OLD["demo/conf.py"].replace("    JS_FILTERS = None\n", "")
           .replace("    TIMEOUT = 5\n", "    OTHER = 5\n").replace("    EXTRA = 1\n", "    pass\n")}
    found = diffed(tmp_path, _APPCONF_OLD, new)
    removed = {symbol for kind, symbol in found if symbol.startswith("config:")}
    # prefixed by Meta.prefix; by the package without one; a subclass without Meta takes its base's prefix
    assert removed == {"config:COMPRESS_JS_FILTERS", "config:DEMO_TIMEOUT", "config:COMPRESS_EXTRA"}
    assert "assert 'JS_FILTERS' in inspect.getsource(demo.conf)" in found[("removed", "config:COMPRESS_JS_FILTERS")].witness


def test_appconf_settings_moved_under_a_base_no_reader_follows_are_no_claim(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "", "demo/base.py": "X = 1\n",
           "demo/conf.py": "from demo.base import Settings\n\n\nclass DemoConf(Settings):\n    class Meta:\n"
           "        prefix = 'compress'\n\n\nclass PlainConf(Settings):\n    TIMEOUT = 5\n"}
    removed = {symbol for kind, symbol in diffed(tmp_path, _APPCONF_OLD, new) if symbol.startswith("config:")}
    assert removed == {"config:DEMO_TIMEOUT"}  # the prefixed ones may be declared by the base: not claimed


def test_django_compressor_3_0_dropped_two_appconf_settings() -> None:
    found = changes("django-compressor", "2.4.1", "3.0")
    assert ("removed", "config:COMPRESS_CSS_FILTERS") in found
    assert ("removed", "config:COMPRESS_JS_FILTERS") in found
    assert not any(s.startswith("config:") for _, s in found if s not in ("config:COMPRESS_CSS_FILTERS", "config:COMPRESS_JS_FILTERS"))


# -- a public name bound to a deprecation helper handed the callable by keyword (`name = deprecated(..., func=f)`) is
# deprecated, as one bound to `deprecated(...)(f)` is --

_ALIAS_OLD = {
    "demo/__init__.py": "from demo.new import visit, depart\n",
    "demo/new.py": "def visit(x):\n    return x\n\n\ndef depart(x):\n    return x\n",
}
_ALIAS_NEW = {
    "demo/__init__.py": "import deprecation\nfrom deprecation_alias import deprecated\nimport demo.new\n\n"
    "visit = deprecated(deprecated_in='2.4', removed_in='3.0', details='Import it from demo.new instead.', "
    "func=demo.new.visit)\n"
    "depart = deprecation.deprecated(deprecated_in='2.4', details='Use demo.new.depart instead.')(demo.new.depart)\n",
    "demo/new.py": _ALIAS_OLD["demo/new.py"],
}


def test_a_name_bound_to_a_deprecation_helper_wrapping_a_callable_by_keyword_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, _ALIAS_OLD, _ALIAS_NEW)
    assert found[("deprecated", "demo.visit")].detail == "Import it from demo.new instead."
    assert ("deprecated", "demo.depart") in found  # the called-decorator form, read before
    # a helper call of literals only makes a decorator, not a deprecated name; nor is any keyword a callable handed
    made = _ALIAS_NEW["demo/__init__.py"].replace("func=demo.new.visit", "current_version=demo.new.VERSION")
    assert ("deprecated", "demo.visit") not in diffed(tmp_path / "made", _ALIAS_OLD, {**_ALIAS_NEW, "demo/__init__.py": made})


def test_sphinx_toolbox_2_4_deprecates_the_aliases_it_binds_through_deprecated_func() -> None:
    found = changes("sphinx-toolbox", "2.3.1", "2.4.0")
    for name in ("visit_issue_node", "depart_issue_node", "get_issue_title"):
        assert ("deprecated", f"sphinx_toolbox.issues.{name}") in found
    assert ("deprecated", "sphinx_toolbox.issues.IssueNode") in found  # the decorator form, read before


# -- a comment above a block of assignments, each on the line right after the one before, deprecates the whole
# block (jupyterhub 2.0's `# deprecated, pre-2.0 allow sets` above four class attributes), not what follows a gap --

_BLOCK_OLD = {"demo/__init__.py": "class Handler:\n    services = None\n    users = None\n    groups = None\n"
              "    allow_admin = False\n\n    timeout = 5\n\n\nOLD = 1\nOTHER = 2\n"}
_BLOCK_NEW = {"demo/__init__.py": "class Handler:\n    # deprecated, pre-2.0 allow sets\n    services = None  # services\n"
              "    users = None\n    groups = None\n    allow_admin = False\n\n    timeout = 5\n\n\n"
              "# Deprecated: OLD is kept for compatibility\nOLD = 1\nOTHER = 2\n"}


def test_a_comment_deprecates_every_assignment_of_the_block_under_it(tmp_path: Path) -> None:
    found = diffed(tmp_path, _BLOCK_OLD, _BLOCK_NEW)
    deprecated = {symbol for kind, symbol in found if kind == "deprecated"}
    assert deprecated == {
        "demo.Handler.services",
        "demo.Handler.users",
        "demo.Handler.groups",
        "demo.Handler.allow_admin",
        "demo.OLD",  # a comment naming the first assignment speaks of it alone: not OTHER
    }


def test_jupyterhub_2_0_deprecates_the_four_pre_2_0_allow_sets() -> None:
    found = changes("jupyterhub", "1.5.1", "2.0.0")
    deprecated = {symbol.rsplit(".", 1)[-1] for kind, symbol in found if kind == "deprecated"}
    assert {"hub_services", "hub_users", "hub_groups", "allow_admin"} <= deprecated
    assert "hub_scopes" not in deprecated  # the property after the blank line


# -- a return that was a bare class or TypeVar and is now a builtin container holding it (`-> "T"` became
# `-> Tuple["T", bool]`, ormar 0.11's `get_or_create`) is a return type change; a parameter's is not (a TypeVar
# parameter takes the container too) --

_WRAPPED_OLD = {"demo/__init__.py": "from typing import List, Tuple, TypeVar\n\nT = TypeVar('T')\n\n\nclass Model:\n"
                "    pass\n\n\ndef get_or_create(x: T) -> 'T':\n    return x\n\n\ndef load(x: Tuple[T, bool]) -> Model:\n"
                "    return Model()\n"}
_WRAPPED_NEW = {"demo/__init__.py": _WRAPPED_OLD["demo/__init__.py"].replace("-> 'T':\n    return x", "-> Tuple['T', bool]:\n"
                "    return x, True").replace("load(x: Tuple[T, bool]) -> Model", "load(x: T) -> List[Model]")}


def test_a_return_now_a_container_of_the_old_type_is_a_return_type_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, _WRAPPED_OLD, _WRAPPED_NEW)
    assert found[("signature_changed", "demo.get_or_create")].signature.annotations_changed == (  # type: ignore[union-attr]
        ("return", "'T'", "Tuple['T', bool]"),
    )
    assert found[("signature_changed", "demo.load")].signature.annotations_changed == (  # type: ignore[union-attr]
        ("return", "Model", "List[Model]"),  # not the parameter: a `T` takes the pair it took
    )


def test_ormar_0_11_get_or_create_returns_a_pair() -> None:
    found = changes("ormar", "0.10.25", "0.11.0")
    delta = found[("signature_changed", "ormar.QuerySet.get_or_create")].signature
    assert delta is not None and delta.annotations_changed == (("return", '"T"', 'Tuple["T", bool]'),)
    assert delta.moved  # the `*args` shift found before
