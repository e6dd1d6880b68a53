"""Walks ScreenAid's real accessibility tree over AT-SPI, as a screen reader sees it. Run by test_atspi.py.

Runs under the *system* Python 3 (python3-pyatspi is a Debian package, not a wheel), inside
``xvfb-run -a dbus-run-session``. It starts the accessibility bus, launches the app from the project's venv
with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, then for each place: selects the place through its own AT-SPI action
(as a screen reader user would), lists every focusable control that is showing with its role, name and value,
and records the Tab order by pressing Tab (XTest) from the search box until the focus comes round again.
Last, on Screen, it presses an answer's number key twice (XTest) and records what the app announced.
Prints one JSON document on stdout; the test decides what passes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

ENGLISH_NAMES = {
    "places": ["Learn", "Screen", "Ask", "Document", "Refer"],
    "search": "Search everything",
    "checklist": "Indicator checklist",
}
"""The accessible names the walk looks for; the test passes them in the interface language (argv[2], JSON)."""
VALUE_ROLES = {"combo box", "entry", "text", "password text", "spin button", "slider"}
MAX_TABS = 160
MAX_STILL = 40
APP_CODE = """
import sys
from PySide6.QtCore import QTimer
from screenaid.ui.app import start
app, window = start([])


def ready():
    for place in ("learn", "screen", "ask", "document", "refer"):
        window.page(place)  # built before the walk, so that choosing a place answers at once
    window.activateWindow()
    window.raise_()
    print("READY", flush=True)


window.search_ready.connect(ready)
QTimer.singleShot(240000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def pump(seconds: float) -> None:
    """Let AT-SPI events arrive (they come through the GLib main context)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def find_app(pid: int, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            candidate = desktop.getChildAtIndex(index)
            try:
                if candidate is not None and candidate.get_process_id() == pid:
                    return candidate
            except Exception:  # an application that went away while we looked
                continue
        time.sleep(0.2)
    raise SystemExit(f"the app (pid {pid}) never appeared on the accessibility bus")


def walk(node, showing_only: bool = True):  # type: ignore[no-untyped-def]
    """Every descendant of ``node`` (depth first), skipping subtrees that are not showing."""
    stack = [node]
    while stack:
        current = stack.pop()
        try:
            states = current.getState()
            count = current.childCount
        except Exception:
            continue
        if showing_only and current is not node and not states.contains(pyatspi.STATE_SHOWING):
            continue
        yield current
        children = []
        for index in range(count):
            try:
                child = current.getChildAtIndex(index)
            except Exception:
                child = None
            if child is not None:
                children.append(child)
        stack.extend(reversed(children))


def value_of(node, role: str) -> str:  # type: ignore[no-untyped-def]
    """What a screen reader would read as the control's value (only for controls that hold one)."""
    if role not in VALUE_ROLES:
        return ""
    for reader in (
        lambda: node.queryText().getText(0, -1),
        lambda: str(node.queryValue().currentValue),
        lambda: node.description if role == "combo box" else "",
    ):
        try:
            text = reader()
        except Exception:
            continue
        if text:
            return str(text)
    return ""


def describe(node) -> dict[str, object]:  # type: ignore[no-untyped-def]
    role = node.getRoleName()
    return {"role": role, "name": (node.name or "").strip(), "value": value_of(node, role).strip()}


def focusable_controls(window) -> list:  # type: ignore[no-untyped-def]
    found = []
    for node in walk(window):
        try:
            states = node.getState()
        except Exception:
            continue
        if states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING):
            found.append(node)
    return found


def by_name(window, role: str, name: str):  # type: ignore[no-untyped-def]
    for node in walk(window):
        try:
            if node.getRoleName() == role and (node.name or "").strip() == name:
                return node
        except Exception:
            continue
    seen = sorted({f"{n.getRoleName()}:{(n.name or '').strip()}" for n in walk(window)})
    raise SystemExit(f"no {role} named {name!r} in the accessibility tree; it has {seen}")


