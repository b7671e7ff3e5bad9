"""recall41: documented breaks of office, PDF, packaging and security libraries the engine missed.

1. A deprecation decorator named for the kind of thing it deprecates (passlib 1.7's `@deprecated_function(...)` over
   `generate_password`, `@deprecated_method(...)` over `genconfig` / `genhash`): every call warns, as under
   `@deprecated`. A decorator naming a part of the callable (`@deprecated_alias`, `@deprecated_kwarg`) still
   deprecates that part only.
2. A deprecation announced through a logger instead of `warnings` (pdfplumber 0.11's `if vertical_ttb is False:
   logger.warning("vertical_ttb is deprecated and will be removed; ...")`): users see it the same way. A logged
   warning not saying "deprecated", or a `warnings`-free `print`, announces nothing.
3. Precision, met on the way: module globals a function binds under `global` when the module's own top level calls
   it (colorama 0.4.6's `_wipe_internal_state_for_tests()` binds `orig_stdout`, `wrapped_stdout`, ...) are bound
   once the module is imported: no removal. A function only defined, or called from elsewhere, binds nothing then.
4. A module name deprecated by a top-level call of a deprecation helper handed the module's `__name__`
   (cryptography 37's `utils.deprecated(Blowfish, __name__, "Blowfish has been deprecated", utils.DeprecatedIn37,
   name="Blowfish")`, 36's `int_from_bytes = utils.deprecated(_int_from_bytes, __name__, ...)`): the helper wraps
   the module so that reading the name warns. A helper not handed `__name__`, or saying nothing of deprecation,
   deprecates nothing.
5. (logwit41) A deprecation only logged (class 2) carries its own kinds, `deprecated_logged` and
   `deprecated_param_logged`, whose witness installs a logging handler raising on a WARNING record saying
   "deprecat": `warnings.simplefilter('error')` fails on nothing there. A name or parameter that also warns through
   `warnings` keeps the warnings kind (and a parameter so warned is the one its witness passes).
"""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a deprecation decorator named for the kind of thing it deprecates --


def test_passlib_1_7_deprecated_function_and_method_decorators() -> None:
    found = changes("passlib", "1.6.5", "1.7.0")
    # `@deprecated_function(deprecated="1.7", removed="2.0", replacement="passlib.pwd.genword() / ...")`
    change = found["deprecated", "passlib.utils.generate_password"]
    assert "passlib.pwd.genword()" in (change.detail or "")
    # `@uh.deprecated_method(deprecated="1.7", removed="2.0")` over `@classmethod def genconfig(cls)`
    assert ("deprecated", "passlib.handlers.misc.plaintext.genconfig") in found
    assert ("deprecated", "passlib.utils.handlers.GenericHandler.genhash") in found


def test_passlib_1_7_keeps_its_other_deprecations() -> None:
    found = changes("passlib", "1.6.5", "1.7.0")
    # sibling: a module warning at import, and a parameter warned about in the body, stay claimed
    assert ("deprecated", "passlib.utils.pbkdf2") in found
    assert ("deprecated", "passlib.context.CryptContext.verify") in found
    # `generate_password` was not deprecated before: nothing else is said of it
    assert not {key for key in found if key[1] == "passlib.utils.generate_password" and key[0] != "deprecated"}


_OLD = '''
def deprecated_function(msg=None, deprecated=None, removed=None, replacement=None):
    def build(func):
        return func
    return build


def deprecated_kwarg(old, new):
    def build(func):
        return func
    return build


def make(size=10):
    return size


class Hasher:
    def genhash(self, secret):
        return secret

    def render(self, value, colour=None):
        return value
'''

_NEW = '''
import functools
import warnings


def deprecated_function(msg=None, deprecated=None, removed=None, replacement=None):
    def build(func):
        @functools.wraps(func)
        def wrapper(*args, **kwds):
            warnings.warn(msg or "deprecated", DeprecationWarning, stacklevel=2)
            return func(*args, **kwds)
        return wrapper
    return build


def deprecated_kwarg(old, new):
    def build(func):
        return func
    return build


@deprecated_function(deprecated="2.0", replacement="demo.build()")
def make(size=10):
    return size


class Hasher:
    @deprecated_function(deprecated="2.0")
    def genhash(self, secret):
        return secret

    @deprecated_kwarg("color", "colour")
    def render(self, value, colour=None):
        return value
'''


