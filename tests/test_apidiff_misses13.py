"""Misses a review of real release pairs left open (werkzeug 0.15→0.16→1.0, …): each class on its pinned real
example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen4 import diffed

# -- names a lazy-import object serves once it stands in for the module in `sys.modules` --


def test_werkzeug_0_16_deprecates_its_top_level_names() -> None:
    found = changes("werkzeug", "0.15.6", "0.16.1")
    # 0.15 served them through `sys.modules["werkzeug"] = module("werkzeug")`, whose `__getattr__` looks names up in
    # `object_origins`, inverted from the literal `all_by_module`; 0.16 through `_DeprecatedImportModule(__name__,
    # {".urls": ["url_quote", ...], ...}, "Werkzeug 1.0")`, which warns
    deprecated = {symbol for kind, symbol in found if kind == "deprecated"}
    assert {"werkzeug.url_quote", "werkzeug.Headers", "werkzeug.MultiDict", "werkzeug.DispatcherMiddleware"} <= deprecated
    # still plain imports in 0.16, and modules served as themselves (`".": ["exceptions", "routing"]`): no warning
    assert not {"werkzeug.Request", "werkzeug.Client", "werkzeug.run_simple", "werkzeug.exceptions"} & deprecated
    assert not {"werkzeug.url_quote", "werkzeug.http.Headers", "werkzeug.utils.MultiDict"} & removed(found)
    # `http.Headers` was a warning subclass in 0.15 and is `datastructures.Headers` itself in 0.16: no shape change
    assert not [key for key in found if key[0] == "signature_changed" and key[1].startswith("werkzeug.http.")]


def test_werkzeug_1_0_removes_the_deprecated_top_level_names() -> None:
    found = changes("werkzeug", "0.16.1", "1.0.0")
    for symbol in ("werkzeug.url_quote", "werkzeug.Headers", "werkzeug.http.Headers", "werkzeug.wsgi.SharedDataMiddleware"):
        assert found["removed", symbol].breakage == "deprecated_name_removed"
    assert "werkzeug.Request" not in removed(found)  # still imported by `werkzeug/__init__.py`
    assert found["removed", "werkzeug.routing.RequestSlash"].breakage == "class_removed"  # true removals kept


URLS = "def url_quote(s):\n    return s\n\n\ndef url_encode(d):\n    return d\n"
PROXY = (
    "import sys\nfrom types import ModuleType\n\n\nclass _DeprecatedImports(ModuleType):\n"
    "    def __init__(self, name, available):\n        super().__init__(name)\n"
    "        self._real = sys.modules[name]\n        sys.modules[name] = self\n"
    "        self._origin = {item: mod for mod, items in available.items() for item in items}\n\n"
    "    def __getattr__(self, item):\n        import warnings\n        from importlib import import_module\n"
    "        if item in self._origin:\n            warnings.warn('deprecated import', DeprecationWarning)\n"
    "            return getattr(import_module(self._origin[item], self.__name__), item)\n"
    "        return getattr(self._real, item)\n\n\n"
)


def test_a_deprecating_import_table_handed_the_module_name_deprecates_its_names(tmp_path: Path) -> None:
    plain = {"demo/urls.py": URLS, "demo/__init__.py": "from .urls import url_quote, url_encode\n"}
    proxied = {"demo/urls.py": URLS, "demo/__init__.py": PROXY + "_DeprecatedImports(__name__, {'.urls': ['url_quote', 'url_encode'], '.': ['urls']})\n"}
    found = diffed(tmp_path, plain, proxied)
    assert {("deprecated", "demo.url_quote"), ("deprecated", "demo.url_encode")} <= found.keys()
    assert not [key for key in found if key[0] in ("removed", "signature_changed")]
    assert ("deprecated", "demo.urls") not in found  # its own submodule, served as itself
    dropped = diffed(tmp_path, proxied, {"demo/urls.py": URLS, "demo/__init__.py": ""})
    assert dropped["removed", "demo.url_quote"].breakage == "deprecated_name_removed"
    # the same table without the module's name (nothing to stand in for), or under a name saying nothing of
    # deprecation: no warning claimed
    for call in ("_DeprecatedImports('other', {'.urls': ['url_quote']})\n", "_LazyImports(__name__, {'.urls': ['url_quote']})\n"):
        lazy = {"demo/urls.py": URLS, "demo/__init__.py": PROXY.replace("_DeprecatedImports", "_LazyImports") + call}
        assert not [key for key in diffed(tmp_path, plain, lazy) if key[0] == "deprecated"]


def test_a_module_replaced_by_its_own_class_instance_serves_what_its_getattr_looks_up(tmp_path: Path) -> None:
    lazy = (
        "import sys\nfrom types import ModuleType\n\nby_module = {'demo.urls': ['url_quote', 'url_encode']}\n"
        "origins = {}\nfor module, items in by_module.items():\n    for item in items:\n        origins[item] = module\n\n\n"
        "class module(ModuleType):\n    def __getattr__(self, name):\n        if name in origins:\n"
        "            return getattr(__import__(origins[name], None, None, [name]), name)\n"
        "        return ModuleType.__getattribute__(self, name)\n\n\n"
        "sys.modules['demo'] = module('demo')\n"
    )
    before = {"demo/urls.py": URLS, "demo/__init__.py": lazy}
    warned = {"demo/urls.py": URLS, "demo/__init__.py": PROXY + "_DeprecatedImports(__name__, {'.urls': ['url_quote']})\n"}
    found = diffed(tmp_path, before, warned)
    assert ("deprecated", "demo.url_quote") in found
    assert ("removed", "demo.url_encode") in found  # served by 0.15's proxy, by nothing now
    unhooked = lazy.replace("sys.modules['demo'] = module('demo')\n", "")
    assert ("deprecated", "demo.url_quote") not in diffed(tmp_path, {"demo/urls.py": URLS, "demo/__init__.py": unhooked}, warned)


def test_a_warning_subclass_replaced_by_its_base_changes_no_signature(tmp_path: Path) -> None:
    # the base's parameters are unknown (werkzeug 0.15's `Accept` is decorated by a helper of another module)
    base = ("from ._compat import decorate\n\n\n@decorate(['values'])\nclass Accept(list):\n"
            "    def __init__(self, values=()):\n        list.__init__(self, values)\n\n\n"
            "class CharsetAccept(Accept):\n    pass\n")
    compat = "def decorate(names):\n    return lambda cls: cls\n"
    old = {"demo/_compat.py": compat, "demo/datastructures.py": base, "demo/http.py": (
        "import warnings\nfrom .datastructures import CharsetAccept as _CharsetAccept\n\n\n"
        "class CharsetAccept(_CharsetAccept):\n    def __init__(self, *args, **kwargs):\n"
        "        warnings.warn('moved', DeprecationWarning)\n        super(CharsetAccept, self).__init__(*args, **kwargs)\n")}
    new = {"demo/_compat.py": compat, "demo/datastructures.py": base, "demo/__init__.py": PROXY, "demo/http.py": (
        "from demo import _DeprecatedImports\n_DeprecatedImports(__name__, {'.datastructures': ['CharsetAccept']})\n")}
    assert not [key for key in diffed(tmp_path, old, new) if key[1].startswith("demo.http")]  # the base itself now
    other = {**new, "demo/http.py": "class CharsetAccept:\n    def __init__(self, values):\n        pass\n"}
    assert ("signature_changed", "demo.http.CharsetAccept") in diffed(tmp_path, old, other)  # another class: compared


# -- a config key the release reads only to warn that it is deprecated --


def test_flask_2_2_deprecates_the_json_config_keys() -> None:
    found = changes("flask", "2.1.3", "2.2.0")
    # `ensure_ascii = self._app.config["JSON_AS_ASCII"]` then `if ensure_ascii is not None: warnings.warn(...)`
    for key in ("JSON_AS_ASCII", "JSON_SORT_KEYS", "JSONIFY_MIMETYPE", "JSONIFY_PRETTYPRINT_REGULAR"):
        change = found["deprecated", f"config:{key}"]
        assert change.breakage == "config_key_deprecated" and key in change.detail
    assert found["deprecated", "config:JSON_AS_ASCII"].hint == "Set 'app.json.ensure_ascii' instead"
    # read only inside deprecated properties whose warning advises the key ("Use 'USE_X_SENDFILE' in 'app.config'")
    # and read elsewhere without one: not deprecated
    assert not {"config:USE_X_SENDFILE", "config:SESSION_COOKIE_NAME", "config:SEND_FILE_MAX_AGE_DEFAULT"} & {
        symbol for kind, symbol in found if kind == "deprecated"}


def test_flask_2_3_stops_reading_the_deprecated_json_keys() -> None:
    found = changes("flask", "2.2.5", "2.3.0")
    change = found["removed", "config:JSON_SORT_KEYS"]
    assert change.breakage == "config_key_removed" and "2.2.5 read only to warn" in change.detail
    assert "read only to warn" not in found["removed", "config:ENV"].detail  # its warning is about `app.env`


WARNED = ("import warnings\n\n\nclass Ext:\n    def __init__(self, app):\n        self.app = app\n\n"
          "    def setup(self):\n        mode = self.app.config.get('DEMO_LEGACY_MODE')\n"
          "        if mode is not None:\n            warnings.warn({message}, DeprecationWarning)\n"
          "        if 'DEMO_OLD_BACKEND' in self.app.config:\n            warnings.warn('DEMO_OLD_BACKEND is deprecated', DeprecationWarning)\n"
          "        return self.app.config.setdefault('DEMO_BACKEND', 'memory')\n\n"
          "    def verbose(self):\n        warnings.warn('The DEMO_VERBOSE key is deprecated', DeprecationWarning)\n"
          "        return self.app.config['DEMO_VERBOSE']\n")
PLAIN = ("class Ext:\n    def __init__(self, app):\n        self.app = app\n\n    def setup(self):\n"
         "        mode = self.app.config.get('DEMO_LEGACY_MODE')\n        old = self.app.config.get('DEMO_OLD_BACKEND')\n"
         "        return self.app.config.setdefault('DEMO_BACKEND', old or mode)\n\n"
         "    def verbose(self):\n        return self.app.config['DEMO_VERBOSE']\n")


def test_a_config_key_read_only_to_warn_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": PLAIN},
                   {"demo/__init__.py": WARNED.format(message="'DEMO_LEGACY_MODE is deprecated'")})
    assert found["deprecated", "config:DEMO_LEGACY_MODE"].breakage == "config_key_deprecated"
    assert ("deprecated", "config:DEMO_OLD_BACKEND") in found  # `if "KEY" in config:` warns
    assert ("deprecated", "config:DEMO_VERBOSE") in found  # read only by a def that always warns of the key
    assert ("deprecated", "config:DEMO_BACKEND") not in found
    gone = diffed(tmp_path, {"demo/__init__.py": WARNED.format(message="'DEMO_LEGACY_MODE is deprecated'")},
                  {"demo/__init__.py": "class Ext:\n    def setup(self):\n        return self.app.config.setdefault('DEMO_BACKEND', 1)\n"})
    assert "read only to warn" in gone["removed", "config:DEMO_OLD_BACKEND"].detail


def test_a_config_key_also_read_without_a_warning_or_warned_for_otherwise_is_not_deprecated(tmp_path: Path) -> None:
    elsewhere = WARNED.format(message="'DEMO_LEGACY_MODE is deprecated'") + (
        "\n\ndef legacy(app):\n    return app.config['DEMO_LEGACY_MODE']\n")
    advised = WARNED.format(message="'set DEMO_LEGACY_MODE instead of mode=, which is deprecated. Use DEMO_LEGACY_MODE instead'")
    unsafe = WARNED.format(message="'DEMO_LEGACY_MODE is unsafe'").replace(
        "DeprecationWarning)\n        if 'DEMO", "UserWarning)\n        if 'DEMO", 1)
    other = WARNED.format(message="'legacy mode is deprecated'")  # about something else than the key
    for new in (elsewhere, advised, unsafe, other):
        found = diffed(tmp_path, {"demo/__init__.py": PLAIN}, {"demo/__init__.py": new})
        assert ("deprecated", "config:DEMO_LEGACY_MODE") not in found
        assert ("deprecated", "config:DEMO_OLD_BACKEND") in found  # its own warning still counts


# -- a parameter handed on under its own name, hop by hop, to a callable of the distribution that warns --


def test_httpx_0_28_deprecates_cert_on_the_client_and_transports() -> None:
    found = changes("httpx", "0.27.2", "0.28.0")
    # `Client(cert=...)` -> `self._init_transport(cert=cert)` -> `HTTPTransport(cert=cert)` ->
    # `create_ssl_context(cert=cert)`, which warns `if cert:`
    for symbol in ("httpx.Client", "httpx.AsyncClient", "httpx.HTTPTransport", "httpx.AsyncHTTPTransport"):
        signature = found["deprecated", symbol].signature
        assert signature is not None and signature.deprecated_parameters == ("cert",)
    # `verify=<str>` warns for a value of the parameter (an isinstance branch), not for passing it
    assert all("verify" not in (c.signature.deprecated_parameters if c.signature else ()) for c in found.values())
    assert "cert" in (found["signature_changed", "httpx.get"].signature or ()).removed  # gone from the functions


def test_werkzeug_2_3_deprecates_the_charset_of_parse_form_data() -> None:
    found = changes("werkzeug", "2.2.3", "2.3.0")
    # `parse_form_data(charset=...)` hands it to `FormDataParser(charset=charset, ...)`, whose `__init__` warns
    signature = found["deprecated", "werkzeug.formparser.parse_form_data"].signature
    assert signature is not None and signature.deprecated_parameters == ("charset", "errors")


CONFIG = ("import warnings\n\n\ndef make_context(verify=True, cert=None):\n    if cert:\n"
          "        warnings.warn('cert is deprecated', DeprecationWarning)\n    return (verify, cert)\n\n\n"
          "def strict(token=None):\n    if token is None:\n        warnings.warn('pass a token', DeprecationWarning)\n    return token\n")
TRANSPORT = ("from ._config import make_context, strict\n\n\nclass Transport:\n"
             "    def __init__(self, verify=True, cert=None, token=None):\n"
             "        self.context = make_context(verify=verify, cert=cert)\n        strict(token=token)\n")
CLIENT = ("from ._transport import Transport\n\n\nclass Client:\n    def __init__(self, verify=True, cert=None, timeout=5):\n"
          "        self.transport = self._init_transport(verify=verify, cert=cert)\n        self.timeout = timeout\n\n"
          "    def _init_transport(self, verify=True, cert=None):\n        return Transport(verify=verify, cert=cert)\n")


def test_a_parameter_handed_on_through_several_calls_to_a_warning_is_deprecated(tmp_path: Path) -> None:
    plain = CONFIG.replace("warnings.warn('cert is deprecated', DeprecationWarning)", "pass").replace(
        "warnings.warn('pass a token', DeprecationWarning)", "pass")
    files = {"demo/_transport.py": TRANSPORT, "demo/_client.py": CLIENT,
             "demo/__init__.py": "from ._client import Client\nfrom ._transport import Transport\n"}
    found = diffed(tmp_path, {**files, "demo/_config.py": plain}, {**files, "demo/_config.py": CONFIG})
    for symbol in ("demo.Client", "demo.Transport"):
        signature = found["deprecated", symbol].signature
        # `strict` warns when `token` is left out: a caller handing it on always passes it, so no claim from there
        assert signature is not None and signature.deprecated_parameters == ("cert",)
    # a chain longer than the bound is not followed
    deep = CLIENT.replace("return Transport(verify=verify, cert=cert)", "return self._a(verify=verify, cert=cert)") + "".join(
        f"\n    def _{a}(self, verify=True, cert=None):\n        return self._{b}(verify=verify, cert=cert)\n"
        for a, b in (("a", "b"), ("b", "c"), ("c", "d"))
    ) + "\n    def _d(self, verify=True, cert=None):\n        return Transport(verify=verify, cert=cert)\n"
    far = diffed(tmp_path, {**files, "demo/_client.py": deep, "demo/_config.py": plain},
                 {**files, "demo/_client.py": deep, "demo/_config.py": CONFIG})
    assert ("deprecated", "demo.Transport") in far and ("deprecated", "demo.Client") not in far


def test_flask_session_backends_hand_use_signer_to_the_deprecating_base_by_position() -> None:
    from bot.apidiff.diff import deprecation_changes
    from tests.test_apidiff_releases import pinned_surface

    # `RedisSessionInterface.__init__(self, app, client, key_prefix, use_signer, ...)` calls
    # `super().__init__(app, key_prefix, use_signer, ...)`; `ServerSideSessionInterface` warns `if use_signer:`
    surface = pinned_surface("flask-session", "0.7.0")
    for backend in ("redis.RedisSessionInterface", "sqlalchemy.SqlAlchemySessionInterface", "mongodb.MongoDBSessionInterface"):
        assert "use_signer" in surface.symbols[f"flask_session.{backend}"].deprecated_params
    listed = {c.symbol: c for c in deprecation_changes(None, surface)}
    assert (listed["flask_session.redis.RedisSessionInterface"].signature or ()).deprecated_parameters == ("use_signer",)


SUPER_BASE = ("import warnings\n\n\nclass Base:\n    def __init__(self, app, key_prefix='s', signed=False):\n"
              "        if signed:\n            warnings.warn('signed is deprecated', DeprecationWarning)\n")


def test_a_parameter_handed_to_super_by_position_in_its_own_slot_is_deprecated(tmp_path: Path) -> None:
    child = ("\n\nclass Child(Base):\n    def __init__(self, app, client, key_prefix='s', signed=False):\n"
             "        super().__init__(app, key_prefix, signed)\n\n\n"
             "class Shifted(Base):\n    def __init__(self, app, signed=False, key_prefix='s'):\n"
             "        super(Shifted, self).__init__(app, signed, key_prefix)\n")
    plain = SUPER_BASE.replace("warnings.warn('signed is deprecated', DeprecationWarning)", "pass")
    found = diffed(tmp_path, {"demo/__init__.py": plain + child}, {"demo/__init__.py": SUPER_BASE + child})
    assert (found["deprecated", "demo.Child"].signature or ()).deprecated_parameters == ("signed",)
    # `signed` lands in the base's `key_prefix` slot: nothing the base warns about
    assert ("deprecated", "demo.Shifted") not in found
