"""pack_files: which files a pack holds, the list every manifest check compares with the signed one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screenaid.integrity.manifest import MANIFEST_NAME, SIGNATURE_NAME, pack_files
from tests.conftest import DATA_DIR


def rglob_pack_files(folder: Path) -> list[str]:
    """The former implementation, over ``Path.rglob``: the reference the faster one must equal."""
    found = []
    for path in folder.rglob("*"):
        if path.name in (MANIFEST_NAME, SIGNATURE_NAME) and path.parent == folder:
            continue
        if path.name == "__pycache__" or "__pycache__" in path.parts:
            continue
        try:
            if path.is_symlink() or not path.is_file():
                continue
        except (OSError, ValueError):
            continue
        found.append(path.relative_to(folder).as_posix())
    return sorted(found)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    (pack / "resources" / "deep" / "deeper").mkdir(parents=True)
    (pack / "resources" / "us.yaml").write_text("kind: resource\n")
    (pack / "resources" / "deep" / "deeper" / "x.yaml").write_text("x")
    (pack / ".hidden").write_text("hidden files count")
    (pack / "resources" / ".also hidden.yaml").write_text("h")
    (pack / "name with spaces [and] *stars*?.txt").write_text("s")
    (pack / "ünïcödé.md").write_text("u")
    (pack / MANIFEST_NAME).write_text("{}")  # the pack's own manifest and signature: not files of it
    (pack / SIGNATURE_NAME).write_text("00")
    (pack / "resources" / MANIFEST_NAME).write_text("{}")  # a nested one is an ordinary file
    (pack / "__pycache__").mkdir()
    (pack / "__pycache__" / "a.pyc").write_bytes(b"\0")
    (pack / "resources" / "__pycache__").write_text("a file named __pycache__")
    (pack / "outside").mkdir()
    (pack / "outside" / "real.yaml").write_text("r")
    (pack / "linked-folder").symlink_to(pack / "outside", target_is_directory=True)
    (pack / "link.yaml").symlink_to(pack / "resources" / "us.yaml")
    (pack / "broken.yaml").symlink_to(pack / "nowhere.yaml")
    (pack / "loop").symlink_to(pack / "loop")
    os.mkfifo(pack / "pipe.yaml")
    (pack / "empty-folder").mkdir()
    return pack


def test_same_list_as_rglob_on_a_hostile_tree(hostile: Path) -> None:
    listed = pack_files(hostile)
    assert listed == rglob_pack_files(hostile)
    assert "resources/deep/deeper/x.yaml" in listed
    assert ".hidden" in listed
    assert f"resources/{MANIFEST_NAME}" in listed
    assert MANIFEST_NAME not in listed
    assert SIGNATURE_NAME not in listed
    assert not [name for name in listed if "__pycache__" in name or "link" in name or "pipe" in name]
    assert "broken.yaml" not in listed
    assert "loop" not in listed


def test_same_list_as_rglob_for_a_sub_folder_and_for_the_bundled_data(hostile: Path) -> None:
    assert pack_files(hostile / "resources") == rglob_pack_files(hostile / "resources")
    assert pack_files(DATA_DIR) == rglob_pack_files(DATA_DIR)
    assert len(pack_files(DATA_DIR)) > 50


def test_a_missing_folder_or_a_file_lists_nothing(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    for path in (tmp_path / "missing", tmp_path / "file"):
        assert pack_files(path) == rglob_pack_files(path) == []
