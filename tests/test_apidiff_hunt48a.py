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
