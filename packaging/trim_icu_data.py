"""A smaller ICU data library for the Linux bundle: the same libicudata, without the data Qt never asks for.

PySide6's QtCore links ICU (libicuuc, libicui18n, libicudata). libicudata.so is one symbol, ``icudtNN_dat``: an
ICU "common data" package of about 3,900 items (31 MB). QtCore calls exactly these ICU functions (nm -D
--undefined-only libQt6Core.so.6): case mapping (u_strToUpper/Lower), collation (ucol_*), code-page converters
(ucnv_*) and the calendar's time-zone ids and names (ucal_*). None of them reads the trees dropped here:

  lang/ region/ curr/ unit/   display names of languages, regions, currencies and units (uloc_*, ucurr_*, unum_*)
  brkitr/                     break-iterator rules and dictionaries (ubrk_*; Qt breaks text with its own tables)
  translit/ rbnf/             transliterators and spelled-out numbers (utrans_*, unum_* rule-based)

Kept whole: collation for every language, every converter, the time-zone data and names, the locale data and
the Unicode property and normalisation files, so text in every script shows, sorts and changes case as before.

    python packaging/trim_icu_data.py LIBICUDATA OUT_DIR     -> OUT_DIR/<same file name>

Needs binutils (readelf, as, ld), which the bundle build already needs for strip. The output is the
same on every run (no time stamps), so builds stay reproducible.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

DROPPED_TREES = ("lang", "region", "curr", "unit", "brkitr", "translit", "rbnf")
ALIGN = 16


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def read_package(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes, read through the ELF section that holds them."""
    symbols = _run("readelf", "--dyn-syms", "-W", str(library))
    match = re.search(
        r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)", symbols
    )
    if match is None:
        raise SystemExit(f"trim_icu_data: no icudtNN_dat symbol in {library}")
    address, size, section, name = int(match[1], 16), int(match[2], 0), int(match[3]), match[4]
    sections = _run("readelf", "-S", "-W", str(library))
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if row is None:
        raise SystemExit(f"trim_icu_data: section {section} not found in {library}")
    offset = address - int(row[1], 16) + int(row[2], 16)
    return name, library.read_bytes()[offset : offset + size]


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common data package (little-endian, "CmnD") into its header and (name, data) items."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise SystemExit("trim_icu_data: not an ICU common data package")
    toc = package[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * index) for index in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return package[:header_size], items


def _pack(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of _items, in the same (sorted) order: ICU finds items by binary search on their names."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = -(-(table_size + len(names)) // ALIGN) * ALIGN
    table, name_offset, data_offset, blobs = [struct.pack("<I", len(items))], table_size, data_start, []
    for name, data in items:
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = data + b"\0" * (-len(data) % ALIGN)
        blobs.append(padded)
        data_offset += len(padded)
    head = b"".join(table) + names
    return header + head + b"\0" * (data_start - len(head)) + b"".join(blobs)


def kept(name: str) -> bool:
    """Whether an item such as ``icudt73l/lang/fr.res`` stays."""
    parts = name.split("/")
    return not (len(parts) > 2 and parts[1] in DROPPED_TREES)


def trim(library: Path, out_dir: Path) -> Path:
    symbol, package = read_package(library)
    header, items = _items(package)
    smaller = _pack(header, [item for item in items if kept(item[0])])
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / library.name
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "icudata.bin").write_bytes(smaller)
        # the same shape as ICU's own: one global, read-only, 16-byte aligned object symbol with its size
        (Path(work) / "icudata.s").write_text(
            f"""\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign {ALIGN}
{symbol}:
\t.incbin "icudata.bin"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
"""
        )
        subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=work, check=True)
        _run(
            "ld",
            "-shared",
            "-soname",
            library.name,
            "--build-id=sha1",
            "-o",
            str(output),
            f"{work}/icudata.o",
        )
    return output


def main() -> int:
    library, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    output = trim(library, out_dir)
    print(
        f"trim_icu_data: {library.stat().st_size / 2**20:.1f} MB -> {output.stat().st_size / 2**20:.1f} MB ({output})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
