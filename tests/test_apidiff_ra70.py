"""Recall on HTTP servers, database drivers, messaging and ODM libraries never measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a source shipped with its `.pyi` stub, whose `globals()` is only handed to `__import__` (which reads
# `__package__` and `__name__` from it, binding nothing): the source is read, so what only bodies show (a hook the
# release now calls with more arguments) is seen --

_SERVER_OLD = (
    "class Server:\n    def bind(self, family):\n        return self.prepare_socket(1, family)\n\n"
    "    @staticmethod\n    def prepare_socket(addr, family):\n        return addr\n\n"
    "    def adapter(self, path):\n        return __import__(path, globals(), locals(), [''])\n"
)
_SERVER_NEW = (
    "class Server:\n    def bind(self, family):\n        return self.prepare_socket(1, family, False)\n\n"
    "    @classmethod\n    def prepare_socket(cls, addr, family, reuse=False):\n        return addr\n\n"
    "    def adapter(self, path):\n        return __import__(path, globals(), locals(), [''])\n"
)
_STUB_OLD = "class Server:\n    def bind(self, family): ...\n    @staticmethod\n    def prepare_socket(addr, family): ...\n"
_STUB_NEW = (
    "class Server:\n    def bind(self, family): ...\n    @classmethod\n"
    "    def prepare_socket(cls, addr, family, reuse: bool = ...): ...\n"
)


def _stubbed(source: str, stub: str) -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/server.py": source, "demo/server.pyi": stub}


def test_globals_handed_to_import_is_no_filling_the_source_is_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, _stubbed(_SERVER_OLD, _STUB_OLD), _stubbed(_SERVER_NEW, _STUB_NEW))
    assert found["signature_changed", "demo.server.Server.prepare_socket"].breakage == "hook_called_with_new_arguments"
    # by keyword too
    keyword = ("__import__(path, globals(), locals(), [''])", "__import__(path, globals=globals(), fromlist=[''])")
    found = diffed(tmp_path / "kw", _stubbed(_SERVER_OLD.replace(*keyword), _STUB_OLD),
                   _stubbed(_SERVER_NEW.replace(*keyword), _STUB_NEW))
    assert ("signature_changed", "demo.server.Server.prepare_socket") in found


def test_globals_passed_elsewhere_still_fills_and_the_stub_stays_read(tmp_path: Path) -> None:
    # `exec` may bind names in the namespace it is given: the stub stays the declaration read, bodies unseen
    filled = ("__import__(path, globals(), locals(), [''])", "exec(path, globals())")
    found = diffed(tmp_path, _stubbed(_SERVER_OLD.replace(*filled), _STUB_OLD),
                   _stubbed(_SERVER_NEW.replace(*filled), _STUB_NEW))
    assert ("signature_changed", "demo.server.Server.prepare_socket") not in found


def test_cheroot_10_prepare_socket_called_with_reuse_port_by_bind() -> None:
    found = changes("cheroot", "9.0.0", "10.0.0")
    change = found["signature_changed", "cheroot.server.HTTPServer.prepare_socket"]
    assert change.breakage == "hook_called_with_new_arguments"
    assert "called on self by HTTPServer.bind" in change.detail


# -- a None default the body rebinds by an import in a block (`if reactor is None: from twisted.internet import
# reactor`) before an `assert reactor is not None`: the default still works, none is lost --

_REBOUND = (
    "def request(url, *, reactor=None):\n    if reactor is None:\n        from collections import OrderedDict as reactor\n"
    "    assert reactor is not None\n    return reactor\n"
)


def test_a_none_default_rebound_by_an_import_in_a_block_is_no_default_lost(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _REBOUND.replace("    assert reactor is not None\n", "")}
    assert ("signature_changed", "demo.request") not in diffed(tmp_path, old, {"demo/__init__.py": _REBOUND})
    # rebound in a nested def or class of that name too
    nested = _REBOUND.replace("from collections import OrderedDict as reactor", "class reactor:\n            pass")
    assert ("signature_changed", "demo.request") not in diffed(tmp_path / "def", old, {"demo/__init__.py": nested})


def test_a_none_default_asserted_without_rebinding_is_still_a_default_lost(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _REBOUND.replace("    assert reactor is not None\n", "")}
    unbound = _REBOUND.replace("from collections import OrderedDict as reactor", "from collections import OrderedDict")
    found = diffed(tmp_path, old, {"demo/__init__.py": unbound})
    assert "parameter 'reactor' lost its default" in found["signature_changed", "demo.request"].detail


def test_treq_24_9_http_client_request_keeps_its_reactor_default() -> None:
    assert ("signature_changed", "treq.client.HTTPClient.request") not in changes("treq", "23.11.0", "24.9.0")


# -- `**kwargs` replaced by named parameters, where the old one only handed keywords on (through a method of what a
# named call made, `_client(kwargs).get(url, **kwargs)`) to callables of the release naming each one it took: a
# keyword that worked still binds, one that did not never did --

_CLIENT = (
    "class Client:\n    def get(self, url, **kwargs):\n        return self.request('GET', url, **kwargs)\n\n"
    "    def request(self, method, url, *, headers=None, params=None, reactor=None):\n        return params\n\n\n"
    "def _client(kwargs):\n    agent = kwargs.pop('agent', None)\n    return Client()\n\n\n"
)
_HANDED = _CLIENT + "def get(url, headers=None, **kwargs):\n    return _client(kwargs).get(url, headers=headers, **kwargs)\n"
_NAMED = _CLIENT + (
    "def get(url, headers=None, *, agent=None, params=None, reactor=None):\n"
    "    return Client().get(url, headers=headers, params=params, reactor=reactor)\n"
)


def test_kwargs_named_now_where_it_only_handed_on_to_named_keywords_is_no_loss(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.get") not in diffed(tmp_path, {"demo/__init__.py": _HANDED},
                                                           {"demo/__init__.py": _NAMED})
    # the class built inline, or the method called straight
    for i, call in enumerate(("Client().get(url, headers=headers, **kwargs)",
                              "Client().request('GET', url, headers=headers, **kwargs)")):
        old = _CLIENT + f"def get(url, headers=None, **kwargs):\n    return {call}\n"
        assert ("signature_changed", "demo.get") not in diffed(tmp_path / str(i), {"demo/__init__.py": old},
                                                               {"demo/__init__.py": _NAMED})


def test_kwargs_named_now_missing_a_keyword_or_once_open_is_still_a_loss(tmp_path: Path) -> None:
    missing = _NAMED.replace("reactor=None):\n    return Client()", "):\n    return Client()").replace(
        ", reactor=reactor)", ")")
    found = diffed(tmp_path, {"demo/__init__.py": _HANDED}, {"demo/__init__.py": missing})
    assert "keyword 'reactor', which **kwargs handed on to demo.Client.request" in found[
        "signature_changed", "demo.get"].detail
    # an old callee keeping any other keyword, or a call whose maker is not read: the loss stands
    kept = "reactor=None, **extra):\n        self.extra = extra\n        return params"
    opened = _HANDED.replace("reactor=None):\n        return params", kept)
    assert ("signature_changed", "demo.get") in diffed(tmp_path / "open", {"demo/__init__.py": opened},
                                                       {"demo/__init__.py": _NAMED.replace(
                                                           "reactor=None):\n        return params", kept)})
    unread = _HANDED.replace("_client(kwargs).get", "make(kwargs).get")
    assert ("signature_changed", "demo.get") in diffed(tmp_path / "unread", {"demo/__init__.py": unread},
                                                       {"demo/__init__.py": _NAMED})


def test_treq_26_7_request_functions_name_what_kwargs_took() -> None:
    found = changes("treq", "25.5.0", "26.7.0")
    assert not [key for key in found if key[0] == "signature_changed" and key[1].startswith(("treq.api.", "treq.get"))]
    assert ("signature_changed", "treq.request") not in found
