"""hunt57b: classes found sweeping LLM application frameworks, agents, embeddings and vector-database clients."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.apidiff.lazydeps import DependencyTree
from bot.apidiff.model import Surface
from bot.cli.main import app
from bot.config import get_settings
from bot.jobs.analysis import Analyser
from bot.jobs.analysis_worker import Extractor
from tests.pypi_replay import serve_http
from tests.test_apidiff_core import wheel
from tests.test_apidiff_service import PinnedPyPI
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a variable named through a local the module binds only to literals, one per branch (`if provider == "a": name
# = "A_KEY"` / `else: name = "B_KEY"`, then `os.getenv(name)`) was no read: both were claimed no longer read --

_LOCAL_OLD = '''import os


class Search:
    def __init__(self):
        self.key = os.getenv("DEMO_SERP_KEY")
        self.other = os.getenv("DEMO_OLD_KEY")
'''
_LOCAL_NEW = '''import os


class Search:
    def __init__(self, provider="serp"):
        if provider == "serp":
            key_name = "DEMO_SERP_KEY"
        else:
            key_name = "DEMO_SERPER_KEY"
        self.key = os.getenv(key_name)
        held = compute()
        self.other = os.getenv(held)


def compute():
    return "DEMO_" + "X"
'''


def test_a_variable_named_through_a_local_bound_to_literals_is_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _LOCAL_OLD}, {"demo/__init__.py": _LOCAL_NEW})
    assert ("env_var_removed", "env:DEMO_SERP_KEY") not in found
    # a local bound to a computed value names no variable the text tells: the old one's removal is still claimed
    assert ("env_var_removed", "env:DEMO_OLD_KEY") in found


def test_smolagents_1_10_still_reads_serpapi_api_key() -> None:
    found = changes("smolagents", "1.9.2", "1.10.0")
    assert ("env_var_removed", "env:SERPAPI_API_KEY") not in found
    assert ("removed", "smolagents.e2b_executor") in found  # the module really went


# -- a variable the release stopped reading, now read by a release that a newly required metapackage pins (marvin 3.0
# requires pydantic-ai, which ships no code and pins pydantic-ai-slim): only the metapackage was read for it --


async def test_the_releases_a_required_metapackage_pins_are_read_for_the_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meta = wheel(tmp_path / "meta", {"meta-1.2.dist-info/METADATA": "Name: meta\nRequires-Dist: holder[extra]==1.2\n"})
    holder = wheel(tmp_path / "holder", {"holder/__init__.py": "import os\nKEY = os.environ.get('APP_KEY')\n"})
    coded = wheel(tmp_path / "coded", {"coded/__init__.py": "X = 1\n", "coded-1.2.dist-info/METADATA": (
        "Name: coded\nRequires-Dist: other==1.2\n")})
    where = {"meta": meta, "holder": holder, "coded": coded}
    extracted: list[str] = []

    class Client:
        async def project(self, name: str) -> Any:
            return type("P", (), {"releases": [type("R", (), {"version": "1.2", "yanked": False})]})

        async def unpacked(self, name: str, version: str) -> Path:
            return where[name]

        async def readable(self, name: str, version: str) -> tuple[Any, Path]:
            extracted.append(name)
            return type("F", (), {"sha256": name})(), where[name]

    async def dependencies(
        self: Extractor, wanted: list[str], trees: list[DependencyTree], env_names: list[str] | None = None
    ) -> list[Surface]:
        return [Surface(tree.package, tree.version) for tree in trees]

    monkeypatch.setattr(Extractor, "dependencies", dependencies)
    old = Surface("demo", "1.0", env_vars={"APP_KEY": ("demo/__init__.py", 2)})
    found = await Analyser(Client()).dependency_surfaces(old, Surface("demo", "2.0", requires=("meta>=1",)))  # type: ignore[arg-type]
    assert [s.package for s in found] == ["meta", "holder"]
    # a required distribution with code of its own is read, not what it pins (nor is it extracted whole for its pins)
    found = await Analyser(Client()).dependency_surfaces(old, Surface("demo", "2.0", requires=("coded>=1",)))  # type: ignore[arg-type]
    assert [s.package for s in found] == ["coded"] and extracted == ["meta"]


def test_marvin_3_0_openai_api_key_is_read_by_what_pydantic_ai_pins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pypi = PinnedPyPI({"marvin": ["2.3.8", "3.0.0"], "pydantic-ai": ["2.66.0"], "pydantic-ai-slim": ["2.66.0"]})
    with serve_http(pypi) as url:  # type: ignore[arg-type]
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("DATA_DIR", str(tmp_path))
        get_settings.cache_clear()
        try:
            result = CliRunner().invoke(app, ["diff", "marvin", "2.3.8", "3.0.0", "--format", "json"])
        finally:
            get_settings.cache_clear()
    found = {(c["kind"], c["symbol"]) for c in json.loads(result.stdout)["changes"]}
    assert ("env_var_removed", "env:OPENAI_API_KEY") not in found
    assert ("env_var_removed", "env:MARVIN_SLACK_API_TOKEN") in found  # the Slack tools really went


# -- keys `**kwargs` refuses in a loop over a literal collection (`for k in {"config", "index_api"}: if k in kwargs:
# raise ...`) were taken as accepted: the parameters they named were claimed "now keyword-only", a refused option
# went unclaimed --

_REFUSED_OLD = '''class Client:
    def __init__(self, api_key=None, config=None, **kwargs):
        self.options = dict(kwargs)
        self.legacy = kwargs.get("legacy")
'''
_REFUSED_NEW = '''class Client:
    def __init__(self, api_key=None, **kwargs):
        for name in {"config", "legacy"}:
            if name in kwargs:
                raise NotImplementedError(f"{name} is no longer supported")
        self.__dict__.update(kwargs)  # every other keyword taken (a dict kept whole on `self` is unknown: keptkwargs)
'''


def test_keys_refused_in_a_loop_over_literals_are_no_longer_accepted(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _REFUSED_OLD}, {"demo/__init__.py": _REFUSED_NEW})
    claim = found[("signature_changed", "demo.Client")]
    assert claim.signature is not None and claim.signature.made_keyword_only == ()
    assert {"param_absorbed_rejected", "kwargs_option_removed"} <= set(claim.breakages)
    # a loop that only reads the keys is no refusal
    reading = _REFUSED_NEW.replace('raise NotImplementedError(f"{name} is no longer supported")', "print(name)")
    kept = diffed(tmp_path / "reading", {"demo/__init__.py": _REFUSED_OLD}, {"demo/__init__.py": reading})
    assert "param_absorbed_rejected" not in kept[("signature_changed", "demo.Client")].breakages


def test_pinecone_6_refuses_config_and_openapi_config() -> None:
    claim = changes("pinecone", "5.4.2", "6.0.0")[("signature_changed", "pinecone.Pinecone")]
    assert claim.signature is not None and claim.signature.made_keyword_only == ()
    assert {"config", "index_api", "openapi_config"} <= set(claim.signature.removed)
