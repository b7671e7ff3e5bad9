"""Helper falses62: false claims earlier stops found and left open."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a method's warning reached only past an early `return` taken under the instance's public settings warns about
# how the object is configured, not about calling the method (jupyterhub 2.0's `check_hub_user`: `if self.allow_all:
# return model`, then "hub_scopes not set, proceeding with pre-2.0 authentication") --

_GATED_OLD = """import warnings


class Handler:
    allow_all = False
    scopes = None
    _warned = False

    def check(self, model):
        return model
"""


def _gated(test: str, exit: str = "return model", message: str = "scopes not set, using the old way") -> str:
    body = f"        if {test}:\n            {exit}\n        warnings.warn({message!r}, DeprecationWarning)\n"
    return _GATED_OLD.replace("        return model\n", body + "        return model\n")


def test_a_warning_past_a_return_on_the_instance_settings_is_no_method_deprecation(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _GATED_OLD}
    for test in ("self.allow_all", "self.allow_all or self.scopes is not None", "not self.scopes"):
        assert ("deprecated", "demo.Handler.check") not in diffed(tmp_path, old, {"demo/__init__.py": _gated(test)})
    # siblings that still deprecate the method: a test of what the call passes, a private warn-once flag, a gate
    # that raises (every call that works warns), a message naming the method
    for new in (
        _gated("model is None"),
        _gated("self._warned"),
        _gated("self.allow_all", exit="raise ValueError(model)"),
        _gated("self.allow_all", message="check is deprecated"),
    ):
        assert ("deprecated", "demo.Handler.check") in diffed(tmp_path, old, {"demo/__init__.py": new})


def test_jupyterhub_2_check_hub_user_is_not_deprecated() -> None:
    found = changes("jupyterhub", "1.5.1", "2.0.0")
    assert ("deprecated", "jupyterhub.singleuser.HubAuthenticatedHandler.check_hub_user") not in found
    assert ("deprecated", "jupyterhub.services.auth.HubAuth.user_for_cookie") in found  # warns on every call
