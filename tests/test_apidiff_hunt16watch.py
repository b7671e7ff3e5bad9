"""False reports and misses found on the App's own watchlist (flask-security-too, flask-restx, flask-session,
asgiref, dash, and the older majors of the rest): each class on its pinned real example and on a synthetic sibling,
with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed as diffed_module
from tests.test_apidiff_unseen4 import diffed

# -- a class a package star-imports under the name of its submodule: the star import makes the name the class --


def test_dash_3_dcc_logout_button_now_gives_the_module_and_components_are_classes() -> None:
    found = changes("dash", "2.18.2", "3.0.0")
    # dropped from `dcc/_imports_.py`, but `dcc/LogoutButton.py` still ships: `dcc.LogoutButton` is now the module
    assert ("removed", "dash.dcc.LogoutButton") in found
    assert "submodule" in found[("removed", "dash.dcc.LogoutButton")].detail
    assert ("removed", "dash.dcc.Input") not in found  # still star-imported: the class, as before
    assert ("removed", "dash.development.component_loader") in found  # kept


STAR_OLD = {
    "demo/__init__.py": "from ._imports_ import *\n",
    "demo/_imports_.py": "from .Button import Button\nfrom .Logout import Logout\n__all__ = ['Button', 'Logout']\n",
    "demo/Button.py": "class Button:\n    def __init__(self, id=None, label=None):\n        pass\n",
    "demo/Logout.py": "class Logout:\n    def __init__(self, id=None):\n        pass\n",
}
STAR_NEW = {
    **STAR_OLD,
    "demo/_imports_.py": "from .Button import Button\n__all__ = ['Button']\n",
    "demo/Button.py": "class Button:\n    def __init__(self, label=None, id=None):\n        pass\n",
}


def test_a_star_imported_class_shadows_its_submodule_and_dropping_it_leaves_the_module(tmp_path: Path) -> None:
    found = diffed(tmp_path, STAR_OLD, STAR_NEW)
    assert ("removed", "demo.Logout") in found  # `from demo import Logout` now gives the module: calls fail
    assert ("signature_changed", "demo.Button") in found  # the class the package offers, not only `demo.Button.Button`
    assert ("removed", "demo.Button") not in found


def test_a_submodule_the_package_still_binds_is_no_removal(tmp_path: Path) -> None:
    kept = {**STAR_NEW, "demo/__init__.py": "from ._imports_ import *\nfrom .Logout import Logout\n"}
    assert ("removed", "demo.Logout") not in diffed(tmp_path / "kept", STAR_OLD, kept)
    plain = {"demo/__init__.py": "", "demo/Logout.py": "class Logout:\n    pass\n"}  # a module both times
    assert not diffed(tmp_path / "plain", plain, plain)


def test_a_star_imported_outside_name_leaves_the_submodule_of_that_name(tmp_path: Path) -> None:
    files = {
        "demo/__init__.py": "from ._compat import *\n",
        "demo/_compat.py": "from json import decoder\n__all__ = ['decoder']\n",
        "demo/decoder.py": "def parse(s):\n    return s\n",
    }
    built = surface(tmp_path, files, "1.0")
    assert built.symbols["demo.decoder"].kind == "module"  # not json's: the package's own module stays readable
    assert "demo.decoder.parse" in built.symbols


# -- a warning in the `else` of a test for a parameter's omission: passing the parameter is deprecated --


def test_asgiref_3_6_deprecates_the_loop_argument_of_timeout() -> None:
    found = changes("asgiref", "3.5.2", "3.6.0")
    # `if loop is None: loop = asyncio.get_running_loop() else: warnings.warn("The loop argument ... is deprecated")`
    assert ("deprecated", "asgiref.timeout.timeout") in found
    assert "loop" in found[("deprecated", "asgiref.timeout.timeout")].detail
    assert ("env_var_removed", "env:ASGI_THREADS") in found  # kept: documented as removed


ELSE_OLD = "def connect(host, *, loop=None, retries=None):\n    if loop is None:\n        loop = 1\n    return loop\n"
ELSE_NEW = (
    "import warnings\n"
    "def connect(host, *, loop=None, retries=None):\n"
    "    if loop is None:\n        loop = 1\n"
    "    else:\n        warnings.warn('The loop argument is deprecated.', DeprecationWarning)\n"
    "    if retries is None:\n        retries = 3\n"
    "    elif retries > 5:\n        warnings.warn('more than 5 retries is deprecated', DeprecationWarning)\n"
    "    return loop\n"
)


def test_a_warning_in_the_else_of_an_omission_test_deprecates_passing_it(tmp_path: Path) -> None:
    found = diffed_module(tmp_path, ELSE_OLD, ELSE_NEW)
    assert ("deprecated", "demo.connect") in found
    detail = found[("deprecated", "demo.connect")].detail
    assert "'loop'" in detail
    assert "retries" not in detail  # an `elif` tests a value, not the passing


def test_a_warning_in_the_else_of_an_option_taken_out_of_kwargs_deprecates_the_option(tmp_path: Path) -> None:
    old = "def dumps(obj, **kwargs):\n    encoding = kwargs.pop('encoding', None)\n    return obj\n"
    new = (
        "import warnings\ndef dumps(obj, **kwargs):\n    encoding = kwargs.pop('encoding', None)\n"
        "    if encoding is None:\n        encoding = 'utf-8'\n"
        "    else:\n        warnings.warn('encoding is deprecated', DeprecationWarning)\n    return obj\n"
    )
    assert "'encoding'" in diffed_module(tmp_path, old, new)[("deprecated", "demo.dumps")].detail


def test_a_warning_in_the_else_of_a_presence_test_is_not_a_deprecated_parameter(tmp_path: Path) -> None:
    presence = ELSE_NEW.replace(
        "if loop is None:\n        loop = 1\n    else:", "if loop is not None:\n        loop = 1\n    else:"
    )
    found = diffed_module(tmp_path, ELSE_OLD, presence)
    assert "'loop'" not in (
        found[("deprecated", "demo.connect")].detail if ("deprecated", "demo.connect") in found else ""
    )


# -- a constructor parameter stored on `self` that another method warns about when set: passing it is deprecated --


def test_flask_security_5_deprecates_passing_a_login_manager() -> None:
    found = changes("flask-security-too", "4.1.5", "5.0.0")
    # `self.login_manager = login_manager` in `__init__`; `init_app`: `if self.login_manager: warnings.warn(...)`
    assert ("deprecated", "flask_security.Security") in found
    assert "'login_manager'" in found[("deprecated", "flask_security.Security")].detail
    # the warning comes from `init_app`, not the constructor: no snippet constructing `Security` alone shows it, and
    # none is offered (`Security(login_manager=...)` was shown as failing on 5.0.0, which it does not)
    change = found[("deprecated", "flask_security.Security")]
    assert change.signature is not None and change.signature.deprecated_later == ("login_manager",)
    assert change.witness == ""
    assert ("removed", "flask_security.utils.encrypt_password") in found  # kept: removed after its deprecation


STORED_OLD = (
    "class Ext:\n    def __init__(self, app=None, manager=None, store=None, name='x'):\n"
    "        self.manager = manager\n        self.store = store\n        self.name = name\n"
    "    def init_app(self, app):\n        pass\n"
)
STORED_NEW = (
    "import warnings\nclass Ext:\n    def __init__(self, app=None, manager=None, store=None, name='x'):\n"
    "        self.manager = manager\n        self.store = store\n        self.name = name\n"
    "    def init_app(self, app):\n"
    "        if self.manager:\n            warnings.warn('Replacing manager is deprecated', DeprecationWarning)\n"
    "        if self.store is None:\n            warnings.warn('Running without a store is deprecated', DeprecationWarning)\n"
    "        if self.name == 'old':\n            warnings.warn('The name old is deprecated', DeprecationWarning)\n"
)


def test_a_method_warning_when_a_stored_parameter_is_set_deprecates_that_parameter(tmp_path: Path) -> None:
    found = diffed_module(tmp_path, STORED_OLD, STORED_NEW)
    detail = found[("deprecated", "demo.Ext")].detail
    assert "'manager'" in detail
    assert "store" not in detail  # warns those leaving it out
    assert "'name'" not in detail  # one value deprecated, not the parameter


def test_a_stored_parameter_warned_about_for_another_reason_is_no_deprecation(tmp_path: Path) -> None:
    user_warning = STORED_NEW.replace("'Replacing manager is deprecated', DeprecationWarning", "'manager set twice'")
    found = diffed_module(tmp_path, STORED_OLD, user_warning)
    assert "'manager'" not in (found[("deprecated", "demo.Ext")].detail if ("deprecated", "demo.Ext") in found else "")
