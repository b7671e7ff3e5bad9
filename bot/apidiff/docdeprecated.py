"""Deprecations a docstring announces, with no warning at run time: a Sphinx `.. deprecated::` directive of its own,
or a docstring opening with "Deprecated" (punq 0.6's `class MissingDependencyException(Exception): \"\"\"Deprecated
alias for MissingDependencyError.\"\"\"`). Only what is about the documented object itself counts: a directive nested
in a parameter's description, or one whose text speaks of a parameter, an attribute, an option or a way of calling
it, deprecates a part of it, not the whole; so may one spelling other code than what replaces it."""

from __future__ import annotations

import ast
import re

from bot.apidiff.source import SourceText

MAX_DOCSTRING = 20_000
"""Characters of a docstring read (hostile ones are long; a deprecation is said near the top or in a directive)."""
_LEAD = re.compile(r"[*\[(_]*deprecated\b[*\])_]*\s*[.:!,\-—]?\s*", re.I)
_DIRECTIVE = re.compile(r"\.\.[ \t]+(?:version-)?deprecated::?[ \t]*(.*)")
"""`.. deprecated::`, or its Sphinx 9 name `.. version-deprecated::` (pathspec 1.0's docstrings); also with the one
colon of a slip (pathspec 1.0's `patterns/gitwildmatch.py`: `.. version-deprecated: 1.0.0`), which reStructuredText
reads as a comment but says the same."""
_PART_WORDS = re.compile(
    r"\b(?:param(?:eter)?s?|arg(?:ument)?s?|keywords?|kwargs?|options?|attributes?|fields?|propert(?:y|ies)|"
    r"flags?|settings?|values?|passing|calling\s+with|members?|methods?|returns?|behaviou?r|default)\b",
    re.I,
)
"""Words of a deprecation about a part of the object, or about how it is used, not about the object itself."""
_USE = re.compile(r"\bdeprecated\s+to\b|\b(?:when|unless|without|pass)\b", re.I)
"""A deprecation of a way of using the object (tornado 6.2's "It is deprecated to call ``IOLoop.current()`` when no
event loop is running")."""
_POINTED_KIND = re.compile(
    r"(\b(?:use|using|in\s+favou?r\s+of|replaced\s+(?:by|with))\s+(?:the\s+)?(?:new\s+)?)"
    r"(?:method|property|function|class|attribute)\s+(?=[`:*])",
    re.I,
)
"""The kind of what replaces the object, named before its code ("use the method :meth:`App.remember_identity`"):
the replacement's kind, no part of the object."""
_CODE = re.compile(r"``([\w.]+)(?:\(\))?``|:\w+:`~?\.?([\w.]+)(?:\(\))?`|`([\w.]+)(?:\(\))?`|\*([\w.]+)\*")
_ELSEWHERE = re.compile(
    r"\b(?:use|using|instead|in\s+favou?r\s+of|replaced\s+(?:by|with)|replacement|obsoleted\s+by|along\s+with|"
    r"see|moved\s+to|renamed\s+to|merged\s+into|superseded\s+by|prefer)\b",
    re.I,
)
"""Words of a sentence pointing to something else (what replaces it, what goes with it)."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SELF = re.compile(r"\bthis\s+(property|method|function|class|module|package)\b", re.I)
"""The object naming itself by its kind (sentry-sdk 2.0's `Hub.client`: "This property is deprecated and will be
removed"): no part of it."""
_DOTTED = re.compile(r"\b\w+(?:\.\w+)+")


def docstring_deprecation(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> str | None:
    """The deprecation the node's docstring announces for the node itself, its message; None when it announces none
    (or only one of a part: a parameter, an attribute, an option, a way of calling it)."""
    if "deprecat" in node.name.lower() or node.name.endswith("Warning"):
        return None  # a warning category or a deprecation helper: its docstring tells what it announces
    body = node.body
    first = body[0] if body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)):
        return None
    raw = first.value.value
    if not isinstance(raw, str):
        return None
    lowered = raw[:MAX_DOCSTRING].lower()
    if "eprecat" not in lowered:
        if not any(word in lowered for word in _REMOVAL_WORDS):
            return None  # no word `_REMOVAL` needs: the pattern, tried at every character, is not searched
        return _removal_announced(raw[:MAX_DOCSTRING], node) if _REMOVAL.search(raw[:MAX_DOCSTRING]) else None
    lines = _cleaned(raw[:MAX_DOCSTRING])
    said = _opening(lines) or _directive(lines) or _marked_paragraph(lines)
    return said if said is not None and _of_the_whole(said, node.name, _kinds(node), _names(node)) else None


