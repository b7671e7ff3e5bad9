"""`setup.cfg`: `[options] install_requires` and `[options.extras_require]`."""

from __future__ import annotations

import configparser
import posixpath

from bot.deps.interface import ReadFile
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import collect, find_line, parse_pep508, section_start


class SetupCfgSource:
    """setuptools declarative configuration."""

    name = "setup.cfg"

    def matches(self, path: str) -> bool:
        """A file named setup.cfg."""
        return posixpath.basename(path) == "setup.cfg"

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """Requirements from install_requires and each extras_require key."""
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read_string(text, source=path)
        except configparser.Error as error:
            line = getattr(error, "lineno", None)
            first = str(error).splitlines()[0]
            return ParseResult(warnings=(FileWarning(file=path, line=line, message=f"malformed setup.cfg: {first}"),))
        lines = text.splitlines()
        found: list[Requirement] = []
        warnings: list[FileWarning] = []
        blocks: list[tuple[str, str, DeclarationKind, str | None]] = []
        if parser.has_option("options", "install_requires"):
            blocks.append(("[options]", parser.get("options", "install_requires"), DeclarationKind.RUNTIME, None))
        if parser.has_section("options.extras_require"):
            for extra, value in parser.items("options.extras_require"):
                blocks.append(("[options.extras_require]", value, DeclarationKind.OPTIONAL, extra))
        for header, value, kind, group in blocks:
            start = section_start(lines, header)
            for raw in value.replace(";", "\0").splitlines():
                item = raw.replace("\0", ";").split(" #", 1)[0].strip()
                if not item or item.startswith("#"):
                    continue
                result = parse_pep508(item, path, find_line(lines, item, start), kind, group)
                collect(result, found, warnings)
        return ParseResult(requirements=tuple(found), warnings=tuple(warnings))