class FocusWatch:
    """Remembers the last object that reported it gained focus."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.current = None
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event) -> None:  # type: ignore[no-untyped-def]
        try:
            if event.detail1 == 1 and event.source.get_process_id() == self.pid:
                self.current = event.source
        except Exception:
            pass

    def close(self) -> None:
        pyatspi.Registry.deregisterEventListener(self._on_event, "object:state-changed:focused")


def press_tab() -> None:
    pyatspi.Registry.generateKeyboardEvent(0xFF09, None, pyatspi.KEY_SYM)  # XK_Tab


def tab_order(watch: FocusWatch, start) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """Tab from ``start`` until the focus is back on it; each stop as role and name."""
    start.queryComponent().grabFocus()
    pump(0.4)
    first = describe(start)
    order: list[dict[str, object]] = []
    still = 0
    for _ in range(MAX_TABS):
        before = watch.current
        press_tab()
        end = time.monotonic() + (0.8 if still else 1.5)
        while time.monotonic() < end:
            pump(0.05)
            if watch.current is not None and watch.current is not before:
                pump(0.2)  # the focus may move on at once (Tab into the places lands on the one showing)
                break
        if watch.current is None:
            order.append({"role": "?", "name": "(focus not reported)"})
            break
        if watch.current is before:
            still += 1  # Tab moved between the links inside one label, which keeps the focus
            if order and order[-1].get("links") is not None:
                order[-1]["links"] = int(str(order[-1]["links"])) + 1
            if still > MAX_STILL:
                order.append({"role": "?", "name": "(Tab did not move the focus)"})
                break
            continue
        still = 0
        stop = describe(watch.current)
        if stop == first and order:
            break
        if stop["role"] == "label":
            stop["links"] = 0  # Tab presses that stay inside it, moving from link to link
        order.append(stop)
    return [first, *order]


def announcements_for_number_key(window, key: str, checklist: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Press ``key`` twice inside the Screen place (focus on its checklist) and return what the app
    announced over AT-SPI ("object:announcement") after each press."""
    heard: list[str] = []

    def listen(event) -> None:  # type: ignore[no-untyped-def]
        heard.append(str(event.any_data))

    pyatspi.Registry.registerEventListener(listen, "object:announcement")
    try:
        by_name(window, "tree", checklist).queryComponent().grabFocus()
        pump(0.5)
        said = []
        for _ in range(2):
            heard.clear()
            subprocess.run(["xdotool", "key", key], check=False, timeout=10)
            end = time.monotonic() + 5.0
            while time.monotonic() < end and not heard:
                pump(0.1)
            said.append(" | ".join(heard) or "(nothing announced)")
        return said
    finally:
        pyatspi.Registry.deregisterEventListener(listen, "object:announcement")


def main() -> int:
    app_python = sys.argv[1]
    wanted = json.loads(sys.argv[2]) if len(sys.argv) > 2 else ENGLISH_NAMES
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(0.5)
    env = dict(
        os.environ,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        QT_QPA_PLATFORM="xcb",
        PYTHONDONTWRITEBYTECODE="1",
    )
    app = subprocess.Popen([app_python, "-c", APP_CODE], env=env, stdout=subprocess.PIPE, text=True)
    report: dict[str, object] = {"places": {}}
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        if "READY" not in line:
            raise SystemExit(f"the app did not start (said {line!r}, exit code {app.poll()})")
        application = find_app(app.pid)
        window = None
        for _ in range(100):
            window = next((application.getChildAtIndex(i) for i in range(application.childCount)), None)
            if window is not None:
                break
            time.sleep(0.1)
        if window is None:
            raise SystemExit("the app has no window on the accessibility bus")
        subprocess.run(
            ["xdotool", "search", "--pid", str(app.pid), "windowfocus", "--sync"],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=10,
        )
        watch = FocusWatch(app.pid)
        report["window"] = describe(window)
        start_focus = None
        pump(0.5)
        for node in focusable_controls(window):
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                start_focus = describe(node)
        report["launch_focus"] = start_focus
        places = report["places"]
        assert isinstance(places, dict)
        for place in wanted["places"]:
            button = by_name(window, "radio button", place)
            action = button.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            action.doAction(names.index("Toggle") if "Toggle" in names else 0)
            end = time.monotonic() + 15.0  # a busy machine may take a while to show the page
            while time.monotonic() < end and not button.getState().contains(pyatspi.STATE_CHECKED):
                pump(0.1)
            pump(1.0)
            controls = [describe(node) for node in focusable_controls(window)]
            unknown = []
            for node in walk(window):
                try:
                    if node.getRoleName() == "unknown":
                        unknown.append(describe(node))
                except Exception:
                    continue
            search = by_name(window, "text", wanted["search"])
            places[place] = {
                "checked": button.getState().contains(pyatspi.STATE_CHECKED),
                "controls": controls,
                "unknown_roles": unknown,
                "tab_order": tab_order(watch, search),
            }
            log(place, len(controls), "controls,", len(places[place]["tab_order"]), "tab stops")
        watch.close()
        screen = by_name(window, "radio button", wanted["places"][1])
        action = screen.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        action.doAction(names.index("Toggle") if "Toggle" in names else 0)
        pump(1.0)
        report["announcements"] = announcements_for_number_key(window, "2", wanted["checklist"])
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        launcher.terminate()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
