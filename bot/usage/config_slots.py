"""Where a name spelling a config key sits, and whether that says the app relies on the key.

Two placements are no evidence, so a key the release stops reading is only a possible use there:
- the key set to None (`SQLALCHEMY_POOL_SIZE = None` in Flask-Unchained 0.9's settings class,
  `app.config["K"] = None`, `update(K=None)`): None asks for the default, which is what a key nobody reads gives;
- a key of a dict literal that reaches no call (Indico 3.2.9's module-level `DEFAULTS = {"SQLALCHEMY_POOL_SIZE":
  5, ...}`: its own settings, which it turns into engine options itself), unless the name it is bound to is handed
  to an `update()` or `from_mapping()` in the module (`app.config.update(DEFAULTS)`);
- a bare-word key (`ENV`, no underscore: any program's name) bound to an object made by a call other than an
  environment read (ansible-core 2.12.3's test script `ENV = Environment()`, a jinja2 Environment): a settings
  module sets it to a value (`ENV = "production"`, `ENV = os.environ.get(...)`);
- a string that is no key where it stands: not an index (`config["K"]`), an argument (`config.get("K")`), the
  left of `in`, nor a dict key (moto 3.1.0's CloudFormation tests: `{"Ref": "ENV"}`, a template parameter that
  happens to spell Flask's `ENV`).
"""

from __future__ import annotations

import ast

from bot.usage.guards import name_of

_LOADERS = frozenset({"update", "from_mapping"})
SET_TO_NONE = "sets the config key to None, the default a key nobody reads gives"
UNLOADED_DICT = "a dict key named like the config key; nothing shows the dict is loaded into the app's config"
MADE_OBJECT = "a bare-word name bound to an object a call makes, not a setting's value"
_ENV_READS = frozenset({"get", "getenv", "environ"})
NOT_A_KEY = "a string spelling the config key where no key is looked up or set (a value, an element)"


class ConfigSlots:
    """Learns, from a module's nodes seen in pre-order (parents first), the value set at each config-key name, the
    dicts holding one, and the places where a string is a key."""

    def __init__(self, tree: ast.Module) -> None:
        self._tree = tree
        self._values: dict[int, ast.expr] = {}
        self._holders: dict[int, ast.Dict] = {}
        self._handed: set[int] = set()
        self._bound: dict[int, str] = {}
        self._loaded: frozenset[str] | None = None
        self._keyed: set[int] = set()

    def see(self, node: ast.AST) -> None:
        """Record what `node` says about the names of keys it holds or sets."""
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                self._set(target, node.value)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=False):
                if key is not None:
                    self._values[id(key)] = value
                    self._holders[id(key)] = node
        elif isinstance(node, ast.Call):
            self._handed.update(id(argument) for argument in [*node.args, *(k.value for k in node.keywords)])
            self._keyed.update(id(argument) for argument in node.args)
        elif isinstance(node, ast.Subscript):
            self._keyed.add(id(node.slice))
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], (ast.In, ast.NotIn)):
            self._keyed.add(id(node.left))

    def _set(self, target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, ast.Name):
            self._values[id(target)] = value
            if isinstance(value, ast.Dict):
                self._bound[id(value)] = target.id
        elif isinstance(target, ast.Subscript):
            self._values[id(target.slice)] = value

    def weak(self, node: ast.AST) -> str | None:
        """Why the key named at `node` (a string, a stored name, a keyword) is no evidence, or None when it is."""
        value = node.value if isinstance(node, ast.keyword) else self._values.get(id(node))
        if isinstance(value, ast.Constant) and value.value is None:
            return SET_TO_NONE
        if isinstance(node, ast.Name) and "_" not in node.id and _made(value):
            return MADE_OBJECT
        holder = self._holders.get(id(node))
        if holder is None:
            return NOT_A_KEY if isinstance(node, ast.Constant) and id(node) not in self._keyed else None
        if id(holder) in self._handed or self._bound.get(id(holder)) in self._loaded_names():
            return None
        return UNLOADED_DICT

    def _loaded_names(self) -> frozenset[str]:
        """Names handed to an `update()`/`from_mapping()` anywhere in the module, as `x` or `**x`."""
        if self._loaded is None:
            self._loaded = frozenset(
                argument.id
                for call in ast.walk(self._tree)
                if isinstance(call, ast.Call) and name_of(call.func) in _LOADERS
                for argument in [*call.args, *(k.value for k in call.keywords if k.arg is None)]
                if isinstance(argument, ast.Name)
            )
        return self._loaded


def _made(value: ast.expr | None) -> bool:
    """An object a call makes (`Environment()`), not an environment read (`os.environ.get("ENV", ...)`)."""
    return isinstance(value, ast.Call) and name_of(value.func) not in _ENV_READS
