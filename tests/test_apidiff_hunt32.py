"""False claims found by hunt32 on releases nobody tuned on: each class on its pinned real example, on a synthetic
case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module global bound to `None` that a function of the module fills by `global NAME` and an import --


def test_pydantic_settings_lazy_import_slots_are_no_api() -> None:
    # 2.14.2's `providers/aws.py`: `SecretsManagerClient = None`, filled in `import_aws_secrets_manager()` by
    # `global SecretsManagerClient` and `from types_boto3_secretsmanager.client import SecretsManagerClient`
    found = changes("pydantic-settings", "2.14.2", "2.15.0")
    assert ("removed", "pydantic_settings.sources.providers.aws.SecretsManagerClient") not in found
    # the release's true changes stay claimed
    assert ("signature_changed", "pydantic_settings.sources.providers.toml.TomlConfigSettingsSource") in found
    # 2.15.0's `providers/toml.py`: `tomli = None` (beside `if TYPE_CHECKING: import tomli`), filled in
    # `import_toml()` by `global tomli` and `import tomli`; 2.16.3 needs no tomli
    found = changes("pydantic-settings", "2.15.0", "2.16.3")
    assert ("removed", "pydantic_settings.sources.providers.toml.tomli") not in found


_FILLED = {
    "import": "import tomli\n",
    "from": "from tomli import loads as tomli\n",
    "dotted": "import tomli.parser\n",
}


@pytest.mark.parametrize("module", ["demo/toml.py", "demo/__init__.py"])
@pytest.mark.parametrize("statement", sorted(_FILLED))
def test_a_global_filled_by_a_lazy_import_is_no_api(tmp_path: Path, module: str, statement: str) -> None:
    old = {
        "demo/__init__.py": "",
        module: "tomli = None\n\ndef load():\n    global tomli\n    if tomli is None:\n        "
        + _FILLED[statement]
        + "    return tomli\n",
    }
    new = {"demo/__init__.py": "", module: "def load():\n    import tomllib\n    return tomllib\n"}
    prefix = module.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    assert ("removed", f"{prefix}.tomli") not in diffed(tmp_path, old, new)


def test_a_global_a_function_fills_with_a_value_is_still_claimed(tmp_path: Path) -> None:
    # `default_client = None`, set by `configure()`: users read `demo.api.default_client`
    old = {
        "demo/__init__.py": "",
        "demo/api.py": "default_client = None\n\ndef configure(url):\n    global default_client\n"
        "    import json\n    default_client = Client(url)\n\nclass Client:\n    def __init__(self, url): ...\n",
    }
    new = {"demo/__init__.py": "", "demo/api.py": "class Client:\n    def __init__(self, url): ...\n"}
    assert ("removed", "demo.api.default_client") in diffed(tmp_path, old, new)


def test_a_lazy_import_slot_listed_in_all_is_still_claimed(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "",
        "demo/toml.py": "__all__ = ['tomli', 'load']\ntomli = None\n\ndef load():\n    global tomli\n"
        "    import tomli\n    return tomli\n",
    }
    new = {"demo/__init__.py": "", "demo/toml.py": "__all__ = ['load']\n\ndef load():\n    return None\n"}
    assert ("removed", "demo.toml.tomli") in diffed(tmp_path, old, new)


# -- a refusal of more positional arguments summed with never-negative terms: `len(args) + len(kwargs) > 1` --


def test_python_box_8_config_box_update_took_one_positional_already() -> None:
    found = changes("python-box", "7.4.1", "8.0.0")
    # 7.4.1: `ConfigBox` inherits `Box.update(self, *args, **kwargs)`, which opens `if (len(args) +
    # int(bool(kwargs))) > 1: raise BoxTypeError(...)`; 8.0.0's own `ConfigBox.update` opens `if len(args) > 1: raise`
    change = found.get(("signature_changed", "box.ConfigBox.update"))
    assert change is None or "var_positional_removed" not in change.breakages


@pytest.mark.parametrize(
    "test",
    [
        "len(args) + len(kwargs) > 1",
        "len(kwargs) + len(args) > 1",
        "int(bool(kwargs)) + len(args) >= 2",
        "len(args) + 1 > 2",
        "bool(kwargs) + len(args) + len(extra) > 1",
    ],
)
def test_a_summed_refusal_caps_the_positional_arguments(tmp_path: Path, test: str) -> None:
    old = {
        "demo/__init__.py": f"def update(*args, extra=(), **kwargs):\n    if {test}:\n"
        "        raise TypeError('at most one')\n    return args, kwargs\n"
    }
    new = {"demo/__init__.py": "def update(other=None, /, *, extra=(), **kwargs):\n    return other, kwargs\n"}
    change = diffed(tmp_path, old, new).get(("signature_changed", "demo.update"))
    assert change is None or "var_positional_removed" not in change.breakages


@pytest.mark.parametrize(
    "test",
    [
        "len(args) + len(kwargs) > 2",
        "len(args) - len(kwargs) > 1",
        "len(args) + offset > 1",
        "len(args) + len(args) > 1",
    ],
)
def test_a_sum_that_allows_more_or_may_be_negative_stays_claimed(tmp_path: Path, test: str) -> None:
    old = {
        "demo/__init__.py": f"offset = -1\ndef update(*args, **kwargs):\n    if {test}:\n"
        "        raise TypeError('too many')\n    return args, kwargs\n"
    }
    new = {"demo/__init__.py": "def update(other=None, /, **kwargs):\n    return other, kwargs\n"}
    change = diffed(tmp_path, old, new)["signature_changed", "demo.update"]
    # unbounded: '*args' removed; at most two: the second slot removed
    assert {"var_positional_removed", "param_removed"} & set(change.breakages)


# -- hooks a public method reaches through many private helpers: the walk is bounded per class, not per caller --


def test_sqlglot_30_27_parser_still_reaches_its_private_hooks() -> None:
    found = changes("sqlglot", "30.26.0", "30.27.0")
    # `parse_set_operation` -> `_parse_select` -> ... -> `_kv_to_prop_eq`: unchanged, but a walk of at most 64
    # helpers per caller reached it in 30.26.0 and not in 30.27.0
    hooks_lost = {s for (k, s), c in found.items() if "hook_no_longer_called" in c.breakages}
    assert not hooks_lost


def _chain(length: int, hook_called: bool = True) -> str:
    helpers = "".join(f"    def _h{i}(self):\n        return self._h{i + 1}()\n" for i in range(length))
    last = "self._hook()" if hook_called else "None"
    return (
        "class Engine:\n    def run(self):\n        return self._h0()\n"
        + helpers
        + f"    def _h{length}(self):\n        return {last}\n    def _hook(self):\n        return 1\n"
    )


def test_a_hook_reached_through_a_long_chain_of_helpers_is_still_called(tmp_path: Path) -> None:
    # a private hook (sqlglot's `_kv_to_prop_eq`): no call of it elsewhere vouches for it
    old = {"demo/__init__.py": _chain(40)}
    new = {"demo/__init__.py": _chain(90)}
    change = diffed(tmp_path, old, new).get(("signature_changed", "demo.Engine._hook"))
    assert change is None or "hook_no_longer_called" not in change.breakages


def test_a_hook_the_chain_no_longer_reaches_is_still_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _chain(20)}
    new = {"demo/__init__.py": _chain(20, hook_called=False)}
    change = diffed(tmp_path, old, new)["signature_changed", "demo.Engine._hook"]
    assert "hook_no_longer_called" in change.breakages


# -- a plain def handing back a call of its own class's coroutine method (through `return self.x(...)` steps) --


def test_django_ninja_1_7_async_test_client_methods_were_awaited_already() -> None:
    found = changes("django-ninja", "1.6.3", "1.7.1")
    for name in ("get", "post", "put", "patch", "delete", "request"):
        change = found.get(("signature_changed", f"ninja.testing.TestAsyncClient.{name}"))
        assert change is None or "sync_to_async" not in change.breakages, name


_CLIENT = (
    "class Base:\n    def get(self, path):\n        return self.request('GET', path)\n"
    "    def request(self, method, path):\n        return self._call(method, path)\n"
    "    def _call(self, method, path):\n        return (method, path)\n"
)


def test_a_def_returning_its_own_coroutine_method_made_async_is_no_break(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": _CLIENT + "class AsyncClient(Base):\n    async def _call(self, method, path):\n"
        "        return (method, path)\n"
    }
    new = {
        "demo/__init__.py": _CLIENT + "class AsyncClient(Base):\n    async def get(self, path):\n"
        "        return await self.request('GET', path)\n    async def request(self, method, path):\n"
        "        return (method, path)\n"
    }
    found = diffed(tmp_path, old, new)
    for name in ("get", "request"):
        change = found.get(("signature_changed", f"demo.AsyncClient.{name}"))
        assert change is None or "sync_to_async" not in change.breakages, name


_SIBLINGS = {
    # `_call` is a plain def of the class: the call gave a tuple
    "sync method": "    def request(self, method, path):\n        return self._call(method, path)\n"
    "    def _call(self, method, path):\n        return (method, path)\n",
    # the coroutine function is another object's, not the instance's
    "other object": "    def request(self, method, path):\n        return self.other._call(method, path)\n"
    "    async def _call(self, method, path):\n        return (method, path)\n",
    # the coroutine is made but not handed back: the call gave None
    "not returned": "    def request(self, method, path):\n        self._call(method, path)\n"
    "    async def _call(self, method, path):\n        return (method, path)\n",
}


@pytest.mark.parametrize("case", sorted(_SIBLINGS))
def test_a_def_not_handing_back_its_own_coroutine_made_async_is_still_claimed(tmp_path: Path, case: str) -> None:
    old = {"demo/__init__.py": "class Client:\n    other = None\n" + _SIBLINGS[case]}
    new = {
        "demo/__init__.py": "class Client:\n    other = None\n    async def request(self, method, path):\n"
        "        return (method, path)\n"
    }
    change = diffed(tmp_path, old, new)["signature_changed", "demo.Client.request"]
    assert "sync_to_async" in change.breakages


# -- an encoding parameter's default respelled: one codec --


def test_parsel_1_10_encoding_default_respelled() -> None:
    found = changes("parsel", "1.9.1", "1.10.0")
    for symbol in ("parsel.Selector", "parsel.selector.create_root_node"):
        change = found.get(("signature_changed", symbol))
        assert change is None or "param_default_changed" not in change.breakages, symbol


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [("encoding", "utf8", "utf-8"), ("charset", "latin1", "ISO-8859-1"), ("file_encoding", "UTF_8", "utf-8")],
)
def test_an_encoding_default_naming_one_codec_is_no_change(tmp_path: Path, name: str, before: str, after: str) -> None:
    old = {"demo/__init__.py": f"def read(path, {name}={before!r}):\n    return path\n"}
    new = {"demo/__init__.py": f"def read(path, {name}={after!r}):\n    return path\n"}
    assert ("signature_changed", "demo.read") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [
        ("encoding", "utf8", "latin-1"),
        ("mode", "utf8", "utf-8"),
        ("errors", "strict", "ignore"),
        ("encoding", "utf8", "no-such-codec"),
    ],
)
def test_an_encoding_default_naming_another_codec_is_still_claimed(
    tmp_path: Path, name: str, before: str, after: str
) -> None:
    old = {"demo/__init__.py": f"def read(path, {name}={before!r}):\n    return path\n"}
    new = {"demo/__init__.py": f"def read(path, {name}={after!r}):\n    return path\n"}
    change = diffed(tmp_path, old, new)["signature_changed", "demo.read"]
    assert "param_default_changed" in change.breakages


# -- a private hook still reached from a private method the release calls on an instance from another class --


def test_xlsxwriter_3_2_sizing_hooks_are_still_reached_from_the_workbook() -> None:
    found = changes("xlsxwriter", "3.1.9", "3.2.9")
    # `Workbook._prepare_drawings` calls `sheet._prepare_image(...)`, ... -> `_position_object_pixels` -> `_size_col`
    for hook in ("_size_col", "_size_row", "_position_object_pixels"):
        change = found.get(("signature_changed", f"xlsxwriter.worksheet.Worksheet.{hook}"))
        assert change is None or "hook_no_longer_called" not in change.breakages, hook
    # `_escape_url` is called by nothing any more (3.2.9 escapes in `url.Url`): still claimed
    lost = found["signature_changed", "xlsxwriter.worksheet.Worksheet._escape_url"]
    assert "hook_no_longer_called" in lost.breakages


_SHEET = (
    "class Sheet:\n    def insert_button(self):\n        {button}\n    def _button_params(self):\n"
    "        return self._size_col()\n    def _prepare_image(self):\n        return self._size_col()\n"
    "    def _size_col(self):\n        return 1\n"
)


@pytest.mark.parametrize(("book", "claimed"), [("sheet._prepare_image()", False), ("sheet.insert_button()", True)])
def test_a_hook_reached_from_a_private_method_called_from_outside(tmp_path: Path, book: str, claimed: bool) -> None:
    # the book calls the sheet's private preparer (the hook is still called), or only its public method
    module = "class Book:\n    def close(self, sheet):\n        return " + book + "\n"
    old = {"demo/__init__.py": _SHEET.format(button="return self._button_params()") + module}
    new = {"demo/__init__.py": _SHEET.format(button="return None") + module}
    change = diffed(tmp_path, old, new).get(("signature_changed", "demo.Sheet._size_col"))
    assert (change is not None and "hook_no_longer_called" in change.breakages) is claimed
