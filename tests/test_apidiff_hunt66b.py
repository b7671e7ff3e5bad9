"""False claims hunted on the newest releases of libraries never measured, second sweep (hunt66b)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.model import Surface
from bot.apidiff.release import surface_of
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a decorator whose name only starts with "future" (a default that will change) makes no future: the function
# it decorates is no coroutine --

_FUTURE_DEFAULT = '''def future_default(name, new):
    def decorate(func):
        return func
    return decorate


'''


def test_a_future_default_decorator_leaves_a_generator_plain(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def stream(path):\n    yield path\n"}
    new = {"demo/__init__.py": _FUTURE_DEFAULT + '@future_default("sr", 1)\ndef stream(path, sr=None):\n'
           "    yield path\n"}
    assert ("signature_changed", "demo.stream") not in diffed(tmp_path, old, new)


def test_a_return_future_decorator_still_makes_an_awaitable(tmp_path: Path) -> None:
    maker = "def return_future(func):\n    return func\n\n\n"
    old = {"demo/__init__.py": maker + "def fetch(url):\n    return url\n"}
    new = {"demo/__init__.py": maker + "@return_future\ndef fetch(url):\n    return url\n"}
    assert diffed(tmp_path, old, new)["signature_changed", "demo.fetch"].breakage == "sync_to_async"


def test_librosa_1_0_stream_is_no_async_generator() -> None:
    found = changes("librosa", "0.11.0", "1.0.1")
    assert ("signature_changed", "librosa.core.audio.stream") not in found
    assert ("removed", "librosa.beat.tempo") in found  # deprecated in 0.10, gone in 1.0


# -- a metaclass whose `__new__` puts another `__init__` into the namespace it builds the class from: calls reach
# the class's own `__init__` only through it, and what else it takes is not read --

_META = '''import warnings


class Validated(type):
    def __new__(mcs, name, bases, dct):
        if "__init__" in dct:
            original = dct["__init__"]

            def checked(self, *args, **kwargs):
                known = original.__code__.co_varnames[1:original.__code__.co_argcount]
                if any(k not in known for k in kwargs):
                    warnings.warn("not valid")
                original(self, *args, **{k: v for k, v in kwargs.items() if k in known})

            dct["__init__"] = checked
        return super().__new__(mcs, name, bases, dct)


'''


def test_a_metaclass_replacing_init_in_the_namespace_makes_a_lost_keyword_unsure(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _META + "class Blur(metaclass=Validated):\n"
           "    def __init__(self, limit=3, always_apply=None, p=0.5):\n        self.limit = limit\n"}
    new = {"demo/__init__.py": _META + "class Blur(metaclass=Validated):\n"
           "    def __init__(self, limit=3, p=0.5):\n        self.limit = limit\n"}
    detail = diffed(tmp_path, old, new)["signature_changed", "demo.Blur"].detail
    assert detail.endswith("lower confidence")


def test_a_metaclass_only_comparing_the_namespace_keeps_the_claim(tmp_path: Path) -> None:
    meta = ('class Plain(type):\n    def __new__(mcs, name, bases, dct):\n        if dct["__init__"] == None:\n'
            "            pass\n        return super().__new__(mcs, name, bases, dct)\n\n\n")
    old = {"demo/__init__.py": meta + "class Blur(metaclass=Plain):\n"
           "    def __init__(self, limit=3, always_apply=None):\n        self.limit = limit\n"}
    new = {"demo/__init__.py": meta + "class Blur(metaclass=Plain):\n"
           "    def __init__(self, limit=3):\n        self.limit = limit\n"}
    assert diffed(tmp_path, old, new)["signature_changed", "demo.Blur"].detail == "parameter 'always_apply' removed"


def test_albumentations_2_transforms_still_take_always_apply_with_a_warning() -> None:
    found = changes("albumentations", "1.4.24", "2.0.8")
    detail = found["signature_changed", "albumentations.ColorJitter"].detail
    assert "'always_apply'" in detail and detail.endswith("lower confidence")
    # positional arguments still bind by the class's own `__init__` order: a slot moved is claimed as before
    assert "positional parameter 'approximate' moved" in found["signature_changed", "albumentations.ElasticTransform"].detail


# -- an `*args` alone handed whole to the same-named method of a held object (a wrapper of one protocol): what it
# took is what that object takes, which no reader follows --

_BOX = "class Box:\n    def __init__(self):\n        self._dict = {}\n\n"


def test_a_delegated_varargs_lost_is_said_with_lower_confidence(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _BOX + "    def pop(self, /, *args):\n        return self._dict.pop(*args)\n"}
    new = {"demo/__init__.py": _BOX + "    def pop(self, key, default=None, /):\n"
           "        return self._dict.pop(key, default)\n"}
    detail = diffed(tmp_path, old, new)["signature_changed", "demo.Box.pop"].detail
    assert detail.startswith("parameter '*args' removed") and detail.endswith("lower confidence")


def test_varargs_handed_to_another_named_method_stay_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _BOX + "    def take(self, /, *args):\n        return self._dict.pop(*args)\n"}
    new = {"demo/__init__.py": _BOX + "    def take(self, key, /):\n        return self._dict.pop(key)\n"}
    assert diffed(tmp_path, old, new)["signature_changed", "demo.Box.take"].detail == "parameter '*args' removed"


def test_scipy_1_18_dok_array_pop_loss_of_args_is_unsure() -> None:
    found = changes("scipy", "1.17.1", "1.18.1")
    assert found["signature_changed", "scipy.sparse.dok_array.pop"].detail.endswith("lower confidence")
    assert ("removed", "scipy.cluster.hierarchy.int_floor") in found


# -- an `*args` an `if`/`elif` chain of `len(args) == N` tests ending in `else: raise` takes: no call passing fewer
# than the smallest N ever worked, so a parameter requiring the first of them loses no default --

_SUBS = ("class Basic:\n    def subs(self, *args, **kwargs):\n        if len(args) == 1:\n            seq = args[0]\n"
         "        elif len(args) == 2:\n            seq = [args]\n        else:\n"
         "            raise ValueError('one or two arguments')\n        return seq\n")


def test_a_len_chain_ending_in_raise_requires_its_fewest_arguments(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "class Basic:\n    def subs(self, arg1, arg2=None, **kwargs):\n        return arg1\n"}
    assert ("signature_changed", "demo.Basic.subs") not in diffed(tmp_path, {"demo/__init__.py": _SUBS}, new)


def test_a_len_chain_still_has_its_optional_arguments(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "class Basic:\n    def subs(self, arg1, arg2, **kwargs):\n        return arg1\n"}
    found = diffed(tmp_path, {"demo/__init__.py": _SUBS}, new)
    assert found["signature_changed", "demo.Basic.subs"].detail == "parameter 'arg2' lost its default"


def test_sympy_1_14_subs_requires_what_1_13_refused_to_go_without() -> None:
    found = changes("sympy", "1.13.3", "1.14.0")
    assert ("signature_changed", "sympy.Basic.subs") not in found
    assert ("signature_changed", "sympy.vector.BaseVector.equals") in found  # `failing_expression` removed


def test_a_metaclass_replacing_init_further_along_its_order_counts(tmp_path: Path) -> None:
    combined = _META + ("class Registered(type):\n    def __new__(mcs, name, bases, dct):\n"
                        "        return super().__new__(mcs, name, bases, dct)\n\n\n"
                        "class Combined(Registered, Validated):\n    pass\n\n\n")
    old = {"demo/__init__.py": combined + "class Base(metaclass=Combined):\n    pass\n\n\nclass Blur(Base):\n"
           "    def __init__(self, limit=3, always_apply=None):\n        self.limit = limit\n"}
    new = {"demo/__init__.py": combined + "class Base(metaclass=Combined):\n    pass\n\n\nclass Blur(Base):\n"
           "    def __init__(self, limit=3):\n        self.limit = limit\n"}
    assert diffed(tmp_path, old, new)["signature_changed", "demo.Blur"].detail.endswith("lower confidence")


# -- an sdist's in-tree build backend (`[build-system] backend-path`) and hatch's custom build hook run only to build
# it: no installed module, so a release building another way removes nothing --

_BACKEND = '[build-system]\nrequires = ["hatchling"]\nbackend-path = ["."]\nbuild-backend = "packager.pep517"\n\n' \
    '[project]\nname = "demo"\n\n[tool.hatch.build.targets.wheel.hooks.custom]\n'


def _sdist(tmp_path: Path, version: str, files: dict[str, str]) -> Surface:
    """The surface of an sdist `demo-<version>/` holding `files`."""
    for name, text in files.items():
        path = tmp_path / version / f"demo-{version}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return surface_of(tmp_path / version, "demo", version)


def test_an_in_tree_build_backend_is_no_module_of_the_release(tmp_path: Path) -> None:
    old = {"pyproject.toml": _BACKEND, "packager/__init__.py": "", "packager/pep517.py": "def build_wheel():\n    pass\n",
           "hatch_build.py": "class Hook:\n    pass\n", "demo/__init__.py": "X = 1\n"}
    new = {"pyproject.toml": '[project]\nname = "demo"\n', "demo/__init__.py": "X = 1\n"}
    found = diff_surfaces(_sdist(tmp_path, "1.0", old), _sdist(tmp_path, "2.0", new))
    assert not {c.symbol for c in found} & {"packager", "packager.pep517", "hatch_build"}


def test_a_backend_the_release_installs_itself_stays_its_api(tmp_path: Path) -> None:
    system = '[build-system]\nrequires = []\nbackend-path = ["."]\nbuild-backend = "demo.build"\n'
    old = {"pyproject.toml": system, "demo/__init__.py": "", "demo/build.py": "def build_wheel():\n    pass\n"}
    new = {"pyproject.toml": system, "demo/__init__.py": ""}
    found = diff_surfaces(_sdist(tmp_path, "1.0", old), _sdist(tmp_path, "2.0", new))
    assert "demo.build" in {c.symbol for c in found}


def test_xgboost_3_4_removes_no_build_helper() -> None:
    found = changes("xgboost", "3.3.0", "3.4.1")
    assert ("removed", "packager") not in found and ("removed", "hatch_build") not in found
    assert ("removed", "xgboost.testing.make_ltr") in found
