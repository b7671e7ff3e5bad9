"""False claims left by the last round (leftover42): each class on its pinned real example, on a synthetic case,
and with a sibling that must stay as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.model import Surface
from bot.apidiff.release import surface_of
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a star import made in one arm of an undecided `if`, over an earlier binding: which one users get is unknown --


def test_numba_types_bound_by_either_arm_of_the_legacy_type_system_flag() -> None:
    # 0.61.0: `from .scalars import *` (scalars.py puts `_RedirectSubpackage(locals(), "...old_scalars")` in its own
    # place by default), then `else: from .new_scalars import *` under `NUMBA_USE_LEGACY_TYPE_SYSTEM=0` only
    found = changes("numba", "0.60.0", "0.61.0")
    for symbol in ("numba.Integer", "numba.core.types.Integer", "numba.Complex", "numba.Integer.cast_python_value"):
        assert ("signature_changed", symbol) not in found
    for symbol in ("numba.Integer.bitwidth", "numba.Integer.maxval", "numba.Complex.underlying_float"):
        assert ("removed", symbol) not in found
    # sibling: a method really gone from a class bound once is still claimed
    assert ("removed", "numba.core.typing.BaseContext.resolve_argument_type") in found


_SCALARS = (
    "class Integer:\n    bitwidth = 8\n    def __init__(self, name, bitwidth):\n        pass\n"
    "class Only:\n    def keep(self):\n        pass\n    def drop(self):\n        pass\n"
)
_NEW_SCALARS = (
    "class Integer:\n    def __init__(self, name):\n        pass\n"
    "class Only:\n    def keep(self):\n        pass\n"
)
_REDIRECT = (
    "import sys\nfrom . import config\nfrom ._utils import Redirect\n"
    "if config.LEGACY:\n    sys.modules[__name__] = Redirect(locals(), 'demo.old_scalars')\n"
    "else:\n    sys.modules[__name__] = Redirect(locals(), 'demo.new_scalars')\n"
)
_ARMS = "from . import config\nfrom .scalars import *\nif {test}:\n    x = 1\nelse:\n    from .new_scalars import *\n"


@pytest.mark.parametrize("redirect", [False, True])
def test_a_star_import_of_one_undecided_arm_leaves_the_name_undecided(tmp_path: Path, redirect: bool) -> None:
    old = {"demo/__init__.py": "from .scalars import *\n", "demo/scalars.py": _SCALARS}
    new = {
        "demo/__init__.py": _ARMS.format(test="config.LEGACY"),
        "demo/config.py": "LEGACY = 1\n",
        "demo/_utils.py": "class Redirect:\n    pass\n",
        "demo/scalars.py": _REDIRECT if redirect else _SCALARS.replace("class Only", "class Other"),
        "demo/old_scalars.py": _SCALARS,
        "demo/new_scalars.py": _NEW_SCALARS,
    }
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Integer") not in found
    assert ("removed", "demo.Integer.bitwidth") not in found
    if not redirect:
        # sibling: a class only the one arm's star import binds is read from it, its lost method claimed
        assert ("removed", "demo.Only.drop") in found


_DECIDED = {
    "version": "import sys\nfrom .scalars import *\nif sys.version_info >= (3, 8):\n    from .new_scalars import *\n",
    "type_checking": "from typing import TYPE_CHECKING\nfrom .scalars import *\nif TYPE_CHECKING:\n    pass\n"
    "else:\n    from .new_scalars import *\n",
}


@pytest.mark.parametrize("test", sorted(_DECIDED))
def test_a_star_import_under_a_decided_test_is_read(tmp_path: Path, test: str) -> None:
    # sibling: `sys.version_info >= (3, 8)` holds on every supported Python, and the `else:` of `if TYPE_CHECKING:`
    # runs everywhere: that star import is what users get
    old = {"demo/__init__.py": "from .scalars import *\n", "demo/scalars.py": _SCALARS}
    new = {
        "demo/__init__.py": _DECIDED[test],
        "demo/scalars.py": _SCALARS,
        "demo/new_scalars.py": _NEW_SCALARS,
    }
    found = diffed(tmp_path, old, new)
    assert "parameter 'bitwidth' removed" in found[("signature_changed", "demo.Integer")].detail
    assert ("removed", "demo.Integer.bitwidth") in found


# -- a class whose metaclass `__call__` builds instances of its subclasses instead: their members are what users get --


def test_formulaic_formula_instances_are_simple_or_structured_formulae() -> None:
    # 1.1.0: `_FormulaMeta.__call__` returns `SimpleFormula([])`, `StructuredFormula(...)._simplify()` or
    # `cls.from_spec(...)`; both subclasses define (or inherit) `__getitem__`, `__len__`, `__iter__` ...
    found = changes("formulaic", "1.0.2", "1.1.0")
    for name in ("__getitem__", "__len__", "__iter__", "__contains__", "__setitem__"):
        assert ("removed", f"formulaic.Formula.{name}") not in found
    # sibling: a class attribute, read on the class itself, is still claimed
    assert ("removed", "formulaic.Formula.DEFAULT_PARSER") in found


_FRONT_OLD = (
    "class Formula:\n    DEFAULT = 1\n    def __init__(self, spec):\n        pass\n"
    "    def __len__(self):\n        return 0\n    def terms(self):\n        pass\n    def gone(self):\n        pass\n"
    "    @classmethod\n    def build(cls):\n        pass\n"
    "class Simple(Formula):\n    def extra(self):\n        pass\n"
)
_FRONT_NEW = (
    "class _Meta(type):\n    def __call__(cls, spec=None, **structure):\n        if cls is not Formula:\n"
    "            return super().__call__(spec)\n        if structure:\n"
    "            return Structured(spec, **structure).simplify()\n        return Simple(spec)\n"
    "class Formula(metaclass=_Meta):\n    pass\n"
    "class Simple(Formula):\n    def __init__(self, spec):\n        pass\n    def __len__(self):\n        return 0\n"
    "    def terms(self):\n        pass\n"
    "class Structured(Formula):\n    def __init__(self, spec, **structure):\n        pass\n"
    "    def __len__(self):\n        return 0\n    def terms(self):\n        pass\n    def simplify(self):\n"
    "        return self\n"
)


def test_members_kept_by_every_subclass_the_metaclass_call_builds(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FRONT_OLD}, {"demo/__init__.py": _FRONT_NEW})
    assert ("removed", "demo.Formula.__len__") not in found
    assert ("removed", "demo.Formula.terms") not in found
    # siblings: what no built class has, what is reached through the class, and a built class's own loss stay claimed
    for symbol in ("demo.Formula.gone", "demo.Formula.build", "demo.Formula.DEFAULT", "demo.Simple.extra"):
        assert ("removed", symbol) in found


# -- a wrapper naming positional arguments by a literal list (with a warning), and shifting renamed keywords --


def test_scikit_image_compare_images_still_takes_method_by_position_and_the_old_keywords() -> None:
    # 0.24.0: `@_rename_image_params` over `compare_images(image0, image1, *, method="diff", n_tiles=(8, 8))`; the
    # wrapper maps `zip(args, ["image0", "image1", "method", "n_tiles"])`, warning from the third on, and moves
    # `image1` -> `image0`, `image2` -> `image1` (0.23.2: `compare_images(image1, image2, method="diff", *, ...)`)
    found = changes("scikit-image", "0.23.2", "0.24.0")
    assert ("signature_changed", "skimage.util.compare_images") not in found
    deprecated = found[("deprecated", "skimage.util.compare_images")]
    assert deprecated.signature is not None and "method" in deprecated.signature.positional_deprecated
    assert "image2" in deprecated.signature.deprecated_parameters


_NAMING = (
    "import functools\nimport warnings\n\n"
    "def _named(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n"
    "        for i, (value, param) in enumerate(zip(args, {names})):\n"
    "            if i >= 2:\n                warnings.warn('keyword-only soon', FutureWarning)\n"
    "            if param in kwargs:\n                raise ValueError(param)\n"
    "            kwargs[param] = value\n"
    "        if 'image2' in kwargs:\n            warnings.warn('renamed', FutureWarning)\n"
    "            if 'image1' in kwargs:\n                kwargs['image0'] = kwargs.pop('image1')\n"
    "            kwargs['image1'] = kwargs.pop('image2')\n"
    "        args = ()\n        return func(*args, **kwargs)\n    return wrapper\n\n"
)
_COMPARE_OLD = "def compare(image1, image2, method='diff', *, tiles=8):\n    pass\n"
_COMPARE_NEW = "@_named\ndef compare(image0, image1, *, method='diff', tiles=8):\n    pass\n"


def test_a_literal_list_naming_positional_arguments_keeps_them_positional(tmp_path: Path) -> None:
    names = "['image0', 'image1', 'method', 'tiles']"
    old = {"demo/__init__.py": _COMPARE_OLD}
    new = {"demo/__init__.py": _NAMING.format(names=names) + _COMPARE_NEW}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.compare") not in found
    signature = found[("deprecated", "demo.compare")].signature
    assert signature is not None and "method" in signature.positional_deprecated
    assert "image2" in signature.deprecated_parameters


def test_a_literal_list_naming_other_parameters_keeps_the_claim(tmp_path: Path) -> None:
    # sibling: a list that is not the function's parameters in order says nothing about its slots
    names = "['image1', 'image0', 'method', 'tiles']"
    old = {"demo/__init__.py": _COMPARE_OLD}
    new = {"demo/__init__.py": _NAMING.format(names=names) + _COMPARE_NEW}
    assert "'method' is now keyword-only" in diffed(tmp_path, old, new)[("signature_changed", "demo.compare")].detail


def test_renamed_keywords_without_the_shifting_wrapper_stay_claimed(tmp_path: Path) -> None:
    # sibling: the same rename with no wrapper taking the old keywords breaks keyword callers
    old = {"demo/__init__.py": _COMPARE_OLD}
    new = {"demo/__init__.py": _COMPARE_NEW.replace("@_named\n", "")}
    detail = diffed(tmp_path, old, new)[("signature_changed", "demo.compare")].detail
    assert "'method' is now keyword-only" in detail and "'image0' moved from slot 1 to 0" in detail


# -- `*args[1:]` handed on (the first argument taken elsewhere): what calls the lost variadics took is not read --


def test_uncertainties_ufloat_format_handed_all_but_self_to_format() -> None:
    # 3.2.2: `def format(*args, **kwargs): return args[0].__format__(*args[1:], **kwargs)`; 3.2.3:
    # `def format(self, format_spec)`: the same calls work, which the engine cannot tell
    change = changes("uncertainties", "3.2.2", "3.2.3")[("signature_changed", "uncertainties.UFloat.format")]
    assert change.detail.endswith("were handed on to could not be followed: lower confidence")


_SLICED = "class Number:\n    def __format__(self, spec):\n        return ''\n{}"


def test_a_sliced_varargs_hand_off_is_lost_with_lower_confidence(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": _SLICED.format(
            "    def format(*args, **kwargs):\n        return args[0].__format__(*args[1:], **kwargs)\n"
            "    def count(*args, **kwargs):\n        return len(args)\n"
        )
    }
    new = {
        "demo/__init__.py": _SLICED.format(
            "    def format(self, spec):\n        return ''\n    def count(self, spec):\n        return 1\n"
        )
    }
    found = diffed(tmp_path, old, new)
    assert found[("signature_changed", "demo.Number.format")].detail.endswith("lower confidence")
    # sibling: variadics handed nowhere are lost for sure
    assert not found[("signature_changed", "demo.Number.count")].detail.endswith("lower confidence")


# -- witnesses: a deprecated property is read on an instance; a pydantic model's required fields get no `None` --

_PROPERTY_OLD = (
    "class Config:\n    def __init__(self, path):\n        self._path = path\n"
    "    @property\n    def old_path(self):\n        return self._path\n"
    "    @property\n    def name(self):\n        return 'config'\n"
)
_PROPERTY_NEW = (
    "import warnings\n\nclass Config:\n    def __init__(self, path):\n        self._path = path\n"
    "    @property\n    def old_path(self):\n        warnings.warn('use path', DeprecationWarning)\n"
    "        return self._path\n"
    "    @property\n    def name(self):\n        warnings.warn('gone soon', DeprecationWarning)\n"
    "        return 'config'\n"
)


def _witnessed(tmp_path: Path, old: str, new: str, *deps: Surface) -> tuple[dict[str, str], Path, Path]:
    old_root, new_root = build(tmp_path / "old", old), build(tmp_path / "new", new)
    found = diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"), deps)
    return {f"{c.breakage} {c.symbol}": c.witness for c in found}, old_root, new_root


def test_a_deprecated_property_witness_runs_the_getter(tmp_path: Path) -> None:
    witnesses, old_root, new_root = _witnessed(tmp_path, _PROPERTY_OLD, _PROPERTY_NEW)
    # one getter reads what the constructor set, the other nothing: both warn first, so both are shown
    for symbol in ("pkg.Config.old_path", "pkg.Config.name"):
        witness = witnesses[f"deprecated_added {symbol}"]
        assert run(witness, old_root).returncode == 0, witness
        assert "DeprecationWarning" in run(witness, new_root).stderr, witness


_MODEL_OLD = (
    "from pydantic import BaseModel\n\nclass Settings(BaseModel):\n    url: str\n    retries: int = 3\n"
    "    timeout: float = 1.0\n"
)
_MODEL_NEW = "from pydantic import BaseModel\n\nclass Settings(BaseModel):\n    url: str\n    retries: int = 3\n"
_PLAIN_OLD = "class Client:\n    def __init__(self, url):\n        self.url = url\n        self.jar = {}\n"
_PLAIN_NEW = "class Client:\n    def __init__(self, url):\n        self.url = url\n"


def test_no_witness_passes_none_to_a_required_pydantic_field(tmp_path: Path) -> None:
    pytest.importorskip("pydantic")
    witnesses, old_root, _ = _witnessed(tmp_path, _MODEL_OLD, _MODEL_NEW, pinned_surface("pydantic", "2.11.0"))
    witness = witnesses["instance_attribute_removed pkg.Settings.timeout"]
    assert witness == "" or run(witness, old_root).returncode == 0, witness


def test_a_plain_class_instance_attribute_witness_stays(tmp_path: Path) -> None:
    # sibling: a constructor None satisfies still builds the instance the witness reads
    witnesses, old_root, new_root = _witnessed(tmp_path, _PLAIN_OLD, _PLAIN_NEW)
    witness = witnesses["instance_attribute_removed pkg.Client.jar"]
    assert run(witness, old_root).returncode == 0 and run(witness, new_root).returncode != 0, witness
