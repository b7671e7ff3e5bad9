"""False reports found on refactor-heavy releases (2024-2026) of libraries nobody had read (jsonargparse 4.50):
each class on its pinned real example and on a synthetic case, with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a renaming decorator whose call passes a dict literal of old keyword -> new parameter --

_RENAMES_DICT = """import functools, warnings
def renamed_parameter_warning(renames, stacklevel=1):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for old_name, new_name in renames.items():
                if old_name in kwargs:
                    warnings.warn(f"{old_name} renamed", DeprecationWarning, stacklevel=stacklevel)
                    if new_name not in kwargs:
                        kwargs[new_name] = kwargs.pop(old_name)
            return func(*args, **kwargs)
        return wrapper
    return decorator
"""


def test_jsonargparse_4_50_renamed_parameters_keep_their_old_keywords() -> None:
    found = changes("jsonargparse", "4.49.0", "4.50.0")
    # 4.50.0: `@renamed_parameter_warning({"cfg": "namespace"}) def strip_unknown(self, namespace)`: the wrapper
    # moves `cfg=` into `namespace=` (with a warning)
    for method in ("strip_unknown", "get_config_files"):
        assert ("signature_changed", f"jsonargparse.ArgumentParser.{method}") not in found
    assert ("deprecated", "jsonargparse.ArgumentParser.strip_unknown") in found
    assert ("signature_changed", "jsonargparse.typing.register_type") not in found
    # `get_registered_type(type_class)` became `(class_type)` with no decorator: `type_class=` fails
    assert "'type_class' renamed to 'class_type'" in found["signature_changed", "jsonargparse.typing.get_registered_type"].detail


@pytest.mark.parametrize("decorator", ["@renamed_parameter_warning({'cfg': 'namespace'})",
                                       "@renamed_parameter_warning(renames={'cfg': 'namespace'}, stacklevel=2)"])
def test_a_dict_of_renames_passed_to_a_renaming_decorator_keeps_the_old_keyword(tmp_path: Path, decorator: str) -> None:
    new = f"{_RENAMES_DICT}{decorator}\ndef f(namespace, b=None): pass\n"
    found = diffed(tmp_path, "def f(cfg, b=None): pass\n", new)
    assert ("signature_changed", "demo.f") not in found
    assert found[("deprecated", "demo.f")].detail == "deprecated parameter 'cfg'"


def test_a_keyword_the_dict_of_renames_leaves_out_is_still_removed(tmp_path: Path) -> None:
    new = f"{_RENAMES_DICT}@renamed_parameter_warning({{'cfg': 'namespace'}})\ndef f(namespace, c=None): pass\n"
    found = diffed(tmp_path, "def f(cfg, b=None): pass\n", new)
    assert "'b' removed" in found[("signature_changed", "demo.f")].detail
    assert "'cfg'" not in found[("signature_changed", "demo.f")].detail


def test_an_optional_parameter_renamed_into_a_required_one_is_still_a_new_required_parameter(tmp_path: Path) -> None:
    new = f"{_RENAMES_DICT}@renamed_parameter_warning({{'cfg': 'namespace'}})\ndef f(namespace, b=None): pass\n"
    found = diffed(tmp_path, "def f(cfg=None, b=None): pass\n", new)
    # `f()` worked and fails now; `f(cfg=x)` still works
    assert found[("signature_changed", "demo.f")].detail == "new required parameter 'namespace'"


# -- a hook called on the line that closes a multi-line string is still called --


def test_luigi_3_8_copy_still_calls_credentials() -> None:
    found = changes("luigi", "3.7.3", "3.8.0")
    # 3.8.0: `cursor.execute("""\n COPY ... CREDENTIALS '{creds}' ...;""".format(..., creds=self._credentials(), ...))`
    assert ("signature_changed", "luigi.contrib.redshift.S3CopyToTable._credentials") not in found
    # `DateParameter(2)` set `interval`, it sets `default` now
    assert found["signature_changed", "luigi.DateParameter"].breakage == "param_moved"


_HOOKED = 'class Task:\n    def _hook(self):\n        return "x"\n\n    def run(self, cursor):\n'
_OLD_RUN = _HOOKED + '        cursor.execute("""\n            SELECT {x}\n            ;""".format(\n            x=self._hook()))\n'


def test_a_hook_called_after_a_closing_triple_quote_is_still_called(tmp_path: Path) -> None:
    new = _HOOKED + '        cursor.execute("""\n            SELECT {x}\n            ;""".format(x=self._hook()))\n'
    assert ("signature_changed", "demo.Task._hook") not in diffed(tmp_path / "closed", _OLD_RUN, new)
    # a string opened on the line after another closed: what it spells is no call
    named = _HOOKED + '        a = """\n            x"""\n        cursor.execute("""self._hook() was here\n        """)\n'
    found = diffed(tmp_path / "named", _OLD_RUN, named)
    assert found[("signature_changed", "demo.Task._hook")].breakage == "hook_no_longer_called"


# -- a name bound only under `sys.hexversion < 0x03000000` never existed on Python 3 --


def test_diskcache_5_dropping_its_python_2_shims_removes_nothing_python_3_had() -> None:
    found = changes("diskcache", "4.1.0", "5.0.0")
    # 4.1.0's fanout.py: `if sys.hexversion < 0x03000000: memoize_func = Cache.__dict__['memoize'] ...`
    assert ("removed", "diskcache.fanout.memoize_func") not in found
    # `INT_TYPES = int, long` / `else: INT_TYPES = (int,)`: both arms of the Python 2/3 test, compatibility plumbing
    assert ("removed", "diskcache.core.INT_TYPES") not in found


_HEX_OLD = (
    "import sys\nif sys.hexversion < 0x03000000:\n    shim = 1\nelse:\n    kept = 2\n"
    "if sys.hexversion >= 0x030A0000:\n    recent = 3\nelse:\n    recent = 4\n"
    "if sys.hexversion < 0x03070000:\n    legacy = 5\nelse:\n    legacy = 6\n"
)


def test_a_name_bound_under_a_python_2_hexversion_test_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HEX_OLD, "import sys\n")
    assert ("removed", "demo.shim") not in found
    assert ("removed", "demo.kept") in found
    assert ("removed", "demo.recent") in found  # each arm binds it on some supported Python: no Python 2 shim
    assert ("removed", "demo.legacy") in found  # a test of Python 3 releases: a constant they need, no Python 2 shim


def test_a_dict_of_aliases_renamed_without_a_warning_deprecates_nothing(tmp_path: Path) -> None:
    # elasticsearch 8's `@_rewrite_parameters(parameter_aliases={"from": "from_"})`: an alias, renamed silently by a
    # wrapper that warns for something else
    silent = _RENAMES_DICT.replace(
        "            for old_name", "            if 'body' in kwargs:\n                warnings.warn('body')\n"
        "            for old_name").replace("                    warnings.warn(f\"{old_name} renamed\", "
                                          "DeprecationWarning, stacklevel=stacklevel)\n", "")
    new = f"{silent}@renamed_parameter_warning({{'cfg': 'namespace'}})\ndef f(namespace=None): pass\n"
    found = diffed(tmp_path, "def f(cfg=None): pass\n", new)
    assert ("deprecated", "demo.f") not in found
    assert ("signature_changed", "demo.f") in found  # and which keywords the wrapper renames is unknown: unsure


def test_a_required_parameter_renamed_in_the_body_is_still_a_new_required_parameter(tmp_path: Path) -> None:
    # peewee 3.0's `ForeignKeyField(model, ..., rel_model=None)`: `if rel_model is not None: model = rel_model` runs
    # after the call bound `model`, so `ForeignKeyField(rel_model=X)` fails
    new = "def f(model, b=None, rel_model=None):\n    if rel_model is not None:\n        model = rel_model\n"
    found = diffed(tmp_path, "def f(rel_model, b=None): pass\n", new)
    assert "new required parameter 'model'" in found[("signature_changed", "demo.f")].detail
