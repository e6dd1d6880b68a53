"""Zero traces: a full scripted session, run with HOME, TMPDIR and every XDG folder pointed at fresh empty
folders, leaves no file behind, and the typed sentinel strings appear in no file anywhere we can look.

The session (tests/privacy/session_driver.py) searches, checks indicators, answers the pathway questions,
types sentinels (ASCII, accented, Arabic/Hebrew, CJK) into every editable text field, composes and copies the
note, builds and prints a handout, opens a non-native file dialog, runs a short monkey, lets the idle wipe
fire, and ends with quick exit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.privacy.conftest import MONKEY_EVENTS
from tests.privacy.figures import show
from tests.privacy.sandbox import SCAN_ROOTS, SessionRun, leftovers, scan_for_sentinels

pytestmark = pytest.mark.gui

ALL_STEPS = [
    "started",
    "qsettings probed",
    "searched",
    "screened",
    "note composed and copied",
    "every text field typed",
    "handout printed",
    "file dialog opened and closed",
    "monkey",
    "idle wiped",
    "quick exit pressed",
]


def describe(run: SessionRun) -> str:
    return f"exit code {run.returncode}\nreport: {run.report}\nstderr (tail): {run.stderr[-3000:]}"


def test_the_scripted_session_runs_to_quick_exit(privacy_session: SessionRun) -> None:
    run, report = privacy_session, privacy_session.report
    assert run.returncode == 0, describe(run)
    assert report.get("steps") == ALL_STEPS, describe(run)
    assert report["exit_code"] == 0
    assert report["exceptions"] == []
    assert report["qt_critical"] == []
    assert report["windows_visible_after_exit"] == 0
    assert report["config_idle_wipe_minutes"] == 1  # the clinic config outside the sandbox was read
    assert report["indicators_checked"] == 6
    assert report["questions_answered"] == 3
    assert report["search_results_for_debt"] > 0
    assert set(report["fields_typed"].values()) == {"ok"}, report["fields_typed"]
    assert report["note_copied_with_sentinels"]
    assert report["monkey"]["events"] == MONKEY_EVENTS


def test_no_file_is_left_in_home_tmp_or_any_xdg_folder(
    privacy_session: SessionRun, capsys: pytest.CaptureFixture[str]
) -> None:
    found = leftovers(privacy_session.watched)
    show(
        capsys,
        "zero traces: files left in the sandbox",
        [
            f"session took {privacy_session.seconds:.1f} s, exit code {privacy_session.returncode}",
            f"watched: HOME, TMPDIR, XDG_CONFIG/CACHE/DATA/STATE_HOME, XDG_RUNTIME_DIR under {privacy_session.watched}",
            f"files found: {len(found)} {found if found else ''}",
        ],
    )
    assert found == []


def test_typed_sentinels_are_in_no_file(
    privacy_session: SessionRun, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = [privacy_session.watched, *(Path(p) for p in SCAN_ROOTS)]
    if privacy_session.cups_output is not None:
        folders.append(privacy_session.cups_output.parent)
    result = scan_for_sentinels(privacy_session.sentinels, folders, since=privacy_session.started)
    show(
        capsys,
        "zero traces: sentinel byte search (UTF-8 and UTF-16LE)",
        [
            f"{len(privacy_session.sentinels)} sentinels; searched every file in the sandbox and every file "
            f"modified since the session started under {', '.join(str(f) for f in folders[1:])} (.git skipped)",
            f"files scanned: {result['files']}, bytes scanned: {result['bytes']:,}",
            f"sentinels found: {len(result['hits'])} {result['hits'] if result['hits'] else ''}",
        ],
    )
    assert result["files"] > 0
    assert result["hits"] == []


def test_qt_settings_cannot_be_written(
    privacy_session: SessionRun, capsys: pytest.CaptureFixture[str]
) -> None:
    report = privacy_session.report
    show(
        capsys,
        "zero traces: Qt settings",
        [
            f"QSettings().status() after setValue+sync: {report['qsettings_status']}",
            f"QSettings(UserScope, 'QtProject').fileName(): {report['qtproject_file']}",
        ],
    )
    assert report["qsettings_status"] == "AccessError"
    assert report["qtproject_file"].startswith("/dev/null/")
    assert report["qsettings_file"].startswith("/dev/null/")
    assert not list(privacy_session.watched.rglob("QtProject.conf"))


def test_idle_wipe_and_quick_exit_forget_what_was_typed(privacy_session: SessionRun) -> None:
    report = privacy_session.report
    assert report["idle_wipe_fired"]
    assert report["sentinel_fields_after_wipe"] == []
    assert report["session_empty_after_wipe"]
    assert report["clipboard_ours_before_exit"]
    assert report["clipboard_empty_after_exit"]


def test_the_print_job_is_neutral(privacy_session: SessionRun, capsys: pytest.CaptureFixture[str]) -> None:
    report = privacy_session.report
    lines = [
        f"printed {report['pages_printed']} page(s) to {report['print_target']}",
        f"job name (QPrinter.docName): {report['print_job_name']!r}, creator {report['print_creator']!r}",
    ]
    if privacy_session.cups_output is not None:
        lines.append(
            f"cups-pdf wrote {privacy_session.cups_output.name} (the spool copy lies outside the app)"
        )
    show(capsys, "zero traces: printing", lines)
    assert report["pages_printed"] >= 1
    assert report["print_job_name"] == "Handout"
    assert report["print_creator"] == ""
    if privacy_session.cups_output is not None:
        assert privacy_session.cups_output.name.startswith("Handout")
    elif privacy_session.printed_pdf is not None:
        assert privacy_session.printed_pdf.stat().st_size > 0
