"""False claims found by hunt44a on systems, networking, task-queue and serialization libraries nobody tuned on:
each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a package putting another package's modules in `sys.modules` under its own name: what it holds is unknown --


def test_elasticsearch_dsl_8_18_shim_is_no_removal_of_the_whole_package() -> None:
    # 8.18.0's `__init__.py`: `from elasticsearch import dsl`, then for every loaded `elasticsearch.dsl*` module
    # `sys.modules[mod.replace("elasticsearch.dsl", "elasticsearch_dsl")] = sys.modules[mod]`
    found = changes("elasticsearch-dsl", "8.17.1", "8.18.0")
    for path in ("elasticsearch_dsl.Search", "elasticsearch_dsl.Q", "elasticsearch_dsl.query", "elasticsearch_dsl.utils"):
        assert ("removed", path) not in found
    assert not [key for key in found if key[0] == "removed"]


_OLD = {
    "demo/__init__.py": "from demo.query import Q\nVERSION = 1\n",
    "demo/query.py": "class Q:\n    pass\n",
    "demo/util.py": "def helper():\n    return 1\n",
}
_RENAMING = """import sys

from other import dsl

for mod in [name for name in sys.modules if name.startswith("other.dsl")]:
    sys.modules[mod.replace("other.dsl", {into})] = sys.modules[mod]
VERSION = 2
"""


def test_renamed_modules_under_the_package_leave_it_and_its_submodules_unclaimed(tmp_path: Path) -> None:
    found = diffed(tmp_path / "own", _OLD, {"demo/__init__.py": _RENAMING.format(into='"demo"')})
    assert not [key for key in found if key[0] == "removed"]
    found = diffed(tmp_path / "name", _OLD, {"demo/__init__.py": _RENAMING.format(into="__name__")})
    assert not [key for key in found if key[0] == "removed"]


def test_renamed_modules_under_a_subpackage_or_a_computed_key_still_lose_the_rest(tmp_path: Path) -> None:
    # siblings: renamed into `demo.compat` only, what `demo` itself and `demo.query` lost is still claimed; a key
    # computed otherwise (`sys.modules[name] = ...`) names nothing known
    found = diffed(tmp_path / "sub", _OLD, {"demo/__init__.py": _RENAMING.format(into='"demo.compat"')})
    assert ("removed", "demo.Q") in found
    assert ("removed", "demo.query") in found
    computed = "import sys\n\nfor name in list(sys.modules):\n    sys.modules[name.upper()] = sys.modules[name]\nVERSION = 2\n"
    found = diffed(tmp_path / "computed", _OLD, {"demo/__init__.py": computed})
    assert ("removed", "demo.Q") in found
    assert ("removed", "demo.query") in found


# -- a global a function binds when a function the module's top level calls calls it in turn --


def test_ciscoconfparse_dunders_bound_by_a_call_of_a_top_level_call_are_not_removed() -> None:
    # 1.6.53: top-level `initialize_ciscoconfparse()` calls `initialize_globals()`, which declares `global __version__`
    # (and `__author__`, ...) and assigns them: `ciscoconfparse.ciscoconfparse.__version__` is there once imported
    found = changes("ciscoconfparse", "1.5.51", "1.6.53")
    for name in ("__version__", "__author__", "__author_email__", "__copyright__", "__license__", "__status__"):
        assert ("removed", f"ciscoconfparse.ciscoconfparse.{name}") not in found
    # siblings: `from ciscoconfparse.ciscoconfparse import *` (no `__all__`) skips underscored names, so the package's
    # own `__version__` is gone; `metadata_dict`, a top-level global of 1.5, is bound nowhere in 1.6
    assert ("removed", "ciscoconfparse.__version__") in found
    assert ("removed", "ciscoconfparse.ciscoconfparse.metadata_dict") in found


_GLOBALS_OLD = {"demo/__init__.py": 'VERSION = "1"\nAUTHOR = "me"\n'}
_GLOBALS_NEW = """def _fill():
    global VERSION, AUTHOR
    VERSION = "1"
    AUTHOR = "me"


def _setup():
    _fill()


def _unused():
    _fill()


{call}
"""


def test_a_global_bound_by_a_call_of_a_top_level_call_is_bound_on_import(tmp_path: Path) -> None:
    found = diffed(tmp_path / "called", _GLOBALS_OLD, {"demo/__init__.py": _GLOBALS_NEW.format(call="_setup()")})
    assert ("removed", "demo.VERSION") not in found
    assert ("removed", "demo.AUTHOR") not in found


def test_a_global_bound_only_by_functions_the_module_never_calls_is_still_lost(tmp_path: Path) -> None:
    # sibling: nothing at the top level calls `_setup` or `_unused`: importing the module binds neither name
    found = diffed(tmp_path / "uncalled", _GLOBALS_OLD, {"demo/__init__.py": _GLOBALS_NEW.format(call="")})
    assert ("removed", "demo.VERSION") in found
    assert ("removed", "demo.AUTHOR") in found


# -- a decorator's docstring is no code: an example of a pass-through wrapper in it keeps no signature --


def test_dynaconf_vendored_make_pass_decorator_was_a_factory_in_both_releases() -> None:
    # 3.1.12's copy hands on `*(D)` and its docstring shows `ctx.invoke(f, obj, *args, **kwargs)` and
    # `update_wrapper(new_func, f)`; 3.2.13's differs only by `*D`
    found = changes("dynaconf", "3.1.12", "3.2.13")
    assert ("signature_changed", "dynaconf.vendor.click.make_pass_decorator") not in found
    assert ("signature_changed", "dynaconf.vendor.click.decorators.make_pass_decorator") not in found
    assert ("signature_changed", "dynaconf.utils.find_the_correct_casing") in found  # sibling: a true rename


_FACTORY = '''from functools import update_wrapper


def make_decorator(kind):
    """Makes a decorator, roughly::

        def decorator(f):
            def new_func(*args, **kwargs):
                return f(*args, **kwargs)
            return update_wrapper(new_func, f)
        return decorator
    """
    def decorator(f):
        def new_func(*args, **kwargs):
            return invoke(f, kind, {spread}, **kwargs)
        return update_wrapper(new_func, f)
    return decorator


def invoke(f, kind, *args, **kwargs):
    return f(*args, **kwargs)
'''
_BARE = '''from functools import wraps


def make_decorator(f):
    @wraps(f)
    def new_func(*args, **kwargs):
        return f(*args, **kwargs)
    return new_func
'''


def test_a_pass_through_shown_in_a_docstring_makes_no_bare_decorator(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _FACTORY.format(spread="*(args)")}
    found = diffed(tmp_path / "doc", old, {"demo/__init__.py": _FACTORY.format(spread="*args")})
    assert ("signature_changed", "demo.make_decorator") not in found


def test_a_bare_decorator_in_code_turned_factory_is_still_claimed(tmp_path: Path) -> None:
    # sibling: the pass-through is the body's own code: `@make_decorator` worked, now it must be `@make_decorator()`
    found = diffed(tmp_path / "bare", {"demo/__init__.py": _BARE}, {"demo/__init__.py": _FACTORY.format(spread="*args")})
    change = found.get(("signature_changed", "demo.make_decorator"))
    assert change is not None and "decorator_to_factory" in change.breakages
