"""False claims found by hunt50b on templating, documentation tooling, markup and text processing libraries nobody
tuned on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.locate import find_modules
from tests.artifacts import unpacked_release
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a `try` body reading a Python 2 builtin under `except NameError` binds nothing on Python 3 --


def test_chameleon_4_5_token_is_still_a_str_and_its_methods_take_what_they_took() -> None:
    # 4.4: `try: str = unicode / except NameError: pass`, then `class Token(str)` whose `lstrip(self, *args)` hands
    # them to `str.lstrip(self, *args)`; 4.5: no shim, `lstrip(self, chars=None, /)`
    found = changes("chameleon", "4.4.4", "4.5.0")
    assert ("signature_changed", "chameleon.tokenize.Token") not in found  # was "no longer a subclass of unicode"
    for method in ("lstrip", "rstrip", "replace", "split", "strip"):
        assert ("signature_changed", f"chameleon.tokenize.Token.{method}") not in found
    # the pair's true claims stay: `TemplateLoader(search_path, *, formats=None, **kwargs)` took the extension second
    assert ("signature_changed", "chameleon.zpt.loader.TemplateLoader") in found
    assert ("removed", "chameleon.astutil.ASTCodeGenerator") in found


_SHIM = "try:\n    str = unicode\nexcept NameError:\n    pass\n\n\n"
_OLD_TOKEN = (
    "class Token(str):\n    def lstrip(self, *args):\n        return Token(str.lstrip(self, *args))\n\n"
    "    def split(self, *args):\n        return str.split(self, *args)\n"
)


def test_a_python_2_text_shim_under_name_error_leaves_the_builtin(tmp_path: Path) -> None:
    new = (
        "class Token(str):\n    def lstrip(self, chars=None, /):\n        return Token(str.lstrip(self, chars))\n\n"
        "    def split(self, sep=None, maxsplit=-1):\n        return str.split(self, sep, maxsplit)\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _SHIM + _OLD_TOKEN}, {"demo/__init__.py": new})
    assert found == {}


def test_a_python_2_shim_still_sees_a_base_or_an_argument_really_lost(tmp_path: Path) -> None:
    new = (
        "class Token(object):\n    def lstrip(self):\n        return Token(str.lstrip(self))\n\n"
        "    def split(self, sep=None):\n        return str.split(self, sep)\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _SHIM + _OLD_TOKEN}, {"demo/__init__.py": new})
    assert found["signature_changed", "demo.Token"].detail == "no longer a subclass of str"
    assert found["signature_changed", "demo.Token.lstrip"].detail == "parameter 'chars' removed"
    assert found["signature_changed", "demo.Token.split"].detail == "parameter 'maxsplit' removed"


def test_a_try_body_without_a_name_error_handler_still_binds(tmp_path: Path) -> None:
    # no handler catches NameError: the shim is read as written (the module would not import otherwise)
    old = "try:\n    Text = unicode\nexcept ImportError:\n    pass\n\n\nclass Token(Text):\n    pass\n"
    new = "class Token(str):\n    pass\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert found["signature_changed", "demo.Token"].detail == "no longer a subclass of unicode"


# -- `*args` handed to a method that hands them on whole again: what the last callee takes --


_CHAIN_OLD = (
    "class Token(str):\n    def lstrip(self, *args):\n        return Token(str.lstrip(self, *args))\n\n"
    "    def strip(self, *args):\n        return self.lstrip(*args)\n"
)


def test_a_chain_of_pass_through_methods_reaches_the_builtin(tmp_path: Path) -> None:
    new = (
        "class Token(str):\n    def lstrip(self, chars=None, /):\n        return Token(str.lstrip(self, chars))\n\n"
        "    def strip(self, chars=None, /):\n        return self.lstrip(chars)\n"
    )
    assert diffed(tmp_path, {"demo/__init__.py": _CHAIN_OLD}, {"demo/__init__.py": new}) == {}


def test_a_chain_of_pass_through_methods_still_loses_the_argument_dropped(tmp_path: Path) -> None:
    new = (
        "class Token(str):\n    def lstrip(self, chars=None, /):\n        return Token(str.lstrip(self, chars))\n\n"
        "    def strip(self):\n        return self.lstrip()\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _CHAIN_OLD}, {"demo/__init__.py": new})
    assert found["signature_changed", "demo.Token.strip"].detail == "parameter 'chars' removed"


# -- a maturin sdist's `python-source` folder is where its packages are --


def test_jellyfish_0_11_sdist_reads_its_python_source_folder() -> None:
    modules = sorted(m.module for m in find_modules(unpacked_release("jellyfish", "0.11.2")))
    assert modules == ["jellyfish", "jellyfish._jellyfish"]


def _maturin_sdist(tmp_path: Path, maturin: str) -> Path:
    root = tmp_path / "demo-1.0"
    (root / "python" / "demo").mkdir(parents=True)
    (root / "python" / "demo" / "__init__.py").write_text("X = 1\n")
    (root / "src").mkdir()
    (root / "src" / "lib.rs").write_text("// the extension\n")
    (root / "pyproject.toml").write_text(f'[project]\nname = "demo"\n\n[tool.maturin]\n{maturin}\n')
    return tmp_path


@pytest.mark.parametrize("source", ['"python"', '"python/"'])
def test_a_maturin_python_source_folder_holds_the_packages(tmp_path: Path, source: str) -> None:
    assert [m.module for m in find_modules(_maturin_sdist(tmp_path, f"python-source = {source}"))] == ["demo"]


def test_a_folder_no_python_source_names_is_not_read(tmp_path: Path) -> None:
    # the sibling: without `python-source` the build takes packages from the root, where there are none
    assert [m.module for m in find_modules(_maturin_sdist(tmp_path, ""))] == []


# -- a top-level module the release stopped shipping, now a distribution it requires --


def test_cssutils_2_13_encutils_is_installed_by_its_requirement() -> None:
    found = changes("cssutils", "2.11.1", "2.13.0")
    assert ("removed", "encutils") not in found
    assert found == {}  # the pair's only claim was that one


_SPLIT_OLD = {
    "demo/__init__.py": "import encoder\n\n\ndef parse(text):\n    return encoder.detect(text)\n",
    "encoder/__init__.py": "def detect(text):\n    return 'utf-8'\n",
}


def _split_new(requires: str) -> dict[str, str]:
    metadata = "Metadata-Version: 2.1\nName: demo\nVersion: 2.0\n" + requires
    return {"demo/__init__.py": _SPLIT_OLD["demo/__init__.py"], "demo-1.0.dist-info/METADATA": metadata}


def test_a_module_split_out_into_a_required_distribution_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _SPLIT_OLD, _split_new("Requires-Dist: encoder>=1.0\n"))
    assert ("removed", "encoder") not in found
    assert ("removed", "encoder.detect") not in found


@pytest.mark.parametrize(
    "requires",
    ["", "Requires-Dist: encoder; python_version < '3.9'\n", "Requires-Dist: encoder; extra == 'detect'\n"],
)
def test_a_module_no_requirement_installs_everywhere_is_still_removed(tmp_path: Path, requires: str) -> None:
    # the siblings: not required, or required on some installs only: `import encoder` fails on the others
    found = diffed(tmp_path, _SPLIT_OLD, _split_new(requires))
    assert ("removed", "encoder") in found


# -- a module name a package puts in `sys.modules` through `sys.modules.update({...})` --


def test_tatsu_5_18_buffering_is_still_importable_through_sys_modules() -> None:
    found = changes("tatsu", "5.17.1", "5.18.0")
    assert not [path for kind, path in found if path == "tatsu.buffering" or path.startswith("tatsu.buffering.")]
    # the pair's true claims stay: modules dropped with no alias, and a module become a package without a name
    assert ("removed", "tatsu.mixins") in found
    assert ("removed", "tatsu.contexts.decorator.ParseContext") in found


_ALIAS_OLD = {
    "demo/__init__.py": "",
    "demo/infos.py": "class Thing:\n    pass\n",
    "demo/buffering.py": "from .infos import Thing\n\n\ndef fill(text):\n    return text\n",
}


def _alias_new(init: str) -> dict[str, str]:
    return {
        "demo/__init__.py": init,
        "demo/infos.py": _ALIAS_OLD["demo/infos.py"],
        "demo/core/__init__.py": "",
        "demo/core/buffer.py": _ALIAS_OLD["demo/buffering.py"].replace("from .infos", "from ..infos"),
    }


def test_a_module_put_in_sys_modules_by_update_is_no_removal(tmp_path: Path) -> None:
    init = "import sys\n\nfrom .core import buffer\n\nsys.modules.update({'demo.buffering': buffer})\n"
    found = diffed(tmp_path, _ALIAS_OLD, _alias_new(init))
    assert not [path for _, path in found if path.startswith("demo.buffering")]


def test_a_module_no_sys_modules_update_names_is_still_removed(tmp_path: Path) -> None:
    init = "import sys\n\nfrom .core import buffer\n\nsys.modules.update({'demo.buffer': buffer})\n"
    found = diffed(tmp_path, _ALIAS_OLD, _alias_new(init))
    assert ("removed", "demo.buffering") in found
