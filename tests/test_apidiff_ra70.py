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
