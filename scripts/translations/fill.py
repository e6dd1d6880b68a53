"""Fill the Linguist files' empty translations from the drafts in this folder (``en.py``, ``es.py``, ``fr.py``).

Each draft module holds ``TRANSLATIONS``: source text -> translation, or -> a tuple of plural forms for a
``%n`` message (English: singular, plural; Spanish and French: singular, plural). A key ``"Context|source"``
overrides the plain source text in that one context. The drafts are the translations' source of truth (a
reviewer edits them; the .ts files are generated from them and compiled): every message with a draft is
written from it. Messages with no draft are marked unfinished (and the tests say which).
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _draft(language: str) -> dict[str, str | tuple[str, ...]]:
    spec = importlib.util.spec_from_file_location(f"draft_{language}", HERE / f"{language}.py")
    if spec is None or spec.loader is None:
        return {}
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.TRANSLATIONS)


def fill(ts_file: Path, language: str) -> int:
    """Fill ``ts_file`` in place; returns how many messages are still unfinished."""
    drafts = _draft(language)
    tree = ET.parse(ts_file)  # noqa: S314 -- our own committed Linguist files
    missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            source = message.findtext("source", "")
            draft = drafts.get(f"{name}|{source}", drafts.get(source))
            if draft is None:
                translation.set("type", "unfinished")
                missing += 1
                continue
            if message.get("numerus") == "yes":
                forms = draft if isinstance(draft, tuple) else (draft,)
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = draft if isinstance(draft, str) else draft[0]
            translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main(folder: str) -> int:
    for ts_file in sorted(Path(folder).glob("screenaid_*.ts")):
        language = ts_file.stem.split("_", 1)[1]
        missing = fill(ts_file, language)
        if missing:
            print(f"{ts_file.name}: {missing} message(s) have no translation yet", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
