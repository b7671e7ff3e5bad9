"""False claims found by hunt40 on API clients and SDKs nobody tuned on: each class on its pinned real example, on a
synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a settable cache (`functools.cached_property`) handed on by a module of the release --


def test_anthropic_text_stream_became_a_cached_property_still_assignable() -> None:
    # 2.16.0 assigns `self.text_stream = self.__stream_text__()` in `__init__`; 2.17.0 decorates `text_stream` with
    # `cached_property` from `anthropic._compat`, which is `from functools import cached_property as cached_property`
    # (beside `cached_property = property` under `if TYPE_CHECKING:`): no `__set__`, so assigning it still works
    found = changes("anthropic", "2.16.0", "2.17.0")
    for owner in ("MessageStream", "AsyncMessageStream", "BetaMessageStream", "BetaAsyncMessageStream"):
        assert ("signature_changed", f"anthropic.lib.streaming.{owner}.text_stream") not in found


_COMPAT = {
    "functools": "from functools import cached_property as cached_property\n",
    "typing": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    cached_property = property\nelse:\n"
    "    from functools import cached_property as cached_property\n",
    "two hops": "from demo._cache import cached_property\n",
}
_USE = {
    "from": "from demo._compat import cached_property\n\nclass Stream:\n    @cached_property\n",
    "relative": "from ._compat import cached_property\n\nclass Stream:\n    @cached_property\n",
    "module": "from demo import _compat\n\nclass Stream:\n    @_compat.cached_property\n",
}
_OLD_STREAM = "class Stream:\n    def __init__(self):\n        self.text = iter(())\n"


def _stream(compat: str, use: str) -> dict[str, dict[str, str]]:
    new = {
        "demo/__init__.py": "",
        "demo/_compat.py": compat,
        "demo/_cache.py": "from functools import cached_property\n",
        "demo/stream.py": use + "    def text(self):\n        return iter(())\n",
    }
    return {"old": {"demo/__init__.py": "", "demo/stream.py": _OLD_STREAM}, "new": new}


@pytest.mark.parametrize("compat", sorted(_COMPAT))
@pytest.mark.parametrize("use", sorted(_USE))
def test_a_cached_property_handed_on_by_the_release_stays_assignable(tmp_path: Path, compat: str, use: str) -> None:
    pair = _stream(_COMPAT[compat], _USE[use])
    assert ("signature_changed", "demo.stream.Stream.text") not in diffed(tmp_path, pair["old"], pair["new"])


_NOT_SETTABLE = {
    "own class": "class cached_property:\n    def __init__(self, f):\n        self.f = f\n"
    "    def __get__(self, obj, cls=None):\n        return self.f(obj)\n"
    "    def __set__(self, obj, value):\n        raise AttributeError('read-only')\n",
    "property": "cached_property = property\n",
    "another library's": "from somewhere_else import cached_property\n",
}


@pytest.mark.parametrize("compat", sorted(_NOT_SETTABLE))
def test_a_property_handed_on_by_the_release_is_still_claimed_read_only(tmp_path: Path, compat: str) -> None:
    pair = _stream(_NOT_SETTABLE[compat], _USE["from"])
    found = diffed(tmp_path, pair["old"], pair["new"])
    assert found[("signature_changed", "demo.stream.Stream.text")].breakage == "attribute_made_read_only"


# -- a lazy module put in the module's own place, serving the names its import table lists by submodule --


def test_haystack_3_tools_served_by_a_lazy_importer_are_not_removed() -> None:
    # 3.0.0's `haystack/tools/__init__.py`: `_import_structure = {"toolset": ["Toolset"], ...}` and, outside `if
    # TYPE_CHECKING:`, `sys.modules[__name__] = LazyImporter(name=__name__, module_file=__file__,
    # import_structure=_import_structure, extra_objects={...})`; 2.31.0 imported them eagerly
    found = changes("haystack-ai", "2.31.0", "3.0.0")
    for name in ("Toolset", "ComponentTool", "PipelineTool", "SearchableToolset", "ToolsType", "warm_up_tools"):
        assert ("removed", f"haystack.tools.{name}") not in found
    assert ("removed", "haystack.tools.Tool") not in found  # an eager import handed on as `extra_objects`
    # names both releases serve lazily are compared: those 3.0 dropped from its tables are claimed
    assert ("removed", "haystack.components.rankers.TransformersSimilarityRanker") in found
    assert ("removed", "haystack.dataclasses.AgentSnapshot") in found
    assert ("removed", "haystack.AsyncPipeline") in found  # gone from `haystack` and its `core.pipeline`


_EAGER = "from demo.tools.toolset import Toolset\nfrom demo.tools.tool import Tool\n"
_LAZY = {
    "haystack": "import sys\nfrom typing import TYPE_CHECKING\nfrom lazy_imports import LazyImporter\n"
    "from demo.tools.tool import Tool\n_import_structure = {'toolset': ['Toolset']}\nif TYPE_CHECKING:\n"
    "    from .toolset import Toolset as Toolset\nelse:\n    sys.modules[__name__] = LazyImporter(name=__name__, "
    "module_file=__file__, import_structure=_import_structure, extra_objects={'Tool': Tool})\n",
    "transformers": "import sys\nfrom demo.utils import _LazyModule\nfrom demo.tools.tool import Tool\n"
    "_import_structure = {'toolset': ['Toolset']}\n"
    "sys.modules[__name__] = _LazyModule(__name__, globals()['__file__'], _import_structure, module_spec=__spec__)\n",
    "inline dotted": "import sys\nfrom lazy_imports import LazyImporter\nfrom demo.tools.tool import Tool\n"
    "sys.modules['demo.tools'] = LazyImporter(__name__, __file__, {'.toolset': ['Toolset']})\n",
    "absolute": "import sys\nfrom lazy_imports import LazyImporter\nfrom demo.tools.tool import Tool\n"
    "sys.modules[__name__] = LazyImporter(__name__, __file__, {'demo.tools.toolset': ['Toolset']})\n",
}
_TOOLS = {
    "demo/__init__.py": "",
    "demo/utils.py": "class _LazyModule:\n    def __init__(self, name, file, structure, module_spec=None): ...\n",
    "demo/tools/tool.py": "class Tool:\n    def run(self, query): ...\n",
    "demo/tools/toolset.py": "class Toolset:\n    def run(self, query, limit=10): ...\n",
}


@pytest.mark.parametrize("style", sorted(_LAZY))
def test_names_a_lazy_module_serves_from_its_table_are_not_removed(tmp_path: Path, style: str) -> None:
    old = {**_TOOLS, "demo/tools/__init__.py": _EAGER}
    new = {**_TOOLS, "demo/tools/__init__.py": _LAZY[style]}
    new["demo/tools/toolset.py"] = "class Toolset:\n    def run(self, query): ...\n"
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.tools.Toolset") not in found
    assert ("removed", "demo.tools.Tool") not in found
    # what it serves is compared under the served path: the removed parameter is claimed there
    assert "limit" in found[("signature_changed", "demo.tools.Toolset.run")].detail


def test_a_name_dropped_from_a_lazy_table_is_still_claimed(tmp_path: Path) -> None:
    old = {**_TOOLS, "demo/tools/__init__.py": _EAGER}
    dropped = (
        _LAZY["haystack"]
        .replace("{'toolset': ['Toolset']}", "{'tool': ['Tool']}")
        .replace("    from .toolset import Toolset as Toolset\n", "    pass\n")
    )
    new = {**_TOOLS, "demo/tools/__init__.py": dropped}
    assert ("removed", "demo.tools.Toolset") in diffed(tmp_path, old, new)


def test_a_replacement_not_handed_the_module_name_serves_no_table(tmp_path: Path) -> None:
    # `sys.modules[__name__] = Proxy(_import_structure)`: a call never told which module it stands for
    old = {**_TOOLS, "demo/tools/__init__.py": _EAGER}
    new = {
        **_TOOLS,
        "demo/tools/__init__.py": "import sys\nfrom proxies import Proxy\n_import_structure = {'toolset': ['Toolset']}\n"
        "sys.modules[__name__] = Proxy(_import_structure)\n",
    }
    assert ("removed", "demo.tools.Toolset") in diffed(tmp_path, old, new)


def test_haystack_3_4_lazy_importer_made_first_serves_its_table_and_extra_objects() -> None:
    found = changes("haystack-ai", "3.3.0", "3.4.0")
    for name in ("Toolset", "ComponentTool", "AgentTool", "warm_up_tools", "tool"):
        assert ("removed", f"haystack.tools.{name}") not in found
    # what 3.4 really removed from the lazily served classes stays claimed
    assert ("removed", "haystack.tools.Toolset.warm_up") in found
    assert ("removed", "haystack.tools.Tool.warm_up") in found


_MADE_FIRST = (
    "import sys\nfrom lazy_imports import LazyImporter\nfrom demo.tools.tool import Tool\n"
    "from demo.tools.tool import run_tool as _run_tool\n_import_structure = {'toolset': ['Toolset']}\n"
    "_module = {call}\nsys.modules[__name__] = _module\n"
)


def test_a_lazy_module_made_under_a_name_first_serves_its_table(tmp_path: Path) -> None:
    old = {**_TOOLS, "demo/tools/__init__.py": _EAGER + "from demo.tools.tool import run_tool\n"}
    old["demo/tools/tool.py"] = new_tool = _TOOLS["demo/tools/tool.py"] + "def run_tool(tool): ...\n"
    call = "LazyImporter(name=__name__, import_structure=_import_structure, extra_objects={'run_tool': _run_tool})"
    new = {**_TOOLS, "demo/tools/tool.py": new_tool, "demo/tools/__init__.py": _MADE_FIRST.replace("{call}", call)}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.tools.Toolset") not in found
    assert ("removed", "demo.tools.run_tool") not in found


def test_a_lazy_module_made_first_but_not_handed_the_module_name_serves_nothing(tmp_path: Path) -> None:
    old = {**_TOOLS, "demo/tools/__init__.py": _EAGER}
    call = "LazyImporter(import_structure=_import_structure)"
    new = {**_TOOLS, "demo/tools/__init__.py": _MADE_FIRST.replace("{call}", call)}
    assert ("removed", "demo.tools.Toolset") in diffed(tmp_path, old, new)


# -- a module whose line ends became CRLF (or lone CR): read as Python reads it --


def test_msal_1_38_crlf_module_still_reads_its_environment_variables() -> None:
    # `_get_arc_endpoint()` tests `"IDENTITY_ENDPOINT" in os.environ and "IMDS_ENDPOINT" in os.environ` in both
    # releases; 1.38.0's file has CRLF line ends, and `import os` was not seen at a line's end
    found = changes("msal", "1.37.0", "1.38.0")
    assert ("env_var_removed", "env:IMDS_ENDPOINT") not in found
    # the release's true change stays claimed
    assert ("signature_changed", "msal.oauth2cli.Client.decode_id_token") in found


_READS = (
    "import os\n\n\ndef endpoint():\n    if 'DEMO_ENDPOINT' in os.environ:\n        return os.environ['DEMO_URL']\n"
)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_a_module_with_cr_line_ends_reads_what_it_did(tmp_path: Path, line_end: str) -> None:
    old = {"demo/__init__.py": "", "demo/env.py": _READS}
    new = {"demo/__init__.py": "", "demo/env.py": _READS.replace("\n", line_end)}
    found = diffed(tmp_path, old, new)
    assert ("env_var_removed", "env:DEMO_ENDPOINT") not in found
    assert ("env_var_removed", "env:DEMO_URL") not in found


def test_a_crlf_module_that_stopped_reading_a_variable_is_still_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/env.py": _READS}
    new = {"demo/__init__.py": "", "demo/env.py": _READS.replace("'DEMO_ENDPOINT' in os.environ", "True")}
    new["demo/env.py"] = new["demo/env.py"].replace("\n", "\r\n")
    found = diffed(tmp_path, old, new)
    assert ("env_var_removed", "env:DEMO_ENDPOINT") in found
    assert ("env_var_removed", "env:DEMO_URL") not in found
