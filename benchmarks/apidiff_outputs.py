"""Dump the engine's whole output over the benchmark pairs of `apidiff.py`, to prove a speed change alters nothing.

For each pair (with its dependencies, read as the benchmark reads them): every change with every field, in the
engine's order and sorted, the notes, and the two surfaces and the dependency surfaces in full, as one sorted JSON
file. Run it for the main tree and for a changed one; the two files must be byte-identical:
  PYTHONPATH=TREE python benchmarks/apidiff_outputs.py OUT.json   (then `cmp MAIN.json TREE.json`)
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.apidiff import DEPENDENCIES, PAIRS  # noqa: E402
from bot.apidiff.claims import unclaimed_classes  # noqa: E402
from bot.apidiff.diff import diff_surfaces  # noqa: E402
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds  # noqa: E402
from bot.apidiff.locate import ModuleFile  # noqa: E402
from bot.apidiff.modcache import ModuleCache  # noqa: E402
from bot.apidiff.movedout import moved_seeds  # noqa: E402
from bot.apidiff.release import read_file, surface_of  # noqa: E402
from bot.apidiff.requires import code_from_notes  # noqa: E402
from tests.artifacts import unpacked_release  # noqa: E402


def plain(value: object) -> object:
    """`value` as JSON data: models and dataclasses field by field, sets and mappings sorted."""
    if hasattr(value, "model_dump"):
        return plain(value.model_dump(mode="python"))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in sorted(value.items(), key=lambda item: repr(item[0]))}
    if isinstance(value, set | frozenset):
        return sorted((plain(v) for v in value), key=repr)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return repr(value)


def outputs(package: str, old: str, new: str) -> dict[str, object]:
    """The whole output of one pair."""
    roots = [unpacked_release(package, old), unpacked_release(package, new)]
    cache = ModuleCache()
    before, after = surface_of(roots[0], package, old, cache), surface_of(roots[1], package, new, cache)
    trees = [
        DependencyTree(name, version, unpacked_release(name, version))
        for name, version in DEPENDENCIES.get(package, [])
    ]

    def read(file: ModuleFile) -> object:
        return read_file(file, cache, lazy=True)

    asked = seeds(after, before) + moved_seeds(after, before)
    deps = partial_surfaces(asked, trees, read) if trees else []  # type: ignore[arg-type]
    changes = diff_surfaces(before, after, deps)
    return {
        "changes": sorted((plain(c) for c in changes), key=lambda c: json.dumps(c, sort_keys=True, default=repr)),
        "order": [f"{c.kind} {c.symbol}" for c in changes],
        "notes": [*code_from_notes(before, after), *unclaimed_classes(before, after, deps)],
        "surfaces": [plain(before), plain(after), *(plain(d) for d in deps)],
    }


def main() -> None:
    found = {f"{package} {old} {new}": outputs(package, old, new) for package, old, new in PAIRS}
    Path(sys.argv[1]).write_text(json.dumps(found, sort_keys=True, indent=0, default=repr))


if __name__ == "__main__":
    main()
