"""False claims found by a sweep of releases never measured (flax, optax, equinox, jax, qdrant-client, pymilvus,
panel, joblib, slack-bolt, ...), each fixed as a class, with the true claims of the same shape kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an attribute read from users' objects inside a vendored copy of a distribution the new release requires
# instead (joblib 1.6 dropped `joblib/externals/cloudpickle`, requiring cloudpickle): the copy's reads are still made,
# by that distribution --

_PICKLER = (
    "def dumps(obj):\n"
    "    return getattr(obj, 'reduce_args', None)\n"
)


def _vendoring(requires: str, vendored: bool) -> dict[str, str]:
    files = {
        "demo/__init__.py": "from .parallel import run\n",
        "demo/parallel.py": "def run(job):\n    return job\n",
        "demo/externals/__init__.py": "",
        "demo-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n" + requires,
    }
    if vendored:
        files["demo/externals/picklelib/__init__.py"] = _PICKLER
    return files


def test_a_read_in_a_vendored_copy_now_required_is_still_made(tmp_path: Path) -> None:
    found = diffed(tmp_path, _vendoring("", True), _vendoring("Requires-Dist: picklelib>=3.0\n", False))
    assert ("removed", "attr:reduce_args") not in found
    assert ("removed", "demo.externals.picklelib") in found  # `from demo.externals import picklelib` still fails


@pytest.mark.parametrize(
    "requires",
    [
        pytest.param("", id="not required"),
        pytest.param("Requires-Dist: otherlib\n", id="another distribution required"),
    ],
)
def test_a_read_in_a_vendored_copy_not_required_instead_is_still_claimed(tmp_path: Path, requires: str) -> None:
    found = diffed(tmp_path, _vendoring("", True), _vendoring(requires, False))
    assert ("removed", "attr:reduce_args") in found


def test_joblib_1_6_still_has_its_code_objects_read_by_cloudpickle() -> None:
    found = changes("joblib", "1.5.3", "1.6.0")
    assert ("removed", "attr:co_linetable") not in found
    assert ("removed", "attr:co_nmeta") not in found
    assert ("removed", "joblib.externals.cloudpickle") in found
