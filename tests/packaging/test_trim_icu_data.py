"""packaging/trim_icu_data.py: the bundle's smaller ICU data library keeps every item Qt reads, byte for byte,
and Qt's text handling (collation, case mapping, converters, time-zone names) gives the same results with it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import REPO_ROOT

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's ICU library"),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("readelf", "as", "ld")), reason="needs binutils"
    ),
]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "trim_icu_data", REPO_ROOT / "packaging" / "trim_icu_data.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def libraries(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    import PySide6

    original = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = _module().trim(original, tmp_path_factory.mktemp("icu"))
    return original, trimmed


def test_trimmed_library_keeps_every_item_qt_reads_byte_for_byte(libraries: tuple[Path, Path]) -> None:
    trim = _module()
    original, trimmed = libraries
    symbol, package = trim.read_package(original)
    header, items = trim._items(package)
    new_symbol, new_package = trim.read_package(trimmed)
    new_header, new_items = trim._items(new_package)
    assert (new_symbol, new_header) == (symbol, header)
    kept = [(name, data) for name, data in items if trim.kept(name)]
    # the items keep their bytes (each padded to 16 as in ICU's own packages) and their sorted order
    assert [name for name, _ in new_items] == [name for name, _ in kept]
    assert all(
        new.startswith(old) and not new[len(old) :].strip(b"\0")
        for (_, old), (_, new) in zip(kept, new_items, strict=True)
    )
    names = {name.split("/", 1)[1] for name, _ in new_items}
    assert {
        "coll/ucadata.icu",
        "cnvalias.icu",
        "zoneinfo64.res",
        "coll/vi.res",
        "coll/zh.res",
        "zone/es.res",
    } <= names
    assert not [name for name in names if name.startswith(("lang/", "brkitr/", "translit/"))]
    assert trimmed.stat().st_size < original.stat().st_size * 0.6


def test_trimming_is_reproducible(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    original, trimmed = libraries
    assert _module().trim(original, tmp_path).read_bytes() == trimmed.read_bytes()


QT_TEXT_HANDLING = r"""
from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, Qt, QTimeZone
names = ["Nguyễn Thị Hương", "Ngô Văn An", "Ñandú", "Nube", "Ärger", "Zoë", "王小明", "李华", "محمد", "أحمد",
         "Ёлка", "Иван", "İstanbul", "Istanbul", "김민수", "カタカナ", "ひらがな", "ß", "ss"]
for locale in ("en_US", "es_MX", "fr_CA", "vi_VN", "zh_CN", "ar_EG", "tr_TR", "ko_KR", "ja_JP"):
    print(locale, sorted(names, key=QCollator(QLocale(locale)).sortKey))
    print(QLocale(locale).toUpper("istanbul ıi ß ijssel"), QLocale(locale).toLower("İSTANBUL ΣΑΣ"))
print([(codec, QStringDecoder(codec).isValid()) for codec in ("Shift_JIS", "GB18030", "Big5", "windows-1258")])
print(len(QStringDecoder.availableCodecs()), len(QTimeZone.availableTimeZoneIds()))
moment = QDateTime.fromString("2026-07-01T12:00:00Z", Qt.DateFormat.ISODate)
for zone in (b"America/New_York", b"Europe/Madrid", b"Asia/Ho_Chi_Minh", b"Asia/Shanghai"):
    for locale in ("en_US", "es_ES", "fr_FR", "vi_VN"):
        print(QTimeZone(zone).displayName(moment, QTimeZone.NameType.LongName, QLocale(locale)))
import sys
print([line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0], file=sys.stderr)
"""


def test_qt_text_handling_is_the_same_with_the_trimmed_library(libraries: tuple[Path, Path]) -> None:
    outputs = []
    for library in libraries:
        # LD_LIBRARY_PATH comes before QtCore's own RUNPATH, so this library is the one QtCore loads
        env = {**os.environ, "LD_LIBRARY_PATH": str(library.parent), "QT_QPA_PLATFORM": "offscreen"}
        if library == libraries[0]:
            env.pop("LD_LIBRARY_PATH")
        result = subprocess.run(
            [sys.executable, "-c", QT_TEXT_HANDLING], env=env, capture_output=True, text=True, check=True
        )
        assert result.stderr.strip().endswith(str(library)), result.stderr
        outputs.append(result.stdout)
    assert "Giờ Đông Dương" in outputs[0]  # the zone names are really read (Vietnamese)
    assert outputs[1] == outputs[0]
