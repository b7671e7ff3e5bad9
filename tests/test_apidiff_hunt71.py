"""False claims found by a precision sweep over pydantic-based, typing-heavy and stub-shipping libraries never
measured (cattrs, sqlmodel, pynamodb, mimesis, reflex, nicegui, ...): each class on a synthetic pair, the true
reports beside it kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a pydantic model whose own `__init__(self, **data)` hands `**data` to pydantic's (`super().__init__(**data)`):
# pydantic validates the keywords against the instance's class, so every field is still a keyword the constructor
# takes; only a field really gone (or one the body passes beside `**data`) is a claim --

_MODEL = "from pydantic import BaseModel\n\n\nclass Job(BaseModel):\n    name: str\n    retries: int = 0\n"
_FORWARDING = (
    "from pydantic import BaseModel\n\n\nclass Job(BaseModel):\n    name: str\n    retries: int = 0\n\n"
    "    def __init__(self, **data):\n        super().__init__(**data)\n        self._seen = True\n"
)


def _demo(source: str) -> dict[str, str]:
    return {"demo/__init__.py": source}


def test_fields_a_model_init_hands_to_pydantic_are_still_taken(tmp_path: Path) -> None:
    found = diffed(tmp_path, _demo(_MODEL), _demo(_FORWARDING))
    assert ("signature_changed", "demo.Job") not in found
    # with a named parameter of its own beside `**data`: the other fields still reach pydantic
    named = _FORWARDING.replace(
        "(self, **data):\n        super().__init__(**data)",
        "(self, name: str, **data):\n        super().__init__(name=name, **data)",
    )
    assert ("signature_changed", "demo.Job") not in diffed(tmp_path / "named", _demo(_MODEL), _demo(named))
    # inherited from a model of the release with no `__init__` of its own: the same
    base = _MODEL.replace("class Job(BaseModel)", "class _Base(BaseModel)") + "\n\nclass Job(_Base):\n    pass\n"
    sub = _MODEL.replace("class Job(BaseModel)", "class _Base(BaseModel)") + (
        "\n\nclass Job(_Base):\n    def __init__(self, **data):\n        super().__init__(**data)\n"
    )
    assert ("signature_changed", "demo.Job") not in diffed(tmp_path / "sub", _demo(base), _demo(sub))
    # `BaseModel.__init__(self, **data)` spelled out: the same call
    spelled = _FORWARDING.replace("super().__init__(**data)", "BaseModel.__init__(self, **data)")
    assert ("signature_changed", "demo.Job") not in diffed(tmp_path / "spelled", _demo(_MODEL), _demo(spelled))


_TWO_HOPS = (
    "from pydantic import BaseModel\n\n\nclass Base(BaseModel):\n    name: str\n\n"
    "    def __init__(self, **data):\n        super().__init__(**data)\n\n\n"
    "class Job(Base):\n    retries: int = 0\n\n    def __init__(self, **data):\n        super().__init__(**data)\n"
)


def test_fields_handed_through_a_base_model_init_are_the_instance_class_fields(tmp_path: Path) -> None:
    # `Job(...)` -> `Base.__init__` -> pydantic's, which validates against `Job`: `retries` too is taken
    old = _demo(
        _MODEL.replace("class Job(BaseModel)", "class Base(BaseModel)").replace("    retries: int = 0\n", "")
        + "\n\nclass Job(Base):\n    retries: int = 0\n"
    )
    assert ("signature_changed", "demo.Job") not in diffed(tmp_path, old, _demo(_TWO_HOPS))
    gone = _TWO_HOPS.replace("    retries: int = 0\n", "")
    change = diffed(tmp_path / "gone", old, _demo(gone))["signature_changed", "demo.Job"]
    assert "parameter 'retries' removed" in change.detail
    assert "'name'" not in change.detail


def test_a_field_gone_or_passed_beside_data_is_still_claimed(tmp_path: Path) -> None:
    gone = _FORWARDING.replace("    retries: int = 0\n", "")
    change = diffed(tmp_path, _demo(_MODEL), _demo(gone))["signature_changed", "demo.Job"]
    assert "parameter 'retries' removed" in change.detail
    assert "'name'" not in change.detail
    # `super().__init__(retries=3, **data)`: a caller's `retries=` is passed twice, TypeError
    beside = _FORWARDING.replace("super().__init__(**data)", "super().__init__(retries=3, **data)")
    change = diffed(tmp_path / "beside", _demo(_MODEL), _demo(beside))["signature_changed", "demo.Job"]
    assert "parameter 'retries' removed" in change.detail
    assert "'name'" not in change.detail


def test_ollama_0_4_pydantic_models_keep_their_true_constructor_claims() -> None:
    # 0.4 turned its TypedDicts into pydantic models (no `__init__` of their own): a field without a default is a
    # required keyword, which a dict built without it never needed
    found = changes("ollama", "0.3.3", "0.4.0")
    # a TypedDict's constructor takes its keys as keywords none of which it requires (ra71's rule)
    message = found["signature_changed", "ollama.Message"]
    assert "parameter 'role' lost its default" in message.detail
    assert message.breakage == "record_field_made_required"
    assert "new required parameter 'message'" in found["signature_changed", "ollama.ChatResponse"].detail
    assert "parameter 'stream' is now keyword-only" in found["signature_changed", "ollama.Client.chat"].detail


def test_a_plain_class_forwarding_to_its_base_is_still_read_through(tmp_path: Path) -> None:
    # not a model: the base's own `__init__` is read, and positional callers lost their slots
    old = _demo("class Base:\n    def __init__(self, a, b=0):\n        self.a = a\n\n\nclass Job(Base):\n    pass\n")
    new = _demo(
        "class Base:\n    def __init__(self, a, b=0):\n        self.a = a\n\n\n"
        "class Job(Base):\n    def __init__(self, **kw):\n        super().__init__(**kw)\n"
    )
    change = diffed(tmp_path, old, new)["signature_changed", "demo.Job"]
    assert "parameter 'a' is now keyword-only" in change.detail


# -- a class attribute its metaclass's `__getattr__` still answers by name (a deprecation shim on the class itself):
# `Cls.NAME` still works, warning; a method so answered is still lost to instances, which never ask the metaclass --

_META = (
    "import warnings\n\n\nclass _Meta(type):\n    def __getattr__(cls, name):\n        if name == 'TIMEOUT':\n"
    "            warnings.warn('TIMEOUT is deprecated, use LIMIT', DeprecationWarning)\n            return 30\n"
    "        raise AttributeError(name)\n\n\n"
)


def test_a_class_attribute_the_metaclass_getattr_answers_is_deprecated_not_removed(tmp_path: Path) -> None:
    old = _demo("class Client:\n    TIMEOUT = 30\n    LIMIT = 30\n\n\nclass Sub(Client):\n    pass\n")
    new = _demo(_META + "class Client(metaclass=_Meta):\n    LIMIT = 30\n\n\nclass Sub(Client):\n    pass\n")
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.Client.TIMEOUT") not in found
    assert ("removed", "demo.Sub.TIMEOUT") not in found
    assert found["deprecated", "demo.Client.TIMEOUT"].detail == "TIMEOUT is deprecated, use LIMIT"
    # the shim dropped in turn: now removed
    assert ("removed", "demo.Client.TIMEOUT") in diffed(
        tmp_path / "dropped", new, _demo("class Client:\n    LIMIT = 30\n")
    )


def test_a_method_only_the_metaclass_getattr_answers_is_removed_for_instances(tmp_path: Path) -> None:
    old = _demo("class Client:\n    def TIMEOUT(self):\n        return 30\n")
    new = _demo(_META + "class Client(metaclass=_Meta):\n    pass\n")
    change = diffed(tmp_path, old, new)["removed", "demo.Client.TIMEOUT"]
    assert "instances never ask it" in change.detail


# -- a keyword "newly required" that the old `**kwargs` carried, hop by hop, to a callable of the release that
# already required it (an option its body raises without): a call leaving it out failed then too --

_BASE = (
    "class Base:\n    def __init__(self, **opts):\n        name = opts.get('name', None)\n"
    "        if not isinstance(name, str):\n            raise TypeError('a name is required')\n"
    "        self.name = name\n\n\n"
)
_CHAIN = (
    "class Mid(Base):\n    def __init__(self, *args, **kw):\n        Base.__init__(self, *args, **kw)\n\n\n"
    "class Item(Mid):\n    def __init__(self, **kw):\n        self.kind = kw.get('kind')\n        super().__init__(**kw)\n"
)
_INHERITED = "class Mid(Base):\n    pass\n\n\nclass Item(Mid):\n    pass\n"


def test_a_keyword_the_old_kwargs_chain_already_required_is_not_newly_required(tmp_path: Path) -> None:
    found = diffed(tmp_path, _demo(_BASE + _CHAIN), _demo(_BASE + _INHERITED))
    assert ("signature_changed", "demo.Item") not in found
    # optional where the old chain went, required now: still claimed
    optional = "class Base:\n    def __init__(self, **opts):\n        self.name = opts.get('name')\n\n\n"
    change = diffed(tmp_path / "optional", _demo(optional + _CHAIN), _demo(_BASE + _INHERITED))
    assert "new required parameter 'name'" in change["signature_changed", "demo.Item"].detail


def test_pyqtgraph_0_13_4_bool_or_radio_parameter_always_required_a_name() -> None:
    found = changes("pyqtgraph", "0.13.3", "0.13.4")
    # 0.13.3's `BoolOrRadioParameter(**kargs)` reached `Parameter.__init__(**opts)`, which raises without `name`
    assert ("signature_changed", "pyqtgraph.parametertree.parameterTypes.checklist.BoolOrRadioParameter") not in found
    # the true claims of the pair stay
    assert "parameter 'cmap' removed" in found["signature_changed", "pyqtgraph.ColorBarItem"].detail
    assert (
        "'devicePixelRatio' is now keyword-only" in found["signature_changed", "pyqtgraph.opengl.GLViewWidget"].detail
    )
    itemclass = found["signature_changed", "pyqtgraph.parametertree.Parameter.itemClass"]
    assert "without a setter" in itemclass.detail
