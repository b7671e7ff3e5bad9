"""Recall and precision on HTTP clients and servers, mocking, task queues and mail libraries never measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an attribute probed on a parameter annotated with a standard-library class that has it (`hasattr(transport,
# "set_protocol")` on an `asyncio.Transport`) is that class's API, no setting of a user's class --

_PROBE_OLD = (
    "import asyncio\nfrom asyncio import AbstractEventLoop\nfrom typing import Optional\n\n\n"
    "def start_tls(loop: 'Optional[AbstractEventLoop]', transport: asyncio.Transport, protocol, view):\n"
    "    if hasattr(transport, 'set_protocol'):\n        transport.set_protocol(protocol)\n"
    "    if hasattr(loop, 'call_soon_threadsafe'):\n        loop.call_soon_threadsafe(print)\n"
    "    return getattr(view, 'filter_fields', None)\n"
)
_PROBE_NEW = "def start_tls(loop, transport, protocol, view):\n    return (loop, transport, protocol, view)\n"


def test_a_standard_library_objects_own_attribute_probed_is_no_user_attribute(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/compat.py": _PROBE_OLD},
                   {"demo/__init__.py": "", "demo/compat.py": _PROBE_NEW})
    assert ("removed", "attr:set_protocol") not in found
    assert ("removed", "attr:call_soon_threadsafe") not in found  # a string annotation, `Optional[...]`, a from-import
    assert ("removed", "attr:filter_fields") in found  # an object of no declared type: a user's setting still


def test_aiosmtplib_2_does_not_claim_the_transport_probe_as_a_user_attribute() -> None:
    found = changes("aiosmtplib", "1.1.7", "2.0.0")
    assert ("removed", "attr:set_protocol") not in found
    assert ("removed", "aiosmtplib.esmtp.ESMTP") in found
    assert "parameter 'loop' removed" in found["signature_changed", "aiosmtplib.send"].detail


# -- a class or function decorated bare by atpublic's `@public`, which hands back the very object it is given: its
# signature is still the one written --

_PUBLIC_OLD = (
    "from public import public\n\n\n@public\nclass Controller:\n"
    "    def __init__(self, handler, loop=None, hostname=None, port=8025):\n        self.handler = handler\n\n\n"
    "@public\ndef serve(handler, port=8025):\n    return handler\n"
)
_PUBLIC_NEW = (
    "from public import public\n\n\n@public\nclass Controller:\n"
    "    def __init__(self, handler, hostname=None, port=8025, loop=None):\n        self.handler = handler\n\n\n"
    "@public\ndef serve(handler, *, port=8025):\n    return handler\n"
)


def test_atpublic_decorated_class_and_function_keep_their_signatures(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/controller.py": _PUBLIC_OLD},
                   {"demo/__init__.py": "", "demo/controller.py": _PUBLIC_NEW})
    assert "'loop' moved from slot 1 to 3" in found["signature_changed", "demo.controller.Controller"].detail
    assert "'port' is now keyword-only" in found["signature_changed", "demo.controller.serve"].detail
    # a decorator of another distribution not known to hand the object back still leaves the signature unknown
    other = diffed(tmp_path / "other", {"demo/__init__.py": "", "demo/controller.py": _PUBLIC_OLD.replace("public import", "registry import")},
                   {"demo/__init__.py": "", "demo/controller.py": _PUBLIC_NEW.replace("public import", "registry import")})
    assert ("signature_changed", "demo.controller.Controller") not in other


def test_aiosmtpd_1_4_controller_parameters_reordered() -> None:
    found = changes("aiosmtpd", "1.2.4", "1.4.0")
    detail = found["signature_changed", "aiosmtpd.controller.Controller"].detail
    assert "positional parameter 'loop' moved from slot 1 to 3" in detail
    assert "positional parameter 'hostname' moved from slot 2 to 1" in detail


# -- a functional named tuple whose field names are a sum of string literals (`"a b " + "c d"`) --


def test_namedtuple_fields_spelled_as_a_sum_of_literals(tmp_path: Path) -> None:
    old = ("from collections import namedtuple\n\n\n"
           "class Envelope(namedtuple('Envelope', 'date subject ' + 'cc bcc')):\n    pass\n")
    new = "import dataclasses\n\n\n@dataclasses.dataclass\nclass Envelope:\n    date: int\n    subject: int\n    cc: int\n    bcc: int\n"
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/types.py": old}, {"demo/__init__.py": "", "demo/types.py": new})
    assert "no longer a subclass of tuple" in found["signature_changed", "demo.types.Envelope"].detail


def test_namedtuple_fields_named_by_a_module_level_string(tmp_path: Path) -> None:
    # the fields a module constant spells (`_FIELDS = "scheme " + "path"`): the base is known, its members too
    source = "from collections import namedtuple\n\n_FIELDS = 'scheme ' + 'path'\n\n\nclass Split(namedtuple('Split', _FIELDS)):\n"
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/types.py": source + "    def geturi(self):\n        return self.path\n"},
                   {"demo/__init__.py": "", "demo/types.py": source + "    pass\n"})
    assert ("removed", "demo.types.Split.geturi") in found


def test_imapclient_3_envelope_no_longer_a_named_tuple() -> None:
    found = changes("imapclient", "2.3.1", "3.0.0")
    assert "no longer a subclass of tuple" in found["signature_changed", "imapclient.response_types.Envelope"].detail
    assert "no longer a subclass of tuple" in found["signature_changed", "imapclient.response_types.Address"].detail


# -- a TypedDict's constructor is `dict`'s, whose `**kwargs` binds every key it declares: a dataclass turned into a
# TypedDict still builds from keywords (only positional calls fail), and a key dropped is no parameter lost --

_OPTIONS_DATACLASS = (
    "from dataclasses import dataclass, field\n\n\n@dataclass\nclass Options:\n    shared: bool = True\n"
    "    methods: list = field(default_factory=list)\n"
)
_OPTIONS_TYPEDDICT = (
    "from typing import TypedDict\n\n\nclass Options(TypedDict, total=False):\n    shared: bool\n    methods: list\n"
)


def test_a_dataclass_turned_typeddict_keeps_its_keywords(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/spec.py": _OPTIONS_DATACLASS},
                   {"demo/__init__.py": "", "demo/spec.py": _OPTIONS_TYPEDDICT})
    detail = found["signature_changed", "demo.spec.Options"].detail
    assert detail == "parameter 'methods' is now keyword-only"  # no keyword "removed" nor "swallowed by **kwargs"
    assert ("removed", "demo.spec.Options.shared") in found  # `options.shared` fails on a dict
    dropped = diffed(tmp_path / "td", {"demo/__init__.py": "", "demo/spec.py": _OPTIONS_TYPEDDICT},
                     {"demo/__init__.py": "", "demo/spec.py": _OPTIONS_TYPEDDICT.replace("    methods: list\n", "")})
    assert ("signature_changed", "demo.spec.Options") not in dropped  # `dict(**kwargs)` takes any key


def test_hishel_2_cache_options_typeddict_still_takes_its_keywords() -> None:
    found = changes("hishel", "1.4.0", "2.0.0")
    detail = found["signature_changed", "hishel.CacheOptions"].detail
    assert "removed" not in detail and "no code read takes it" not in detail
    assert "parameter 'supported_methods' is now keyword-only" in detail
    assert ("removed", "hishel.CacheOptions.shared") in found


# -- a class made unhashable by a new base's `__eq__` does not itself define one: the detail says either --


def test_unhashable_through_a_new_base_is_not_said_defined(tmp_path: Path) -> None:
    base = "class Simple:\n    def __eq__(self, other):\n        return self is other\n\n\n"
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/types.py": base + "class Builtin:\n    pass\n"},
                   {"demo/__init__.py": "", "demo/types.py": base + "class Builtin(Simple):\n    pass\n"})
    detail = found["signature_changed", "demo.types.Builtin"].detail
    assert "defines or inherits __eq__ without __hash__" in detail