_PARAM_ENTRY = re.compile(r"([ \t]*):param[ \t]+(?:[^:\n]*[ \t])?(\w+):(.*)")
"""A Sphinx `:param name:` (or `:param type name:`) entry's first line: its indentation, the name, the text after."""


def deprecated_param_entries(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> tuple[str, ...]:
    """The parameters (of the def, or of the constructor a class body defines) whose own entry of the docstring says
    them deprecated: a `.. deprecated::` directive nested in the entry (testfixtures 6.16's `Comparison`, `:param
    strict:` then `.. deprecated:: 6.16.0`), or the entry's text opening "Deprecated". A Sphinx `:param p:` entry, or
    a numpydoc `p : type` one of the "Parameters" section (see `_numpydoc_entries`). Only the entry's own lines:
    those after it, more indented, up to the next line as little indented."""
    first = node.body[0] if node.body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)):
        return ()
    raw = first.value.value
    if not isinstance(raw, str) or "eprecat" not in raw[:MAX_DOCSTRING].lower():
        return ()
    if ":param" in raw:
        entries = _sphinx_entries(_cleaned(raw[:MAX_DOCSTRING]), _names(node), _takes_any_keyword(node))
    elif "----" in raw:
        entries = _numpydoc_entries(_cleaned(raw[:MAX_DOCSTRING]), _names(node))
    else:
        return ()
    found = [
        name
        for name, own in entries
        if (said := _entry_deprecation(own)) is not None
        and "deprecat" not in name.lower()
        and _of_the_whole(said, name, _NO, _NO)
    ]
    return tuple(dict.fromkeys(found))


def _sphinx_entries(lines: list[str], names: frozenset[str], open_keywords: bool) -> list[tuple[str, list[str]]]:
    """(name, its entry's non-blank lines, stripped) of each `:param name:` entry of a parameter the def takes."""
    found: list[tuple[str, list[str]]] = []
    for index, line in enumerate(lines):
        entry = _PARAM_ENTRY.fullmatch(line)
        if entry is not None and (entry[2] in names or open_keywords):
            opening = [entry[3].strip()] if entry[3].strip() else []
            found.append((entry[2], [*opening, *_own_lines(lines[index + 1 :], len(entry[1]))]))
    return found


_NUMPY_ENTRY = re.compile(r"([ \t]*)(\w+)(?:[ \t]*:.*)?")
"""A numpydoc parameter entry's first line, `name : type` or the bare `name`: its indentation and the name."""

_SECTION_RULE = re.compile(r"[ \t]*-{3,}")


def _numpydoc_entries(lines: list[str], names: frozenset[str]) -> list[tuple[str, list[str]]]:
    """(name, its description's non-blank lines, stripped) of each entry of the numpydoc "Parameters" section naming
    a parameter the def takes: the line after the name holds its type, no text (seaborn's `ci : float` then, more
    indented, `.. deprecated:: v0.12.0`). Entries of other sections ("Attributes", "Returns") are no parameters."""
    found: list[tuple[str, list[str]]] = []
    inside = False
    for index, line in enumerate(lines):
        if index + 1 < len(lines) and _SECTION_RULE.fullmatch(lines[index + 1]) and line.strip():
            inside = line.strip() in ("Parameters", "Other Parameters")
            continue
        entry = _NUMPY_ENTRY.fullmatch(line) if inside else None
        if entry is not None and entry[2] in names:
            found.append((entry[2], _own_lines(lines[index + 1 :], len(entry[1]))))
    return found


