"""The accessibility tree as a screen reader meets it: AT-SPI over D-Bus, the real app under Xvfb.

tests/ui/atspi_walk.py runs under the system Python (python3-pyatspi, installed by
scripts/install-system-packages) inside ``xvfb-run -a dbus-run-session`` on a 1366×768 screen; it chooses each
place through the place's own AT-SPI action and reports every focusable control that is showing, and the Tab
order from the search box round to it again. This test fails on a focusable control without a name, with a
name equal to its value (a combo box saying "Any"), or with role "unknown", and prints the Tab order of
every place.

It runs twice: in English, and in French (the interface language chosen the way a clinic chooses it), so a
screen reader user in Quebec hears the controls named in French: the places, the search box, Quick exit and the
answer announcements carry their French names, and no focusable control keeps an English name that has a
French translation. (One translated walk, not two: each walk takes about half a minute; Spanish goes through the
same code and its names are checked in-process by test_translated_interface.py.)
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.privacy.figures import show

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
PLACES = ("Learn", "Screen", "Ask", "Document", "Refer")
NAMES = {
    "en": {
        "places": PLACES,
        "search": "Search everything",
        "checklist": "Indicator checklist",
        "quick_exit": "Quick exit",
        "window": "Main window",
        "answered": "Is the patient under 18? Answered: 18 or older.",
        "taken_back": "Is the patient under 18? Answer taken back.",
    },
    "fr": {  # the question and the answer are content (English); the interface's words are French
        "places": ("Apprendre", "Repérer", "Demander", "Documenter", "Orienter"),
        "search": "Tout rechercher",
        "checklist": "Liste de repérage des indicateurs",
        "quick_exit": "Sortie rapide",
        "window": "Fenêtre principale",
        "answered": "Is the patient under 18? Réponse : 18 or older.",
        "taken_back": "Is the patient under 18? Réponse retirée.",
    },
}
NEEDED = ("xvfb-run", "dbus-run-session", "xdotool")


def _missing_tools() -> list[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module", params=tuple(NAMES))
def language(request) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def names(language) -> dict:
    return NAMES[language]


@pytest.fixture(scope="module")
def tree(tmp_path_factory, language, names) -> dict:
    missing = _missing_tools()
    assert not missing, f"run scripts/install-system-packages: missing {missing}"
    home = tmp_path_factory.mktemp(f"atspi-home-{language}")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"}
    }
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    env.update(XDG_RUNTIME_DIR=str(home / "run"), PYTHONPATH=str(REPO / "src"))
    env.update(SCREENAID_INTERFACE_LANGUAGE=language)
    (home / "run").mkdir(mode=0o700)
    looked_for = {key: list(value) if isinstance(value, tuple) else value for key, value in names.items()}
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
        "dbus-run-session", "--",
        SYSTEM_PYTHON, str(HERE / "atspi_walk.py"), sys.executable, json.dumps(looked_for),
    ]  # fmt: skip
    done = subprocess.run(
        command, env=env, cwd=REPO, capture_output=True, text=True, timeout=400, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0, f"walk failed ({done.returncode}):\n{done.stderr[-3000:]}"
    assert lines, f"the walk printed no report:\n{done.stderr[-3000:]}"
    return json.loads(lines[-1])


def test_launch_focus_is_the_search_box_not_quick_exit(tree, names):
    assert tree["launch_focus"] == {"role": "text", "name": names["search"], "value": ""}
    assert tree["window"]["name"] == names["window"]


@pytest.mark.parametrize("number", range(len(PLACES)))
def test_every_focusable_control_has_a_name_a_role_and_no_value_as_name(tree, names, number):
    place = names["places"][number]
    found = tree["places"][place]
    assert found["checked"], f"{place} is not reported as the chosen place"
    controls = found["controls"]
    assert len(controls) >= 10
    unnamed = [c for c in controls if not c["name"]]
    value_as_name = [c for c in controls if c["value"] and c["name"] == c["value"]]
    unknown = [c for c in controls if c["role"] == "unknown"]
    assert (unnamed, value_as_name, unknown) == ([], [], [])
    assert found["unknown_roles"] == []  # not even an unfocusable one (splitter handles were)
    roles = {c["name"]: c["role"] for c in controls}
    assert all(roles[name] == "radio button" for name in names["places"])  # the places, not check boxes


def _french_drafts() -> dict[str, str]:
    """English interface text -> its French, as a screen reader would say them (without the accelerator's
    ampersand and a trailing colon), where the two differ."""
    spec = importlib.util.spec_from_file_location("fr_drafts", REPO / "scripts" / "translations" / "fr.py")
    assert spec is not None
    assert spec.loader is not None
    drafts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(drafts)

    def spoken(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()

    return {
        spoken(english): spoken(french)
        for english, french in drafts.TRANSLATIONS.items()
        if isinstance(french, str) and spoken(english) and spoken(english) != spoken(french)
    }


def test_a_screen_reader_hears_the_interface_language_only(tree, language):
    """In French, no focusable control on any place keeps an English interface name that has a French
    translation; in English, none carries a French one."""
    drafts = _french_drafts()
    assert drafts["Search everything"] == "Tout rechercher"  # the drafts were read
    other = drafts if language == "fr" else {french: english for english, french in drafts.items()}
    left = sorted(
        {
            f"{control['role']}: {control['name']} (should be: {other[control['name']]})"
            for found in tree["places"].values()
            for control in found["controls"]
            if control["name"] in other
        }
    )
    assert left == []


@pytest.mark.parametrize("number", range(len(PLACES)))
def test_tab_order_goes_round_through_quick_exit_and_the_places(tree, names, number, capsys):
    place = names["places"][number]
    order = tree["places"][place]["tab_order"]
    show(capsys, f"Tab order on {place} (from the search box, {len(order)} stops)", [
        f"{number:>3}. {stop['role']}: {stop['name'][:70]}" + (f" (+{stop['links']} links)" if stop.get("links") else "")
        for number, stop in enumerate(order, 1)
    ])  # fmt: skip
    stops = [stop["name"] for stop in order]
    assert "(focus not reported)" not in stops
    assert "(Tab did not move the focus)" not in stops  # a keyboard trap
    assert stops[0] == names["search"]
    # Quick exit is the first stop of the window: the stop after the page's last control, then the places.
    quick = stops.index(names["quick_exit"])
    # then one stop for the row of places, on the place showing (the arrow keys move between places)
    assert order[quick + 1 :] == [{"role": "radio button", "name": place, "value": ""}]
    assert quick == len(order) - 2
    assert len(order) > 4


def test_a_number_key_answer_is_announced_to_a_screen_reader(tree, names):
    """The answer keys keep the focus where it is, so a screen reader user hears the answer through an
    AT-SPI announcement: key 2 answers the first question "18 or older"; pressing it again takes it back."""
    given, taken_back = tree["announcements"]
    assert given == names["answered"]
    assert taken_back == names["taken_back"]
