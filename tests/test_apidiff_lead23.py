"""Stop 19, the lead's classes.

An environment variable or a config key named by a class attribute (`timeout_var = "DEMO_TIMEOUT"` in the class
body, read as `os.environ.get(self.timeout_var)` or `app.config.get(self.timeout_key)`) was claimed no longer read:
the readers followed module constants and upper-case names only.
"""

from __future__ import annotations

import time
from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.envvars import named_for_dependency, read_by_vendored_dependency
from bot.apidiff.extract import read_module
from bot.apidiff.model import surface_from_json, surface_to_json
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes, pinned_surface


def _key_claims(tmp_path: Path, old: str, new: str) -> list[str]:
    found = diff_surfaces(
        surface(tmp_path, {"demo/__init__.py": old}, "1.0"), surface(tmp_path, {"demo/__init__.py": new}, "2.0")
    )
    return sorted(change.symbol for change in found if change.symbol.startswith(("env:", "config:")))


_ENV_OLD = "import os\n\ndef load():\n    return os.environ.get('DEMO_TIMEOUT'), os.environ.get('DEMO_HOST')\n"


def test_an_environment_variable_named_by_a_class_attribute_is_still_read(tmp_path: Path) -> None:
    new = (
        "import os\n\nclass Loader:\n    timeout_var = 'DEMO_TIMEOUT'\n\n    def load(self):\n"
        "        return os.environ.get(self.timeout_var), os.environ.get('DEMO_HOST')\n"
    )
    assert _key_claims(tmp_path, _ENV_OLD, new) == []


def test_a_variable_no_class_attribute_names_is_still_claimed_beside_one_that_does(tmp_path: Path) -> None:
    """An upper-case attribute of another class was a name of any variable; bound here, it names one."""
    new = "import os\n\nclass Vars:\n    TIMEOUT = 'DEMO_TIMEOUT'\n\ndef load():\n    return os.environ[Vars.TIMEOUT]\n"
    assert _key_claims(tmp_path, _ENV_OLD, new) == ["env:DEMO_HOST"]


def test_an_attribute_bound_twice_names_no_one_variable(tmp_path: Path) -> None:
    new = (
        "import os\n\nclass A:\n    var = 'DEMO_TIMEOUT'\n\nclass B:\n    var = 'DEMO_PORT'\n\n"
        "def load(obj):\n    return os.environ.get(obj.var), os.environ.get('DEMO_HOST')\n"
    )
    assert _key_claims(tmp_path, _ENV_OLD, new) == ["env:DEMO_TIMEOUT"]


_CONFIG_OLD = (
    "class Ext:\n    def init_app(self, app):\n        app.config.setdefault('DEMO_TIMEOUT', 3)\n"
    "        app.config.setdefault('DEMO_HOST', 'x')\n"
)


def test_a_config_key_named_by_a_class_attribute_is_still_read(tmp_path: Path) -> None:
    new = (
        "class Ext:\n    timeout_key = 'DEMO_TIMEOUT'\n\n    def init_app(self, app):\n"
        "        app.config.setdefault(self.timeout_key, 3)\n        app.config.setdefault('DEMO_HOST', 'x')\n"
    )
    assert _key_claims(tmp_path, _CONFIG_OLD, new) == []


def test_a_config_key_no_longer_defaulted_beside_one_a_class_attribute_names_is_claimed(tmp_path: Path) -> None:
    new = (
        "class Ext:\n    timeout_key = 'DEMO_TIMEOUT'\n\n    def init_app(self, app):\n"
        "        app.config.setdefault(self.timeout_key, 3)\n"
    )
    assert _key_claims(tmp_path, _CONFIG_OLD, new) == ["config:DEMO_HOST"]


# -- a base turned into a runtime-checkable Protocol still answers isinstance (discord.py 2.0's `abc.User`) --

_ABC_BASE = (
    "from abc import ABC, abstractmethod\n\nclass User(ABC):\n    @property\n    @abstractmethod\n"
    "    def name(self): ...\n\nclass Member(User):\n    @property\n    def name(self): return 'x'\n"
    "    def display(self): ...\n"
)
_PROTOCOL_BASE = (
    "from typing import Protocol, runtime_checkable\n\n{decorator}class User(Protocol):\n    name: str\n\n"
    "    def {method}(self): ...\n\nclass Member:\n    @property\n    def name(self): return 'x'\n"
    "    def display(self): ...\n"
)


def _base_claims(tmp_path: Path, new: str) -> dict[str, str]:
    found = diff_surfaces(
        surface(tmp_path, {"demo/__init__.py": _ABC_BASE}, "1.0"), surface(tmp_path, {"demo/__init__.py": new}, "2.0")
    )
    return {change.symbol: change.detail for change in found if "base_removed" in change.breakages}


