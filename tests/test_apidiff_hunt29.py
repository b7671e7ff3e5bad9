"""False claims found by hunt29 on releases nobody tuned on: each class on its pinned real example, on a synthetic
case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- options read out of `**kwargs` through a loop variable --


def test_gql_4_phoenix_transport_options_popped_in_a_loop_are_not_removed() -> None:
    found = changes("gql", "3.5.3", "4.0.0")
    # 4.0.0: `for ws_arg in ["headers", "ssl", "connect_args"]: ws_adapter_args[ws_arg] = kwargs.pop(ws_arg)`
    detail = found["signature_changed", "gql.transport.phoenix_channel_websockets.PhoenixChannelWebsocketsTransport"]
    for option in ("headers", "ssl", "connect_args"):
        assert f"'{option}' removed" not in detail.detail
        assert f"'{option}' is now keyword-only" in detail.detail  # 3.5's `*args` reached them by position
    # `init_payload` is popped by nothing and `SubscriptionTransportBase.__init__` takes no `**kwargs`: still lost
    assert "parameter 'init_payload' removed" in detail.detail


_OLD = "def connect(url, headers=None, ssl=None, proxy=None):\n    return url, headers, ssl, proxy\n"


@pytest.mark.parametrize(
    "body",
    [
        "    found = {}\n    for key in ('headers', 'ssl'):\n        if key in kwargs:\n            found[key] = kwargs.pop(key)\n"
        "    _open(url, **found)\n    _close(**kwargs)\n",
        "    found = {k: kwargs.pop(k) for k in ['headers', 'ssl'] if k in kwargs}\n"
        "    _open(url, **found)\n    _close(**kwargs)\n",
        "    for name in (\"headers\", \"ssl\",):\n        setattr(obj, name, kwargs.get(name))\n    _close(**kwargs)\n",
    ],
)
def test_options_read_through_a_loop_variable_are_still_taken(tmp_path: Path, body: str) -> None:
    new = (
        "obj = object()\ndef _open(url, headers=None, ssl=None):\n    pass\n"
        "def _close(*, timeout=None):\n    pass\n"
        f"def connect(url, **kwargs):\n{body}"
    )
    found = diffed(tmp_path, _OLD, new)
    detail = found["signature_changed", "demo.connect"].detail
    assert "'headers' removed" not in detail and "'ssl' removed" not in detail
    assert "parameter 'proxy' removed" in detail  # read by no loop, and `_close` rejects it


def test_a_loop_that_only_tests_or_sets_the_keys_takes_no_option(tmp_path: Path) -> None:
    new = (
        "def _close(*, timeout=None):\n    pass\n"
        "def connect(url, **kwargs):\n    for key in ('headers', 'ssl'):\n        if key in kwargs:\n"
        "            raise TypeError(key)\n    for key in ('proxy',):\n        kwargs[key] = None\n"
        "    _close(**kwargs)\n"
    )
    detail = diffed(tmp_path, _OLD, new)["signature_changed", "demo.connect"].detail
    assert "parameter 'headers' removed" in detail and "parameter 'proxy' removed" in detail