def test_decorator_named_for_a_function_deprecates_it(tmp_path: Path) -> None:
    found = diffed(tmp_path, _OLD, _NEW)
    assert "use demo.build() instead" in (found["deprecated", "demo.make"].detail or "")
    assert ("deprecated", "demo.Hasher.genhash") in found
    # sibling: a decorator naming a parameter does not deprecate the whole method
    assert ("deprecated", "demo.Hasher.render") not in found


# -- a deprecation announced through a logger --


def test_pdfplumber_0_11_logged_parameter_deprecations() -> None:
    found = changes("pdfplumber", "0.10.4", "0.11.0")
    change = found["deprecated", "pdfplumber.utils.text.WordExtractor"]
    assert "'horizontal_ltr', 'vertical_ttb'" in (change.detail or "")
    # sibling: the true signature claims of the release stay
    assert ("signature_changed", "pdfplumber.utils.text.TextMap") in found


_LOG_OLD = '''
import logging

logger = logging.getLogger(__name__)


def fetch(url, legacy=False):
    return url


def store(value, fast=False):
    return value


class Client:
    def api(self):
        return 1

    def ping(self):
        return 2


def announce(name):
    return name
'''

_LOG_NEW = '''
import logging

logger = logging.getLogger(__name__)


def fetch(url, legacy=False):
    if legacy:
        logger.warning("'legacy' is deprecated and will be removed in 3.0")
    return url


def store(value, fast=False):
    if fast:
        logger.warning("fast mode skips the journal")
    return value


class Client:
    def __init__(self):
        self.log = logging.getLogger("demo")

    def api(self):
        self.log.warning("This API is deprecated and will be removed in 3.0")
        return 1

    def ping(self):
        print("ping is deprecated")
        return 2


def announce(name):
    logger.warning("%s is deprecated", name)
    return name
'''


def test_logged_deprecation_is_a_deprecation(tmp_path: Path) -> None:
    found = diffed(tmp_path, _LOG_OLD, _LOG_NEW)
    assert "'legacy'" in (found["deprecated", "demo.fetch"].detail or "")
    assert ("deprecated", "demo.Client.api") in found
    # siblings: a logged warning that announces no deprecation, and a printed one, are nothing
    assert ("deprecated", "demo.store") not in found
    assert ("deprecated", "demo.Client.ping") not in found
    # nor one filled from the def's own parameters: a helper announcing what it is handed
    assert ("deprecated", "demo.announce") not in found


# -- globals a function binds when the module's top level calls it --


def test_colorama_0_4_6_globals_bound_by_a_top_level_call_are_kept() -> None:
    found = changes("colorama", "0.4.5", "0.4.6")
    assert not {key for key in found if key[0] == "removed" and key[1].startswith("colorama.initialise.")}


_GLOBAL_OLD = '''
state = None
cache = None
handle = None


def reset():
    pass
'''

_GLOBAL_NEW = '''
def _wipe():
    global state, cache
    state = None
    cache = {}


def _later():
    global handle
    handle = open


def reset():
    _wipe()


_wipe()
'''


def test_globals_bound_by_a_top_level_call_are_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _GLOBAL_OLD, _GLOBAL_NEW)
    assert ("removed", "demo.state") not in found
    assert ("removed", "demo.cache") not in found
    # sibling: a function the module never calls as it loads binds nothing at import
    assert ("removed", "demo.handle") in found


# -- a module name deprecated by a helper handed the module's `__name__` --


