"""False claims found by hunt29 on releases nobody tuned on: each class on its pinned real example, on a synthetic
case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- options read out of `**kwargs` through a loop variable --


def test_gql_4_phoenix_transport_options_popped_in_a_loop_are_not_removed() -> None:
    found = changes("gql", "3.5.3", "4.0.0")
    # 4.0.0: `for ws_arg in ["headers", "ssl", "connect_args"]: ws_adapter_args[ws_arg] = kwargs.pop(ws_arg)`
    detail = found["signature_changed", "gql.transport.phoenix_channel_websockets.PhoenixChannelWebsocketsTransport"]
    for option in ("headers", "ssl", "connect_args"):
        assert f"'{option}' removed" not in detail.detail
        assert f"'{option}' is now keyword-only" in detail.detail  # 3.5's `*args` reached them by position
    # `init_payload` is popped by nothing and `SubscriptionTransportBase.__init__` takes no `**kwargs`: still lost
    assert "parameter 'init_payload' removed" in detail.detail


_OLD = "def connect(url, headers=None, ssl=None, proxy=None):\n    return url, headers, ssl, proxy\n"


@pytest.mark.parametrize(
    "body",
    [
        "    found = {}\n    for key in ('headers', 'ssl'):\n        if key in kwargs:\n            found[key] = kwargs.pop(key)\n"
        "    _open(url, **found)\n    _close(**kwargs)\n",
        "    found = {k: kwargs.pop(k) for k in ['headers', 'ssl'] if k in kwargs}\n"
        "    _open(url, **found)\n    _close(**kwargs)\n",
        "    for name in (\"headers\", \"ssl\",):\n        setattr(obj, name, kwargs.get(name))\n    _close(**kwargs)\n",
    ],
)
def test_options_read_through_a_loop_variable_are_still_taken(tmp_path: Path, body: str) -> None:
    new = (
        "obj = object()\ndef _open(url, headers=None, ssl=None):\n    pass\n"
        "def _close(*, timeout=None):\n    pass\n"
        f"def connect(url, **kwargs):\n{body}"
    )
    found = diffed(tmp_path, _OLD, new)
    detail = found["signature_changed", "demo.connect"].detail
    assert "'headers' removed" not in detail and "'ssl' removed" not in detail
    assert "parameter 'proxy' removed" in detail  # read by no loop, and `_close` rejects it


def test_a_loop_that_only_tests_or_sets_the_keys_takes_no_option(tmp_path: Path) -> None:
    new = (
        "def _close(*, timeout=None):\n    pass\n"
        "def connect(url, **kwargs):\n    for key in ('headers', 'ssl'):\n        if key in kwargs:\n"
        "            raise TypeError(key)\n    for key in ('proxy',):\n        kwargs[key] = None\n"
        "    _close(**kwargs)\n"
    )
    detail = diffed(tmp_path, _OLD, new)["signature_changed", "demo.connect"].detail
    assert "parameter 'headers' removed" in detail and "parameter 'proxy' removed" in detail


# -- the instance handed to a staticmethod, or to a method bound through the class --


def test_portalocker_4_hooks_called_through_a_staticmethod_handed_the_instance_are_still_called() -> None:
    found = changes("portalocker", "3.2.0", "4.0.0")
    # `TemporaryFileLock.acquire` -> `self._acquire_verified(self, ...)` -> `lock._timeout_generator(...)`,
    # `Lock.acquire(lock, ...)` -> `self._get_fh()`, `self._get_lock(fh)`, `self._prepare_fh(fh)`
    hooks = {s for (k, s), c in found.items() if "hook_no_longer_called" in c.breakages}
    assert not {s for s in hooks if s.startswith("portalocker.TemporaryFileLock.")}
    # 4.0's `RedisLock.acquire` was rewritten and calls `check_or_kill_lock` nowhere: kept
    assert "portalocker.RedisLock.check_or_kill_lock" in hooks


_HOOKED = (
    "class Base:\n    def acquire(self):\n        return self._get_fh()\n    def _get_fh(self):\n        return 1\n"
    "    def _spare(self):\n        return 2\n"
)


@pytest.mark.parametrize(
    "helper",
    [
        "    @staticmethod\n    def _verified(lock, timeout):\n        return Base.acquire(lock)\n",
        "    @staticmethod\n    def _verified(lock, timeout):\n        Base.acquire(lock)\n        return lock._get_fh()\n",
    ],
)
def test_a_staticmethod_binding_a_base_method_to_the_instance_calls_its_hooks(tmp_path: Path, helper: str) -> None:
    old = _HOOKED + "class Lock(Base):\n    def acquire(self):\n        return self._spare() + Base.acquire(self)\n"
    new = _HOOKED + f"class Lock(Base):\n    def acquire(self):\n        return self._verified(self, 1)\n{helper}"
    hooks = {s for (k, s), c in diffed(tmp_path, old, new).items() if "hook_no_longer_called" in c.breakages}
    assert "demo.Lock._get_fh" not in hooks
    assert "demo.Lock._spare" in hooks  # called by nothing now


def test_attributes_a_staticmethod_sets_on_the_instance_it_is_handed_stay(tmp_path: Path) -> None:
    old = "class Lock:\n    def __init__(self, path):\n        self.path = path\n        self.mode = 'w'\n"
    for call in ("Lock._setup(self, path)", "self._setup(self, path)", "self._setup(path=path, lock=self)"):
        new = (
            f"class Lock:\n    def __init__(self, path):\n        {call}\n"
            "    @staticmethod\n    def _setup(lock, path):\n        lock.path = path\n        other = 'w'\n"
        )
        found = diffed(tmp_path, old, new)
        assert ("removed", "demo.Lock.path") not in found
        assert ("removed", "demo.Lock.mode") in found  # set by nothing now
    # a staticmethod handed something else sets nothing on the instance, but a method of the class setting the name on
    # any receiver may be setting it on another instance of the class: no claim (missb67's rule, precision first)
    new = (
        "class Lock:\n    def __init__(self, path):\n        self._setup(object(), path)\n"
        "    @staticmethod\n    def _setup(lock, path):\n        lock.path = path\n        lock.mode = 'w'\n"
    )
    assert ("removed", "demo.Lock.path") not in diffed(tmp_path, old, new)


# -- a call made through a class reaches that class's method, never a user subclass's override --


def test_fpdf2_2_8_2_a_call_through_a_sibling_class_is_no_evidence_against_overrides() -> None:
    found = changes("fpdf2", "2.8.1", "2.8.2")
    # `PageLabelStyle.coerce(label_style, case_sensitive=True)` (fpdf/fpdf.py:881) runs `CoerciveEnum.coerce`
    assert ("signature_changed", "fpdf.XPos.coerce") not in found
    assert not [c for c in found.values() if "hook_called_with_new_arguments" in c.breakages and "coerce" in c.symbol]


_OPS = "class Operations:\n    def bounds(self, value{}):\n        return value\n"


@pytest.mark.parametrize(
    "call", ["Operations.bounds(connection.ops, value, iso_year=True)", "Lookup.bounds(value, iso_year=True)"]
)
def test_a_keyword_passed_through_a_class_is_no_evidence(tmp_path: Path, call: str) -> None:
    lookup = "class Lookup(Operations):\n    pass\ndef lookup(connection, value):\n    return {}\n"
    old = _OPS.format("") + lookup.format("connection.ops.bounds(value)")
    new = _OPS.format(", iso_year=False") + lookup.format(call)
    assert ("signature_changed", "demo.Operations.bounds") not in diffed(tmp_path, old, new)
    # made on an instance, the same call is evidence
    new = _OPS.format(", iso_year=False") + lookup.format("connection.ops.bounds(value, iso_year=True)")
    found = diffed(tmp_path, old, new)
    assert "hook_called_with_new_arguments" in found["signature_changed", "demo.Operations.bounds"].breakages


# -- a signature-keeping decorator whose wrapper gives a leading parameter a default --


def test_peewee_3_execute_under_database_required_takes_no_new_required_parameter() -> None:
    found = changes("peewee", "2.10.2", "3.0.1")
    # 3.0's `@database_required def execute(self, database)` is called through `inner(self, database=None, *args,
    # **kwargs)`, which fills `database` from the query's own: `query.execute()` still works
    for query in ("Query", "RawQuery", "SelectQuery"):
        assert ("signature_changed", f"peewee.{query}.execute") not in found
    # the private `_execute(self, database)` is undecorated: a required parameter it gained stays claimed
    assert "new required parameter 'database'" in found["signature_changed", "peewee.Query._execute"].detail


_REQUIRED = (
    "from functools import wraps\n"
    "def database_required(method):\n    @wraps(method)\n    def inner(self, database=None, *args, **kwargs):\n"
    "        database = database or self._db\n        return {}\n    return inner\n"
)


def test_a_parameter_the_wrapper_defaults_in_its_slot_stays_optional(tmp_path: Path) -> None:
    old = "class Query:\n    def count(self, database=None, clear=False):\n        pass\n"
    new = _REQUIRED.format("method(self, database, *args, **kwargs)") + (
        "class Query:\n    @database_required\n    def count(self, database, clear=False):\n        pass\n"
    )
    assert ("signature_changed", "demo.Query.count") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize(
    "passed", ["method(self, *args, **kwargs)", "method(self, self._db, database, *args, **kwargs)"]
)
def test_a_wrapper_default_not_handed_on_in_that_slot_leaves_the_parameter_required(tmp_path: Path, passed: str) -> None:
    old = "class Query:\n    def count(self, database=None, clear=False):\n        pass\n"
    new = _REQUIRED.format(passed) + (
        "class Query:\n    @database_required\n    def count(self, database, clear=False):\n        pass\n"
    )
    assert "'database' lost its default" in diffed(tmp_path, old, new)["signature_changed", "demo.Query.count"].detail


# -- a placeholder that only raised NotImplementedError, now implemented --


def test_gql_4_httpx_execute_batch_was_a_placeholder_before() -> None:
    found = changes("gql", "3.5.3", "4.0.0")
    # 3.5's `HTTPXTransport` inherited `Transport.execute_batch(reqs, *args, **kwargs)`, which only raised
    # NotImplementedError; 4.0 implements `execute_batch(reqs, extra_args=None)`: no call that worked is refused
    assert ("signature_changed", "gql.transport.httpx.HTTPXTransport.execute_batch") not in found
    # a transport method that worked and lost its parameters stays claimed
    # `document: DocumentNode` -> `request: GraphQLRequest`: another object in the slot, no rename (words69)
    assert "'document' removed" in found["signature_changed", "gql.transport.httpx.HTTPXTransport.execute"].detail


_BASE = "import abc\nclass Transport(abc.ABC):\n    {}def execute_batch(self, reqs, *args, **kwargs):\n        raise NotImplementedError\n"


@pytest.mark.parametrize(
    "new",
    [
        _BASE.format("") + "class Http(Transport):\n    def execute_batch(self, reqs, extra=None):\n        return reqs\n",
        "class Transport:\n    def execute_batch(self, reqs, extra=None):\n        return reqs\n"
        "class Http(Transport):\n    pass\n",
    ],
)
def test_a_placeholder_now_implemented_refuses_no_call_that_worked(tmp_path: Path, new: str) -> None:
    old = _BASE.format("") + "class Http(Transport):\n    pass\n"
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Http.execute_batch") not in found


def test_an_abstract_placeholder_or_a_working_method_changed_stays_claimed(tmp_path: Path) -> None:
    old = _BASE.format("@abc.abstractmethod\n    ") + "class Http(Transport):\n    def send(self, a, b=1):\n        return a\n"
    new = (
        "import abc\nclass Transport(abc.ABC):\n    @abc.abstractmethod\n    def execute_batch(self, reqs):\n"
        "        raise NotImplementedError\n"
        "class Http(Transport):\n    def send(self, a):\n        return a\n"
        "    def execute_batch(self, reqs):\n        return reqs\n"
    )
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Transport.execute_batch") in found  # the contract implementations follow
    assert "'b' removed" in found["signature_changed", "demo.Http.send"].detail


# -- a `**kwargs` handed only to a builtin exception's constructor never took a keyword --


def test_huey_3_5_cancel_execution_lost_no_keyword_that_bound() -> None:
    found = changes("huey", "3.4.0", "3.5.0")
    # 3.4: `def __init__(self, retry=None, *args, **kwargs): super(CancelExecution, self).__init__(*args, **kwargs)`
    detail = found["signature_changed", "huey.exceptions.CancelExecution"].detail
    assert "'**kwargs' removed" not in detail
    # 3.5's `(msg=None, retry=None)`: extra positional arguments and `CancelExecution(True)` changed meaning
    assert "'*args' removed" in detail and "'retry' moved from slot 0 to 1" in detail


@pytest.mark.parametrize("base", ["Exception", "ValueError", "OSError"])
def test_a_kwargs_only_a_builtin_exception_received_is_no_loss(tmp_path: Path, base: str) -> None:
    old = (
        f"class Failed({base}):\n    def __init__(self, retry=None, *args, **kwargs):\n        self.retry = retry\n"
        "        super(Failed, self).__init__(*args, **kwargs)\n"
    )
    new = f"class Failed({base}):\n    def __init__(self, msg=None, retry=None):\n        super().__init__(msg)\n"
    detail = diffed(tmp_path, old, new)["signature_changed", "demo.Failed"].detail
    assert "'**kwargs'" not in detail
    assert "'*args' removed" in detail  # a third positional argument is refused now


def test_a_kwargs_handed_to_a_taker_stays_claimed(tmp_path: Path) -> None:
    base = "class Base(Exception):\n    def __init__(self, msg=None, code=0):\n        super().__init__(msg)\n"
    old = base + (
        "class Failed(Base):\n    def __init__(self, retry=None, *args, **kwargs):\n        self.retry = retry\n"
        "        super(Failed, self).__init__(*args, **kwargs)\n"
    )
    new = base + "class Failed(Base):\n    def __init__(self, msg=None, retry=None):\n        super().__init__(msg)\n"
    # the keyword `Base` took through it is claimed lost
    assert "parameter 'code' removed" in diffed(tmp_path, old, new)["signature_changed", "demo.Failed"].detail
