"""hunt61a: classes found sweeping content management, static sites and the Jupyter ecosystem."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- keywords a `**kwargs` hands on past a check refusing every key outside a collection were never taken: the old
# body raised TypeError for them before the call that would have taken them (ipyparallel 6's `DirectView.map`) --

_CHECKED_OLD = '''class Mapper:
    def __init__(self, view, f, dist="b", block=None, chunksize=None, ordered=True, **flags):
        self.f = f


class View:
    def map(self, f, *sequences, **kwargs):
        block = kwargs.pop("block", None)
        for k in kwargs.keys():
            if k not in ["block", "track"]:
                raise TypeError("invalid keyword arg, %r" % k)
        return Mapper(self, f, block=block, **kwargs)

    def imap(self, f, *sequences, **kwargs):
        return Mapper(self, f, **kwargs)
'''
_CHECKED_NEW = _CHECKED_OLD.replace('dist="b", block=None, chunksize=None, ordered=True, **flags', "block=None")


def test_keywords_handed_on_past_a_key_check_were_never_taken(tmp_path: Path) -> None:
    assert surface(tmp_path / "old", {"demo/__init__.py": _CHECKED_OLD}).symbols["demo.View.map"].kwargs_checked
    found = diffed(tmp_path, {"demo/__init__.py": _CHECKED_OLD}, {"demo/__init__.py": _CHECKED_NEW})
    assert ("signature_changed", "demo.View.map") not in found
    # the sibling handing them on unchecked loses them
    assert found[("signature_changed", "demo.View.imap")].breakage == "forwarded_keyword_rejected"


def test_ipyparallel_7_direct_view_map_never_took_chunksize() -> None:
    found = changes("ipyparallel", "6.3.0", "7.0.0")
    for method in ("map", "map_async", "map_sync"):
        assert ("signature_changed", f"ipyparallel.DirectView.{method}") not in found
    assert ("signature_changed", "ipyparallel.DirectView.apply") in found  # `apply(self, f, ...)` -> `(self, __ipp_f, ...)`


# -- a parameter the old override handed to the method it overrides, `super().<name>(...)`, still reaches it when the
# new override hands that method its `*args` and `**kwargs` whole (django-parler 2.4's mixin `delete`) --

_OVERRIDE_OLD = '''def _forget(obj):
    return obj


class TranslatableMixin:
    def delete(self, using=None):
        _forget(self)
        return super().delete(using)

    def save(self, commit=True):
        _forget(self)
        return super().save()
'''
_OVERRIDE_NEW = '''def _forget(obj):
    return obj


class TranslatableMixin:
    def delete(self, *args, **kwargs):
        _forget(self)
        return super().delete(*args, **kwargs)

    def save(self, *args, **kwargs):
        _forget(self)
        return super().save(*args, **kwargs)
'''


def test_a_parameter_the_old_override_handed_to_super_still_reaches_it(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", {"demo/__init__.py": _OVERRIDE_OLD})
    assert old.symbols["demo.TranslatableMixin.delete"].super_handed == ("using",)
    assert old.symbols["demo.TranslatableMixin.save"].super_handed == ()
    new = surface(tmp_path / "new", {"demo/__init__.py": _OVERRIDE_NEW})
    assert new.symbols["demo.TranslatableMixin.delete"].super_handed == ("**kwargs", "*args")
    found = diffed(tmp_path, {"demo/__init__.py": _OVERRIDE_OLD}, {"demo/__init__.py": _OVERRIDE_NEW})
    assert ("signature_changed", "demo.TranslatableMixin.delete") not in found
    # `commit` the old override kept to itself now goes to the overridden `save`, which may refuse it
    assert found[("signature_changed", "demo.TranslatableMixin.save")].signature.removed == ("commit",)


def test_django_parler_2_4_mixin_delete_still_hands_using_to_super() -> None:
    assert ("signature_changed", "parler.models.TranslatableModelMixin.delete") not in changes(
        "django-parler", "2.3", "2.4"
    )


# -- a `**kwargs` key the old body only tested to refuse any value but None (`if kw.get("k") is not None: raise`)
# was no option it took: refusing it outright now loses no working call (IPython 8's `InteractiveShellEmbed`) --

_REFUSED_OLD = '''class Shell:
    def __init__(self, user_module=None, **kwargs):
        self.user_module = user_module


class Embed(Shell):
    def __init__(self, **kw):
        if kw.get("user_global_ns", None) is not None:
            raise DeprecationWarning("`user_global_ns` has been replaced by `user_module`.")
        self.clid = kw.pop("_init_location_id", None)
        self.banner = kw.pop("banner", None)
        super().__init__(**kw)
'''
_REFUSED_NEW = _REFUSED_OLD.replace(
    '''        if kw.get("user_global_ns", None) is not None:
            raise DeprecationWarning("`user_global_ns` has been replaced by `user_module`.")''',
    '''        assert "user_global_ns" not in kw, "`user_global_ns` has been replaced by `user_module`."''',
).replace('''        self.banner = kw.pop("banner", None)''', '''        assert "banner" not in kw''')


def test_a_key_only_tested_to_refuse_a_value_was_no_option(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _REFUSED_OLD}, {"demo/__init__.py": _REFUSED_NEW})
    # `banner`, an option the old body took and the new one refuses, is the whole change
    assert found[("signature_changed", "demo.Embed")].signature.removed == ("banner",)


def test_ipython_8_embed_never_took_user_global_ns() -> None:
    found = changes("ipython", "7.34.0", "8.0.0")
    assert ("signature_changed", "IPython.terminal.embed.InteractiveShellEmbed") not in found
    assert ("signature_changed", "IPython.terminal.embed.InteractiveShellEmbed.mainloop") in found  # display_banner