def _own_lines(after: list[str], indent: int) -> list[str]:
    """The non-blank lines, stripped, of an entry indented by `indent`: those more indented, up to the next that is
    not."""
    own: list[str] = []
    for line in after:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        own.append(line.strip())
    return [text for text in own if text]


_NO: frozenset[str] = frozenset()


def _entry_deprecation(own: list[str]) -> str | None:
    """What a parameter's entry (its non-blank lines, stripped) says of its deprecation: the entry from its opening
    "Deprecated", or the text of a directive nested in it; None when it says none. A text of a value or a use of
    the parameter ("Passing ``None`` is deprecated") deprecates no parameter (see `_of_the_whole`)."""
    if own and _LEAD.match(own[0]):
        return " ".join(own)
    for index, text in enumerate(own):
        if (matched := _DIRECTIVE.fullmatch(text)) is not None:
            return " ".join([f"Deprecated since {matched[1].strip()}.", *own[index + 1 :]])
    return None


def _takes_any_keyword(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> bool:
    """The def (or the constructor a class body defines) has a `**kwargs`: a keyword its docstring documents is one
    it takes (testfixtures 6.16's `Comparison(..., **attributes)` pops `strict`)."""
    if isinstance(node, ast.ClassDef):
        init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        return init is not None and _takes_any_keyword(init)
    return node.args.kwarg is not None


def commented_deprecations(body: list[ast.stmt], source: SourceText) -> dict[str, str]:
    """Name -> the deprecation the comment right above its assignment announces (see `comment_deprecation`), for
    the statements of `body` assigning one name; a comment above a block of such assignments, each on the line
    right after the one before (no blank or comment line between), governs the whole block (jupyterhub 2.0's
    `# deprecated, pre-2.0 allow sets` above `hub_services`, `hub_users`, `hub_groups` and `allow_admin`). Unless it
    names one of the block's names: it speaks of the assignment right below it, naming it or its replacement
    (whenever 0.11's `# Deprecated: use DisambiguationStr.` above `DisambiguateStr`, then `DisambiguationStr`,
    `ExactDeltaUnitStr`, `RoundModeStr` in a row: the first is deprecated, the rest are not)."""
    found: dict[str, str] = {}
    governing: list[str] = []
    block: list[str] = []  # the names the statements `governing` stands above assign, so far
    previous_end = -1
    for index, stmt in enumerate(body):
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None
        target = stmt.target if isinstance(stmt, ast.AnnAssign) else target
        if not isinstance(target, ast.Name):
            governing = []
            continue
        comment = _comment_above(source, stmt.lineno)
        if comment or stmt.lineno != previous_end + 1 or any(_spells(governing, n) for n in (*block, target.id)):
            governing, block = comment, []  # a comment naming a name of its block speaks of the first alone
        block.append(target.id)
        previous_end = stmt.end_lineno or stmt.lineno
        if governing and (said := comment_deprecation(governing, target.id)) is not None:
            found[target.id] = said
        elif (doc := _attribute_docstring(body, index)) is not None:
            if (said := docstring_after_deprecation(doc, target.id)) is not None:
                found[target.id] = said
    return found


def _attribute_docstring(body: list[ast.stmt], index: int) -> str | None:
    """The string statement right after the assignment `body[index]`: the name's docstring, as Sphinx autodoc and
    PEP 257 read it."""
    after = body[index + 1] if index + 1 < len(body) else None
    if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str):
        return after.value.value
    return None


