"""False claims found by hunt31 on releases nobody tuned on: each class on its pinned real example, on a synthetic
case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a plain def declared to return a coroutine, made `async def`: callers awaited it already --


def test_bokeh_3_10_directory_handler_callbacks_already_returned_coroutines() -> None:
    found = changes("bokeh", "3.9.2", "3.10.0")
    # 3.9.2: `def on_session_created(self, session_context) -> Coroutine[Any, Any, None]: return
    # self._lifecycle_handler.on_session_created(session_context)`; 3.10.0: `async def ... -> None: await ...`
    for name in ("on_session_created", "on_session_destroyed"):
        change = found.get(("signature_changed", f"bokeh.application.handlers.DirectoryHandler.{name}"))
        assert change is None or "sync_to_async" not in change.breakages
    # the release's true changes stay claimed
    assert ("removed", "bokeh.server.connection.ServerConnection.send_patch_document") in found


def test_redis_5_2_pubsub_close_was_declared_awaitable() -> None:
    # 5.0.0: `def close(self) -> Awaitable[NoReturn]: ... return self.reset()`; 5.2.1: `async def close(self)`
    change = changes("redis", "5.0.0", "5.2.1").get(("signature_changed", "redis.asyncio.client.PubSub.close"))
    assert change is None or "sync_to_async" not in change.breakages


@pytest.mark.parametrize(
    "returns", ["Coroutine[Any, Any, None]", "Awaitable[int]", "asyncio.Future", "'Awaitable[None]'"]
)
def test_a_def_declared_to_return_an_awaitable_made_async_is_no_break(tmp_path: Path, returns: str) -> None:
    old = f"import asyncio\nfrom typing import Any, Awaitable, Coroutine\ndef fetch(url) -> {returns}:\n    return _get(url)\n"
    new = "async def fetch(url):\n    return await _get(url)\n"
    assert ("signature_changed", "demo.fetch") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize("returns", ["", " -> None", " -> int", " -> 'Response'"])
def test_a_plain_def_made_async_is_still_claimed(tmp_path: Path, returns: str) -> None:
    old = f"def fetch(url){returns}:\n    return _get(url)\n"
    new = "async def fetch(url):\n    return await _get(url)\n"
    change = diffed(tmp_path, old, new)["signature_changed", "demo.fetch"]
    assert "sync_to_async" in change.breakages


# -- a call on what the last assignment before it builds, though an earlier one bound the name otherwise --


def test_urwid_5_set_pop_up_is_called_on_a_composite_canvas_the_render_builds() -> None:
    found = changes("urwid", "4.2.5", "5.0.0")
    # 5.0.0's `PopUpLauncher.render`: `canv = super().render(size, focus)`, then under `if self._pop_up_widget:`
    # `canv = CompositeCanvas(canv)` and `canv.set_pop_up(..., on_unhandled_key=...)`: no user override reached
    change = found.get(("signature_changed", "urwid.Canvas.set_pop_up"))
    assert change is None or "hook_called_with_new_arguments" not in change.breakages
    # `AttrSpec.style_only` calls `self.copy_modified(hyperlink=None)`: on self, overrides are reached
    assert "hook_called_with_new_arguments" in found["signature_changed", "urwid.AttrSpec.copy_modified"].breakages


_CANVAS = "class Canvas:\n    def pop_up(self, w{new}):\n        pass\nclass Composite(Canvas):\n    pass\n"


def _launcher(body: str) -> str:
    return _CANVAS.format(new=", key=None") + "class Launcher:\n    def render(self, w, c, items):\n" + body


def _hook_claimed(tmp_path: Path, body: str) -> bool:
    found = diffed(tmp_path, _CANVAS.format(new=""), _launcher(body))
    change = found.get(("signature_changed", "demo.Canvas.pop_up"))
    return change is not None and "hook_called_with_new_arguments" in change.breakages


@pytest.mark.parametrize(
    "body",
    [
        "        canv = self.base()\n        if c:\n            canv = Composite(canv)\n            # open it\n"
        "            canv.pop_up(w, key=1)\n",
        "        canv = self.base()\n        canv = Composite(canv)\n        if c:\n            return\n"
        "        canv.pop_up(w, key=1)\n",
    ],
)
def test_a_call_right_after_building_its_receiver_reaches_no_override(tmp_path: Path, body: str) -> None:
    assert not _hook_claimed(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        # built only on one branch: the other brings what `base()` returned
        "        canv = self.base()\n        if c:\n            canv = Composite(canv)\n        canv.pop_up(w, key=1)\n",
        # a later assignment brings another value back round the loop
        "        canv = Composite(w)\n        for item in items:\n            canv.pop_up(w, key=1)\n"
        "            canv = self.base()\n",
        # built after the call
        "        canv = self.base()\n        canv.pop_up(w, key=1)\n        canv = Composite(canv)\n",
    ],
)
def test_a_call_the_building_assignment_does_not_dominate_is_still_evidence(tmp_path: Path, body: str) -> None:
    assert _hook_claimed(tmp_path, body)


# -- `*args`/`**kwargs` handed to a builtin class's own `__init__` (`list`): what it took is its class's signature --


def test_urwid_5_monitored_focus_list_takes_every_call_list_took() -> None:
    found = changes("urwid", "4.2.5", "5.0.0")
    # 4.2.5: `__init__(self, *args, focus=0, **kwargs)` -> `super().__init__(*args, **kwargs)`, `list.__init__`
    # (through `MonitoredList(list[_T], Generic[_T])`): one positional argument, no keyword; 5.0.0: `(iterable=(),
    # /, *, focus=0, follow_end=False)`
    for path in ("urwid.MonitoredFocusList", "urwid.widget.monitored_list.MonitoredFocusList"):
        assert ("signature_changed", path) not in found
    detail = found["signature_changed", "urwid.widget.list_walker.ScrollSupportingBody.get_next"].detail
    assert "'position' is now positional-only" in detail


_LISTS = "import typing\n_T = typing.TypeVar('_T')\nclass Monitored(list[_T], typing.Generic[_T]):\n    pass\n"


@pytest.mark.parametrize("base", ["list", "Monitored[_T]"])
def test_variadics_handed_to_list_init_took_one_positional_argument(tmp_path: Path, base: str) -> None:
    old = _LISTS + f"class Focus({base}):\n    def __init__(self, *args, focus=0, **kwargs):\n" \
        "        super().__init__(*args, **kwargs)\n"
    new = _LISTS + f"class Focus({base}):\n    def __init__(self, iterable=(), /, *, focus=0, end=False):\n" \
        "        super().__init__(iterable)\n"
    assert ("signature_changed", "demo.Focus") not in diffed(tmp_path, old, new)
    # no positional slot left: `Focus([1, 2])` fails now
    gone = new.replace("self, iterable=(), /, *,", "self, *,").replace("(iterable)", "()")
    assert "parameter 'iterable' removed" in diffed(tmp_path, old, gone)["signature_changed", "demo.Focus"].detail


def test_variadics_handed_to_dict_init_still_lose_its_keywords(tmp_path: Path) -> None:
    old = "class Table(dict):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n"
    new = "class Table(dict):\n    def __init__(self, mapping=(), /):\n        super().__init__(mapping)\n"
    # `dict(a=1)` took keywords: `Table(a=1)` fails now
    assert "'**kwargs' removed" in diffed(tmp_path, old, new)["signature_changed", "demo.Table"].detail


# -- a loop over literal keys reads `**kwargs` only inside its own scope, not in another loop reusing its name --


def test_kafka_python_3_producer_still_takes_its_configs() -> None:
    found = changes("kafka-python", "2.3.3", "3.0.12")
    # 3.0.12: `for key in self.config: if key in configs: self.config[key] = configs.pop(key)`, then `for key in
    # ('key_serializer', 'value_serializer'): if self.config[key] is not None ...`: the second reads no config
    for path in ("kafka.KafkaProducer", "kafka.producer.KafkaProducer", "kafka.producer.kafka.KafkaProducer"):
        assert ("signature_changed", path) not in found
    # `Serializer.__init__(self, **config)` is gone for good: `Serializer(a=1)` fails now
    assert "'**config' removed" in found["signature_changed", "kafka.serializer.Serializer"].detail


_CONFIGS = "DEFAULTS = {'a': 1, 'b': 2, 'key': None, 'value': None}\n"


def test_a_loop_reusing_the_name_of_another_reading_kwargs_takes_no_option(tmp_path: Path) -> None:
    old = _CONFIGS + "class Producer:\n    def __init__(self, **configs):\n        self.config = dict(DEFAULTS)\n" \
        "        for key in self.config:\n            if key in configs:\n" \
        "                self.config[key] = configs.pop(key)\n        assert not configs\n"
    new = old.replace("        assert not configs\n", "        for key in ('key', 'value'):\n"
                      "            if self.config[key] is not None:\n                self.config[key] = str\n"
                      "        assert not configs\n")
    assert ("signature_changed", "demo.Producer") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize(
    "reads",
    [
        "    for key in ('key', 'value'):\n        if key in configs:\n            found[key] = configs.pop(key)\n",
        "    found = {k: configs.pop(k)\n             for k in ('key', 'value') if k in configs}\n",
    ],
)
def test_a_loop_reading_kwargs_in_its_own_scope_still_takes_its_keys(tmp_path: Path, reads: str) -> None:
    old = "def connect(key=None, value=None, timeout=None):\n    pass\n"
    new = f"def connect(**configs):\n    found = {{}}\n{reads}    assert not configs\n    return found\n"
    detail = diffed(tmp_path, old, new)["signature_changed", "demo.connect"].detail
    assert "'key' removed" not in detail and "'value' removed" not in detail, detail
    assert "'timeout' removed" in detail


# -- a dataclass decorator spreading a module-level mapping that sets `kw_only` --


def test_mkdocstrings_python_1_19_options_were_keyword_only_already() -> None:
    found = changes("mkdocstrings-python", "1.18.2", "1.19.0")
    # 1.18.2: `_dataclass_options = {"frozen": True}`, `if sys.version_info >= (3, 10): _dataclass_options["kw_only"]
    # = True`, `@dataclass(**_dataclass_options)`; 1.19.0: `@dataclass(frozen=True, kw_only=True)`
    for name in ("GoogleStyleOptions", "PythonInputOptions", "SummaryOption", "Inventory"):
        assert ("signature_changed", f"mkdocstrings_handlers.python.{name}") not in found


_OPTIONS = "import sys\nfrom dataclasses import dataclass\n{opts}\n@dataclass(**_opts)\nclass Options:\n    a: int = 0\n"
_KEYWORD = "import sys\nfrom dataclasses import dataclass\n@dataclass(frozen=True, kw_only=True)\nclass Options:\n" \
    "    a: int = 0\n"


@pytest.mark.parametrize(
    "opts",
    [
        "_opts = {'frozen': True}\nif sys.version_info >= (3, 10):\n    _opts['kw_only'] = True",
        "_opts = {'frozen': True, 'kw_only': True}",
        "_opts = dict(frozen=True, kw_only=True)",
    ],
)
def test_a_spread_mapping_setting_kw_only_made_the_fields_keyword_only(tmp_path: Path, opts: str) -> None:
    assert ("signature_changed", "demo.Options") not in diffed(tmp_path, _OPTIONS.format(opts=opts), _KEYWORD)


@pytest.mark.parametrize("opts", ["_opts = {'frozen': True}", "_opts = {'frozen': True}\n_opts['kw_only'] = False"])
def test_a_spread_mapping_leaving_kw_only_unset_kept_the_fields_positional(tmp_path: Path, opts: str) -> None:
    detail = diffed(tmp_path, _OPTIONS.format(opts=opts), _KEYWORD)["signature_changed", "demo.Options"].detail
    assert "parameter 'a' is now keyword-only" in detail


# -- `typing.Protocol` leaving a class's order: `isinstance` against it was an error, as against a protocol --


def test_pypdf_6_20_objects_lost_no_base_users_name() -> None:
    found = changes("pypdf", "6.19.0", "6.20.1")
    # 6.19.0: `class PdfObject(PdfObjectProtocol)`, `pypdf._protocols.PdfObjectProtocol(Protocol)`; 6.20.1: `class
    # PdfObject:`; every class of `pypdf.generic`, the annotations and actions were claimed
    for path in ("pypdf.generic.PdfObject", "pypdf.generic.DictionaryObject", "pypdf.PageObject"):
        change = found.get(("signature_changed", path))
        assert change is None or "base_removed" not in change.breakages
    assert "'visited'" in found["signature_changed", "pypdf.PdfWriter.find_outline_item"].detail


_PROTOCOL = "from typing import Protocol\nclass _Cloning(Protocol):\n    def clone(self): ...\nclass Base:\n    pass\n"


def test_a_class_leaving_a_private_protocol_loses_no_base(tmp_path: Path) -> None:
    old = _PROTOCOL + "class Obj(_Cloning):\n    def clone(self):\n        return self\n"
    new = _PROTOCOL + "class Obj:\n    def clone(self):\n        return self\n"
    assert ("signature_changed", "demo.Obj") not in diffed(tmp_path, old, new)


def test_a_class_leaving_a_public_base_still_loses_it(tmp_path: Path) -> None:
    old = _PROTOCOL + "class Obj(Base, _Cloning):\n    def clone(self):\n        return self\n"
    new = _PROTOCOL + "class Obj:\n    def clone(self):\n        return self\n"
    change = diffed(tmp_path, old, new)["signature_changed", "demo.Obj"]
    assert "base_removed" in change.breakages and "demo.Base" in change.detail


# -- a lost base the old release spelled as a protocol not runtime-checkable: `isinstance` against it raised --


def test_dulwich_1_2_line_ending_filter_leaves_a_protocol_isinstance_refused() -> None:
    found = changes("dulwich", "1.1.0", "1.2.21")
    # 1.1.0: `class LineEndingFilter(FilterDriver)`, `class FilterDriver(TypingProtocol)` (no @runtime_checkable)
    change = found.get(("signature_changed", "dulwich.line_ending.LineEndingFilter"))
    assert change is None or "base_removed" not in change.breakages
    # porcelain's `r.get_walker(..., simplify_history=...)` on a repository the user may hand in: still claimed
    assert "'simplify_history'" in found["signature_changed", "dulwich.repo.BaseRepo.get_walker"].detail


_DRIVER = "from typing import Protocol, runtime_checkable\n{decorator}class Driver(Protocol):\n" \
    "    def clean(self, data): ...\n    def smudge(self, data): ...\n"


def test_a_class_leaving_a_protocol_not_runtime_checkable_loses_no_base(tmp_path: Path) -> None:
    protocol = _DRIVER.format(decorator="")
    old = protocol + "class Filter(Driver):\n    def clean(self, data):\n        return data\n"
    new = protocol + "class Filter:\n    def clean(self, data):\n        return data\n"
    change = diffed(tmp_path, old, new).get(("signature_changed", "demo.Filter"))
    assert change is None or "base_removed" not in change.breakages


def test_a_class_leaving_a_runtime_checkable_protocol_it_no_longer_satisfies_loses_it(tmp_path: Path) -> None:
    protocol = _DRIVER.format(decorator="@runtime_checkable\n")
    old = protocol + "class Filter(Driver):\n    def clean(self, data):\n        return data\n"
    new = protocol + "class Filter:\n    def clean(self, data):\n        return data\n"
    # `isinstance(Filter(), Driver)` held (`smudge` inherited); now `Filter` has no `smudge`
    assert "base_removed" in diffed(tmp_path, old, new)["signature_changed", "demo.Filter"].breakages


# -- a plain def handing its arguments whole to a same-named coroutine function returned an awaitable already --


def test_python_statemachine_3_registry_async_call_returned_a_coroutine_already() -> None:
    found = changes("python-statemachine", "2.6.0", "3.0.0")
    # 2.6.0: `def async_call(self, key, *args, **kwargs): return self._registry[key].async_call(*args, **kwargs)`,
    # `CallbacksExecutor.async_call` being an `async def`; 3.0.0: `async def async_call(...)`
    for name in ("async_call", "async_all"):
        change = found.get(("signature_changed", f"statemachine.callbacks.CallbacksRegistry.{name}"))
        assert change is None or "sync_to_async" not in change.breakages
    assert "'rtc' removed" in found["signature_changed", "statemachine.engines.async_.AsyncEngine"].detail


_EXECUTOR = "class Executor:\n    async def run(self, *args, **kwargs):\n        return args\n" \
    "    def call(self, *args, **kwargs):\n        return args\n"


@pytest.mark.parametrize("name, claimed", [("run", False), ("call", True)])
def test_a_wrapper_of_a_same_named_coroutine_made_async_is_no_break(tmp_path: Path, name: str, claimed: bool) -> None:
    old = _EXECUTOR + f"class Registry:\n    def {name}(self, key, *args, **kwargs):\n" \
        f"        return self._by_key[key].{name}(*args, **kwargs)\n"
    new = _EXECUTOR + f"class Registry:\n    async def {name}(self, key, *args, **kwargs):\n" \
        f"        return await self._by_key[key].run(*args, **kwargs)\n"
    change = diffed(tmp_path, old, new).get(("signature_changed", f"demo.Registry.{name}"))
    # `Executor.call` is a plain def: `Registry.call` returned its value, not an awaitable
    assert (change is not None and "sync_to_async" in change.breakages) is claimed
