"""Known false claims left by the previous round (leftover41): each class on its pinned real example, on a synthetic
case, and with a sibling that must stay as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

HOOK = "signature_changed"

# -- a method called on an object the release builds itself, reached through a property and a private field --


def test_mcp_client_session_methods_called_through_client_session_are_no_hooks() -> None:
    # 2.0's `Client.session` returns `self._session`, filled in `__aenter__` from `await self._build_session(...)`
    # (whose only `return` is `ClientSession(...)`) and `exit_stack.enter_async_context(session)`: `Client` calls
    # the release's own session, never a user's subclass
    found = changes("mcp", "1.30.0", "2.0.0")
    for method in ("get_prompt", "read_resource", "send_ping", "set_logging_level", "subscribe_resource"):
        change = found.get((HOOK, f"mcp.ClientSession.{method}"))
        assert change is None or "overrides written against" not in change.detail, method
    # sibling: `ClientSessionGroup.call_tool` calls a session users hand `connect_with_session(server_info, session)`
    kept = found[(HOOK, "mcp.ClientSession.call_tool")]
    assert "overrides written against" in kept.detail and "session_group.py" in kept.detail


_OLD_SESSION = "class Session:\n    def ping(self):\n        return 1\n"
_NEW_SESSION = "class Session:\n    def ping(self, *, meta=None):\n        return 1\n"
_CLIENT = (
    "import contextlib\nfrom demo.session import Session\n\n\nclass Client:\n{init}"
    "    async def _build(self, stack):\n        return {built}\n\n"
    "    async def __aenter__(self):\n        async with contextlib.AsyncExitStack() as stack:\n"
    "            session = await self._build(stack)\n            session = await stack.enter_async_context(session)\n"
    "            self._session = session\n        return self\n\n"
    "    async def __aexit__(self, *exc):\n        self._session = None\n\n"
    "    @property\n    def session(self):\n        if self._session is None:\n            raise RuntimeError('enter')\n"
    "        return self._session\n\n"
    "    def ping(self):\n        return self.session.ping(meta={{'a': 1}})\n"
)
_OWN_INIT = "    def __init__(self):\n        self._session = None\n\n"
_FIELDS = {
    "built by the release": (_OWN_INIT, "Session()"),
    "built through a module path": (_OWN_INIT, "session_module.Session()"),
}
_USERS_CAN_PUT_THERE = {
    # the class to build is a class attribute a user subclass may set
    "class attribute": ("    session_class = Session\n\n" + _OWN_INIT, "self.session_class()"),
    # a constructor parameter fills the field
    "parameter": ("    def __init__(self, session=None):\n        self._session = session\n\n", "Session()"),
}


def _client(init: str, built: str) -> dict[str, dict[str, str]]:
    client = _CLIENT.format(init=init, built=built).replace(
        "from demo.session import Session\n", "from demo.session import Session\nfrom demo import session as session_module\n"
    )
    old = {"demo/__init__.py": "", "demo/session.py": _OLD_SESSION, "demo/client.py": "class Client:\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/session.py": _NEW_SESSION, "demo/client.py": client}
    return {"old": old, "new": new}


@pytest.mark.parametrize("case", sorted(_FIELDS))
def test_a_method_called_on_what_a_private_builder_made_is_no_hook(tmp_path: Path, case: str) -> None:
    pair = _client(*_FIELDS[case])
    change = diffed(tmp_path, pair["old"], pair["new"]).get((HOOK, "demo.session.Session.ping"))
    assert change is None or "overrides written against" not in change.detail


@pytest.mark.parametrize("case", sorted(_USERS_CAN_PUT_THERE))
def test_a_method_called_on_what_a_user_may_supply_stays_a_hook(tmp_path: Path, case: str) -> None:
    pair = _client(*_USERS_CAN_PUT_THERE[case])
    change = diffed(tmp_path, pair["old"], pair["new"])[(HOOK, "demo.session.Session.ping")]
    assert "overrides written against" in change.detail


def test_a_record_field_the_constructor_takes_stays_a_hook(tmp_path: Path) -> None:
    client = (
        "import dataclasses\nfrom demo.session import Session\n\n\n@dataclasses.dataclass\nclass Client:\n"
        "    _session: Session = None\n\n"
        "    def open(self):\n        self._session = Session()\n\n"
        "    @property\n    def session(self):\n        return self._session\n\n"
        "    def ping(self):\n        return self.session.ping(meta={'a': 1})\n"
    )
    old = {"demo/__init__.py": "", "demo/session.py": _OLD_SESSION, "demo/client.py": "class Client:\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/session.py": _NEW_SESSION, "demo/client.py": client}
    change = diffed(tmp_path, old, new)[(HOOK, "demo.session.Session.ping")]
    assert "overrides written against" in change.detail


# -- an annotated field instances hold (annotation only, or a pydantic model's field) is no class attribute --


def test_faststream_model_fields_and_annotated_attributes_are_instance_attributes() -> None:
    found = changes("faststream", "0.4.7", "0.5.48")
    # `PubSub(NameRequired)` is a pydantic model: `last_id: str` is a field, `PubSub.last_id` failed on 0.4.7 too
    assert found[("removed", "faststream.redis.PubSub.last_id")].breakage == "instance_attribute_removed"
    # `RabbitDeclarer` only annotates `channel: aio_pika.RobustChannel` in its body (its `__init__` sets it)
    declared = found[("removed", "faststream.rabbit.helpers.RabbitDeclarer.channel")]
    assert declared.breakage == "instance_attribute_removed"
    # sibling: `model_config = ...` (no annotation) is a pydantic model's class attribute
    assert found[("removed", "faststream.redis.PubSub.model_config")].breakage == "class_attribute_removed"


def test_aio_pika_abstract_message_annotation_is_an_instance_attribute() -> None:
    found = changes("aio-pika", "8.3.0", "9.0.0")
    assert found[("removed", "aio_pika.abc.AbstractMessage.headers_raw")].breakage == "instance_attribute_removed"


_MODELS = {
    "pydantic field with a default": ("from pydantic import BaseModel\n\nclass Model(BaseModel):\n    x: int = 0\n"),
    "pydantic field": ("import pydantic\n\nclass Model(pydantic.BaseModel):\n    x: int\n"),
    # bound somewhere (else no member at all: see leftover51's `unbound`)
    "annotation only": ("class Model:\n    x: int\n\n    def __init__(self):\n        self.y = 1\n\n\n"
                        "def made():\n    model = Model()\n    model.x = 1\n    return model\n"),
}
_CLASS_LEVEL = {
    "pydantic ClassVar": (
        "from typing import ClassVar\nfrom pydantic import BaseModel\n\nclass Model(BaseModel):\n    x: ClassVar[int] = 0\n"
    ),
    "pydantic unannotated": ("from pydantic import BaseModel\n\nclass Model(BaseModel):\n    x = 0\n"),
    "plain class, annotated with a value": ("class Model:\n    x: int = 0\n"),
    # marshmallow's `Schema.Meta.ordered: typing.ClassVar[bool]`: what users' subclasses set on the class
    "declared ClassVar": ("import typing\n\nclass Model:\n    x: typing.ClassVar[bool]\n"),
}


def _model_pair(old: str) -> tuple[dict[str, str], dict[str, str]]:
    """The model becomes a plain class without `x` (faststream 0.5's `PubSub` no longer derives from pydantic's): no
    ancestor outside the release may still hold it."""
    return {"demo/__init__.py": "", "demo/models.py": old}, {"demo/__init__.py": "", "demo/models.py": "class Model:\n    pass\n"}


@pytest.mark.parametrize("case", sorted(_MODELS))
def test_a_field_instances_hold_is_an_instance_attribute(tmp_path: Path, case: str) -> None:
    old, new = _model_pair(_MODELS[case])
    assert diffed(tmp_path, old, new)[("removed", "demo.models.Model.x")].breakage == "instance_attribute_removed"


@pytest.mark.parametrize("case", sorted(_CLASS_LEVEL))
def test_a_value_the_class_holds_stays_a_class_attribute(tmp_path: Path, case: str) -> None:
    old, new = _model_pair(_CLASS_LEVEL[case])
    assert diffed(tmp_path, old, new)[("removed", "demo.models.Model.x")].breakage == "class_attribute_removed"


def test_an_annotated_attribute_a_method_still_sets_is_not_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/models.py": "class Model:\n    x: int\n\n    def open(self):\n        self.x = 1\n"}
    new = {"demo/__init__.py": "", "demo/models.py": "class Model:\n    def open(self):\n        self.x = 1\n"}
    assert ("removed", "demo.models.Model.x") not in diffed(tmp_path, old, new)


# -- test modules a wheel ships are private, with a note; helpers shipped for dependents' tests stay public --


def test_responses_test_modules_in_the_wheel_are_private() -> None:
    found = changes("responses", "0.19.0", "0.20.0")
    for module in ("test_matchers", "test_registries", "test_responses"):
        change = found[("removed", f"responses.{module}")]
        assert change.private and "test code the release shipped" in change.detail


def test_jsonargparse_tests_package_and_its_test_functions_are_private() -> None:
    package = changes("jsonargparse", "4.46.0", "4.47.0")[("removed", "jsonargparse_tests")]
    assert package.private and "test code" in package.detail
    helper = changes("jsonargparse", "4.45.0", "4.46.0")[("removed", "jsonargparse_tests.test_dataclasses.subclass_behavior")]
    assert helper.private


def test_hydra_test_utils_for_plugin_authors_stay_public() -> None:
    found = changes("hydra-core", "1.0.7", "1.1.0")
    # `launcher_common_tests` defines suites plugins subclass (`LauncherTestSuite`) and helpers, no `test_*` of its own
    kept = found[("removed", "hydra.test_utils.launcher_common_tests.hydra_task_runner")]
    assert not kept.private and "test code" not in kept.detail
    assert not found[("removed", "hydra.test_utils.test_utils.get_run_output")].private


_TESTS = "import pytest\nfrom demo.core import run\n\ndef helper():\n    return 1\n\ndef test_run():\n    assert run()\n"


@pytest.mark.parametrize(
    ("path", "module"),
    [
        ("demo/test_core.py", "demo.test_core"),
        ("demo/core_test.py", "demo.core_test"),
        ("demo_tests/test_core.py", "demo_tests.test_core"),  # a top-level test package (`pkg/tests/` is not read)
    ],
)
def test_a_shipped_test_module_is_private(tmp_path: Path, path: str, module: str) -> None:
    old = {"demo/__init__.py": "", "demo/core.py": "def run():\n    return 1\n", path: _TESTS}
    if path.startswith("demo_tests/"):
        old["demo_tests/__init__.py"] = ""
    new = {name: text for name, text in old.items() if name != path}
    change = diffed(tmp_path / "gone", old, new)[("removed", module)]
    assert change.private and "test code the release shipped" in change.detail
    kept = {**old, path: _TESTS.replace("def helper():\n    return 1\n\n", "")}
    assert diffed(tmp_path / "kept", old, kept)[("removed", f"{module}.helper")].private


_HELPERS = {
    # a testing helper module dependents import: no pytest, or no tests of its own
    "testing": "import pytest\n\nclass Client:\n    pass\n\ndef fixture():\n    return 1\n",
    "test_utils": "import pytest\n\ndef run_app():\n    return 1\n\ndef make_client():\n    return 2\n",
    "tests": "def test_client():\n    return 1\n",  # a `test_` name without pytest or unittest
    "suite_tests": "import pytest\n\nclass LauncherTestSuite:\n    def test_one(self):\n        pass\n",
}


@pytest.mark.parametrize("name", sorted(_HELPERS))
def test_a_testing_helper_module_stays_public(tmp_path: Path, name: str) -> None:
    old = {"demo/__init__.py": "", f"demo/{name}.py": _HELPERS[name]}
    change = diffed(tmp_path, old, {"demo/__init__.py": ""})[("removed", f"demo.{name}")]
    assert not change.private and "test code" not in change.detail


# -- a method's deprecation message naming its class through `self.__class__.__name__` --


def test_aio_pika_headers_raw_message_names_the_class() -> None:
    found = changes("aio-pika", "8.3.0", "9.0.0")
    detail = found[("deprecated", "aio_pika.Message.headers_raw")].detail
    assert detail.startswith("Message.headers_raw deprecated, please use Message.headers instead") and "{" not in detail
    cancel = changes("anyio", "2.2.0", "3.0.0")[("deprecated", "anyio.abc.CancelScope.__aenter__")].detail
    assert cancel.startswith("Using CancelScope as an async context manager has been deprecated")


@pytest.mark.parametrize("spelled", ["self.__class__.__name__", "cls.__name__"])
def test_a_method_deprecation_names_its_class(tmp_path: Path, spelled: str) -> None:
    method = "@classmethod\n    def old(cls):" if spelled.startswith("cls") else "def old(self):"
    code = (
        "import warnings\n\nclass Client:\n    def __init__(self):\n        self.name = 'x'\n\n"
        f"    {method}\n        warnings.warn(f'{{{spelled}}}.old is deprecated ({{self.name}})', DeprecationWarning)\n"
    )
    old = {"demo/__init__.py": "class Client:\n    def old(self):\n        pass\n"}
    detail = diffed(tmp_path, old, {"demo/__init__.py": code})[("deprecated", "demo.Client.old")].detail
    assert detail.startswith("Client.old is deprecated")
    assert "{self.name}" in detail  # sibling: another placeholder is shown as written


# -- a hook a shared base defines is headed under the class whose instances make the new call --


def test_atlassian_request_hook_is_headed_under_jira() -> None:
    found = changes("atlassian-python-api", "4.0.7", "5.0.0")
    hooks = [c for c in found.values() if c.breakage == "hook_called_with_new_arguments"]
    assert [c.symbol for c in hooks] == ["atlassian.Jira.request"]
    assert "atlassian.Assets.request" in hooks[0].aliases  # still listed: the same def
    assert "class Subclass(Jira)" in hooks[0].witness and "obj.reindex_status()" in hooks[0].witness


_BASE = "class Base:\n    def request(self, path{new}):\n        return path\n{caller}"
_CLIENTS = "from demo._base import Base\n\n\nclass Alpha(Base):\n    pass\n\n\nclass Zeta(Base):\n{zeta}"


def _hooked(tmp_path: Path, by_base: bool) -> str:
    base_caller = "\n    def fetch(self):\n        return self.request('x', timeout=1)\n" if by_base else ""
    zeta = "    def fetch(self):\n        return self.request('x', timeout=1)\n" if not by_base else "    pass\n"
    old = {"demo/__init__.py": "from demo.clients import Alpha, Zeta\n", "demo/_base.py": _BASE.format(new="", caller=""),
           "demo/clients.py": _CLIENTS.format(zeta="    pass\n")}
    new = {"demo/__init__.py": "from demo.clients import Alpha, Zeta\n",
           "demo/_base.py": _BASE.format(new=", timeout=None", caller=base_caller),
           "demo/clients.py": _CLIENTS.format(zeta=zeta)}
    hooks = [c for c in diffed(tmp_path, old, new).values() if c.breakage == "hook_called_with_new_arguments"]
    assert len(hooks) == 1
    return hooks[0].symbol


def test_a_shared_hook_is_headed_under_the_calling_class(tmp_path: Path) -> None:
    assert _hooked(tmp_path, by_base=False) == "demo.Zeta.request"


def test_a_hook_the_base_itself_calls_keeps_its_first_path(tmp_path: Path) -> None:
    assert _hooked(tmp_path, by_base=True) == "demo.Alpha.request"


def test_faststream_test_broker_helpers_stay_public() -> None:
    # `faststream.broker.test` defines `TestBroker` (no test methods): a helper dependents use in their own tests
    change = changes("faststream", "0.4.7", "0.5.48")[("removed", "faststream.broker.test")]
    assert not change.private and "test code" not in change.detail


def test_a_test_named_helper_class_without_tests_stays_public(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/test.py": "import pytest\n\nclass TestClient:\n    def get(self):\n        pass\n"}
    change = diffed(tmp_path, old, {"demo/__init__.py": ""})[("removed", "demo.test")]
    assert not change.private


def test_a_hook_headed_by_its_defining_class_keeps_it() -> None:
    # click 8.2's `Option` calls `make_metavar(ctx=ctx)`; `Parameter`, which defines it, heads the one change
    found = changes("click", "8.1.8", "8.2.0")
    change = found[("signature_changed", "click.Parameter.make_metavar")]
    assert "the release now calls it with keyword 'ctx'" in change.detail
    assert ("signature_changed", "click.Option.make_metavar") not in found


def test_a_stored_test_code_change_is_private_on_every_path() -> None:
    import json

    from bot.symbol_names import TEST_CODE_NOTE, is_private_change
    from bot.web.stored import kinds

    detail = f"module 'demo.test_core' no longer exists in 2.0{TEST_CODE_NOTE}demo.test_core holds tests run by pytest)"
    assert is_private_change("demo.test_core", detail) and not is_private_change("demo.core", "module gone")
    stored = json.dumps([{"symbol": "demo.test_core", "kind": "removed", "detail": detail},
                         {"symbol": "demo.core", "kind": "removed", "detail": "gone"}])
    assert kinds(stored) == {"removed": 1}
