"""False claims found by hunt56d on office document, spreadsheet and PDF libraries nobody tuned on: each class on a
synthetic case, with a sibling that must stay claimed, and on its pinned real example."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.locate import find_modules
from tests.artifacts import unpacked_release
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a distutils sdist (no egg-info) installs what setup.py's literal `packages=`/`py_modules=` list: a stray
# top-level file beside them is no module (xlwt 0.7.5's `licences.py`, claimed removed in 1.0.0) --


def _distutils_sdist(tmp_path: Path, setup_args: str) -> Path:
    root = tmp_path / "demo-1.0"
    (root / "demo").mkdir(parents=True)
    (root / "demo" / "__init__.py").write_text("X = 1\n")
    (root / "licences.py").write_text('"""The licence text."""\n')
    (root / "setup.py").write_text(f"from distutils.core import setup\n\nsetup(name='demo', {setup_args})\n")
    return tmp_path


def test_a_file_setup_py_does_not_list_is_no_module(tmp_path: Path) -> None:
    assert [m.module for m in find_modules(_distutils_sdist(tmp_path / "a", "packages=['demo']"))] == ["demo"]
    # the siblings: listed as a module, or packages not spelled as a literal list: the tree decides
    listed = find_modules(_distutils_sdist(tmp_path / "b", "packages=['demo'], py_modules=['licences']"))
    assert sorted(m.module for m in listed) == ["demo", "licences"]
    found = find_modules(_distutils_sdist(tmp_path / "c", "packages=find_packages()"))
    assert sorted(m.module for m in found) == ["demo", "licences"]
    options = find_modules(_distutils_sdist(tmp_path / "d", "**options"))
    assert sorted(m.module for m in options) == ["demo", "licences"]


def test_xlwt_1_0_did_not_remove_the_licences_file_of_its_sdist() -> None:
    found = changes("xlwt", "0.7.5", "1.0.0")
    assert ("removed", "licences") not in found
    top = {m.module.split(".")[0] for m in find_modules(unpacked_release("xlwt", "0.7.5"))}
    assert top == {"xlwt"}


# -- a function setting attributes on a class of the release by names it does not spell (tablib 1.0's
# `Registry.register(key, ...)`, run on import: `setattr(Dataset, key, ImportExportSetDescriptor(...))`) gives it
# names no reader knows: `Dataset.csv` and every other format were claimed removed --

_REGISTRY_OLD = {
    "demo/__init__.py": "from demo.core import Dataset, Other\n",
    "demo/core.py": (
        "class Dataset:\n    @property\n    def csv(self):\n        return ''\n\n\n"
        "class Other:\n    def gone(self):\n        return 1\n"
    ),
}


def _registry_new(register: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "from demo.core import Dataset, Other\n",
        "demo/core.py": (
            "class Dataset:\n    pass\n\n\nclass Other:\n    pass\n\n\n"
            "from demo.formats import registry\n\nregistry.register_builtins()\n"
        ),
        "demo/formats.py": (
            "class Registry:\n"
            f"{register}\n"
            "    def register_builtins(self):\n        self.register('csv', 'text/csv')\n\n\n"
            "registry = Registry()\n"
        ),
    }


_BY_KEY = (
    "    def register(self, key, kind):\n"
    "        from demo.core import Dataset\n\n"
    "        setattr(Dataset, key, property(lambda self: kind))\n"
)
_BY_LITERAL_LOOP = (
    "    def register(self, key, kind):\n"
    "        from .core import Dataset\n\n"
    "        for name in ('json', 'yaml'):\n"
    "            setattr(Dataset, name, property(lambda self: kind))\n"
)


def test_a_class_a_function_patches_by_unspelled_names_loses_no_member(tmp_path: Path) -> None:
    found = diffed(tmp_path, _REGISTRY_OLD, _registry_new(_BY_KEY))
    assert ("removed", "demo.Dataset.csv") not in found
    assert ("removed", "demo.core.Dataset.csv") not in found
    assert ("removed", "demo.Other.gone") in found  # the sibling: no function patches `Other`
    # a loop over literal names spells them: `csv` is not among them, still claimed
    spelled = diffed(tmp_path / "spelled", _REGISTRY_OLD, _registry_new(_BY_LITERAL_LOOP))
    assert ("removed", "demo.Dataset.csv") in spelled


def test_tablib_1_0_still_gives_dataset_its_formats() -> None:
    found = changes("tablib", "0.14.0", "1.0.0")
    for fmt in ("csv", "json", "xlsx", "yaml", "html", "df"):
        assert ("removed", f"tablib.Dataset.{fmt}") not in found
    assert ("removed", "tablib.packages.statistics") in found  # really gone


# -- a positional parameter renamed to a *required* one beside a `**kwargs` that takes the old name is renamed, not
# made keyword-only: a keyword caller passing the old name leaves the new one missing (ocrmypdf 17's
# `ocr(input_file_or_options, output_file=None, ..., **kwargs)` refuses `ocr(input_file=..., output_file=...)`) --

_RENAMED_OLD = {
    "demo/__init__.py": (
        "class Options:\n    def __init__(self, input_file=None, output_file=None):\n"
        "        self.input_file = input_file\n\n\n"
        "def ocr(input_file, output_file, **kwargs):\n    return Options(input_file, output_file, **kwargs)\n"
    )
}


def _renamed_new(default: str) -> dict[str, str]:
    return {
        "demo/__init__.py": (
            "class Options:\n    def __init__(self, input_file=None, output_file=None):\n"
            "        self.input_file = input_file\n\n\n"
            f"def ocr(input_file_or_options{default}, output_file=None, **kwargs):\n"
            "    return Options(output_file=output_file, **kwargs)\n"
        )
    }


def test_a_rename_to_a_required_parameter_stands_beside_kwargs(tmp_path: Path) -> None:
    delta = diffed(tmp_path, _RENAMED_OLD, _renamed_new(""))[("signature_changed", "demo.ocr")].signature
    assert delta is not None
    assert delta.renamed == (("input_file", "input_file_or_options"),)
    assert delta.made_keyword_only == ()
    # the sibling: a new parameter with a default leaves `ocr(input_file=...)` working through `**kwargs`
    kept = diffed(tmp_path / "kept", _RENAMED_OLD, _renamed_new("=None"))[("signature_changed", "demo.ocr")].signature
    assert kept is not None
    assert kept.made_keyword_only == ("input_file",)


def test_ocrmypdf_17_renamed_the_input_file_of_ocr() -> None:
    found = changes("ocrmypdf", "16.13.0", "17.0.0")
    for path in ("ocrmypdf.ocr", "ocrmypdf.api.ocr"):
        delta = found[("signature_changed", path)].signature
        assert delta is not None
        assert delta.renamed == (("input_file", "input_file_or_options"),)
        assert "input_file" not in delta.made_keyword_only


# -- a bare generic inside a type argument takes any arguments, as one at the top does: `-> list[tuple]` narrowed to
# `-> list[tuple[str | None, str | None]]` hands callers the same lists (odfdo 3.18's `Manifest.get_path_medias`) --


def _typed(returns: str) -> dict[str, str]:
    return {"demo/__init__.py": f"def medias() -> {returns}:\n    return []\n"}


def test_a_bare_generic_argument_narrowed_is_no_return_type_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, _typed("list[tuple]"), _typed("list[tuple[str | None, str | None]]"))
    assert ("signature_changed", "demo.medias") not in found
    # the sibling: another element type inside is still claimed
    other = diffed(tmp_path / "other", _typed("list[tuple[int]]"), _typed("list[tuple[str]]"))
    assert "return_type_changed" in other[("signature_changed", "demo.medias")].breakages


def test_odfdo_3_18_get_path_medias_returns_the_same_lists() -> None:
    found = changes("odfdo", "3.17.6", "3.18.0")
    assert ("signature_changed", "odfdo.Manifest.get_path_medias") not in found
    assert ("signature_changed", "odfdo.manifest.Manifest.get_path_medias") not in found


# -- a release written for Python 2 (a module Python 3 refuses for its `print` statement, `except E, e:`, `0x00L`)
# returned bytes from `''.join(...)`: 1.0's `b''.join(...)` is no "returns bytes where it returned str" (xlwt 0.7.5's
# `Worksheet.get_biff_data`) --

_TEXT_OLD = {
    "demo/__init__.py": "def data(parts):\n    return ''.join(parts)\n",
    "demo/legacy.py": "def shout(x):\n    print x\n",
}
_TEXT_NEW = {"demo/__init__.py": "def data(parts):\n    return b''.join(parts)\n", "demo/legacy.py": ""}


def test_str_and_bytes_read_from_python_2_literals_tell_nothing(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.data") not in diffed(tmp_path, _TEXT_OLD, _TEXT_NEW)
    # the sibling: a Python 3 release's `''` is str, and `b''` is not
    python3 = {**_TEXT_OLD, "demo/legacy.py": "def shout(x):\n    print(x)\n"}
    found = diffed(tmp_path / "python3", python3, _TEXT_NEW)
    assert "returned_type_changed" in found[("signature_changed", "demo.data")].breakages
    # nor does a Python 2 copy in another folder make the package's own modules Python 2 (tablib 0.12's dbfpy)
    vendored = {**python3, "demo/vendored/__init__.py": "", "demo/vendored/legacy.py": _TEXT_OLD["demo/legacy.py"]}
    beside = diffed(tmp_path / "vendored", vendored, {**_TEXT_NEW, "demo/vendored/__init__.py": ""})
    assert "returned_type_changed" in beside[("signature_changed", "demo.data")].breakages


def test_xlwt_1_0_get_biff_data_returns_what_0_7_5_returned_on_python_2() -> None:
    assert ("signature_changed", "xlwt.Worksheet.Worksheet.get_biff_data") not in changes("xlwt", "0.7.5", "1.0.0")
