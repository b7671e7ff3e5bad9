"""False reports and misses found on a third set of release pairs the engine was never tuned on (marshmallow
3.20→3.21, flask-mail 0.9→0.10, …): each class on its pinned real example and on a synthetic sibling, with the true
reports of the same pairs kept."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from bot.changes import Change
from bot.usage.calls import call_problems
from bot.usage.model import UseForm
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes


def diffed(tmp_path: Path, old: str, new: str) -> dict[tuple[str, str], Change]:
    """Every change of a one-module package `demo`, deprecations included, by kind and symbol."""
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- a module's metadata dunders beyond `__version__` (`__parsed_version__`, `__title__`) are read by users too --


def test_marshmallow_3_21_deprecates_every_version_attribute() -> None:
    found = changes("marshmallow", "3.20.0", "3.21.0")
    # all three moved behind a module `__getattr__` that warns; `__parsed_version__` was missed
    assert {"marshmallow.__version__", "marshmallow.__version_info__", "marshmallow.__parsed_version__"} <= {
        s for (k, s) in found if k == "deprecated"}
    assert not {s for (k, s) in found if k == "removed"}  # all still served


def test_pydantic_1_10_lost_no_dunder_hook_and_kept_its_true_removals() -> None:
    found = changes("pydantic", "1.9.2", "1.10.0")
    # `def __dataclass_transform__` in pydantic.main: PEP 681's draft hook for type checkers, no value users import
    assert ("removed", "pydantic.main.__dataclass_transform__") not in {
        key for key, c in found.items() if not c.private}
    assert ("removed", "pydantic.main.compiled") in found  # moved to `pydantic.version`: kept


def test_a_module_dunder_of_the_author_is_api_and_the_import_machinery_is_not(tmp_path: Path) -> None:
    old = ("import warnings\n__parsed_version__ = (1, 0)\n__title__ = 'demo'\n__docformat__ = 'restructuredtext'\n"
           "__all__ = ['run']\n__path__ = []\n__metaclass__ = type\n__doctest_skip__ = ['run']\n\ndef __getattr__(name):\n    raise AttributeError(name)\n\n"
           "def run():\n    pass\n")
    new = ("import warnings\n\ndef __getattr__(name):\n    if name == '__parsed_version__':\n"
           "        warnings.warn('use importlib.metadata', DeprecationWarning)\n        return (1, 0)\n"
           "    raise AttributeError(name)\n\ndef run():\n    pass\n")
    found = diffed(tmp_path, old, new)
    assert ("deprecated", "demo.__parsed_version__") in found  # served, with a warning
    assert found["removed", "demo.__title__"].private is False  # `from demo import __title__` fails
    # the import system's attributes, Python 2's `__metaclass__` and tools' directives are no name a user imports
    assert set(found) == {("deprecated", "demo.__parsed_version__"), ("removed", "demo.__title__")}
    hook = diffed(tmp_path, "def __dataclass_transform__(*args):\n    pass\n", "x = 1\n")  # pydantic 1.9's: a def
    assert all(c.private for c in hook.values())  # a type checkers' hook spelled as a dunder, no metadata
    mangled = diffed(tmp_path, "__secret = 1\n", "x = 1\n")
    assert all(c.private for (_, symbol), c in mangled.items() if symbol == "demo.__secret")  # no dunder: private


# -- a parameter defaulting to None that the body rejects at None before anything else: required in all but spelling --


def test_flask_mail_0_10_attachment_requires_data() -> None:
    found = changes("flask-mail", "0.9.1", "0.10.0")
    attachment = found["signature_changed", "flask_mail.Attachment"].signature
    # `if data is None: raise ValueError("The 'data' argument is required.")` opens the new `__init__`
    assert attachment is not None and attachment.defaults_removed == ("data",)
    assert not attachment.removed and not attachment.new_required and not attachment.moved
    # 0.9.1 already warned, `warn(DeprecationWarning(msg))`: not deprecated anew
    assert ("deprecated", "flask_mail.Message.is_bad_headers") not in found
    assert ("deprecated", "flask_mail.__version__") in found


def test_a_default_the_body_refuses_is_no_default(tmp_path: Path) -> None:
    old = "def attach(filename=None, data=None, *, kind=None):\n    return filename, data, kind\n"
    guarded = ('def attach(filename=None, data=None, *, kind=None):\n    """Attach."""\n    if data is None:\n'
               "        msg = 'data is required'\n        raise ValueError(msg)\n    if not kind:\n"
               "        raise TypeError('kind is required')\n    return filename, data, kind\n")
    delta = diffed(tmp_path, old, guarded)["signature_changed", "demo.attach"].signature
    assert delta is not None and delta.defaults_removed == ("data", "kind")  # `attach(filename='x')` raises now
    assert ("signature_changed", "demo.attach") not in diffed(tmp_path, guarded, guarded)  # the same guard: no change
    maybe = [
        guarded.replace("    if data is None:", "    data = data or b''\n    if data is None:"),  # rebound first
        guarded.replace("    if data is None:", "    if data is None and filename is None:"),  # another way in
        guarded.replace("    if data is None:", "    if filename:\n        pass\n    elif data is None:"),  # nested
        guarded.replace("        raise ValueError(msg)\n", "        warnings.warn(msg)\n"),  # no raise at all
    ]
    for body in maybe:
        delta = diffed(tmp_path, old, body)["signature_changed", "demo.attach"].signature
        assert delta is not None and delta.defaults_removed == ("kind",)  # `data` may still be left out
    way_out = guarded.replace("    if data is None:", "    if filename:\n        return None\n    if data is None:")
    assert ("signature_changed", "demo.attach") not in diffed(tmp_path, old, way_out)  # `attach('x')` returns first
    fallback = old.replace("kind=None", "kind='a'") + "\n" + guarded.replace("def attach", "def other")
    assert ("signature_changed", "demo.attach") not in diffed(tmp_path, old, fallback)  # not a None default


# -- `if kwargs: warn(DeprecationWarning)`: every extra keyword `**kwargs` took is deprecated, named `**kwargs` --


def test_starlette_0_28_deprecates_jinja2_env_options() -> None:
    found = changes("starlette", "0.27.0", "0.28.0")
    templates = found["deprecated", "starlette.templating.Jinja2Templates"]
    assert templates.signature is not None and templates.signature.deprecated_parameters == ("**env_options",)
    assert "witness_extra_keyword=..." in (templates.witness or "")  # a keyword only `**env_options` takes
    assert ("signature_changed", "starlette.templating.Jinja2Templates") in found  # context_processors: kept
    # a user's keyword that no named parameter takes lands in the deprecated `**env_options`: the matcher says so
    problems = call_problems(_call("Jinja2Templates(directory='t', autoescape=False)"), templates.signature)
    assert problems == [(UseForm.CALL_KEYWORD, "keyword 'autoescape' is taken by **env_options, which is deprecated")]
    assert call_problems(_call("Jinja2Templates(directory='t')"), templates.signature) == []


def _call(source: str) -> ast.Call:
    call = ast.parse(source).body[0].value  # type: ignore[attr-defined]
    assert isinstance(call, ast.Call)
    return call


def test_a_warning_on_any_extra_keyword_deprecates_the_var_keyword(tmp_path: Path) -> None:
    old = "def render(name, **options):\n    return name, options\n"
    new = ("import warnings\n\ndef render(name, *, env=None, **options):\n    if options:\n"
           "        warnings.warn('pass a configured env', DeprecationWarning)\n    return name, options\n")
    old_root, new_root = build(tmp_path / "old", old), build(tmp_path / "new", new)
    found = [c for c in diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))
             if c.symbol == "pkg.render"]
    assert [(c.kind.value, c.detail) for c in found] == [("deprecated", "deprecated parameter '**options'")]
    witness = found[0].witness or ""
    assert run(witness, old_root).returncode == 0 and run(witness, new_root).returncode != 0  # extra keyword: warns
    delta = found[0].signature
    assert delta is not None and delta.keywords_named == ("name", "env")
    assert call_problems(_call("render(name='x', env=e)"), delta) == []  # named parameters: not the **options
    assert call_problems(_call("render('x', cache=True)"), delta) == [
        (UseForm.CALL_KEYWORD, "keyword 'cache' is taken by **options, which is deprecated")
    ]
    other = new.replace("DeprecationWarning", "UserWarning")  # a warning of another kind deprecates nothing
    assert ("deprecated", "demo.render") not in diffed(tmp_path, old, other)
