"""False claims found by hunt48a on web frameworks, ASGI/WSGI servers and auth libraries nobody tuned on: each class
on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class attribute a base in a private module still sets on the class --


def test_joserfc_1_6_rsapss_recommended_is_still_read_on_the_class() -> None:
    # 1.6: `RSAPSSAlgorithm(_RSAAlgModel)`, `_RSAAlgModel(JWSAlgModel)` sets `self.recommended` in `__init__`;
    # `JWSAlgModel` (defined in `joserfc._rfc7515.model`, public as `joserfc.jwa.JWSAlgModel`) keeps
    # `recommended: bool = False`, which `RSAPSSAlgorithm.recommended` still reads
    found = changes("joserfc", "1.5.0", "1.6.8")
    assert ("signature_changed", "joserfc.jwa.RSAPSSAlgorithm.recommended") not in found
    # the pair's true claims stay
    assert found["signature_changed", "joserfc.jwt.BaseClaimsRegistry.essential_keys"].breakage == (
        "attribute_made_read_only"
    )
    assert ("removed", "joserfc.jwk.OKPKey.required_fields") in found


_MODEL = "class Model:\n    flag = False\n    size = 1\n"
_OLD = {
    "demo/__init__.py": "from ._model import Model\nfrom ._algs import Thing\n",
    "demo/_model.py": _MODEL,
    "demo/_algs.py": "from ._model import Model\n\n\nclass Thing(Model):\n    limit = 2\n",
}
_NEW = {
    "demo/__init__.py": "from ._model import Model\nfrom ._algs import Thing\n",
    "demo/_model.py": _MODEL,
    "demo/_algs.py": (
        "from ._model import Model\n\n\nclass _Base(Model):\n    def __init__(self, flag=True):\n"
        "        self.flag = flag\n        self.limit = 3\n\n\nclass Thing(_Base):\n    pass\n"
    ),
}


def test_a_class_attribute_a_private_modules_base_still_holds_is_no_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, _OLD, _NEW)
    assert ("signature_changed", "demo.Thing.flag") not in found
    # the sibling: `limit`, which no ancestor binds on the class any more, is read on instances only
    assert found["signature_changed", "demo.Thing.limit"].breakage == "class_attribute_now_instance_only"


# -- an attribute now set on instances through a slot an ancestor declares --


def test_aiohttp_3_11_empty_stream_reader_total_bytes_is_a_slot_of_its_base() -> None:
    # 3.10: `StreamReader.total_bytes = 0` on the class; 3.11: `StreamReader.__slots__` lists it, and
    # `EmptyStreamReader.__init__` sets `self.total_bytes = 0`: `EmptyStreamReader.total_bytes` is the slot's descriptor
    found = changes("aiohttp", "3.10.11", "3.11.18")
    assert ("signature_changed", "aiohttp.streams.EmptyStreamReader.total_bytes") not in found
    # the pair's true claims stay
    assert found["signature_changed", "aiohttp.ClientRequest.skip_auto_headers"].breakage == "attribute_made_read_only"
    assert ("removed", "aiohttp.http.WebSocketWriter.ping") in found


_READER_OLD = {
    "demo/__init__.py": (
        "class Reader:\n    total = 0\n    size = 1\n\n\nclass Empty(Reader):\n    pass\n"
    ),
}
_READER_NEW = {
    "demo/__init__.py": (
        "class Reader:\n    __slots__ = ('total', '__dict__')\n\n    def __init__(self):\n        self.total = 0\n\n\n"
        "class Empty(Reader):\n    def __init__(self):\n        self.total = 0\n        self.size = 1\n"
    ),
}


def test_an_attribute_a_base_declares_in_its_slots_is_no_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, _READER_OLD, _READER_NEW)
    assert ("signature_changed", "demo.Empty.total") not in found
    # the sibling: `size`, in no slot, is no longer readable on the class
    assert found["signature_changed", "demo.Empty.size"].breakage == "class_attribute_now_instance_only"
