"""Read modules by content: a file unchanged between releases (most of a patch release, much of a minor one) is
parsed once, whichever release it comes from."""

from __future__ import annotations

from collections import OrderedDict

from bot.apidiff.defmemo import DefMemo
from bot.apidiff.extract import read_module
from bot.apidiff.raw import RawModule

_Key = tuple[str, str, bool, bytes]


class ModuleCache:
    """`read_module` results keyed by (module, file, is_package, source), least recently used first out (the source
    itself, not a digest: the dictionary's hash of it costs a fifth of a sha256, and the parse it saves holds more
    than the text). The `RawModule`s handed out are shared: surface building only reads them, and so must every
    caller. A file that changed is parsed again, but its defs unchanged since a file read before are not read again
    (`DefMemo`)."""

    def __init__(self, size: int = 4096) -> None:
        self._found: OrderedDict[_Key, RawModule] = OrderedDict()
        self._size = size
        self._defs = DefMemo()

    def read(self, module: str, file: str, data: bytes, is_package: bool, lazy: bool = False) -> RawModule:
        """`read_module(module, file, data, is_package)`, parsed only the first time this exact file is seen. A
        `lazy` read (a dependency's module) is not kept: it holds the syntax of the defs no one looked up yet, and
        it lacks what a release's surface needs; a whole read kept serves it."""
        key = (module, file, is_package, data)
        found = self._found.get(key)
        if found is not None:
            self._found.move_to_end(key)
            return found
        if lazy:
            return read_module(module, file, data, is_package, self._defs, lazy=True)
        found = self._found[key] = read_module(module, file, data, is_package, self._defs)
        while len(self._found) > self._size:
            self._found.popitem(last=False)
        return found