def test_cryptography_37_deprecates_legacy_ciphers_through_its_module_helper() -> None:
    found = changes("cryptography", "36.0.2", "37.0.0")
    prefix = "cryptography.hazmat.primitives.ciphers.algorithms"
    assert "Blowfish has been deprecated" in (found["deprecated", f"{prefix}.Blowfish"].detail or "")
    assert {("deprecated", f"{prefix}.{name}") for name in ("CAST5", "IDEA", "SEED")} <= found.keys()
    # 36.0.2 had deprecated `int_from_bytes` the same way: its removal is that of a deprecated name
    assert found["removed", "cryptography.utils.int_from_bytes"].breakage == "deprecated_name_removed"
    # sibling: the true removals of the release stay (`signer` was deprecated by a warning in its body)
    assert ("removed", "cryptography.hazmat.primitives.asymmetric.rsa.RSAPrivateKey.signer") in found


_HELPER = '''
import sys


def deprecated(value, module_name, message, warning_class, name=None):
    return value


def registered(value, module_name, message):
    return value


class DeprecatedIn3(UserWarning):
    pass
'''

_HELPER_OLD = _HELPER + '''

class Blowfish:
    pass


class Twofish:
    pass


def int_from_bytes(data):
    return data


def keep(data):
    return data
'''

_HELPER_NEW = _HELPER + '''

class Blowfish:
    pass


deprecated(Blowfish, __name__, "Use AES instead", DeprecatedIn3, name="Blowfish")


class Twofish:
    pass


registered(Twofish, __name__, "Twofish is deprecated")


def _int_from_bytes(data):
    return data


int_from_bytes = deprecated(_int_from_bytes, __name__, "int_from_bytes is deprecated", DeprecatedIn3)
keep = deprecated(keep, "elsewhere", "keep is deprecated", DeprecatedIn3)
'''


def test_module_helper_handed_the_module_name_deprecates_the_name(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HELPER_OLD, _HELPER_NEW)
    assert found["deprecated", "demo.Blowfish"].detail == "Use AES instead"
    assert ("deprecated", "demo.int_from_bytes") in found
    # siblings: a helper not named for deprecating, and one not handed the module's `__name__`, deprecate nothing
    assert ("deprecated", "demo.Twofish") not in found
    assert ("deprecated", "demo.keep") not in found


# -- logwit41: a deprecation only logged carries the logged kinds and a logging witness --

HANDLER = "logging.Logger.makeRecord = raise_on_deprecation"


def test_pdfplumber_0_11_logged_parameter_deprecations_carry_the_logged_kind() -> None:
    change = changes("pdfplumber", "0.10.4", "0.11.0")["deprecated", "pdfplumber.utils.text.WordExtractor"]
    assert change.breakage == "deprecated_param_logged"
    assert change.breakages == ("deprecated_param_logged",)
    assert HANDLER in change.witness and "from pdfplumber.utils.text import WordExtractor" in change.witness
    assert "simplefilter" not in change.witness


def test_flask_appbuilder_5_logged_name_deprecation_and_sentry_2_siblings() -> None:
    # `AppBuilder.app` logs "appbuilder.app is deprecated ... Use current_app instead"
    app = changes("flask-appbuilder", "4.8.1", "5.0.0")["deprecated", "flask_appbuilder.AppBuilder.app"]
    assert app.breakage == "deprecated_logged" and HANDLER in app.witness
    found = changes("sentry-sdk", "1.45.0", "2.0.0")
    # `ThreadingIntegration(propagate_hub=...)` logs its deprecation
    assert found["deprecated", "sentry_sdk.integrations.threading.ThreadingIntegration"].breakage == (
        "deprecated_param_logged"
    )
    # sibling: `Transport.capture_event` warns through `warnings`: it keeps the warnings kind and witness
    raised = found["deprecated", "sentry_sdk.Transport.capture_event"]
    assert raised.breakage == "deprecated_added"
    assert "warnings.simplefilter('error')" in raised.witness and HANDLER not in raised.witness


_LOGWIT_OLD = '''
def fetch(url, legacy=None):
    return url


def render(value, colour=None):
    return value


def both(value, early=None, late=None):
    return value


def old_api():
    return 1


def loud_api():
    return 2


def layout(text, ltr=True):
    return text


def check(value, strict=True):
    return value


class Client:
    def __init__(self, host=None):
        self.host = host
'''

