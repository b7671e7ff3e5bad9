"""Hunt 56a: audio, music, speech and video/media processing (librosa, moviepy, jiwer, scenedetect, vidgear, ...)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter renamed in its slot whose old name stays as a later optional parameter, resolved by a helper whose
# results the body unpacks back (`reference, hypothesis = _deprecate_truth(reference, hypothesis, truth)`): the
# positional caller fills the same slot as before, the old keyword still works; it did not "move" --

_UNPACKED_OLD = "def wer(truth, hypothesis, truth_transform=None):\n    return truth\n"
_UNPACKED_NEW = '''def _resolve(reference, hypothesis, truth, reference_transform, truth_transform):
    if truth is not None:
        reference = truth
    if truth_transform is not None:
        reference_transform = truth_transform
    return reference, hypothesis, reference_transform


def wer(reference=None, hypothesis=None, reference_transform=None, truth=None, truth_transform=None):
    (
        reference,
        hypothesis,
        reference_transform,
    ) = _resolve(reference, hypothesis, truth, reference_transform, truth_transform)
    return reference
'''


def test_old_names_a_helper_resolves_into_unpacked_parameters_keep_their_slots(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _UNPACKED_OLD}, {"demo/__init__.py": _UNPACKED_NEW})
    assert ("signature_changed", "demo.wer") not in found
    # the sibling: nothing resolves the old name into the new slot, so `truth` really moved
    plain = _UNPACKED_NEW.replace("= _resolve(reference, hypothesis, truth,", "= _resolve(None, hypothesis, None,")
    moved = diffed(tmp_path / "plain", {"demo/__init__.py": _UNPACKED_OLD}, {"demo/__init__.py": plain})
    assert moved[("signature_changed", "demo.wer")].signature is not None
    assert ("truth", 0, 3) in moved[("signature_changed", "demo.wer")].signature.moved


def test_jiwer_3_0_renamed_truth_to_reference_in_its_slot() -> None:
    found = changes("jiwer", "2.6.0", "3.0.0")
    for name in ("wer", "mer", "wil", "wip", "cer", "measures.wer"):
        assert ("signature_changed", f"jiwer.{name}") not in found
    assert ("removed", "jiwer.visualize_measures") in found  # really gone


# -- a keyword `**kwargs` refuses with a top-level `assert "key" not in kwargs` is no option it takes: the parameter
# renamed so is renamed for keyword callers, not "now keyword-only" (which says positional calls fail: they do not) --

_ASSERTED_OLD = """class Writer:
    def __init__(self, output_filename="", logging=False, **params):
        self.params = {str(k).strip(): v for k, v in params.items()}
"""
_ASSERTED_NEW = '''class Writer:
    def __init__(self, output="", logging=False, **params):
        assert not ("output_filename" in params), "renamed to `output`"
        self.params = {str(k).strip(): v for k, v in params.items()}
'''


def test_a_keyword_kwargs_asserts_absent_is_not_taken_by_them(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ASSERTED_OLD}, {"demo/__init__.py": _ASSERTED_NEW})
    delta = found[("signature_changed", "demo.Writer")].signature
    assert delta is not None and delta.renamed == (("output_filename", "output"),)
    assert delta.made_keyword_only == ()
    # the sibling spelling; and an old keyword `**params` reads: taken, so only the slot is lost
    spelled = _ASSERTED_NEW.replace('not ("output_filename" in params)', '"output_filename" not in params')
    assert diffed(tmp_path / "spelled", {"demo/__init__.py": _ASSERTED_OLD}, {"demo/__init__.py": spelled})[
        ("signature_changed", "demo.Writer")
    ].signature.renamed == (("output_filename", "output"),)
    taken = _ASSERTED_NEW.replace(
        'assert not ("output_filename" in params), "renamed to `output`"', 'self.name = params.get("output_filename")'
    )
    kept = diffed(tmp_path / "taken", {"demo/__init__.py": _ASSERTED_OLD}, {"demo/__init__.py": taken})
    assert kept[("signature_changed", "demo.Writer")].signature.made_keyword_only == ("output_filename",)


def test_vidgear_0_3_refuses_output_filename_it_renamed() -> None:
    found = changes("vidgear", "0.2.6", "0.3.0")
    delta = found[("signature_changed", "vidgear.gears.WriteGear")].signature
    assert delta is not None and delta.renamed == (("output_filename", "output"),)
    assert "output_filename" not in delta.made_keyword_only


# -- a variable read only in an `assert` (`assert os.environ.get("X") is not None` before a dependency reads it) is
# no setting of the release: dropping the check loses nothing a user set --

_ASSERT_ENV_OLD = '''import os


def recognize(credentials=None):
    if credentials is None:
        assert os.environ.get("CLOUD_CREDENTIALS") is not None
    return credentials
'''
_ASSERT_ENV_NEW = "def recognize(credentials=None):\n    return credentials\n"


def test_a_variable_read_only_in_an_assert_is_no_setting(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ASSERT_ENV_OLD}, {"demo/__init__.py": _ASSERT_ENV_NEW})
    assert ("env_var_removed", "env:CLOUD_CREDENTIALS") not in found
    # the sibling: a read whose value the release uses is a setting it no longer reads
    used = _ASSERT_ENV_OLD.replace(
        'assert os.environ.get("CLOUD_CREDENTIALS") is not None', 'credentials = os.environ.get("CLOUD_CREDENTIALS")'
    )
    assert ("env_var_removed", "env:CLOUD_CREDENTIALS") in diffed(
        tmp_path / "used", {"demo/__init__.py": used}, {"demo/__init__.py": _ASSERT_ENV_NEW}
    )


def test_speechrecognition_3_13_only_stopped_asserting_google_application_credentials() -> None:
    found = changes("speechrecognition", "3.12.0", "3.13.0")
    assert ("env_var_removed", "env:GOOGLE_APPLICATION_CREDENTIALS") not in found


# -- a release that imports `subprocess` still looks up on `PATH` the programs it runs: its own scan of `PATH`
# dropped loses no setting (`subprocess.call(...)` and `subprocess.run(...)` are no bare names to match) --

_PATH_OLD = '''import os
import subprocess


def dll_found(name):
    return any(os.path.exists(os.path.join(p, name)) for p in os.environ["PATH"].split(";"))


def split(video):
    return subprocess.call(["ffmpeg", "-i", video])
'''
_PATH_NEW = 'import subprocess\n\n\ndef split(video):\n    return subprocess.call(["ffmpeg", "-i", video])\n'


def test_a_release_running_programs_through_subprocess_still_reads_path(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PATH_OLD}, {"demo/__init__.py": _PATH_NEW})
    assert ("env_var_removed", "env:PATH") not in found
    assert ("removed", "demo.dll_found") in found
    # the sibling: no program run any more, no lookup left
    gone = diffed(
        tmp_path / "gone",
        {"demo/__init__.py": _PATH_OLD},
        {"demo/__init__.py": "def split(video):\n    return video\n"},
    )
    assert ("env_var_removed", "env:PATH") in gone


def test_scenedetect_0_6_still_runs_ffmpeg_through_subprocess() -> None:
    found = changes("scenedetect", "0.5.6.1", "0.6")
    assert ("env_var_removed", "env:PATH") not in found
    assert ("removed", "scenedetect.platform.check_opencv_ffmpeg_dll") in found  # the scan's function, really gone
