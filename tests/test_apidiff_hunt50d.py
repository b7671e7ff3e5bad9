"""False claims found by hunt50d on CLI/terminal, cloud/infra and database-migration libraries nobody tuned on:
each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a keyword a decorator's wrapper puts into its own `**kwargs` itself --


def test_pyinfra_2_operations_took_state_and_host_by_keyword_all_along() -> None:
    # 1.7's `@operation` wrapper: `state = kwargs['state'] = args[0]` or `kwargs['state'] = pseudo_state._module`
    # (and the same for `host`) before `func(*args, **kwargs)`: a positional `state` collided with it
    found = changes("pyinfra", "1.7.3", "2.0")
    for path in ("pyinfra.operations.apk.update", "pyinfra.operations.files.line", "pyinfra.operations.server.shell",
                 "pyinfra.operations.systemd.service"):
        assert ("signature_changed", path) not in found
    # the siblings: parameters 2.0 really dropped from decorated operations stay claimed
    assert "'ssh_user' removed" in found["signature_changed", "pyinfra.operations.ssh.command"].detail
    assert "'present' removed" in found["signature_changed", "pyinfra.operations.mysql.privileges"].detail


OLD_FILLED = {
    "demo/__init__.py": (
        "import functools\n\n\ndef op(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n"
        "        if 'state' not in kwargs:\n            kwargs['state'] = object()\n"
        "        if 'host' not in kwargs:\n            kwargs['host'] = None\n        if 'old' in kwargs:\n"
        "            kwargs['renamed'] = kwargs.pop('old')\n        return func(*args, **kwargs)\n"
        "    return wrapper\n\n\n"
        "@op\ndef run(command, state=None, host=None, retries=0):\n    pass\n\n\n"
        "@op\ndef copy(src, renamed=None, mode=None):\n    pass\n"
    ),
}
NEW_FILLED = {
    "demo/__init__.py": (
        "import functools\n\n\ndef op(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n"
        "        state = kwargs.pop('state', None)\n        host = kwargs.pop('host', None)\n"
        "        return func(*args, **kwargs)\n    return wrapper\n\n\n"
        "@op\ndef run(command, retries=0):\n    pass\n\n\n"
        "@op\ndef copy(src, *, renamed=None, mode=None):\n    pass\n"
    ),
}


def test_parameters_a_wrapper_fills_by_keyword_were_never_positional(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_FILLED, NEW_FILLED)
    # `run(c, s)` always collided with the wrapper's `kwargs['state']`, and `retries` was never reachable at slot 3
    assert ("signature_changed", "demo.run") not in found
    # the sibling: a keyword the wrapper fills only when the old name is given (a rename) was positional
    assert "'renamed' is now keyword-only" in found["signature_changed", "demo.copy"].detail