def docstring_after_deprecation(doc: str, name: str) -> str | None:
    """The deprecation the docstring right after an assignment announces for the name it assigns (argon2-cffi
    23.1's `InvalidHash = InvalidHashError`, its docstring "Deprecated alias for ..." then `.. deprecated:: 23.1.0`
    "Use :exc:`InvalidHashError` instead."; no warning fires): its opening, else its directive, whichever speaks of
    the name itself (see `comment_deprecation` for what does not)."""
    if "eprecat" not in doc or "deprecat" in name.lower() or name.startswith("__"):
        return None
    lines = _cleaned(doc[:MAX_DOCSTRING])
    for said in (_opening(lines), _directive(lines)):
        if said is not None and _PYTHON_VERSION.search(said) is None and _of_the_whole(said, name, _NONE, _NONE):
            return said
    return None


_NONE: frozenset[str] = frozenset()


def _spells(comment: list[str], name: str) -> bool:
    return bool(name) and any(re.search(rf"\b{re.escape(name)}\b", line) is not None for line in comment)


_MAX_COMMENT = 40
"""Comment lines read above an assignment."""


def _comment_above(source: SourceText, line: int) -> list[str]:
    """The comment lines right above line `line` (1-based), in order, none past a blank or code line."""
    starts = source.line_starts()
    found: list[str] = []
    index = line - 2
    while index >= 0 and len(found) < _MAX_COMMENT:
        end = starts[index + 1] if index + 1 < len(starts) else len(source.data)
        text = source.data[starts[index] : end].decode("utf-8", errors="replace").strip()
        if not text.startswith("#"):
            break
        found.append(text)
        index -= 1
    return found[::-1]


_COMMENT = re.compile(r"[ \t]*#:? ?(.*)")


def comment_deprecation(comment: list[str], name: str) -> str | None:
    """The deprecation the comment lines right above an assignment (no blank line between) announce for the name
    it assigns, read as that name's docstring: a Sphinx `#:` doc-comment (testfixtures 7.0's `#: .. deprecated:: 7`
    above `getpath = as_string`), or a plain comment opening so (12.3's `# Deprecated alias` above
    `StringComparison = TextComparison`). None for a name saying deprecation itself (`DEPRECATED_KEYS = ...`), or a
    comment speaking of a part, of other code or of Python's own deprecations ("# Deprecated in Python 3.12" above
    `HAS_DISTUTILS = ...`)."""
    if "deprecat" in name.lower() or name.startswith("__"):
        return None
    lines = [matched[1].rstrip() for line in comment if (matched := _COMMENT.fullmatch(line)) is not None]
    said = _opening(lines) or _directive(lines)
    if said is None or _PYTHON_VERSION.search(said) is not None:
        return None
    return said if _of_the_whole(said, name, frozenset(), frozenset()) else None


_PYTHON_VERSION = re.compile(r"\bpython\s*v?\d", re.I)


_MODULE_SELF = re.compile(r"this\s+(?:module|package)\s+(?:is|has\s+been)\s+(?:now\s+)?deprecated\b", re.I)
_MODULE_KINDS = frozenset({"module", "package"})


def module_docstring_deprecation(tree: ast.Module, name: str) -> str | None:
    """The deprecation a module's docstring announces for the module itself (`name`: its last dotted part): a
    `.. deprecated::` directive at its level, a paragraph marked "Deprecated:" or "**Deprecated**", or an opening
    "This module is deprecated". Not an opening merely starting with the word ("Deprecated helpers kept for ..."
    speaks of what it holds), nor a module named for deprecations (`deprecated.py` holds what is deprecated)."""
    if "deprecat" in name.lower():
        return None
    raw = ast.get_docstring(tree, clean=False)
    if raw is None or "eprecat" not in raw[:MAX_DOCSTRING].lower():
        return None
    lines = _cleaned(raw[:MAX_DOCSTRING])
    opening = " ".join(line.strip() for line in lines[: lines.index("")] if line) if "" in lines else " ".join(lines)
    said = _directive(lines) or _marked_paragraph(lines) or (opening if _MODULE_SELF.match(opening) else None)
    return said if said is not None and _of_the_whole(said, name, _MODULE_KINDS, frozenset()) else None