def test_a_base_become_a_runtime_checkable_protocol_the_class_satisfies_is_no_lost_base(tmp_path: Path) -> None:
    new = _PROTOCOL_BASE.format(decorator="@runtime_checkable\n", method="display")
    assert _base_claims(tmp_path, new) == {}


def test_a_protocol_isinstance_cannot_check_or_the_class_does_not_satisfy_is_a_lost_base(tmp_path: Path) -> None:
    not_checkable = _PROTOCOL_BASE.format(decorator="", method="display")
    unsatisfied = _PROTOCOL_BASE.format(decorator="@runtime_checkable\n", method="mention")
    for new in (not_checkable, unsatisfied):
        assert _base_claims(tmp_path, new) == {"demo.Member": "no longer a subclass of demo.User"}


def test_discord_py_2_user_classes_still_answer_isinstance_of_abc_user() -> None:
    found = changes("discord-py", "1.7.3", "2.0.0")
    lost = {symbol for (kind, symbol), change in found.items() if "no longer a subclass" in change.detail}
    assert not {"discord.ClientUser", "discord.TeamMember", "discord.WidgetMember"} & lost
    assert ("removed", "discord.Client.logout") in found  # the release's documented removals stay claimed


# -- a variable a dependency reads: vendored under `externals/`, or named for it behind leading underscores --


def test_a_variable_read_in_a_copy_under_externals_is_the_now_required_distributions() -> None:
    """scikit-learn 0.20 read `__JOBLIB_SPAWNED_PARALLEL__` in `sklearn/externals/joblib`; 0.21 requires joblib."""
    file = "sklearn/externals/joblib/_parallel_backends.py"
    assert read_by_vendored_dependency(file, ("joblib>=0.11",))
    assert not read_by_vendored_dependency(file, ("numpy>=1.11",))
    assert not read_by_vendored_dependency("sklearn/utils/_joblib.py", ("joblib>=0.11",))


def test_a_variable_named_for_a_dependency_behind_underscores_is_that_dependencys() -> None:
    assert named_for_dependency("__JOBLIB_SPAWNED_PARALLEL__", "scikit-learn", ("joblib>=0.11",))
    assert not named_for_dependency("__SKLEARN_ASSUME_FINITE__", "scikit-learn", ("joblib>=0.11",))


def test_scikit_learn_0_21_unvendoring_joblib_does_not_stop_reading_its_variable() -> None:
    found = changes("scikit-learn", "0.20.4", "0.21.3")
    assert ("env_var_removed", "env:__JOBLIB_SPAWNED_PARALLEL__") not in found
    assert ("removed", "sklearn.externals.joblib.cpu_count") not in found  # still served through `from joblib import *`


# -- a module now star-importing another distribution may serve any name (scikit-learn 0.21's externals.joblib) --


