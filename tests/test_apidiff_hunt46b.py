"""False claims found by hunt46b on science, geo, astronomy, bio and finance libraries nobody tuned on: each class on
its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a renaming decorator whose inner def binds the factory's arguments by defaults (`old=old_param_name`) --


def test_pvlib_0_13_pvwatts_dc_still_takes_g_poa_effective() -> None:
    found = changes("pvlib", "0.12.0", "0.13.0")
    for path in ("pvlib.pvsystem.pvwatts_dc", "pvlib.pvsystem.PVSystem.pvwatts_dc", "pvlib.iotools.get_cams"):
        assert ("signature_changed", path) not in found
    assert found[("deprecated", "pvlib.pvsystem.pvwatts_dc")].detail == "deprecated parameter 'g_poa_effective'"
    assert ("deprecated", "pvlib.iotools.get_cams") in found  # `server` -> `url`, by keyword arguments
    # the sibling: `pvlib.ivtools.sdm` became a package that no longer imports `singlediode`
    assert ("removed", "pvlib.ivtools.sdm.singlediode") in found


def _renamer(bind: str, old: str, new: str) -> str:
    return (
        "import functools\nimport warnings\n\n\n"
        "def renamed_kwarg_warning(since, old_param_name, new_param_name, removal=''):\n"
        f"    def deprecate(func{bind}):\n"
        "        def wrapper(*args, **kwargs):\n"
        f"            if {old} in kwargs:\n"
        f"                if {new} in kwargs:\n"
        "                    raise ValueError('both given')\n"
        "                warnings.warn('renamed', FutureWarning)\n"
        f"                kwargs[{new}] = kwargs.pop({old})\n"
        "            return func(*args, **kwargs)\n\n"
        "        wrapper = functools.wraps(func)(wrapper)\n"
        "        return wrapper\n\n"
        "    return deprecate\n"
    )


OLD_DC = {"demo/__init__.py": "def dc(g_poa, temp):\n    return g_poa\n\n\ndef ac(power, eff):\n    return power\n"}


def _new_dc(bind: str, old: str, new: str) -> dict[str, str]:
    return {
        "demo/_deprecation.py": _renamer(bind, old, new),
        "demo/__init__.py": (
            "from demo._deprecation import renamed_kwarg_warning\n\n\n"
            "@renamed_kwarg_warning('2.0', 'g_poa', 'irradiance')\n"
            "def dc(irradiance, temp):\n    return irradiance\n\n\n"
            "@renamed_kwarg_warning('2.0', 'pdc', 'power')\n"
            "def ac(power, efficiency):\n    return power\n"
        ),
    }


def test_factory_arguments_bound_by_defaults_name_the_renamed_keyword(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_DC, _new_dc(", old=old_param_name, new=new_param_name", "old", "new"))
    assert ("signature_changed", "demo.dc") not in found
    assert found[("deprecated", "demo.dc")].detail == "deprecated parameter 'g_poa'"
    # the sibling: `eff` -> `efficiency` is no rename the decorator takes back (it renames `pdc`)
    assert "parameter 'eff' renamed" in found[("signature_changed", "demo.ac")].detail


def test_closure_names_still_read_without_defaults(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_DC, _new_dc("", "old_param_name", "new_param_name"))
    assert ("signature_changed", "demo.dc") not in found
    assert found[("deprecated", "demo.dc")].detail == "deprecated parameter 'g_poa'"
    assert "parameter 'eff' renamed" in found[("signature_changed", "demo.ac")].detail


def test_default_bound_to_a_literal_names_no_keyword(tmp_path: Path) -> None:
    # `old='since'` binds no factory argument: the wrapper reads a fixed key, not the one the call names
    found = diffed(tmp_path, OLD_DC, _new_dc(", old='g', new=new_param_name", "old", "new"))
    assert "parameter 'g_poa' renamed to 'irradiance'" in found[("signature_changed", "demo.dc")].detail


# -- a `**kwargs` bound against an `inspect.Signature` the body builds takes the keywords that signature names --


def test_metpy_1_6_dewpoint_from_specific_humidity_still_binds_its_keywords() -> None:
    found = changes("metpy", "1.5.1", "1.6.0")
    for path in ("metpy.calc.dewpoint_from_specific_humidity", "metpy.calc.thermo.dewpoint_from_specific_humidity"):
        assert ("signature_changed", path) not in found
        assert ("deprecated", path) in found  # passing `temperature` warns
    # the sibling: `plot_kwargs(data)` became `plot_kwargs(data, args)`
    assert "new required parameter 'args'" in found[("signature_changed", "metpy.plots.plot_kwargs")].detail


OLD_BOUND = {"demo/__init__.py": (
    "def dew(pressure, temperature, humidity):\n    return pressure\n\n\n"
    "def mix(pressure, temperature, ratio):\n    return pressure\n\n\n"
    "def rh(pressure, temperature, dew):\n    return pressure\n")}
NEW_BOUND = {"demo/__init__.py": (
    "import inspect\nfrom inspect import Parameter, Signature, signature\n\n\n"
    "def dew(*args, **kwargs):\n"
    "    sig = Signature([Parameter('pressure', Parameter.POSITIONAL_OR_KEYWORD),\n"
    "                     Parameter('temperature', Parameter.POSITIONAL_OR_KEYWORD),\n"
    "                     Parameter('humidity', Parameter.POSITIONAL_OR_KEYWORD)])\n"
    "    try:\n        bound = sig.bind(*args, **kwargs)\n"
    "    except TypeError:\n        sig = signature(_dew)\n        bound = sig.bind(*args, **kwargs)\n"
    "    return _dew(bound.arguments['pressure'], bound.arguments['humidity'])\n\n\n"
    "def _dew(pressure, humidity):\n    return pressure\n\n\n"
    "def mix(*args, **kwargs):\n"
    "    sig = Signature([Parameter('pressure', Parameter.POSITIONAL_OR_KEYWORD),\n"
    "                     Parameter('ratio', kind=Parameter.KEYWORD_ONLY)])\n"
    "    return sig.bind(*args, **kwargs).arguments['pressure']\n\n\n"
    "def rh(*args, **kwargs):\n"
    "    return inspect.signature(_rh).bind(*args, **kwargs).arguments['pressure']\n\n\n"
    "def _rh(pressure, dew):\n    return pressure\n")}


def test_keywords_a_built_signature_binds_are_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_BOUND, NEW_BOUND)
    assert ("signature_changed", "demo.dew") not in found
    # the siblings: a keyword no signature the body binds spells is refused (TypeError)
    assert found[("signature_changed", "demo.mix")].detail == "parameter 'temperature' removed"
    assert found[("signature_changed", "demo.rh")].detail.startswith("parameter 'temperature' removed")


# -- an enum with members is called to look one up: what its own `__new__` takes is no caller's --


def test_pyvista_0_46_cell_type_constructor_is_no_call() -> None:
    found = changes("pyvista", "0.45.3", "0.46.0")
    for path in ("pyvista.CellType", "pyvista.core.CellType", "pyvista.core.celltype.CellType"):
        assert ("signature_changed", path) not in found
    # the sibling: a plain class's parameter annotation narrowed stays claimed
    assert "name annotation changed" in found[("signature_changed", "pyvista.plotting.Label")].detail


def _enums(members: str) -> dict[str, str]:
    return {"demo/__init__.py": (
        "import enum\n\n\n"
        "class Kind(enum.IntEnum):\n"
        "    def __new__(cls, value, doc=None):\n"
        "        obj = int.__new__(cls, value)\n        obj._value_ = value\n        return obj\n\n"
        f"{members}\n\n"
        "class Plain:\n    def __init__(self, value, doc=None):\n        self.value = value\n")}


NEW_ENUMS = {"demo/__init__.py": (
    "import enum\n\n\n"
    "class Kind(enum.IntEnum):\n"
    "    def __new__(cls, value):\n"
    "        obj = int.__new__(cls, value)\n        obj._value_ = value\n        return obj\n\n"
    "    A = 1\n    B = 2\n\n\n"
    "class Plain:\n    def __init__(self, value):\n        self.value = value\n")}


def test_enum_with_members_constructor_change_is_no_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, _enums("    A = 1, 'first'\n    B = 2, 'second'\n"), NEW_ENUMS)
    assert ("signature_changed", "demo.Kind") not in found
    assert found[("signature_changed", "demo.Plain")].detail == "parameter 'doc' removed"  # the sibling


def test_enum_without_members_constructor_change_stays_claimed(tmp_path: Path) -> None:
    # a base enum: its subclasses' members are built by its `__new__`, `A = 1, 'first'` passing `doc`
    found = diffed(tmp_path, _enums("    pass\n"), NEW_ENUMS)
    assert found[("signature_changed", "demo.Kind")].detail == "parameter 'doc' removed"


# -- `os.environ.setdefault(...)` as a statement gives a default and reads nothing --


def test_nilearn_0_10_1_no_longer_setting_kmp_init_at_fork_is_no_removal() -> None:
    found = changes("nilearn", "0.10.0", "0.10.1")
    assert ("env_var_removed", "env:KMP_INIT_AT_FORK") not in found
    assert ("removed", "nilearn.CHECK_CACHE_VERSION") in found  # the sibling


def _env(body: str) -> dict[str, str]:
    return {"demo/__init__.py": f"import os\n\n{body}"}


def test_a_default_given_to_the_environment_is_no_read(tmp_path: Path) -> None:
    old = _env("os.environ.setdefault('OMP_WAIT', 'FALSE')\nLEVEL = os.environ.setdefault('DEMO_LEVEL', 'info')\n")
    found = diffed(tmp_path, old, _env("LEVEL = 'info'\n"))
    assert ("env_var_removed", "env:OMP_WAIT") not in found
    assert ("env_var_removed", "env:DEMO_LEVEL") in found  # the sibling: its value is used, a user's one too
