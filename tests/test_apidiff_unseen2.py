"""False reports and misses found on a second set of release pairs the engine was never tuned on (blinker
1.5→1.6, click 8.1.8→8.2.0, …): each class on its pinned real example and on a synthetic sibling, with the true
reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- a Python 2 shim defined in a handler that never runs: `try: callable / except NameError: def callable(...)` --


def test_blinker_1_6_lost_no_shim_of_a_builtin() -> None:
    found = changes("blinker", "1.5", "1.6")
    # on Python 3, `callable` names the builtin: the handler never ran, the modules never had the attribute
    assert ("removed", "blinker._saferef.callable") not in found
    assert ("removed", "blinker._utilities.callable") not in found


def test_handler_of_a_try_naming_only_builtins_defines_nothing(tmp_path: Path) -> None:
    old = ("try:\n    callable\nexcept NameError:\n    def callable(obj):\n        return hasattr(obj, '__call__')\n\n"
           "try:\n    unicode\nexcept NameError:\n    def unicode(obj):\n        return str(obj)\n\n"
           "def keep():\n    pass\n")
    found = synthetic(tmp_path, old, "def keep():\n    pass\n")
    assert "demo.callable" not in found  # `from demo import callable` fails on the old release too
    assert found["demo.unicode"].kind.value == "removed"  # no builtin of Python 3: the handler ran, and bound it


# -- a parameter paired with a new one by slot alone (names unalike) is no rename to advise: keyword callers lost it --


def test_click_8_2_cli_runner_mix_stderr_is_removed_not_renamed() -> None:
    found = changes("click", "8.1.8", "8.2.0")
    runner = found["signature_changed", "click.testing.CliRunner"]
    assert runner.signature is not None and runner.signature.removed == ("mix_stderr",)
    assert not runner.signature.renamed  # `catch_exceptions=` is a new option, not the old one respelled
    assert ("removed", "click.testing.CliRunner.mix_stderr") in found  # its attribute went too: kept
    add_source = found["signature_changed", "click.CommandCollection.add_source"].signature
    # `multi_cmd: MultiCommand` -> `group: Group`, its only parameter, required: a rename (positional callers are
    # fine, keyword ones broke); the declared types share no name, but 8.1's `Group` derives from `MultiCommand`, so
    # the release relates them (words70, `relatedtypes`): renamed, as words69's guard left it removed
    assert add_source is not None and add_source.renamed == (("multi_cmd", "group"),) and not add_source.removed


def test_a_new_option_in_the_old_slot_leaves_the_old_name_removed(tmp_path: Path) -> None:
    old = "def run(charset='utf-8', echo=False, mix_stderr=True):\n    pass\n"
    found = synthetic(tmp_path, old, "def run(charset='utf-8', echo=False, catch_exceptions=True):\n    pass\n")
    delta = found["demo.run"].signature
    assert delta is not None and delta.removed == ("mix_stderr",) and not delta.renamed and not delta.moved
    found = synthetic(tmp_path, old, "def run(charset='utf-8', echo=False, mix_stderr_=True):\n    pass\n")
    delta = found["demo.run"].signature
    assert delta is not None and delta.renamed == (("mix_stderr", "mix_stderr_"),)  # alike names: a rename


# -- a function that returned nothing (`-> None`) now returning a value: no caller used the old value --


def test_markdown_3_6_assign_attrs_returning_a_str_breaks_no_caller() -> None:
    found = changes("markdown", "3.5.2", "3.6")
    detail = found["signature_changed", "markdown.extensions.attr_list.AttrListTreeprocessor.assign_attrs"].detail
    assert "annotation changed" not in (detail or "")  # `-> None` became `-> str`
    assert "'attrs' renamed to 'attrs_string'" in (detail or "")  # the true part of the claim, kept
    assert ("deprecated", "markdown.extensions.toc.get_name") in found  # documented deprecations, kept


def test_a_return_type_is_compared_only_when_there_was_a_value(tmp_path: Path) -> None:
    old = "def render(text: str) -> None:\n    pass\n\ndef digest() -> bytes:\n    return b''\n"
    new = "def render(text: str) -> str:\n    return text\n\ndef digest() -> str:\n    return ''\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.render" not in found
    assert "annotation changed from bytes to str" in (found["demo.digest"].detail or "")
    found = synthetic(tmp_path, old.replace("-> None", "-> Optional[str]").replace("def render", "from typing import "
                                            "Optional\n\ndef render"), new)
    assert "demo.render" not in found  # `Optional[str]` to `str`: narrower, callers are fine either way
    old = "def render(text) -> None:\n    print(text)\n\ndef digest():\n    return b''\n"
    new = "def render(text):\n    assert text\n    return b''\n\ndef digest():\n    return ''\n"
    found = synthetic(tmp_path, old, new)  # one side read from the body: the same rule
    assert "demo.render" not in found
    assert "returns str where it returned bytes" in (found["demo.digest"].detail or "")


# -- the implementation of `@overload`ed stubs: type checkers read the stubs, not its catch-all annotations --


def test_click_8_2_edit_keeps_its_types_through_overloads() -> None:
    found = changes("click", "8.1.8", "8.2.0")
    assert ("signature_changed", "click.edit") not in found  # `-> str | bytes | bytearray | None` is the catch-all
    assert ("signature_changed", "click.termui.edit") not in found


def test_an_overloaded_implementation_makes_no_type_claim(tmp_path: Path) -> None:
    old = "from typing import AnyStr, Optional\n\ndef edit(text: AnyStr) -> Optional[AnyStr]:\n    return text\n"
    new = ("from typing import overload\n\n@overload\ndef edit(text: str) -> str | None: ...\n\n"
           "@overload\ndef edit(text: bytes) -> bytes | None: ...\n\n"
           "def edit(text: str | bytes | bytearray, extension: str) -> str | bytes | bytearray | None:\n"
           "    return text\n\n"
           "class Editor:\n    @overload\n    def open(self, name: str) -> str: ...\n\n"
           "    @overload\n    def open(self, name: None) -> None: ...\n\n"
           "    def open(self, name: str | None) -> str | None | bytes:\n        return name\n")
    old += "\n\nclass Editor:\n    def open(self, name: str) -> str:\n        return name\n"
    found = synthetic(tmp_path, old, new)
    assert "annotation" not in (found["demo.edit"].detail or "")
    assert "new required parameter 'extension'" in (found["demo.edit"].detail or "")  # a run-time change: kept
    assert "demo.Editor.open" not in found
    plain = "\n".join(line for line in new.splitlines() if "@overload" not in line)
    found = synthetic(tmp_path, old, plain)  # without stubs, the last def's annotations are the types
    assert "annotation changed" in (found["demo.Editor.open"].detail or "")


# -- an `if`/`elif` chain on `len(args)` ending in `else: raise` caps `*args`: a parameter named before it shifts them --


def test_apispec_6_map_to_openapi_type_takes_the_field_first() -> None:
    found = changes("apispec", "5.2.2", "6.0.0")
    detail = found["signature_changed", "apispec.ext.marshmallow.OpenAPIConverter.map_to_openapi_type"].detail or ""
    assert "new required parameter 'field_cls'" in detail  # `map_to_openapi_type("string", "uuid")` now fails
    assert "'args[0]' moved from slot 0 to 1" in detail
    assert ("removed", "apispec.utils.validate_spec") in found  # documented removals, kept


def test_a_len_chain_ending_in_raise_caps_varargs(tmp_path: Path) -> None:
    old = ("def mapping(*args):\n    if len(args) == 1 and args[0] in TYPES:\n        return TYPES[args[0]]\n"
           "    elif len(args) == 2:\n        return args\n    else:\n        raise TypeError('one type or a pair')\n\n"
           "TYPES = {}\n")
    found = synthetic(tmp_path, old, old.replace("mapping(*args)", "mapping(field, *args)"))
    assert "new required parameter 'field'" in (found["demo.mapping"].detail or "")  # `mapping(int)` fails now
    open_ended = old.replace("    else:\n        raise TypeError('one type or a pair')\n", "")
    found = synthetic(tmp_path, open_ended, open_ended.replace("mapping(*args)", "mapping(field, *args)"))
    assert "demo.mapping" not in found  # no cap read: what `*args` held is unknown, no claim (as before)


# -- a module `__getattr__` guarded by `if name not in TABLE: raise`, also when a factory of the module makes it --


def test_attrs_24_lost_the_packaging_metadata_its_getattr_served() -> None:
    found = changes("attrs", "23.2.0", "24.1.0")
    # `__getattr__ = _make_getattr(__name__)`, serving `dunder_to_metadata`'s names behind a `not in` guard
    assert {"attr.__url__", "attr.__email__", "attr.__description__"} <= {s for (k, s) in found if k == "removed"}
    assert ("removed", "attr.__version__") not in found  # still served
    assert not {s for (_, s) in found if s.startswith("attrs.__")}  # `attrs` imports the factory: no claim either way


def test_names_behind_a_getattr_guard_are_served(tmp_path: Path) -> None:
    old = ("import warnings\n_OLD = {'__url__': 'x', '__email__': 'y'}\n\n"
           "def __getattr__(name):\n    if name not in _OLD:\n        raise AttributeError(name)\n"
           "    warnings.warn(f'{name} is deprecated', DeprecationWarning)\n    return _OLD[name]\n")
    found = synthetic(tmp_path, old, "def __getattr__(name):\n    raise AttributeError(name)\n")
    assert found["demo.__url__"].kind.value == "removed" and found["demo.__email__"].kind.value == "removed"
    made = ("def _make(module):\n    def __getattr__(name):\n        if name not in ('__url__',):\n"
            "            raise AttributeError(name)\n        return 'x'\n    return __getattr__\n\n"
            "__getattr__ = _make(__name__)\n")
    found = synthetic(tmp_path, made, made.replace("'__url__',", "'__uri__',"))
    assert found["demo.__url__"].kind.value == "removed" and "demo.__uri__" not in found
    refused = old.replace("    return _OLD[name]\n", "    raise ImportError(name)\n")  # the rest serves nothing
    assert "demo.__url__" not in synthetic(tmp_path, refused, "x = 1\n")


# -- an old name `**kwargs` still takes, whose slot a new *required* parameter holds: keyword callers fail too (the
# sole parameter so replaced is that parameter renamed, see test_apidiff_lead60) --


def test_marshmallow_4_render_module_loads_lost_json_data_for_keyword_callers() -> None:
    found = changes("marshmallow", "3.26.1", "4.0.0")
    detail = found["signature_changed", "marshmallow.types.RenderModule.loads"].detail or ""
    assert detail == "parameter 'json_data' renamed to 's'"  # `loads(json_data=...)`: no `s`, TypeError
    assert "parameter 'json_data' removed" in (found["signature_changed", "marshmallow.Schema.loads"].detail or "")
    assert ("removed", "marshmallow.base") in found  # documented removals, kept


def test_a_required_parameter_in_the_old_slot_breaks_keyword_callers(tmp_path: Path) -> None:
    found = synthetic(tmp_path, "def f(json_data, **kwargs):\n    pass\n", "def f(s, **kwargs):\n    pass\n")
    delta = found["demo.f"].signature
    assert delta is not None and delta.renamed == (("json_data", "s"),) and not delta.made_keyword_only  # f(json_data=1)
    # a `**kwargs` kept whole binds the keyword, but as no parameter of that name (one never read ignores it: see
    # test_apidiff_leftover57): removed, not keyword-only (see test_apidiff_kw68)
    found = synthetic(
        tmp_path, "def f(json_data=None, **kwargs):\n    pass\n", "def f(s=None, **kwargs):\n    return dict(kwargs)\n"
    )
    delta = found["demo.f"].signature
    assert delta is not None and not delta.made_keyword_only and delta.kwargs_bound_whole == ("json_data",)
