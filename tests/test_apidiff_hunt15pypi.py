"""False reports and misses found on popular PyPI release pairs the engine was never tuned on (pymysql 0.10→1.0,
pillow 9.5→10.0, …): each class on its pinned real example and on a synthetic sibling, with the true reports of the
same pairs kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen3 import diffed

# -- a pass-through whose callee the body imports itself hands on to that import, not to the module's name --


def test_pymysql_1_connect_takes_what_connection_took_less_the_positional_slots() -> None:
    found = changes("pymysql", "0.10.1", "1.0.0")
    # 0.10's `Connect(*args, **kwargs)` imported `Connection` in its body (the module rebinds the name to `Connect`)
    for alias in ("pymysql.connect", "pymysql.Connect", "pymysql.Connection"):
        detail = found["signature_changed", alias].detail or ""
        assert "'**kwargs' removed" not in detail and "'*args' removed" not in detail, alias
        assert "parameter 'port' is now keyword-only" in detail  # the documented break: keyword arguments only
        assert "positional parameter 'host' moved from slot 0 to 2" in detail
    assert {"pymysql.escape_string", "pymysql.escape_dict", "pymysql.escape_sequence"} <= removed(found)


def test_pass_through_to_a_class_the_body_imports(tmp_path: Path) -> None:
    impl = "class Connection:\n    def __init__(self, host=None, port=0, timeout=10):\n        pass\n"
    old = ("def connect(*args, **kwargs):\n    from .impl import Connection\n    return Connection(*args, **kwargs)\n\n"
           "Connection = connect\n")
    kept = "from .impl import Connection as connect\n"
    new_impl = "class Connection:\n    def __init__(self, host=None, *, port=0, timeout=10):\n        pass\n"
    found = _package_diff(tmp_path, {"demo/impl.py": impl, "demo/__init__.py": old},
                          {"demo/impl.py": new_impl, "demo/__init__.py": kept})
    detail = found["signature_changed", "demo.connect"].detail
    assert detail == "parameter 'port' is now keyword-only; parameter 'timeout' is now keyword-only"
    same = _package_diff(tmp_path / "same", {"demo/impl.py": impl, "demo/__init__.py": old},
                         {"demo/impl.py": impl, "demo/__init__.py": kept})
    assert ("signature_changed", "demo.connect") not in same  # every keyword and slot still taken


def _package_diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], object]:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- module globals bound at import time from the members of the module's own enums are known names --


def test_pillow_10_removes_the_constants_its_image_module_served() -> None:
    found = changes("pillow", "9.5.0", "10.0.0")
    # 9.5 and 10.0 both bind every member of six enums on the module (`for item in enum: setattr(module, ...)`),
    # which made what `PIL.Image` lost unknown; 9.5's `__getattr__` served the deprecated constants
    expected = {"PIL.Image.LINEAR", "PIL.Image.CUBIC", "PIL.Image.ANTIALIAS", "PIL.Image.NORMAL",
                "PIL.Image.SEQUENCE", "PIL.Image.CONTAINER", "PIL.Image.coerce_e"}
    gone = removed(found)
    assert expected <= gone, expected - gone
    assert not {s for s in gone if s.startswith("PIL.Image.") and s.rpartition(".")[2].isupper()} - expected
    assert {"PIL.ImageDraw.ImageDraw.textsize", "PIL.FitsStubImagePlugin"} <= gone  # kept


def test_dnspython_2_binds_its_enum_members_on_the_module() -> None:
    found = changes("dnspython", "1.16.0", "2.0.0")
    # 2.0's `globals().update(Rcode.__members__)` still binds 1.16's `NOERROR = 0` ...: none reported
    assert not {s for s in removed(found) if s.startswith(("dns.rcode.", "dns.flags.", "dns.rdatatype.",
                                                           "dns.opcode.", "dns.rdataclass."))}
    # and what the modules so bound really lost is now told
    assert {"dns.rdtypes.dnskeybase.flags_to_text_set", "dns.dnssec.ECKeyWrapper"} <= removed(found)


_ENUM = "import enum, sys\n\nclass Color(enum.IntEnum):\n    RED = 1\n    GREEN = 2\n    CRIMSON = 1\n\n"


@pytest.mark.parametrize(
    "bind",
    [
        "module = sys.modules[__name__]\nfor item in Color:\n    setattr(module, item.name, item.value)\n",
        "for enum_class in (Color,):\n    for item in enum_class:\n        globals()[item.name] = item\n",
        "globals().update(Color.__members__)\n",
    ],
)
def test_enum_members_bound_on_the_module(tmp_path: Path, bind: str) -> None:
    old = _ENUM + bind + "def helper():\n    pass\n"
    found = diffed(tmp_path, old, _ENUM + bind)
    assert set(found) == {("removed", "demo.helper")}  # the bound members are known; what was lost is told
    found = diffed(tmp_path / "kept", "RED = 1\nGREEN = 2\n", _ENUM + bind)
    assert not {s for (k, s) in found if k == "removed"}  # literal constants now bound from the members


def test_unknown_run_time_writes_still_claim_nothing(tmp_path: Path) -> None:
    # a class not of the module, or not an enum by name, binds names nobody can tell: no removal claimed
    for bind in ("from other import Color\nglobals().update(Color.__members__)\n",
                 "class Color:\n    RED = 1\nglobals().update(Color.__members__)\n",
                 "class Color(enum.Enum):\n    RED = 1\nglobals().update(Color.__members__, X=1)\n"):
        found = diffed(tmp_path / str(len(bind)), "import enum\nRED = 1\ndef helper():\n    pass\n", "import enum\n" + bind)
        assert not {s for (k, s) in found if k == "removed"}, bind


def test_an_enum_alias_is_bound_by_members_not_by_iteration(tmp_path: Path) -> None:
    loop = "for item in Color:\n    globals()[item.name] = item\n"
    found = diffed(tmp_path, "CRIMSON = 1\n", _ENUM + loop)
    assert ("removed", "demo.CRIMSON") in found  # iterating an enum skips its aliases
    found = diffed(tmp_path / "members", "CRIMSON = 1\n", _ENUM + "globals().update(Color.__members__)\n")
    assert ("removed", "demo.CRIMSON") not in found


# -- a module `__getattr__` serving the members of the module's enums from a loop (under a prefix or not) --


def test_pillow_9_1_deprecates_the_constants_its_getattr_loops_serve() -> None:
    found = changes("pillow", "9.0.1", "9.1.0")
    # 9.1's constants moved into enums that `__getattr__` loops over: `for enum in (Transpose, ...): if name in
    # enum.__members__: warn; return enum[name]` and `for enum, prefix in {Intent: "INTENT_"}.items(): ...`; its
    # ignored loops made each of them a false removal
    # missb67: 9.0's decoders set `self.magic` in `_read_blp_header`; 9.1 sets it on `BlpImageFile` only
    assert removed(found) == {"PIL.ImageMath.VERBOSE", "PIL.BlpImagePlugin.BLP1Decoder.magic",
                              "PIL.BlpImagePlugin.BLP2Decoder.magic"}
    deprecated = {s for (k, s) in found if k == "deprecated"}
    assert {"PIL.Image.BICUBIC", "PIL.Image.FLIP_LEFT_RIGHT", "PIL.ImageCms.INTENT_PERCEPTUAL",
            "PIL.ImageFont.LAYOUT_RAQM", "PIL.PngImagePlugin.APNG_BLEND_OP_OVER",
            "PIL.BlpImagePlugin.BLP_FORMAT_JPEG"} <= deprecated


def test_pillow_10_removes_the_constants_9_5_served_under_a_prefix() -> None:
    gone = removed(changes("pillow", "9.5.0", "10.0.0"))
    expected = {f"PIL.ImageCms.{n}" for n in ("INTENT_PERCEPTUAL", "INTENT_RELATIVE_COLORIMETRIC",
                                              "INTENT_SATURATION", "INTENT_ABSOLUTE_COLORIMETRIC",
                                              "DIRECTION_INPUT", "DIRECTION_OUTPUT", "DIRECTION_PROOF")}
    expected |= {"PIL.ImageFont.LAYOUT_BASIC", "PIL.ImageFont.LAYOUT_RAQM", "PIL.FtexImagePlugin.FORMAT_DXT1",
                 "PIL.PngImagePlugin.APNG_DISPOSE_OP_NONE", "PIL.BlpImagePlugin.BLP_ALPHA_ENCODING_DXT5"}
    assert expected <= gone, expected - gone


_ENUMS = "import enum\n\nclass Intent(enum.IntEnum):\n    PERCEPTUAL = 0\n    SATURATION = 2\n\n"
_PREFIXED = _ENUMS + (
    "def __getattr__(name):\n    for enum, prefix in {Intent: 'INTENT_'}.items():\n"
    "        if name.startswith(prefix):\n            name = name[len(prefix):]\n"
    "            if name in enum.__members__:\n"
    "                warnings.warn(f'{prefix}{name} is deprecated', DeprecationWarning)\n"
    "                return enum[name]\n    raise AttributeError(name)\n"
)
_PLAIN = _ENUMS.replace("Intent", "Mode") + (
    "def __getattr__(name):\n    for enum in (Mode,):\n        if name in enum.__members__:\n"
    "            warnings.warn(f'{name} is deprecated', DeprecationWarning)\n            return enum[name]\n"
    "    raise AttributeError(name)\n"
)


def test_getattr_loops_over_the_modules_enums(tmp_path: Path) -> None:
    found = diffed(tmp_path, "INTENT_PERCEPTUAL = 0\nINTENT_SATURATION = 2\n", "import warnings\n" + _PREFIXED)
    assert {s for (k, s) in found if k == "removed"} == set()
    assert {s for (k, s) in found if k == "deprecated"} == {"demo.INTENT_PERCEPTUAL", "demo.INTENT_SATURATION"}
    found = diffed(tmp_path / "gone", "import warnings\n" + _PREFIXED, _ENUMS)
    assert {s for (k, s) in found if k == "removed"} == {"demo.INTENT_PERCEPTUAL", "demo.INTENT_SATURATION"}
    found = diffed(tmp_path / "plain", "PERCEPTUAL = 0\nSATURATION = 2\n", "import warnings\n" + _PLAIN)
    assert {s for (k, s) in found if k == "deprecated"} == {"demo.PERCEPTUAL", "demo.SATURATION"}
    assert not {s for (k, s) in found if k == "removed"}


def test_a_getattr_loop_it_cannot_read_serves_unknown_names(tmp_path: Path) -> None:
    # a loop over anything but the module's enums may answer any name: what the module lost is not claimed
    for loop in ("    for source in (_a, _b):\n        if hasattr(source, name):\n            return getattr(source, name)\n",
                 "    for enum in (Other,):\n        if name in enum.__members__:\n            return enum[name]\n"):
        new = "from x import Other, _a, _b\n\ndef __getattr__(name):\n" + loop + "    raise AttributeError(name)\n"
        found = diffed(tmp_path / str(len(loop)), "PERCEPTUAL = 0\n", new)
        assert not {s for (k, s) in found if k == "removed"}, loop


# -- a class become a function returning an instance of another class: its instance members are that class's --


def test_async_timeout_4_timeout_is_a_function_returning_a_timeout() -> None:
    found = changes("async-timeout", "3.0.1", "4.0.0")
    # `async with timeout(1)` and `.expired` still work on the `Timeout` the function returns
    assert removed(found) == {"async_timeout.current_task", "async_timeout.timeout.remaining"}  # documented drop
    assert "now a function" in (found["signature_changed", "async_timeout.timeout"].detail or "")
    # `Timeout.__enter__` warns: the documented deprecation of `with timeout(...)`, under the path users spell
    assert {s for (k, s) in found if k == "deprecated"} == {"async_timeout.timeout.__enter__"}


def test_members_of_the_instance_a_factory_returns(tmp_path: Path) -> None:
    old = ("class timer:\n    def __init__(self, delay):\n        pass\n\n    def __enter__(self):\n        return self\n\n"
           "    def cancel(self):\n        pass\n\n    @property\n    def remaining(self):\n        return 0\n\n"
           "    @classmethod\n    def at(cls, when):\n        pass\n")
    new = ("class Timer:\n    def __enter__(self):\n        return self\n\n    def cancel(self):\n        pass\n\n"
           "    @classmethod\n    def at(cls, when):\n        pass\n\n"
           "def timer(delay) -> 'Timer':\n    return Timer()\n")
    gone = {s for (k, s) in diffed(tmp_path, old, new) if k == "removed"}
    # `timer.at(...)` was a call on the class: the function has no such attribute
    assert gone == {"demo.timer.remaining", "demo.timer.at"}
    warned = new.replace("    def cancel(self):\n        pass", "    def cancel(self):\n"
                         "        warnings.warn('cancel is deprecated', DeprecationWarning)")
    found = diffed(tmp_path / "warned", old, "import warnings\n\n" + warned)
    assert {s for (k, s) in found if k == "deprecated"} == {"demo.timer.cancel"}
    other = new.replace(" -> 'Timer'", " -> 'Other'") + "\nclass Other:\n    pass\n"
    gone = {s for (k, s) in diffed(tmp_path / "other", old, other) if k == "removed"}
    assert {"demo.timer.__enter__", "demo.timer.cancel"} <= gone  # what the returned class lacks is lost


# -- a constructor assigned onto the class after its body (under an `if` too) is no base's constructor --


def test_decorator_5_context_manager_takes_what_4_4_assigned() -> None:
    found = changes("decorator", "4.4.2", "5.0.5")
    # 4.4's `if n_args == 4: def __init__(self, g, *a, **k): ...; ContextManager.__init__ = __init__`: the class
    # never took contextlib's `(func, args, kwds)`; 5.0 spells the same `__init__` in the body
    assert ("signature_changed", "decorator.ContextManager") not in found
    assert removed(found) == {"decorator.get_init", "decorator.init", "decorator.n_args"}


_BASE_INIT = "class Base:\n    def __init__(self, func, args, kwds):\n        pass\n\nclass CM(Base):\n    pass\n\n"


@pytest.mark.parametrize(
    "assign",
    [
        "def __init__(self, g, *a, **k):\n    pass\n\nCM.__init__ = __init__\n",
        "import sys\n\nif sys.platform == 'x':\n    def __init__(self, g, *a, **k):\n        pass\n\n"
        "    CM.__init__ = __init__\n",
    ],
)
def test_a_constructor_assigned_after_the_class_body(tmp_path: Path, assign: str) -> None:
    new = _BASE_INIT.replace("class CM(Base):\n    pass", "class CM(Base):\n    def __init__(self, g, *a, **k):\n        pass")
    assert ("signature_changed", "demo.CM") not in diffed(tmp_path, _BASE_INIT + assign, new)
    # still a member: its removal is told
    found = diffed(tmp_path / "gone", _BASE_INIT + assign + "CM.extra = 1\n", _BASE_INIT + assign)
    assert ("removed", "demo.CM.extra") in found


# -- a private helper warning a deprecation of its own (no message handed to it) deprecates what calls it --


def test_structlog_22_1_deprecates_every_threadlocal_function() -> None:
    found = changes("structlog", "21.5.0", "22.1.0")
    # each calls `_deprecated()`, which returns early for the module's own calls and else warns
    deprecated = {s for (k, s) in found if k == "deprecated"}
    assert {"structlog.threadlocal.wrap_dict", "structlog.threadlocal.tmp_bind", "structlog.threadlocal.as_immutable",
            "structlog.threadlocal.merge_threadlocal", "structlog.threadlocal.bind_threadlocal"} <= deprecated
    # and the module itself, by its docstring's `.. deprecated:: 22.1.0` (recall60b: module docstrings are read)
    assert found["deprecated", "structlog.threadlocal"].breakage == "deprecated_documented"
    assert not {s for s in deprecated if s != "structlog.threadlocal" and not s.startswith("structlog.threadlocal.")}


def test_a_private_helper_warning_a_deprecation_of_its_own(tmp_path: Path) -> None:
    helper = ("import warnings\n\ndef _deprecated():\n    warnings.warn('old API', DeprecationWarning, stacklevel=3)\n\n")
    old = helper + "def wrap():\n    pass\n"
    found = diffed(tmp_path, old, helper + "def wrap():\n    _deprecated()\n")
    assert ("deprecated", "demo.wrap") in found
    # a public deprecated function called by another is no helper: the caller is not deprecated
    public = ("import warnings\n\ndef deprecated_api():\n    warnings.warn('old', DeprecationWarning)\n\n")
    found = diffed(tmp_path / "public", public + "def wrap():\n    pass\n", public + "def wrap():\n    deprecated_api()\n")
    assert ("deprecated", "demo.wrap") not in found


# -- a positional parameter renamed in place, its old keyword still taken out of `**kwargs` into the new one --


def test_pillow_9_1_show_file_renamed_file_to_path_in_place() -> None:
    found = changes("pillow", "9.0.1", "9.1.0")
    # `show_file(self, path=None, **options)` sets `path = options.pop("file")`: `show_file("a.png")` and
    # `show_file(file="a.png")` both still work
    assert not {s for (k, s) in found if k == "signature_changed" and s.endswith(".show_file")}


def test_a_parameter_renamed_in_place_keeping_its_old_keyword(tmp_path: Path) -> None:
    old = "def show(file, **options):\n    pass\n"
    renamed = ("def show(path=None, **options):\n    if path is None:\n        path = options.pop('file')\n"
               "    return path\n")
    assert ("signature_changed", "demo.show") not in diffed(tmp_path, old, renamed)
    # an option read into another variable is no rename: a positional caller now fills `path`
    other = "def show(path=None, **options):\n    mode = options.pop('file', None)\n    return path, mode\n"
    found = diffed(tmp_path / "other", old, other)
    assert "parameter 'file' is now keyword-only" in (found["signature_changed", "demo.show"].detail or "")
