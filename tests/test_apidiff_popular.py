"""False-report classes found on popular pure-Python releases never tuned on (pydantic 1.10→2.0, sqlalchemy
1.4→2.0, redis 4.6→5.0, websockets 10.4→11.0): each on its pinned real example and on a synthetic sibling."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.model import Param, ParamKind
from bot.apidiff.signature import compare_params
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

KO = ParamKind.KEYWORD_ONLY


# -- a 2-letter option "renamed" to a longer name it is a suffix of (`lt` -> `validate_default`) --

def test_pydantic_2_field_info_still_takes_lt() -> None:
    found = changes("pydantic", "1.10.9", "2.0")
    detail = found["signature_changed", "pydantic.fields.FieldInfo"].detail or ""
    assert "'lt'" not in detail and "renamed" not in detail  # `FieldInfo(**kwargs)` still collects `lt=` (metadata)
    assert "parameter 'default' is now keyword-only" in detail  # `FieldInfo(5)` fails: true


def test_short_names_pair_by_affix_only_from_three_letters() -> None:
    delta = compare_params((Param("lt", KO, True),), (Param("validate_default", KO, True),))
    assert delta is not None and delta.removed == ("lt",) and not delta.renamed
    delta = compare_params((Param("bind", KO, True),), (Param("bind_key", KO, True),))
    assert delta is not None and delta.renamed == (("bind", "bind_key"),)


# -- a name the two branches of an undecided `if` bind differently: one branch's guess is no claim --

def test_sqlalchemy_2_claims_nothing_about_names_bound_per_interpreter() -> None:
    found = changes("sqlalchemy", "1.4.52", "2.0.0")
    # `if py37: OrderedDict = dict / else: class OrderedDict(dict)`: users on Python 3.7+ had dict's methods
    assert not {s for (_, s) in found if s.startswith("sqlalchemy.util.OrderedDict.")}
    # `class quoted_name(util.MemoizedSlots, util.text_type)`, where `if py3k: text_type = str` / `else: unicode`
    assert not any("subclass of unicode" in (c.detail or "") for c in found.values())
    # `class ConnectionCharacteristic(util.ABC)` with abc.ABC on Python 3: its methods were abstract already
    assert ("signature_changed", "sqlalchemy.engine.characteristics.ConnectionCharacteristic.get_characteristic") \
        not in found
    assert ("removed", "sqlalchemy.util.OrderedDict") not in found  # still importable (now `dict` itself)
    assert "no longer a subclass of sqlalchemy.sql.base.Generative" in (
        found["signature_changed", "sqlalchemy.sql.schema.Sequence"].detail or "")  # a real lost base, kept


def test_redis_5_cluster_parser_lost_no_branch_guessed_base() -> None:
    found = changes("redis", "4.6.0", "5.0.0")
    # `ClusterParser(DefaultParser)`, `DefaultParser` being `HiredisParser` or `PythonParser` as hiredis is installed
    assert ("signature_changed", "redis.cluster.ClusterParser") not in found
    assert ("signature_changed", "redis.asyncio.cluster.ClusterParser") not in found
    assert "no longer a subclass of redis.client.AbstractRedis" in (found["signature_changed", "redis.Redis"].detail
                                                                     or "")  # a real lost base, kept


_BRANCHES = ("import os\n\nif os.environ.get('FAST'):\n    Base = dict\nelse:\n    class Base(dict):\n"
             "        def iteritems(self):\n            return iter(self.items())\n\n"
             "class Parser(Base):\n    def feed(self, data):\n        pass\n")


def test_undecided_branches_make_the_name_unknown(tmp_path: Path) -> None:
    new = "class Base(dict):\n    pass\n\nclass Parser(list):\n    def feed(self, data):\n        pass\n"
    found = synthetic(tmp_path, _BRANCHES, new)
    assert "demo.Base.iteritems" not in found  # `Base` may have been `dict` all along
    assert "demo.Parser" not in found  # whether it subclassed the old `Base` class depended on the environment
    decided = _BRANCHES.replace("if os.environ.get('FAST'):", "if TYPE_CHECKING:")  # only the else branch runs
    found = synthetic(tmp_path, "from typing import TYPE_CHECKING\n" + decided, new)
    assert found["demo.Base.iteritems"].kind.value == "removed"
    assert "no longer a subclass of demo.Base" in (found["demo.Parser"].detail or "")


def test_a_member_undecided_branches_define_differently_is_unknown(tmp_path: Path) -> None:
    old = ("import os\n\nclass Reader:\n    if os.name == 'nt':\n        def read(self, size):\n            pass\n"
           "    else:\n        def read(self, size, timeout):\n            pass\n")
    new = "class Reader:\n    def read(self):\n        pass\n"
    assert "demo.Reader.read" not in synthetic(tmp_path, old, new)  # which `read` users had depends on the OS
    decided = old.replace("if os.name == 'nt':", "if TYPE_CHECKING:")
    found = synthetic(tmp_path, "from typing import TYPE_CHECKING\n" + decided, new)
    assert found["demo.Reader.read"].detail == "parameter 'size' removed; parameter 'timeout' removed"


def test_same_binding_in_both_branches_and_stand_ins_stay_decided(tmp_path: Path) -> None:
    old = ("import os\n\nif os.environ.get('FAST'):\n    from json import loads\n    class Reader:\n"
           "        def read(self, a):\n            pass\nelse:\n    from json import loads\n"
           "    class Reader:\n        def __init__(self):\n            raise ImportError('needs FAST')\n")
    new = "from json import loads\n\nclass Reader:\n    def read(self):\n        pass\n"
    found = synthetic(tmp_path, old, new)
    assert "parameter 'a' removed" in (found["demo.Reader.read"].detail or "")  # the real class, not the stand-in


# -- a required parameter now taking the first of a `*args` the old body refused empty --

def test_pydantic_2_validator_field_was_required_already() -> None:
    found = changes("pydantic", "1.10.9", "2.0")
    detail = found["signature_changed", "pydantic.validator"].detail or ""
    assert "__field" not in detail  # `validator()` raised ConfigError('validator with no fields specified') in 1.10
    assert "parameter 'whole' removed" in detail  # true


def test_varargs_the_body_required_bind_a_new_required_parameter(tmp_path: Path) -> None:
    guarded = "def pick(*names, strict=False):\n    if not names:\n        raise TypeError('no names')\n"
    assert "demo.pick" not in synthetic(tmp_path, guarded, "def pick(first, *names, strict=False):\n    pass\n")
    assert "demo.pick" not in synthetic(tmp_path, guarded, "def pick(*names, strict=False, loose=True):\n    pass\n")
    two = guarded.replace("if not names:", "if len(names) < 2:")
    detail = synthetic(tmp_path, two, "def pick(a, b, c, *names, strict=False):\n    pass\n")["demo.pick"].detail
    assert detail == "new required parameter 'c'"  # `pick(x, y)` worked: a third is required now
    renamed = synthetic(tmp_path, "def pick(name):\n    pass\n", guarded.replace("strict=False", "strict=True"))
    assert renamed["demo.pick"].detail == "parameter 'name' removed"  # no keyword `names[0]=` to rename it to
    plain = guarded.replace("    if not names:\n        raise TypeError('no names')\n", "    return names\n")
    detail = synthetic(tmp_path, plain, "def pick(first, *names, strict=False):\n    pass\n")["demo.pick"].detail
    assert detail == "new required parameter 'first'"  # `pick()` worked: it fails now


# -- a lost base whose old path still imports, as something the new surface does not record --

def test_websockets_11_connection_is_still_the_protocol_class() -> None:
    found = changes("websockets", "10.4", "11.0")
    # `websockets.connection` now does `from .protocol import Protocol as Connection`: the same class
    assert "subclass" not in (found["signature_changed", "websockets.client.ClientConnection"].detail or "")
    assert ("removed", "websockets.connection.OPEN") in found  # the module-level aliases of 10.4 are gone: true


def test_a_base_still_imported_under_its_old_path_is_not_lost(tmp_path: Path) -> None:
    client = "from demo.{module} import {name}\n\nclass Client({name}):\n    pass\n"
    old = {"demo/__init__.py": "", "demo/connection.py": "class Connection:\n    pass\n",
           "demo/client.py": client.format(module="connection", name="Connection")}
    new = {"demo/__init__.py": "", "demo/protocol.py": "class Protocol:\n    pass\n",
           "demo/connection.py": "from demo.protocol import Protocol as Connection\n",
           "demo/client.py": client.format(module="protocol", name="Protocol")}
    before = surface(tmp_path / "old", old, "1.0")
    found = {c.symbol: c for c in diff_surfaces(before, surface(tmp_path / "new", new, "2.0"))}
    assert "demo.client.Client" not in found  # `Connection` may well be `Protocol` still
    new["demo/connection.py"] = "import demo.protocol\n"  # the name is gone: the lost base is certain
    found = {c.symbol: c for c in diff_surfaces(before, surface(tmp_path / "gone", new, "2.0"))}
    assert found["demo.connection.Connection"].kind.value == "removed"  # the claim (leftover40), not the subclass's
    assert "demo.client.Client" not in found
    new["demo/connection.py"] = "class Connection:\n    pass\n"  # still there: the subclass lost it
    found = {c.symbol: c for c in diff_surfaces(before, surface(tmp_path / "kept", new, "2.0"))}
    assert "no longer a subclass of demo.connection.Connection" in (found["demo.client.Client"].detail or "")
