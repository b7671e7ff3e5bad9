"""False reports and misses found on documented breaking releases of popular pure-Python libraries the engine was
never tuned on (pytest 6.2→7.0, semver 2→3, …): each class on its pinned real example and on a synthetic sibling,
with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes, removed


def _package_diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], object]:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- a member the release gives a class by name from another module (`mp.setattr(Cache, "makedir", f)`) is there --


def test_pytest_7_keeps_the_members_its_legacypath_plugin_sets() -> None:
    found = changes("pytest", "6.2.5", "7.0.0")
    # `_pytest.legacypath` sets them from its `pytest_load_initial_conftests` hook: every pytest run has them
    assert not {"pytest.Cache.makedir", "pytest.FixtureRequest.fspath", "pytest.Session.startdir"} & removed(found)
    assert {"pytest.Pytester.Session", "pytest.Testdir.Session"} <= removed(found)  # gone for good: kept


def test_member_set_by_name_from_another_module(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .cache import Cache\n",
           "demo/cache.py": "class Cache:\n    def get(self):\n        pass\n\n    def makedir(self):\n        pass\n"}
    lean = "class Cache:\n    def get(self):\n        pass\n"
    plugin = ("from .cache import Cache\n\ndef _makedir(self):\n    pass\n\n"
              "def hook(mp):\n    mp.setattr(Cache, \"makedir\", _makedir, raising=False)\n")
    found = _package_diff(tmp_path, old, {"demo/__init__.py": "from .cache import Cache\n", "demo/cache.py": lean,
                                          "demo/legacy.py": plugin})
    assert ("removed", "demo.Cache.makedir") not in found
    other = plugin.replace('"makedir"', '"mkdir"')
    gone = _package_diff(tmp_path / "gone", old, {"demo/__init__.py": "from .cache import Cache\n",
                                                  "demo/cache.py": lean, "demo/legacy.py": other})
    assert ("removed", "demo.Cache.makedir") in gone  # another name set: the member is still lost


# -- a module global made by calling the package's deprecation wrapper on a callable (`f = deprecated(g)`) --


def test_semver_3_deprecates_the_cli_functions_left_at_the_top_level() -> None:
    found = changes("semver", "2.13.0", "3.0.0")
    # `cmd_bump = deprecated(cli.cmd_bump, replace="semver.cli.cmd_bump", version="3.0.0")` in `semver._deprecated`:
    # the wrapper warns `warnings.warn_explicit(..., category=category)`, `category=DeprecationWarning` by default
    cli = {"cmd_bump", "cmd_check", "cmd_compare", "cmd_nextver", "createparser", "process", "main"}
    assert {f"semver.{name}" for name in cli} <= {s for (k, s) in found if k == "deprecated"}
    assert {"semver.VersionInfo.isvalid", "semver.cmp"} <= removed(found)  # renamed to is_valid, dropped: kept


_FACTORY = '''import warnings
from functools import partial, wraps


def deprecated(func=None, *, replace=None, category=DeprecationWarning):
    if func is None:
        return partial(deprecated, replace=replace, category=category)

    @wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn_explicit("use {} instead".format(replace), category=category, filename="", lineno=0)
        return func(*args, **kwargs)

    return wrapper


def decorates(reason):
    def decorator(func):
        def wrapper(*args, **kwargs):
            warnings.warn(reason, DeprecationWarning)
            return func(*args, **kwargs)
        return wrapper
    return decorator


def _bump(args):
    return args
'''


def test_module_global_wrapped_by_a_deprecation_factory(tmp_path: Path) -> None:
    from tests.test_apidiff_unseen3 import diffed

    old = "def bump(args):\n    return args\n\nlater = None\nreason = None\n"
    new = _FACTORY + "\nbump = deprecated(_bump, replace='demo.cli.bump')\nlater = deprecated(replace='x')\n" \
        "reason = decorates(_bump)\n"
    found = diffed(tmp_path, old, new)
    assert ("deprecated", "demo.bump") in found
    assert ("deprecated", "demo.later") not in found  # no callable handed: a decorator (a partial), not deprecated
    assert ("deprecated", "demo.reason") not in found  # a decorator factory: what it returns is no warning wrapper
    quiet = _FACTORY.replace("category=DeprecationWarning", "category=UserWarning")
    plain = diffed(tmp_path / "plain", old, quiet + "\nbump = deprecated(_bump, replace='demo.cli.bump')\n")
    assert ("deprecated", "demo.bump") not in plain  # the wrapper warns, but no deprecation


# -- a top-level module served by an import hook a `.pth` file of the release installs at start-up --


def test_python_multipart_0_0_13_still_serves_import_multipart() -> None:
    from bot.apidiff.claims import unclaimed_classes
    from tests.test_apidiff_releases import pinned_surface

    found = changes("python-multipart", "0.0.12", "0.0.13")
    # `_python_multipart.pth` imports `_python_multipart_loader`, whose finder answers "multipart" with the new package
    assert not {s for (k, s) in found if k == "removed" and (s == "multipart" or s.startswith("multipart."))}
    # the finder warns `FutureWarning("Please use `import python_multipart` instead.")` when it serves the old name
    assert found["deprecated", "multipart"].hint == "Please use `import python_multipart` instead"
    notes = unclaimed_classes(pinned_surface("python-multipart", "0.0.12"), pinned_surface("python-multipart", "0.0.13"))
    assert any(note.startswith("multipart: served at run time by the import hook _python_multipart_loader") for note in notes)


_LOADER = '''import importlib
import importlib.abc
import importlib.util
import sys


class CompatFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname != "oldname":
            return None
        sys.modules["oldname"] = importlib.import_module("newname")
        return importlib.util.find_spec("newname")


sys.meta_path.insert(0, CompatFinder())
'''


def test_module_served_by_a_startup_import_hook(tmp_path: Path) -> None:
    old = {"oldname/__init__.py": "def parse(data):\n    return data\n"}
    new = {"newname/__init__.py": "def parse(data):\n    return data\n", "_loader.py": _LOADER,
           "_compat.pth": "import _loader\n"}
    found = _package_diff(tmp_path, old, new)
    assert not {s for (k, s) in found if k == "removed" and s.startswith("oldname")}
    assert ("deprecated", "oldname") not in found  # served without a warning
    warned = _LOADER.replace("        sys.modules[", "        warnings.warn('use newname instead', FutureWarning)\n"
                                                   "        sys.modules[").replace("import sys\n", "import sys\nimport warnings\n")
    loud = _package_diff(tmp_path / "loud", old, {**new, "_loader.py": warned})
    assert ("deprecated", "oldname") in loud
    unhooked = _package_diff(tmp_path / "unhooked", old, {**new, "_compat.pth": "# no import line\n"})
    assert ("removed", "oldname") in unhooked  # the loader never runs: `import oldname` fails
    other = _package_diff(tmp_path / "other", old, {**new, "_loader.py": _LOADER.replace('"oldname"', '"elsewhere"')})
    assert ("removed", "oldname") in other  # the hook serves another name


# -- `COLUMNS`, read by a vendored argparse the release dropped, is still read by the stdlib parser it now uses --


def test_gunicorn_20_still_honours_columns_through_the_stdlib_argparse() -> None:
    found = changes("gunicorn", "19.9.0", "20.0.0")
    # 19.9 read it in `gunicorn.argparse_compat` (a copy of argparse); 20.0 builds `argparse.ArgumentParser(...)`
    assert ("env_var_removed", "env:COLUMNS") not in found
    assert {"gunicorn.workers.gaiohttp", "gunicorn.argparse_compat"} <= removed(found)  # documented: kept


def test_columns_read_by_the_help_formatter_of_a_stdlib_parser(tmp_path: Path) -> None:
    from tests.test_apidiff_unseen3 import diffed

    old = "import os\n\ndef width():\n    return int(os.environ['COLUMNS'])\n"
    new = "import argparse\n\ndef parser():\n    return argparse.ArgumentParser(prog='demo')\n"
    assert ("env_var_removed", "env:COLUMNS") not in diffed(tmp_path, old, new)
    plain = diffed(tmp_path / "plain", old, "def width():\n    return 80\n")
    assert ("env_var_removed", "env:COLUMNS") in plain  # nothing reads it any more


# -- `warnings.warn(NAME)` where NAME holds a warning instance of a deprecation class, and shims chained --


def test_pytest_7_deprecates_pytest_instance_through_two_module_getattrs() -> None:
    found = changes("pytest", "6.2.5", "7.0.0")
    # `pytest.__getattr__` imports `_pytest.python.Instance`, whose module `__getattr__` warns
    # `warnings.warn(INSTANCE_COLLECTOR, 2)`, `INSTANCE_COLLECTOR = PytestRemovedIn8Warning(...)` in `_pytest.deprecated`
    assert ("deprecated", "pytest.Instance") in found


def test_warning_held_by_a_module_global(tmp_path: Path) -> None:
    warning = ("import warnings\n\nclass LibDeprecationWarning(DeprecationWarning):\n    pass\n\n"
               "OLD_CALL = LibDeprecationWarning('use new() instead')\nNOTICE = UserWarning('slow')\n")
    old = {"demo/__init__.py": "def old():\n    return 1\n\ndef slow():\n    return 2\n"}
    new = {"demo/_warnings.py": warning,
           "demo/__init__.py": "import warnings\nfrom ._warnings import OLD_CALL, NOTICE\n\n"
                               "def old():\n    warnings.warn(OLD_CALL, stacklevel=2)\n    return 1\n\n"
                               "def slow():\n    warnings.warn(NOTICE)\n    return 2\n"}
    found = _package_diff(tmp_path, old, new)
    assert ("deprecated", "demo.old") in found
    assert ("deprecated", "demo.slow") not in found  # a UserWarning instance: no deprecation
    chained = {"demo/_impl.py": "import warnings\nfrom ._warnings import OLD_CALL\n\ndef __getattr__(name):\n"
                                "    if name == 'Old':\n        warnings.warn(OLD_CALL, 2)\n        return int\n"
                                "    raise AttributeError(name)\n",
               "demo/_warnings.py": warning,
               "demo/__init__.py": "def __getattr__(name):\n    if name == 'Old':\n"
                                   "        from ._impl import Old\n        return Old\n    raise AttributeError(name)\n"}
    via = _package_diff(tmp_path / "via", {"demo/__init__.py": "class Old:\n    pass\n"}, chained)
    assert ("deprecated", "demo.Old") in via
    quiet = {**chained, "demo/_impl.py": chained["demo/_impl.py"].replace("warnings.warn(OLD_CALL, 2)\n        ", "")}
    assert ("deprecated", "demo.Old") not in _package_diff(tmp_path / "quiet", {"demo/__init__.py": "class Old:\n    pass\n"}, quiet)


# -- a deprecation decorator applied by a call, not by `@` (`old = deprecated("use new")(new)`) --


def test_scikit_learn_0_21_deprecates_the_nose_assertions() -> None:
    found = changes("scikit-learn", "0.20.4", "0.21.3")
    # `assert_true = deprecated(deprecation_message)(_dummy.assertTrue)` in `sklearn.utils.testing`
    assert {"sklearn.utils.testing.assert_true", "sklearn.utils.testing.assert_false"} <= {
        s for (k, s) in found if k == "deprecated"}
    assert ("deprecated", "sklearn.utils.testing.assert_equal") not in found  # still `_dummy.assertEqual`


def test_deprecation_decorator_applied_by_a_call(tmp_path: Path) -> None:
    from tests.test_apidiff_unseen3 import diffed

    old = "def new(x):\n    return x\n\ndef old(x):\n    return x\n\nclass Box:\n    def get(self):\n        pass\n"
    new = ("from typing_extensions import deprecated\n\ndef new(x):\n    return x\n\n"
           "old = deprecated('use new() instead')(new)\n\nclass Box:\n    def fetch(self):\n        pass\n\n"
           "    get = deprecated('use fetch() instead')(fetch)\n")
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.old"].detail == "use new() instead"
    assert found["deprecated", "demo.Box.get"].detail == "use fetch() instead"
    plain = diffed(tmp_path / "plain", old, new.replace("deprecated(", "lru_cache(").replace(
        "from typing_extensions import deprecated", "from functools import lru_cache"))
    assert not {s for (k, s) in plain if k == "deprecated"}  # another decorator applied so: nothing deprecated
