"""Documented breaking changes read against the diff's claims (recall30), and the false claims met on the way:
`*args` spread into a helper that caps them (bidict 0.22's `get_arg(*args)`), `**kwargs` handed to a named tuple's
`_replace` copy (ftfy 6's `config._replace(**kwargs)`); deprecations only a docstring announces (punq 0.6); names bound from a compiled module, else from a readable one (msgpack 1.0's
`_cmsgpack` or `fallback`)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- `*args` spread into a helper that takes at most N of them takes at most N --


def test_bidict_0_23_removes_no_positional_argument() -> None:
    found = changes("bidict", "0.22.1", "0.23.0")
    # 0.22's `(*args, **kw)` handed `get_arg(*args)`, refusing more than one: 0.23's `(arg=(), /, **kw)` takes as many
    for path in ("bidict.bidict", "bidict.BidictBase", "bidict.MutableBidict.update", "bidict.OrderedBidict"):
        assert ("signature_changed", path) not in found, path
    assert found["signature_changed", "bidict.OnDup"].detail == "parameter 'kv' removed"  # documented: kept


_CAPPED = (
    "def get_arg(*args):\n    if len(args) > 1:\n        raise TypeError('at most one')\n"
    "    return args[0] if args else ()\n\n\n"
    "class Bidict:\n    def __init__(self, *args, **kw):\n        if args or kw:\n"
    "            self._update(get_arg(*args), kw)\n\n"
    "    def _update(self, arg, kw):\n        pass\n"
)
_ONE = "    def __init__(self, arg=(), /, **kw):\n        self._update(arg, kw)\n"


def _one_positional(old: str) -> str:
    return old.replace(old[old.index("    def __init__") : old.index("\n\n    def _update")] + "\n", _ONE)


def test_args_spread_into_a_capping_helper_are_that_many_positional_parameters(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.Bidict") not in diffed(tmp_path, _CAPPED, _one_positional(_CAPPED))


def test_args_the_helper_takes_more_of_or_that_may_bypass_it_stay_claimed(tmp_path: Path) -> None:
    two = _CAPPED.replace("len(args) > 1", "len(args) > 2")
    assert diffed(tmp_path, two, _one_positional(two))["signature_changed", "demo.Bidict"].detail == (
        "parameter 'args[1]' removed"
    )
    bypassed = _CAPPED.replace("if args or kw:", "if kw:")  # a call passing only positional arguments skips it
    assert ("signature_changed", "demo.Bidict") in diffed(tmp_path, bypassed, _one_positional(bypassed))


# -- `**kwargs` handed to a named tuple's `_replace` copy: the keywords it takes are the tuple's fields --


def test_ftfy_6_keeps_the_keywords_its_config_takes() -> None:
    found = changes("ftfy", "5.9", "6.0")
    # "The keyword arguments still work, and become settings that override the defaults in TextFixerConfig":
    # but `fix_entities` (now `unescape_html`) and `remove_bom` are no fields of it, and `_replace` refuses them
    for path in ("ftfy.fix_text", "ftfy.fix_file", "ftfy.fix_text_segment"):
        assert found["signature_changed", path].detail == (
            "parameter 'fix_entities' removed (now swallowed by **kwargs); "
            "parameter 'remove_bom' removed (now swallowed by **kwargs)"
        )


_OLD_FIX = "def fix(text, *, fix_entities=True, uncurl=True):\n    return text\n"
_NEW_FIX = (
    "from typing import NamedTuple, Optional\n\n\nclass Config(NamedTuple):\n"
    "    unescape_html: bool = True\n    uncurl: bool = True\n\n\n"
    "def fix(text, config: Optional[Config] = None, **kwargs):\n"
    "    if config is None:\n        config = Config()\n    config = config._replace(**kwargs)\n    return text\n"
)


def test_kwargs_handed_to_a_named_tuple_copy_take_its_fields(tmp_path: Path) -> None:
    detail = diffed(tmp_path, _OLD_FIX, _NEW_FIX)["signature_changed", "demo.fix"].detail
    assert detail == "parameter 'fix_entities' removed (now swallowed by **kwargs)"
    unannotated = _NEW_FIX.replace("config: Optional[Config] = None", "config=None")
    detail = diffed(tmp_path, _OLD_FIX, unannotated)["signature_changed", "demo.fix"].detail
    assert detail == "parameter 'fix_entities' removed (now swallowed by **kwargs)"


def test_a_copy_of_a_variable_bound_to_anything_else_stays_unknown(tmp_path: Path) -> None:
    """A variable another call may have bound: which keywords it takes is not the fields' — each removed keyword
    stays claimed, at lower confidence."""
    new = _NEW_FIX.replace("config = Config()", "config = make_config()")
    detail = diffed(tmp_path, _OLD_FIX, new)["signature_changed", "demo.fix"].detail or ""
    assert "'uncurl' removed" in detail and "could not be followed" in detail


def test_a_class_writing_its_own_replace_takes_what_that_takes(tmp_path: Path) -> None:
    own = "    uncurl: bool = True\n\n    def _replace(self, *, unescape_html=True):\n        return self\n"
    new = _NEW_FIX.replace("    uncurl: bool = True\n", own)
    detail = diffed(tmp_path, _OLD_FIX, new)["signature_changed", "demo.fix"].detail
    assert detail == (
        "parameter 'fix_entities' removed (now swallowed by **kwargs); "
        "parameter 'uncurl' removed (now swallowed by **kwargs)"
    )


# -- a deprecation only the docstring announces, of the object itself --


def test_punq_0_6_deprecates_its_exception_aliases() -> None:
    found = changes("punq", "0.5", "0.6.0")
    for name in ("MissingDependency", "InvalidRegistration", "InvalidForwardReference"):
        change = found["deprecated", f"punq.{name}Exception"]
        assert change.detail == f"Deprecated alias for {name}Error."
        assert change.breakage == "deprecated_documented"  # no "using it now warns": nothing does
        assert ("deprecated", f"punq.{name}Error") not in found  # derived from the alias, not deprecated


_DOC = (
    "class OldError(Exception):\n    DOC\n\n\nclass NewError(OldError):\n    pass\n\n\n"
    "def fetch(url, timeout=None):\n    FETCH\n    return url\n"
)


def _documented(doc: str = '"""An error."""', fetch: str = '"""Fetch."""') -> str:
    return _DOC.replace("DOC", doc).replace("FETCH", fetch)


def test_a_docstring_deprecating_the_object_deprecates_it(tmp_path: Path) -> None:
    new = _documented(
        '"""Deprecated alias for NewError."""',
        '"""Fetch.\n\n    .. deprecated:: 2.0\n        Use ``get`` instead.\n    """',
    )
    found = diffed(tmp_path, _documented(), new)
    assert found["deprecated", "demo.OldError"].detail == "Deprecated alias for NewError."
    assert found["deprecated", "demo.fetch"].detail == "Deprecated since 2.0. Use ``get`` instead."
    assert ("deprecated", "demo.NewError") not in found  # no warning fires for a subclass
    warned = new.replace(
        "    return url",
        "    import warnings\n    warnings.warn('fetch is deprecated', DeprecationWarning)\n    return url",
    )
    assert diffed(tmp_path, new, warned)["deprecated", "demo.fetch"].detail == "fetch is deprecated"  # now it warns


def test_a_docstring_deprecating_a_part_or_a_use_deprecates_nothing_whole(tmp_path: Path) -> None:
    for fetch in (
        '"""Fetch.\n\n    .. deprecated:: 2.0\n        *timeout* is deprecated in favor of *deadline*.\n    """',
        '"""Fetch.\n\n    :param url: where.\n\n        .. deprecated:: 2.0\n    """',
        '"""Fetch.\n\n    .. deprecated:: 2.0\n        It is deprecated to call it when no loop runs.\n    """',
        '"""Fetch.\n\n    .. deprecated:: 2.0\n        ``send_mail`` and ``send_mail_task``.\n    """',
    ):
        change = diffed(tmp_path, _documented(), _documented(fetch=fetch)).get(("deprecated", "demo.fetch"))
        # the parameter's own entry deprecates the parameter, not the function (misses60)
        whole = change is not None and change.detail != "deprecated parameter 'url'"
        assert not whole and (change is not None) is (":param url:" in fetch), fetch
    category = "class RemovedWarning(DeprecationWarning):\n    DOC\n"
    new = category.replace("DOC", '"""Deprecated features warn with it."""')
    assert ("deprecated", "demo.RemovedWarning") not in diffed(tmp_path, category.replace("DOC", "pass"), new)


# -- a name bound from a compiled module of the distribution, else from a readable one, is the readable one --


def test_msgpack_1_0_removes_the_encoding_keyword_of_its_top_level_functions() -> None:
    found = changes("msgpack", "0.6.2", "1.0.0")
    for path in ("msgpack.packb", "msgpack.unpack", "msgpack.loads"):
        assert "keyword 'encoding'" in (found["signature_changed", path].detail or ""), path


_TWIN = (
    "import os\n\nif os.environ.get('PURE'):\n    from .fallback import pack\nelse:\n    try:\n"
    "        from ._speedups import pack\n    except ImportError:\n        from .fallback import pack\n"
)


def _twin_changes(tmp_path: Path, init: str, extra: dict[str, str] | None = None) -> set[tuple[str, str]]:
    old = {"demo/__init__.py": init, "demo/fallback.py": "def pack(o, encoding=None):\n    return o\n", **(extra or {})}
    new = {**old, "demo/fallback.py": "def pack(o):\n    return o\n"}
    return {
        (c.kind.value, c.symbol) for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    }


def test_a_name_bound_from_a_compiled_module_else_a_readable_one_is_the_readable_one(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.pack") in _twin_changes(tmp_path, _TWIN)


def test_a_name_bound_from_two_readable_modules_stays_undecided(tmp_path: Path) -> None:
    """Which of two readable definitions runs depends on where the code runs (redis 4's `DefaultParser`)."""
    other = {"demo/_speedups.py": "def pack(o, encoding=None):\n    return o\n"}
    found = _twin_changes(tmp_path, _TWIN, other)
    assert ("signature_changed", "demo.pack") not in found
    assert ("signature_changed", "demo.fallback.pack") in found  # the definition itself stays claimed


# -- a wheel's folder of test files only is no package --


def test_punq_0_9_removes_no_test_folder() -> None:
    assert not changes("punq", "0.8.0", "0.9.0")  # 0.8's wheel shipped `typesafety/test_container.py`


def test_a_wheel_folder_of_test_files_only_is_no_package(tmp_path: Path) -> None:
    init = "def pack(o):\n    return o\n"
    shipped = {"demo/__init__.py": init, "typesafety/test_container.py": "def test_it():\n    pass\n"}
    found = diff_surfaces(surface(tmp_path, shipped, "1.0"), surface(tmp_path, {"demo/__init__.py": init}, "2.0"))
    assert not [c.symbol for c in found if c.symbol.startswith("typesafety")]
    helpers = {"demo/__init__.py": init, "helpers/test_util.py": "", "helpers/util.py": "def run():\n    pass\n"}
    found = diff_surfaces(surface(tmp_path, helpers, "3.0"), surface(tmp_path, {"demo/__init__.py": init}, "4.0"))
    assert ("removed", "helpers") in {(c.kind.value, c.symbol) for c in found}  # a module beside: a package
