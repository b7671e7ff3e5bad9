"""Hunt 61b: geospatial, hardware/embedded, e-commerce and scientific workflow libraries."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a folder without `__init__.py` the old release imported by name and the new one only through a string it reads
# at run time (adafruit-blinka 9.0's `board.py` imports its board modules by names from a JSON file): the new release
# ships the same files, read as package data; `import pkg.boards.acme.one` works as before --

_SHIPPED_OLD = {
    "demo/__init__.py": "",
    "demo/board.py": "from demo.boards.acme.one import *\nfrom demo.boards.other.two import *\n",
    "demo/boards/__init__.py": "",
    "demo/boards/acme/one.py": "PIN = 1\n",
    "demo/boards/other/two.py": "PIN = 2\n",
}
_SHIPPED_NEW = {
    "demo/__init__.py": "",
    "demo/board.py": "import importlib\n\nglobals().update(vars(importlib.import_module(NAME)))\n",
    "demo/boards/__init__.py": "",
    "demo/boards/acme/one.py": "PIN = 1\n",
}


def test_a_module_folder_the_new_release_still_ships_is_not_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _SHIPPED_OLD, _SHIPPED_NEW)
    assert ("removed", "demo.boards.acme") not in found
    assert not [key for key in found if key[1].startswith("demo.boards.acme")]
    assert ("removed", "demo.boards.other") in found  # its file is gone
    # a package whose `__init__.py` is gone is claimed, though a folder of data it held is still shipped
    old = {**_SHIPPED_OLD, "demo/boards/__init__.py": "ANSWER = 42\n", "demo/boards/tpl/env.py": "X = 1\n"}
    new = {**_SHIPPED_NEW, "demo/boards/tpl/env.py": "X = 1\n"}
    del new["demo/boards/__init__.py"]
    assert ("removed", "demo.boards") in diffed(tmp_path / "package", old, new)


# -- a module handing its `globals()` to a call in the test of an `if` (or a `with`), which fills it on import
# (adafruit-blinka 9.0's `if not import_microcontroller(globals(), imports, "", "*"):`): what it binds is unknown,
# so a name 8.70's star import of a chip's module brought (`microcontroller.Connection`) is not claimed lost --

_FILLED_OLD = {
    "demo/__init__.py": "from demo._chips import *\n",
    "demo/_chips.py": "class Connection:\n    pass\n\n\nclass Pin:\n    pass\n",
    "demo/_load.py": "def fill(space):\n    return True\n",
}


def test_globals_handed_to_a_call_in_a_block_header_leave_the_names_unknown(tmp_path: Path) -> None:
    for header in ("if not fill(globals()):\n    raise ImportError\n", "with fill(globals()):\n    pass\n"):
        new = {**_FILLED_OLD, "demo/__init__.py": f"from demo._load import fill\n\n{header}"}
        assert ("removed", "demo.Connection") not in diffed(tmp_path / str(len(header)), _FILLED_OLD, new)
    plain = {**_FILLED_OLD, "demo/__init__.py": "from demo._load import fill\n\nif not fill({}):\n    raise ImportError\n"}
    assert ("removed", "demo.Connection") in diffed(tmp_path / "plain", _FILLED_OLD, plain)


def test_adafruit_blinka_9_0_still_ships_its_board_folders_and_may_bind_connection() -> None:
    found = changes("adafruit-blinka", "8.70.0", "9.0.0")
    for folder in ("horizon", "luckfox", "vicharak"):  # folders without `__init__.py`, the same files in 9.0
        assert ("removed", f"adafruit_blinka.board.{folder}") not in found
    assert ("removed", "microcontroller.Connection") not in found
    # true: 9.0's `repka_pi_3` takes its pins from the H5 chip's module and no longer defines the port tables
    assert ("removed", "adafruit_blinka.board.repkapi.repka_pi_3.i2cPorts") in found


# -- a None default the function, or the base method it hands it to, refuses with an opening `assert` (folium 0.14's
# `GeoJsonPopup(fields=None)` hands `fields` to `GeoJsonDetail.__init__(self, fields, ...)`, whose `assert
# isinstance(fields, (list, tuple))` fails at None): leaving it out never worked, so 0.15's required `fields` lost
# no default a caller used --

_ASSERTED_OLD = '''class Detail:
    def __init__(self, fields, labels=True):
        assert isinstance(fields, (list, tuple)), "Please pass a list or tuple to fields."
        self.fields = fields


class Popup(Detail):
    def __init__(self, fields=None, labels=True):
        super().__init__(fields=fields, labels=labels)


class Tooltip(Detail):
    def __init__(self, fields=None, labels=True):
        super().__init__(fields=fields or ["name"], labels=labels)


def lookup(key=None, table=None):
    assert key
    return table
'''
_ASSERTED_NEW = (
    _ASSERTED_OLD.replace("class Popup(Detail):\n    def __init__(self, fields=None,", "class Popup(Detail):\n    def __init__(self, fields,")
    .replace("class Tooltip(Detail):\n    def __init__(self, fields=None,", "class Tooltip(Detail):\n    def __init__(self, fields,")
    .replace("def lookup(key=None, table=None)", "def lookup(key, table)")
)


def test_a_none_default_an_opening_assert_refuses_was_never_a_working_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ASSERTED_OLD}, {"demo/__init__.py": _ASSERTED_NEW})
    assert ("signature_changed", "demo.Popup") not in found
    assert "key" not in found[("signature_changed", "demo.lookup")].detail
    # true: `Tooltip()` worked, its `fields or [...]` hands no None on; `lookup(key=1)` left `table` out
    assert "'fields' lost its default" in found[("signature_changed", "demo.Tooltip")].detail
    assert "'table' lost its default" in found[("signature_changed", "demo.lookup")].detail


def test_folium_0_15_geojson_popup_fields_had_no_working_default() -> None:
    found = changes("folium", "0.14.0", "0.15.0")
    assert ("signature_changed", "folium.GeoJsonPopup") not in found
    assert ("signature_changed", "folium.features.GeoJsonPopup") not in found
    # true: `Polygon(locations, radius=5)` handed `radius` to `path_options`, which 0.15 calls with `radius=None`
    assert "forwarded_keyword_rejected" in found[("signature_changed", "folium.Polygon")].breakages


def test_a_name_the_old_all_listed_twice_is_dropped_from_it_once(tmp_path: Path) -> None:
    old = {"demo/__init__.py": '__all__ = ["xy", "tile", "xy"]\n\n\ndef xy():\n    pass\n\n\ndef tile():\n    pass\n'}
    new = {"demo/__init__.py": old["demo/__init__.py"].replace('["xy", "tile", "xy"]', '["tile"]')}
    detail = diffed(tmp_path, old, new)[("signature_changed", "demo.xy")].detail
    assert detail == "'xy' is no longer in demo.__all__: `from demo import *` no longer brings it"


# -- a class whose constructor now only raises NotImplementedError, inherited from a base (snakemake 8's
# `remote.S3.RemoteProvider(RemoteProviderBase): pass`, the base's `__init__(self, *args, **kwargs)` raising it):
# creating one raises, which is the claim; its old keywords are not "silently ignored" by the `**kwargs` --

_STUBBED_OLD = '''class Provider:
    def __init__(self, *args, keep_local=False, stay_on_remote=False, **kwargs):
        self.keep_local = keep_local
        self.stay_on_remote = stay_on_remote
'''
_STUBBED_NEW = '''class ProviderBase:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("Providers were replaced by plugins.")


class Provider(ProviderBase):
    pass
'''


def test_a_class_whose_constructor_now_only_raises_not_implemented_is_claimed_so(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _STUBBED_OLD}, {"demo/__init__.py": _STUBBED_NEW})
    change = found[("signature_changed", "demo.Provider")]
    assert change.breakages == ("callable_now_raises",)
    assert change.detail == "creating an instance now raises (or ends the program)"


def test_snakemake_8_remote_providers_now_raise_on_creation() -> None:
    found = changes("snakemake", "7.32.4", "8.0.0")
    for provider in ("S3", "GS", "HTTP", "zenodo"):
        change = found[("signature_changed", f"snakemake.remote.{provider}.RemoteProvider")]
        assert change.breakages == ("callable_now_raises",)  # no "keep_local ... silently ignored"
    assert ("removed", "snakemake.snakemake") in found  # true: the API moved to `snakemake.api`


# -- a class become a factory returning an instance of one of several classes by a test (satpy 0.60's
# `NWCSAFGEOHRWFileHandler(...)` returns a pre-2025 or a 2025 handler by the file's version): what every one of them
# has, instances still have; only the class itself is gone as a class --

_FACTORY_OLD = '''class Handler:
    def __init__(self, filename, merge=False):
        self.filename = filename
        self.lats = None

    def get_dataset(self, key):
        return key

    def combine_info(self, infos):
        return infos
'''
_FACTORY_NEW = '''def Handler(filename, merge=False):
    with open(filename) as fid:
        version = fid.read()
    if version < "2025":
        return _OldHandler(filename, merge=merge)
    else:
        return _NewHandler(filename)


class _Base:
    def __init__(self, filename):
        self.filename = filename

    def get_dataset(self, key):
        return key


class _OldHandler(_Base):
    def __init__(self, filename, merge=False):
        super().__init__(filename)
        self.lats = None


class _NewHandler(_Base):
    def combine_info(self, infos):
        return infos
'''


def test_members_every_class_a_factory_may_build_has_are_kept(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FACTORY_OLD}, {"demo/__init__.py": _FACTORY_NEW})
    assert ("removed", "demo.Handler.get_dataset") not in found
    assert ("removed", "demo.Handler.filename") not in found
    assert ("signature_changed", "demo.Handler") in found  # no longer a class: subclassing it fails
    # true: one of the two classes has them, the other not
    assert ("removed", "demo.Handler.lats") in found
    assert ("removed", "demo.Handler.combine_info") in found


def test_satpy_0_60_hrw_handler_factory_keeps_the_members_of_both_handlers() -> None:
    found = changes("satpy", "0.59.0", "0.60.0")
    handler = "satpy.readers.nwcsaf_hrw_nc.NWCSAFGEOHRWFileHandler"
    for member in ("get_dataset", "available_datasets", "start_time", "filename", "lats", "merge_channels"):
        assert ("removed", f"{handler}.{member}") not in found
    assert found[("signature_changed", handler)].breakage == "class_to_function"
    assert ("removed", "satpy.readers.nwcsaf_hrw_nc.WIND_CHANNELS") in found  # renamed PRE_V2025_SEVIRI_WIND_CHANNELS