_LOGWIT_NEW = '''
import logging
import warnings

logger = logging.getLogger(__name__)
logger.addFilter(lambda record: False)  # its records dropped unless debugging (sentry-sdk 2.0): made all the same


def fetch(url, legacy=None):
    if legacy is not None:
        logger.warning("'legacy' is deprecated and will be removed in 3.0")
    return url


def render(value, colour=None):
    if colour is not None:
        warnings.warn("'colour' is deprecated", DeprecationWarning)
    return value


def both(value, early=None, late=None):
    if early is not None:
        logger.warning("'early' is deprecated")
    if late is not None:
        warnings.warn("'late' is deprecated", DeprecationWarning)
    return value


def old_api():
    logger.warning("old_api is deprecated, use new_api")
    return 1


def loud_api():
    logger.warning("loud_api is deprecated")
    warnings.warn("loud_api is deprecated", DeprecationWarning)
    return 2


def layout(text, ltr=True):
    if ltr is False:
        logger.warning("ltr is deprecated; use direction")
    return text


def check(value, strict=True):
    if not strict:
        warnings.warn("strict=False is deprecated", DeprecationWarning)
    return value


class Client:
    def __init__(self, host=None):
        logger.warning("Client is deprecated, use Session")
        self.host = host
'''


def test_logged_deprecations_get_the_logged_kinds_raised_ones_keep_theirs(tmp_path: Path) -> None:
    found = diffed(tmp_path, _LOGWIT_OLD, _LOGWIT_NEW)
    assert found["deprecated", "demo.fetch"].breakage == "deprecated_param_logged"
    assert found["deprecated", "demo.old_api"].breakage == "deprecated_logged"
    assert found["deprecated", "demo.Client"].breakage == "deprecated_logged"
    # siblings: warned through `warnings` (alone or beside a log), they keep the warnings kinds
    assert found["deprecated", "demo.render"].breakage == "deprecated_param_added"
    assert found["deprecated", "demo.loud_api"].breakage == "deprecated_added"
    mixed = found["deprecated", "demo.both"]
    assert mixed.breakage == "deprecated_param_added"
    assert "both(value=None, late=...)" in mixed.witness  # the parameter `-W error` fails on, not the first named


def test_the_witness_of_a_logged_deprecation_passes_on_old_and_fails_on_new(tmp_path: Path) -> None:
    # synthetic code only: the instantiated witnesses run against both sides in a subprocess
    old_root, new_root = build(tmp_path / "old", _LOGWIT_OLD), build(tmp_path / "new", _LOGWIT_NEW)
    found = {c.symbol: c for c in diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))}
    logged = {"pkg.fetch": "deprecated_param_logged", "pkg.old_api": "deprecated_logged", "pkg.Client": "deprecated_logged",
              "pkg.layout": "deprecated_param_logged"}
    for symbol in (*logged, "pkg.both", "pkg.render", "pkg.loud_api", "pkg.layout", "pkg.check"):
        change = found[symbol]
        assert change.breakage == logged.get(symbol, change.breakage), (symbol, change.breakage)
        before, after = run(change.witness, old_root), run(change.witness, new_root)
        assert before.returncode == 0, (change.witness, before.stderr)
        assert after.returncode != 0, (change.witness, after.stdout)


def test_the_witness_passes_the_literal_a_parameter_warning_is_tested_against(tmp_path: Path) -> None:
    # `if ltr is False:` / `if not strict:`: `ltr=...` meets neither test, the witness would fail on nothing
    found = diffed(tmp_path, _LOGWIT_OLD, _LOGWIT_NEW)
    assert "layout(text=None, ltr=False)" in found["deprecated", "demo.layout"].witness
    assert "check(value=None, strict=False)" in found["deprecated", "demo.check"].witness
    # sibling: `if legacy is not None:` is met by any value given
    assert "fetch(url=None, legacy=...)" in found["deprecated", "demo.fetch"].witness
    change = changes("pdfplumber", "0.10.4", "0.11.0")["deprecated", "pdfplumber.utils.text.WordExtractor"]
    assert change.witness.endswith("WordExtractor(horizontal_ltr=False)")
