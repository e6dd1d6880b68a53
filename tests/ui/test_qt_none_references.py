"""PySide6 must not lose references to None (PySide6-Essentials 6.12.0 did: see README, "Dependencies").

In 6.12.0 every Qt call that returned an empty value as ``None`` took one reference from ``None`` without
giving it back; after about a thousand calls the interpreter aborted with "Fatal Python error: none_dealloc".
The calls run in a fresh interpreter, so a regression aborts that process and not the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CALLS = 5000

_SCRIPT = """
import json, sys
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QApplication, QComboBox, QListWidgetItem

app = QApplication([])
combo = QComboBox()
combo.addItem("no data")
item = QListWidgetItem("no data")
standard = QStandardItem("no data")
plain = QObject()
calls = {
    "QComboBox.currentData": combo.currentData,
    "QComboBox.itemData": lambda: combo.itemData(0),
    "QListWidgetItem.data": lambda: item.data(Qt.ItemDataRole.UserRole),
    "QStandardItem.data": lambda: standard.data(Qt.ItemDataRole.UserRole),
    "QObject.property": lambda: plain.property("nothing"),
    "QApplication.focusWidget": QApplication.focusWidget,
}
report = {}
for name, call in calls.items():
    before = sys.getrefcount(None)
    results = [call() for _ in range(CALLS)]
    assert all(result is None for result in results), name
    del results
    report[name] = sys.getrefcount(None) - before
print(json.dumps(report))
"""


@pytest.mark.gui
def test_none_returning_qt_calls_keep_none_alive():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", f"CALLS = {CALLS}\n{_SCRIPT}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"the interpreter died (exit {done.returncode}): {done.stderr[-600:]}"
    drift = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(drift) == {
        "QComboBox.currentData",
        "QComboBox.itemData",
        "QListWidgetItem.data",
        "QStandardItem.data",
        "QObject.property",
        "QApplication.focusWidget",
    }
    if sys.version_info < (3, 12):  # from 3.12 None is immortal and its count means nothing
        # A few references may come and go with the interpreter's own caches, never one per call.
        assert all(abs(change) < CALLS // 10 for change in drift.values()), drift


def test_the_pinned_pyside6_is_not_the_release_that_loses_none():
    from importlib.metadata import version

    assert version("PySide6-Essentials") != "6.12.0"
