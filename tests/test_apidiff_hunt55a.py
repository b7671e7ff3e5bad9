"""False claims found by hunt55a on laboratory, instrument and facility control libraries nobody tuned on (qcodes,
ophyd-async, tiled, pyvisa-py): each class on its pinned real example, on a synthetic case, and with a sibling that
must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a bare `self.x: T` in a method binds nothing: an ancestor's member under the name is what instances have --


def test_qcodes_0_55_instrument_was_a_read_only_property_already() -> None:
    # 0.54's `TimeTrace.__init__` wrote `self.instrument: Instrument` (an annotation, no value) over the read-only
    # `ParameterBase.instrument` property; 0.55 dropped the annotation: assigning `p.instrument` failed on both
    found = changes("qcodes", "0.54.4", "0.55.0")
    trace = "qcodes.instrument_drivers.Keysight.private.Keysight_344xxA_submodules.TimeTrace"
    assert ("signature_changed", f"{trace}.instrument") not in found
    sampling = "qcodes.instrument_drivers.Keysight.keysightb1500.KeysightB1500_sampling_measurement.SamplingMeasurement"
    assert ("signature_changed", f"{sampling}.root_instrument") not in found
    assert ("signature_changed", "qcodes.instrument_drivers.Keysight.Keysight_N9030B.Trace.instrument") not in found
    # the sibling: a real rename in the same pair
    append = "qcodes.instrument_drivers.Keysight.keysightb1500.message_builder.CommandList.append"
    assert ("signature_changed", append) in found


BASE = (
    "class Base:\n"
    "    def __init__(self, instrument):\n        self._instrument = instrument\n\n"
    "    @property\n    def instrument(self):\n        return self._instrument\n\n\n"
)
ANNOTATED_OLD = BASE + (
    "class Trace(Base):\n"
    "    def __init__(self, instrument):\n"
    "        self.instrument: int\n"
    "        super().__init__(instrument)\n\n\n"
    "class Plain:\n"
    "    def __init__(self):\n"
    "        self.level = 1\n"
    "        self.size: int\n"
    "        self.size = 3\n"
)
ANNOTATED_NEW = BASE + (
    "class Trace(Base):\n"
    "    def __init__(self, instrument):\n"
    "        super().__init__(instrument)\n\n\n"
    "class Plain:\n"
    "    @property\n    def level(self):\n        return 1\n\n"
    "    @property\n    def size(self):\n        return 3\n"
)


def test_bare_self_annotation_does_not_hide_an_inherited_property(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": ANNOTATED_OLD}, {"demo/__init__.py": ANNOTATED_NEW})
    assert ("signature_changed", "demo.Trace.instrument") not in found
    # the siblings: attributes really assigned on `self` (one annotated first) that became read-only properties
    assert ("signature_changed", "demo.Plain.level") in found
    assert ("signature_changed", "demo.Plain.size") in found


# -- a decorator of the distribution declared to return `Callable[..., R]` with R awaitable --


def test_ophyd_async_0_17_trigger_still_gives_an_awaitable_status() -> None:
    # 0.16's `@AsyncStatus.wrap async def trigger`, 0.17's `@WatchableAsyncStatus.wrap` over an async generator:
    # both decorators return a status class with `__await__` (`-> Callable[P, AsyncStatus]`)
    found = changes("ophyd-async", "0.16", "0.17")
    assert ("signature_changed", "ophyd_async.core.StandardDetector.trigger") not in found
    # the siblings: the rewrite's real breaks
    assert ("signature_changed", "ophyd_async.core.StandardDetector") in found
    assert ("removed", "ophyd_async.core.DetectorController") in found


STATUS = (
    "from __future__ import annotations\n\n"
    "import functools\n"
    "from typing import Any, Callable, ParamSpec\n\n"
    "P = ParamSpec('P')\n\n\n"
    "class Status:\n"
    "    def __init__(self, work):\n        self.work = work\n\n"
    "    def __await__(self):\n        return self.work.__await__()\n\n"
    "    @classmethod\n"
    "    def wrap(cls, f: Callable[P, Any]) -> Callable[P, Status]:\n"
    "        @functools.wraps(f)\n"
    "        def wrapped(*args, **kwargs):\n            return cls(f(*args, **kwargs))\n\n"
    "        return wrapped\n\n\n"
    "class WatchableStatus(Status):\n"
    "    @classmethod\n"
    "    def wrap(cls, f: Callable[P, Any]) -> Callable[P, WatchableStatus[int]]:\n"
    "        @functools.wraps(f)\n"
    "        def wrapped(*args, **kwargs):\n            return cls(f(*args, **kwargs))\n\n"
    "        return wrapped\n\n\n"
    "class Result:\n    pass\n\n\n"
    "def as_result(f: Callable[P, Any]) -> Callable[P, Result]:\n"
    "    return f\n\n\n"
)
DECORATED_OLD = STATUS + (
    "class Detector:\n"
    "    @Status.wrap\n    async def trigger(self):\n        return 1\n\n"
    "    async def stage(self):\n        return None\n"
)
DECORATED_NEW = STATUS + (
    "class Detector:\n"
    "    @WatchableStatus.wrap\n    async def trigger(self):\n        yield 1\n\n"
    "    @as_result\n    def stage(self) -> Result:\n        return Result()\n"
)


def test_decorator_declared_to_return_an_awaitable_keeps_calls_awaitable(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": DECORATED_OLD}, {"demo/__init__.py": DECORATED_NEW})
    assert ("signature_changed", "demo.Detector.trigger") not in found
    # the sibling: a decorator declared to return a class with no `__await__`: `await detector.stage()` fails
    assert ("signature_changed", "demo.Detector.stage") in found


# -- calls in a shipped test file are no evidence of what the release calls --


def test_tiled_0_1_subscription_start_called_with_start_only_by_its_tests() -> None:
    # `sub.start(start=0)` is in `tiled/_tests/test_subscription.py` alone: no user's override meets that call
    found = changes("tiled", "0.1.0b39", "0.1.0")
    assert ("signature_changed", "tiled.client.stream.Subscription.start") not in found
    # the siblings: real reorders of the same pair
    assert ("signature_changed", "tiled.adapters.csv.CSVAdapter.write_partition") in found
    assert ("signature_changed", "tiled.client.container.Container.write_dataframe") in found


SUBSCRIPTION_OLD = "class Subscription:\n    def start(self):\n        pass\n\n    def stop(self):\n        pass\n"
SUBSCRIPTION_NEW = (
    "class Subscription:\n"
    "    def start(self, start=None):\n        pass\n\n"
    "    def stop(self, force=False):\n        pass\n\n"
    "    def close(self):\n        self.stop(force=True)\n"
)
SUBSCRIPTION_TESTS = (
    "import pytest\n\nfrom demo import Subscription\n\n\n"
    "@pytest.fixture\ndef subscription():\n    return Subscription()\n\n\n"
    "def test_start(subscription):\n    subscription.start(start=0)\n\n\n"
    "def test_stop():\n    Subscription().stop()\n"
)


def test_calls_in_a_shipped_test_file_are_no_evidence(tmp_path: Path) -> None:
    found = diffed(
        tmp_path,
        {"demo/__init__.py": SUBSCRIPTION_OLD},
        {"demo/__init__.py": SUBSCRIPTION_NEW, "demo/_tests/__init__.py": "", "demo/_tests/test_sub.py": SUBSCRIPTION_TESTS},
    )
    assert ("signature_changed", "demo.Subscription.start") not in found
    # the sibling: the release's own code calls `self.stop(force=True)`: an override `def stop(self)` breaks
    assert ("signature_changed", "demo.Subscription.stop") in found


# -- a class whose own `__new__` hands back another class's object --


def test_pyvisa_py_0_6_tcpip_session_dispatches_to_its_protocol_classes() -> None:
    # 0.6's `TCPIPInstrSession.__new__` returns a `TCPIPInstrVxi11` (which sets `client_id`, `link`, ... and
    # defines `close`) or a `TCPIPInstrHiSLIP`; 0.5.3's class only declared those attributes in its body
    found = changes("pyvisa-py", "0.5.3", "0.6.0")
    for name in ("client_id", "keepalive", "link", "lock_timeout", "max_recv_size"):
        assert ("removed", f"pyvisa_py.tcpip.TCPIPInstrSession.{name}") not in found
    assert ("signature_changed", "pyvisa_py.tcpip.TCPIPInstrSession.close") not in found
    # the sibling: a real annotation change of the same pair
    assert ("signature_changed", "pyvisa_py.usb.USBSession") in found


SESSION = (
    "import abc\n\n\n"
    "class Session(abc.ABC):\n"
    "    @abc.abstractmethod\n    def close(self):\n        ...\n\n\n"
)
DISPATCH_OLD = SESSION + (
    "class TCPSession(Session):\n"
    "    client_id: int\n    link: int\n\n"
    "    def open(self):\n        self.client_id = 1\n        self.link = 2\n\n"
    "    def close(self):\n        pass\n\n\n"
    "class Other(Session):\n"
    "    timeout: int\n\n"
    "    def open(self):\n        self.timeout = 3\n\n"
    "    def close(self):\n        pass\n"
)
DISPATCH_NEW = SESSION + (
    "class Vxi11(Session):\n"
    "    client_id: int\n\n"
    "    def close(self):\n        pass\n\n\n"
    "class TCPSession(Session):\n"
    "    def __new__(cls, name):\n"
    "        newcls = Vxi11\n"
    "        return newcls(name)\n\n\n"
    "class Other(Session):\n"
    "    pass\n"
)


def test_new_building_another_class_loses_no_declared_attribute(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": DISPATCH_OLD}, {"demo/__init__.py": DISPATCH_NEW})
    assert ("removed", "demo.TCPSession.client_id") not in found
    assert ("removed", "demo.TCPSession.link") not in found
    assert ("signature_changed", "demo.TCPSession.close") not in found
    # the siblings: a class instantiated by `object.__new__` really lost its declared attribute, and its `close`
    # (now the abstract one of `Session`) makes it uninstantiable
    assert ("removed", "demo.Other.timeout") in found
    assert ("signature_changed", "demo.Other.close") in found
