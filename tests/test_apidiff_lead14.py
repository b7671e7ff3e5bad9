"""Claims about a class's ancestry that no user's code can observe: `abc.ABC` carries nothing but the `ABCMeta`
metaclass, so `class B(ABC)` rewritten `class B(metaclass=ABCMeta)` (or six's `@add_metaclass(ABCMeta)`) breaks no
`isinstance` and no `except`. Losing a base users do name stays a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_unseen3 import diffed

OLD = "import abc\n\n\nclass B(abc.ABC):\n    def run(self):\n        pass\n"


@pytest.mark.parametrize(
    "new",
    [
        pytest.param(
            "import abc\n\n\nclass B(metaclass=abc.ABCMeta):\n    def run(self):\n        pass\n", id="metaclass"
        ),
        pytest.param(
            "import abc\nimport six\n\n\n@six.add_metaclass(abc.ABCMeta)\nclass B(object):\n    def run(self):\n        pass\n",
            id="six-add-metaclass",
        ),
        pytest.param("class B:\n    def run(self):\n        pass\n", id="no-longer-abstract"),
    ],
)
def test_losing_abc_abc_is_no_claim(tmp_path: Path, new: str) -> None:
    assert diffed(tmp_path, OLD, new) == {}


def test_losing_a_base_users_name_is_still_claimed(tmp_path: Path) -> None:
    old = "from collections.abc import Mapping\n\n\nclass B(Mapping):\n    pass\n"
    found = diffed(tmp_path, old, "class B:\n    pass\n")
    assert "no longer a subclass of collections.abc.Mapping" in found["signature_changed", "demo.B"].detail