_REMOVAL = re.compile(
    r"\b(?:will|shall|is\s+(?:going|scheduled|slated|planned)\s+to)\s+be\s+(?:removed|dropped|renamed)\b"
    r"|\bis\s+going\s+away\b|\b(?:has\s+been|was|is\s+now)\s+renamed\s+(?:to|as)\b",
    re.I,
)
"""A sentence announcing that what it speaks of goes (coverage 6.1's `Coverage.annotate`: "It will be removed in a
future version."), which says so without the word "deprecated"."""
_REMOVAL_WORDS = ("removed", "dropped", "renamed", "away")
"""One of them is in every text `_REMOVAL` matches (searched for first: most docstrings have none)."""
_IT = re.compile(r"it\b", re.I)
_DIRECTIVE_MARK = re.compile(r"\.\.[ \t]+[\w-]+::")
"""A directive's opening (`.. note::`): its text reads as the docstring's own."""


def _removal_announced(doc: str, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> str | None:
    """The sentences of a docstring announcing the object itself goes (see `removal_of`), as its message."""
    text = _DIRECTIVE_MARK.sub("", " ".join(line.strip() for line in _cleaned(doc)))
    return removal_of(text, node.name, _kinds(node), _names(node))


def removal_of(text: str, name: str, kinds: frozenset[str], parameters: frozenset[str] = frozenset()) -> str | None:
    """The sentences of `text` announcing the removal of the object `name` itself, None when none does. The
    sentence's subject (what comes before "will be removed") names it: its name, "this <kind>" (`kinds`), or "it"
    right after a sentence whose subject names it ("This method has been obsoleted by ... It will be removed in a
    future version."). A subject speaking of a part (a parameter, an option) or of other code is no removal of it."""
    sentences = _SENTENCE.split(text)
    for index, sentence in enumerate(sentences):
        matched = _REMOVAL.search(sentence)
        if matched is None:
            continue
        subject = sentence[: matched.start()].strip()
        if _names_itself(subject, name, kinds, parameters):
            return sentence
        if (
            index
            and _IT.fullmatch(subject)
            and _names_itself(_SUBJECT.split(sentences[index - 1])[0], name, kinds, parameters)
        ):
            return f"{sentences[index - 1]} {sentence}"
    return None


_SUBJECT = re.compile(r"\s+(?:is|was|has|have|had|will|should|can|must|may)\b", re.I)
"""Where a sentence's subject ends: its first verb."""


def _names_itself(subject: str, name: str, kinds: frozenset[str], parameters: frozenset[str]) -> bool:
    """A subject naming the object itself and nothing else: its name (bare or in code), or "this <kind>"."""
    own = _SELF.fullmatch(subject.strip())
    if own is not None:
        return own[1].lower() in kinds
    spelled = {next(g for g in found if g).rsplit(".", 1)[-1] for found in _CODE.findall(subject)}
    words = set(re.findall(r"\w+", _DOTTED.sub("", subject)))
    if spelled - {name} or words & parameters or _PART_WORDS.search(subject):
        return False
    return name in spelled or bool(re.fullmatch(rf"(?:the\s+)?['\"]?{re.escape(name)}(?:\(\))?['\"]?", subject, re.I))


def _of_the_whole(said: str, name: str, kinds: frozenset[str], params: frozenset[str]) -> bool:
    """The deprecation speaks of the object `name` itself (it names itself "this <kind>", `kinds`): of no part of
    it, nor way of using it, nor parameter (`params`, as a word: attrs 24.1's `define` says "*hash* is deprecated in
    favor of *unsafe_hash*"); code it spells is its own name, or what a sentence points to instead (flask-security
    4's `Security` deprecates "``send_mail`` and ``send_mail_task``", keywords its constructor reads)."""
    unpointed = _DOTTED.sub("", _POINTED_KIND.sub(r"\1", said))  # a dotted path is code, not a word of a part
    if _PART_WORDS.search(_SELF.sub(lambda m: m[0] if m[1].lower() not in kinds else "", unpointed)):
        return False
    if _USE.search(said):
        return False
    if set(re.findall(r"\w+", _DOTTED.sub("", said))) & params:
        return False  # a dotted path's parts are no parameter (sentry-sdk 2.0's `Hub` "merged into ...scope.Scope")
    for sentence in _SENTENCE.split(said):
        spelled = {next(g for g in found if g).rsplit(".", 1)[-1] for found in _CODE.findall(sentence)}
        if spelled - {name} and not _ELSEWHERE.search(sentence):
            return False
    return True


def _kinds(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> frozenset[str]:
    """The words the object may name itself by: "class" for a class, else "function", "method" or "property"."""
    if isinstance(node, ast.ClassDef):
        return frozenset({"class"})
    return frozenset({"function", "method", "property"})


def _cleaned(doc: str) -> list[str]:
    """The docstring's lines, the common indentation of all but the first removed (as `inspect.cleandoc`)."""
    lines = doc.expandtabs().splitlines()
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents) if indents else 0
    return [lines[0].strip(), *(line[margin:].rstrip() for line in lines[1:])] if lines else []


def _opening(lines: list[str]) -> str | None:
    """The docstring's first paragraph when it opens with "Deprecated", else its sentences from the first one that
    does."""
    paragraph: list[str] = []
    for line in lines:
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    text = " ".join(paragraph)
    if _LEAD.match(text):
        return text
    # a later sentence of it opening so (pyee 12's `PyeeException`: "An exception internal to pyee. Deprecated in
    # favor of PyeeError."): from that sentence on
    sentences = _SENTENCE.split(text)
    # not the name of a `.. deprecated::` directive (see `_directive`): the sentence before it ends ".."
    leads = (i for i, said in enumerate(sentences) if i and _LEAD.match(said) and not sentences[i - 1].endswith(".."))
    at = next(leads, None)
    return " ".join(sentences[at:]) if at is not None else None


_MARKED = re.compile(r"[*_]*deprecated[*_]*\s*[:—]|[*_]*deprecated\s+since\b", re.I)
"""A paragraph's opening that marks it as the object's deprecation notice ("**Deprecated**: use ...", a Google-style
"Deprecated:" section, "Deprecated since 2.0"), not a sentence that merely starts with the word."""


def _marked_paragraph(lines: list[str]) -> str | None:
    """A paragraph at the docstring's own level opening with a deprecation mark (morepath 0.15's
    `remember_identity`: "Modify response ... **Deprecated**: use the method :meth:`morepath.App.remember_identity`
    instead."), up to its end."""
    for index, line in enumerate(lines):
        if (not index or not lines[index - 1].strip()) and line[:1].strip() and _MARKED.match(line):
            paragraph = [line.strip()]
            for after in lines[index + 1 :]:
                if not after.strip():
                    break
                paragraph.append(after.strip())
            return " ".join(paragraph)
    return None


def _directive(lines: list[str]) -> str | None:
    """The text of the first `.. deprecated::` directive at the docstring's own level (not nested in a parameter's
    description or another directive)."""
    for index, line in enumerate(lines):
        matched = _DIRECTIVE.fullmatch(line)
        if matched is None:
            continue
        version = matched.group(1).strip()
        text = [f"Deprecated since {version}." if version else "Deprecated."]
        for after in lines[index + 1 :]:
            if after.strip() and not after[0].isspace():
                break
            if after.strip():
                text.append(after.strip())
        return " ".join(text)
    return None


def _names(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> frozenset[str]:
    """The parameter names of a def, or of the constructor a class body defines (`self`, `cls` aside)."""
    if isinstance(node, ast.ClassDef):
        init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        return _names(init) if init is not None else frozenset()
    arguments = node.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
    return frozenset(a.arg for a in every if a is not None) - {"self", "cls"}
