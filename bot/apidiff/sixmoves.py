"""Names reached through `six.moves`, Python 2/3 code's way to the standard library: what they are on Python 3."""

from __future__ import annotations

_SIX_MOVED_MODULES = {
    "http_client": "http.client",
    "http_cookies": "http.cookies",
    "http_cookiejar": "http.cookiejar",
    "html_parser": "html.parser",
    "html_entities": "html.entities",
    "BaseHTTPServer": "http.server",
    "SimpleHTTPServer": "http.server",
    "CGIHTTPServer": "http.server",
    "urllib_parse": "urllib.parse",
    "urllib_error": "urllib.error",
    "urllib_robotparser": "urllib.robotparser",
    "urllib.parse": "urllib.parse",
    "urllib.request": "urllib.request",
    "urllib.response": "urllib.response",
    "urllib.error": "urllib.error",
    "urllib.robotparser": "urllib.robotparser",
    "xmlrpc_client": "xmlrpc.client",
    "xmlrpc_server": "xmlrpc.server",
    "email_mime_base": "email.mime.base",
    "email_mime_multipart": "email.mime.multipart",
    "email_mime_nonmultipart": "email.mime.nonmultipart",
    "email_mime_text": "email.mime.text",
    "collections_abc": "collections.abc",
    "configparser": "configparser",
    "copyreg": "copyreg",
    "cPickle": "pickle",
    "queue": "queue",
    "reprlib": "reprlib",
    "socketserver": "socketserver",
    "_thread": "_thread",
    "builtins": "builtins",
    "tkinter": "tkinter",
}
_SIX_MOVED_ATTRIBUTES = {
    "range": "range",
    "xrange": "range",
    "zip": "zip",
    "map": "map",
    "filter": "filter",
    "input": "input",
    "reduce": "functools.reduce",
    "intern": "sys.intern",
    "zip_longest": "itertools.zip_longest",
    "filterfalse": "itertools.filterfalse",
    "getcwd": "os.getcwd",
    "getcwdb": "os.getcwdb",
    "shlex_quote": "shlex.quote",
    "UserDict": "collections.UserDict",
    "UserList": "collections.UserList",
    "UserString": "collections.UserString",
    "StringIO": "io.StringIO",
    "reload_module": "importlib.reload",
}
_SIX_TYPES = {"text_type": "str", "binary_type": "bytes", "Iterator": "object"}
"""six's Python 2 type shims that are one type on Python 3: `class Sequence(six.text_type)` (blessed 1.20) is a `str`
subclass, as `class Sequence(str)` (1.21) is."""


def six_moved(dotted: str) -> str:
    """The Python 3 standard-library path of a name reached through `six.moves` (also a vendored copy,
    `urllib3.packages.six.moves.http_client.HTTPConnection` is `http.client.HTTPConnection`), the builtin one of
    six's type shims is (`six.text_type` is `str`); `dotted` otherwise."""
    if "six." not in dotted:
        return dotted
    head, marker, moved = dotted.partition("six.moves.")
    if not marker:
        head, _, name = dotted.rpartition("six.")
        return _SIX_TYPES.get(name, dotted) if not head or head.endswith(".") else dotted
    if head and not head.endswith("."):
        return dotted
    for name, module in _SIX_MOVED_MODULES.items():
        if moved == name or moved.startswith(name + "."):
            return module + moved[len(name) :]
    first, _, rest = moved.partition(".")
    if first in _SIX_MOVED_ATTRIBUTES:
        return _SIX_MOVED_ATTRIBUTES[first] + ("." + rest if rest else "")
    return dotted