def _removed(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> list[str]:
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return sorted(change.symbol for change in found if change.kind.value == "removed")


_VENDORED = {"demo/__init__.py": "", "demo/ext/__init__.py": "class Logger:\n    pass\n\ndef cpu_count(): ...\n"}


def test_names_a_module_now_star_imports_from_another_distribution_are_not_claimed_removed(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "", "demo/ext/__init__.py": "from joblib import *\n"}
    assert _removed(tmp_path, _VENDORED, new) == []


def test_a_star_import_both_releases_make_is_no_evidence_for_a_name_gone_since(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/ext/__init__.py": "from joblib import *\n\ndef cpu_count(): ...\n"}
    new = {"demo/__init__.py": "", "demo/ext/__init__.py": "from joblib import *\n"}
    assert _removed(tmp_path, old, new) == ["demo.ext.cpu_count"]


def test_a_stored_surface_leaves_out_what_is_at_its_default_and_reads_back_the_same() -> None:
    surface = pinned_surface("werkzeug", "3.0.0")
    text = surface_to_json(surface)
    assert surface_from_json(text) == surface
    assert '"dynamic":false' not in text and '"dynamic":true' in text  # set where set, absent where default


def test_a_submodule_gone_beside_a_new_star_import_is_still_claimed(tmp_path: Path) -> None:
    old = {**_VENDORED, "demo/ext/memory.py": "class Memory:\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/ext/__init__.py": "from joblib import *\n"}
    assert _removed(tmp_path, old, new) == ["demo.ext.memory"]


def test_a_generated_version_files_type_checking_flag_is_no_api(tmp_path: Path) -> None:
    """platformdirs 4.9.4's setuptools-scm `version.py` bound `TYPE_CHECKING = False`; 4.9.6's template does not."""
    old = {
        "demo/__init__.py": "",
        "demo/version.py": "TYPE_CHECKING = False\nVERSION = '1.0'\nversion_tuple = (1, 0)\n",
    }
    new = {"demo/__init__.py": "", "demo/version.py": "VERSION = '2.0'\n"}
    assert _removed(tmp_path, old, new) == ["demo.version.version_tuple"]


# -- names `__all__` promises, imported only for type checkers: bound at run time by what the reader cannot follow --

_EAGER = {
    "demo/__init__.py": "from demo.app import Celery, shared_task\n\n__all__ = ('Celery', 'shared_task', 'helper')\n"
    "\ndef helper(): ...\n",
    "demo/app.py": "class Celery:\n    pass\n\ndef shared_task(): ...\n",
}


def test_names_all_lists_and_only_type_checkers_import_are_not_claimed_removed(tmp_path: Path) -> None:
    """celery 5.7.0's `__init__`: `if TYPE_CHECKING:` imports, `local.recreate_module(by_module=...)` serves them."""
    lazy = (
        "from typing import TYPE_CHECKING\nfrom . import local\n\n__all__ = ('Celery', 'shared_task', 'helper')\n\n"
        "if TYPE_CHECKING:\n    from demo.app import Celery, shared_task\n\n"
        "old, new = local.recreate_module(__name__, by_module={'demo.app': ['Celery', 'shared_task']}, __package__='demo')\n"
    )
    new = {**_EAGER, "demo/__init__.py": lazy, "demo/local.py": "def recreate_module(name, **kw): ...\n"}
    assert _removed(tmp_path, _EAGER, new) == ["demo.helper"]


def test_a_type_checkers_import_all_does_not_list_is_no_promise(tmp_path: Path) -> None:
    lazy = (
        "from typing import TYPE_CHECKING\n\n__all__ = ('shared_task', 'helper')\n\n"
        "if TYPE_CHECKING:\n    from demo.app import Celery\nfrom demo.app import shared_task\n\ndef helper(): ...\n"
    )
    assert _removed(tmp_path, _EAGER, {**_EAGER, "demo/__init__.py": lazy}) == ["demo.Celery"]


def test_celery_5_7_still_serves_its_api_from_the_package() -> None:
    found = changes("celery", "5.6.3", "5.7.0")
    assert not {symbol for _, symbol in found if symbol in ("celery.Celery", "celery.Task", "celery.shared_task")}
    assert ("removed", "celery.STATICA_HACK") in found  # the attribute 5.6 bound for static analysers is gone


# -- a wrapper of a same-named method that kept a parameter from it does not hand it on later (hunt24's sibling) --


def test_a_parameter_the_old_wrapper_kept_from_its_delegate_is_still_claimed(tmp_path: Path) -> None:
    """marshmallow 2's `dumps(self, obj, many=None, update_fields=True, *args, **kwargs)` handed json's `dumps` only
    `*args, **kwargs`; 3.0's `dumps(self, obj, *args, many=None, **kwargs)` hands it everything: `update_fields=`
    reaches json's `dumps`, which never took it."""
    old = (
        "class Schema:\n    def dumps(self, obj, many=None, update_fields=True, *args, **kwargs):\n"
        "        serialized = self.dump(obj, many, update_fields)\n"
        "        return self.opts.render.dumps(serialized, *args, **kwargs)\n"
    )
    new = (
        "class Schema:\n    def dumps(self, obj, *args, many=None, **kwargs):\n"
        "        serialized = self.dump(obj, many)\n        return self.opts.render.dumps(serialized, *args, **kwargs)\n"
    )
    found = synthetic(tmp_path, old, new)
    assert "'update_fields' removed" in found["demo.Schema.dumps"].detail


def test_marshmallow_3_dumps_still_claims_update_fields() -> None:
    found = changes("marshmallow", "2.21.0", "3.0.0")
    # `Schema(with_metaclass(SchemaMeta, BaseSchema))` derives from `BaseSchema`: one claim, `Schema.dumps` first
    claim = found[("signature_changed", "marshmallow.Schema.dumps")]
    assert "'update_fields' removed" in claim.detail
    assert "marshmallow.schema.BaseSchema.dumps" in claim.aliases


def test_a_body_of_thousands_of_call_statements_is_read_in_linear_time() -> None:
    """hunt23's first-calls reader searched the whole text once per call statement: 20,000 `os.environ.get(...)`
    lines took 46 s; each root is now searched once, and at most 64 of them. The call reader searched it once per
    receiver, each search meeting every name the receiver prefixes (`a1` in `a10`...): 3.8 s for 20,000 of them."""
    for call in ("os.environ.get", "a{}.go"):
        calls = "".join(f"    {call.format(i)}(x)\n" for i in range(20_000))
        started = time.process_time()
        read_module("demo", "demo/__init__.py", f"def f(x):\n{calls}    return x\n".encode(), True)
        assert time.process_time() - started < 2
