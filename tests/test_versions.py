"""One version ordering for the pipeline (oldest first) and /status (newest first)."""

import pytest

from bot.versions import version_key


@pytest.mark.parametrize(("versions", "ascending"), [
    (["3.0.10", "3.0.2", "3.0.0rc1"], ["3.0.0rc1", "3.0.2", "3.0.10"]),
    (["1.0", "banana", "0.9"], ["banana", "0.9", "1.0"]),  # a legacy version is older than any valid one
])
def test_version_key_orders_by_pep440(versions: list[str], ascending: list[str]) -> None:
    assert sorted(versions, key=version_key) == ascending
    assert max(versions, key=version_key) == ascending[-1]
