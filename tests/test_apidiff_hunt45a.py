"""hunt45a: false claims found sweeping API client SDKs and service wrappers."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces
from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import Surface
from bot.apidiff.raw import RawModule
from bot.apidiff.release import read_file
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a proxy variable the release stopped reading itself, still honoured by `urllib.request.getproxies` --


def test_python_telegram_bot_20_proxy_variables_are_read_by_httpx() -> None:
    # 13.15's `utils/request.py` read `HTTPS_PROXY`/`https_proxy`; 20.0 hands requests to httpx, whose
    # `from urllib.request import getproxies` reads every `*_proxy` variable (20.0's docs point users at them)
    found = changes("python-telegram-bot", "13.15", "20.0", ("httpx", "0.23.1"))
    for name in ("HTTPS_PROXY", "https_proxy"):
        assert ("env_var_removed", f"env:{name}") not in found
    assert ("env_var_removed", "env:GAE_VM") in found  # the vendored urllib3's App Engine probe did go
    # without the dependency's surface too: 20.0 imports httpx, whose client scans them for every request it sends
    alone = changes("python-telegram-bot", "13.15", "20.0")
    assert ("env_var_removed", "env:HTTPS_PROXY") not in alone
    assert ("env_var_removed", "env:GAE_VM") in alone


def test_a_release_calling_getproxies_still_reads_proxy_variables(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "import os\nPROXY = os.environ.get('HTTPS_PROXY')\nNOPE = os.environ.get('NO_PROXY')\n"}
    new = {"demo/__init__.py": "import urllib.request\nPROXIES = urllib.request.getproxies()\n"}
    assert not any(kind == "env_var_removed" for kind, _ in diffed(tmp_path, old, new))
    gone = {"demo/__init__.py": "PROXIES = {}\n"}
    assert ("env_var_removed", "env:HTTPS_PROXY") in diffed(tmp_path, old, gone)


def test_a_dependency_importing_getproxies_reads_proxy_variables(tmp_path: Path) -> None:
    root = tmp_path / "dep"
    files = {
        "dep/_utils.py": "from urllib.request import getproxies\ndef proxies():\n    return getproxies()\n",
        "dep/notes.py": "NOTE = 'see getproxies'\n",  # spelled, neither imported from urllib nor called
        "dep/compat.py": "from .vendored import getproxies\n",  # its own helper of that name: not the stdlib's
    }
    (root / "dep-1.0.dist-info").mkdir(parents=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)

    def whole(file: ModuleFile) -> RawModule:
        return read_file(file)

    names = ["HTTPS_PROXY", "no_proxy", "APP_HOME"]
    [partial] = partial_surfaces(
        [], [DependencyTree("dep", "1.0", root)], lambda f: read_file(f, lazy=True), names, whole
    )
    assert partial.env_vars == {"HTTPS_PROXY": ("dep/_utils.py", 1), "no_proxy": ("dep/_utils.py", 1)}
    old = {"demo/__init__.py": "import os\nPROXY = os.environ.get('HTTPS_PROXY')\nHOME = os.environ.get('APP_HOME')\n"}
    new = {"demo/__init__.py": "PROXY = None\nHOME = None\n"}
    before, after = surface(tmp_path / "a", old, "1.0"), surface(tmp_path / "b", new, "2.0")
    assert [c.symbol for c in diff_surfaces(before, after, [partial])] == ["env:APP_HOME"]
    assert [c.symbol for c in diff_surfaces(before, after, [Surface("dep", "1.0")])] == [
        "env:APP_HOME",
        "env:HTTPS_PROXY",
    ]
