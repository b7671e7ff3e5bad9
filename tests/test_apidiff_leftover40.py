"""Known misses and noise left by earlier rounds (leftover40): variables the interpreter or the operating system owns
are no configuration a user made (faststream 0.5's `PYTHONOPTIMIZE`, inquirer 3.3's `HOMEDRIVE`)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a variable the interpreter or Windows sets is no setting a user made --


def test_faststream_0_5_no_longer_testing_pythonoptimize_is_no_claim() -> None:
    found = changes("faststream", "0.4.7", "0.5.48")
    # 0.4.7's `_compat.IS_OPTIMIZED = os.getenv("PYTHONOPTIMIZE", False)`: the interpreter still reads it
    assert ("env_var_removed", "env:PYTHONOPTIMIZE") not in found
    assert ("removed", "faststream._compat.model_to_dict") in found  # the diff ran


def test_inquirer_3_3_no_longer_reading_homedrive_is_no_claim() -> None:
    found = changes("inquirer", "3.2.5", "3.3.0")
    # 3.2.5's `is_pathname_valid` took `os.environ.get("HOMEDRIVE", "C:")` for the root on Windows
    assert ("env_var_removed", "env:HOMEDRIVE") not in found
    assert ("removed", "inquirer.questions.is_pathname_valid") in found


_READS = (
    "import os\n\n\ndef settings():\n    return (\n"
    "        os.getenv('PYTHONOPTIMIZE'), os.environ.get('PYTHONUNBUFFERED'), os.environ['PYTHON_COLORS'],\n"
    "        os.environ.get('HOMEDRIVE', 'C:'), os.environ.get('UserProfile'), os.environ['APPDATA'],\n"
    "        os.environ.get('XDG_CONFIG_HOME'), os.environ.get('REQUESTS_CA_BUNDLE'), os.getenv('NO_COLOR'),\n"
    "        os.getenv('HTTP_PROXY'), os.getenv('PYTHON_CONNECTION_CLASS'), os.getenv('DEMO_PYTHONPATH'),\n"
    "    )\n"
)
_NO_READS = "def settings():\n    return ()\n"


def test_interpreter_and_windows_session_variables_no_longer_read_are_no_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, _READS, _NO_READS)
    for name in ("PYTHONOPTIMIZE", "PYTHONUNBUFFERED", "PYTHON_COLORS", "HOMEDRIVE", "UserProfile", "APPDATA"):
        assert ("env_var_removed", f"env:{name}") not in found, name


def test_variables_users_set_to_configure_stay_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _READS, _NO_READS)
    for name in ("XDG_CONFIG_HOME", "REQUESTS_CA_BUNDLE", "NO_COLOR", "HTTP_PROXY", "PYTHON_CONNECTION_CLASS"):
        assert ("env_var_removed", f"env:{name}") in found, name
    assert ("env_var_removed", "env:DEMO_PYTHONPATH") in found  # a library's own, however it ends


# -- a base removed outright: its removal is the claim, not each subclass's lost base --


def test_flask_appbuilder_5_subclasses_of_removed_bases_are_not_claimed_again() -> None:
    found = changes("flask-appbuilder", "4.8.1", "5.0.0")
    # 5.0 removed `views.RestCRUDView` and `api.BaseModelApi`; 34 subclasses were each "no longer a subclass" of them
    assert ("removed", "flask_appbuilder.views.RestCRUDView") in found
    assert ("removed", "flask_appbuilder.api.BaseModelApi") in found
    assert not [key for key, c in found.items() if c.breakage in ("base_removed", "exception_base_removed")]


def _bases(found: dict[tuple[str, str], Change]) -> dict[str, str | None]:
    return {
        symbol: change.detail
        for (_, symbol), change in found.items()
        if change.breakage in ("base_removed", "exception_base_removed")
    }


_OLD_BASES = (
    "class Gone:\n    pass\n\n\nclass Moved:\n    pass\n\n\nclass Kept:\n    pass\n\n\n"
    "class GoneError(Exception):\n    pass\n\n\n"
    "class A(Gone):\n    pass\n\n\nclass B(Moved):\n    pass\n\n\nclass C(Kept):\n    pass\n\n\n"
    "class D(GoneError):\n    pass\n"
)
_NEW_BASES = (
    "from demo.other import Moved\n\n\nclass Kept:\n    pass\n\n\n"
    "class A:\n    pass\n\n\nclass B:\n    pass\n\n\nclass C:\n    pass\n\n\nclass D(Exception):\n    pass\n"
)


def test_a_base_removed_outright_is_claimed_once(tmp_path: Path) -> None:
    found = diffed(tmp_path, _OLD_BASES, _NEW_BASES)
    assert ("removed", "demo.Gone") in found and ("removed", "demo.GoneError") in found
    assert "demo.A" not in _bases(found) and "demo.D" not in _bases(found)


def test_a_base_still_there_or_moved_elsewhere_stays_a_lost_base(tmp_path: Path) -> None:
    new = {
        "demo/__init__.py": _NEW_BASES.replace("from demo.other import Moved\n", ""),
        "demo/other.py": "class Moved:\n    pass\n",
    }
    changed = diff_surfaces(surface(tmp_path, {"demo/__init__.py": _OLD_BASES}, "1.0"), surface(tmp_path, new, "2.0"))
    found = _bases({(c.kind.value, c.symbol): c for c in changed})
    assert found["demo.C"] == "no longer a subclass of demo.Kept"
    assert found["demo.B"] == "no longer a subclass of demo.Moved"  # `from demo.other import Moved`, not a `B`


# -- a `__getattr__` deprecated as a whole: attribute access is a member, and its loss is claimed --


def test_bottle_0_13_config_dict_attribute_access_removed() -> None:
    found = changes("bottle", "0.12.25", "0.13.0")
    # 0.12's `ConfigDict.__getattr__` warned "Attribute access is deprecated." for every name; 0.13 dropped it
    lost = found["removed", "bottle.ConfigDict.__getattr__"]
    assert lost.breakage == "deprecated_name_removed"
    assert "`obj.key` raises AttributeError" in (lost.detail or "")
    assert ("removed", "bottle.ConfigDict.__call__") in found  # recall32's, kept


_WARNED = (
    "import warnings\n\n\nclass Config(dict):\n    def __getattr__(self, key):\n"
    "        warnings.warn('Attribute access is deprecated.', DeprecationWarning)\n        return self[key]\n"
)
_PLAIN = "class Config(dict):\n    def __getattr__(self, name):\n        return self[name]\n"
_SHIM = (
    "import warnings\n\n\nclass Config(dict):\n    def __getattr__(self, name):\n        if name == 'old':\n"
    "            warnings.warn('old is deprecated', DeprecationWarning)\n            return self['new']\n"
    "        raise AttributeError(name)\n"
)
_NONE = "class Config(dict):\n    pass\n"


def test_a_deprecated_getattr_dropped_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _WARNED, _NONE)
    assert found["removed", "demo.Config.__getattr__"].breakage == "deprecated_name_removed"


def test_a_getattr_kept_undeprecated_or_never_deprecated_is_no_claim(tmp_path: Path) -> None:
    for old, new in ((_WARNED, _PLAIN), (_PLAIN, _NONE), (_SHIM, _NONE)):
        found = diffed(tmp_path, old, new)
        assert not [key for key in found if key[1].endswith("__getattr__")], (old, new)
    assert ("removed", "demo.Config.old") in diffed(tmp_path, _SHIM, _NONE)  # the shim's name: as before


# -- a method that only raised, called by the release on other objects, removed and no longer called --


def test_social_auth_core_7_restore_session_hook_dropped() -> None:
    found = changes("social-auth-core", "6.2.0", "7.0.0")
    # 6.2's `BaseStrategy.restore_session` raised AuthConfigurationError until a framework's strategy overrode it;
    # the SAML and OpenID backends called `self.strategy.restore_session(...)`. 7.0 dropped it and the calls
    lost = found["removed", "social_core.strategy.BaseStrategy.restore_session"]
    assert "overrides in subclasses are silently ignored" in (lost.detail or "")


_HOOKED = (
    "class Strategy:\n    def restore(self, key):\n        raise RuntimeError('override me')\n\n"
    "    def refuse(self):\n        raise RuntimeError('gone')\n\n\n"
    "class Backend:\n    def __init__(self, strategy):\n        self.strategy = strategy\n\n"
    "    def complete(self, key):\n        self.strategy.restore(key)\n"
)
_UNHOOKED = (
    "class Strategy:\n    pass\n\n\n"
    "class Backend:\n    def __init__(self, strategy):\n        self.strategy = strategy\n\n"
    "    def complete(self, key):\n        return key\n"
)


def test_a_raising_hook_the_release_called_elsewhere_dropped_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HOOKED, _UNHOOKED)
    assert "silently ignored" in (found["removed", "demo.Strategy.restore"].detail or "")


def test_a_raising_method_nobody_called_or_still_called_dropped_is_no_claim(tmp_path: Path) -> None:
    assert ("removed", "demo.Strategy.refuse") not in diffed(tmp_path, _HOOKED, _UNHOOKED)  # never called: as before
    still = _UNHOOKED.replace("return key", "return self.strategy.restore(key)") + (
        "\n\nclass SessionStrategy(Strategy):\n    def restore(self, key):\n        return key\n"
    )
    assert ("removed", "demo.Strategy.restore") not in diffed(tmp_path, _HOOKED, still)  # overrides still called


def test_a_raising_override_of_a_working_method_is_no_dropped_hook(tmp_path: Path) -> None:
    # peewee 2.10's `SqliteDatabase.create_foreign_key` raised; the `.create_foreign_key(` calls were its base's and
    # the compiler's, which worked
    old = (
        "class Database:\n    def create(self):\n        return 1\n\n\n"
        "class Lite(Database):\n    def create(self):\n        raise RuntimeError('unsupported')\n\n\n"
        "def migrate(db):\n    return db.create()\n"
    )
    new = "class Database:\n    pass\n\n\nclass Lite(Database):\n    pass\n\n\ndef migrate(db):\n    return None\n"
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.Database.create") in found
    assert ("removed", "demo.Lite.create") not in found
