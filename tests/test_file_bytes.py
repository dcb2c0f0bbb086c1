"""Reading a data file's bytes (loading/file_bytes.py): what is not a regular file is refused at
once, and a file is read to its end whatever fstat said of its size."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from nhanluc_cli.loading.file_bytes import MAX_BYTES, _read_all, read_bytes


def codes(path: Path) -> tuple[bytes | None, list[tuple[str, str]]]:
    data, findings = read_bytes(path, "progress/2022.yaml")
    return data, [(finding.code, finding.key) for finding in findings]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_fifo_named_like_a_report_is_refused_without_waiting_for_a_writer(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "2022.yaml"
    os.mkfifo(fifo)
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.append(codes(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "opening the FIFO waited for a writer"
    assert found == [(None, [("E101", "file.not_regular")])]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a device to link to")
def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "2022.yaml"
    link.symlink_to("/dev/zero")
    assert codes(link) == (None, [("E101", "file.not_regular")])


def test_a_folder_and_a_missing_file_are_unreadable_or_not_regular(tmp_path: Path) -> None:
    (tmp_path / "2022.yaml").mkdir()
    assert codes(tmp_path / "2022.yaml")[1][0][0] == "E101"
    assert codes(tmp_path / "2023.yaml") == (None, [("E101", "file.unreadable")])


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 65_537, MAX_BYTES])
def test_every_byte_is_read(tmp_path: Path, size: int) -> None:
    path = tmp_path / "2022.yaml"
    content = bytes(i % 251 for i in range(size))
    path.write_bytes(content)
    assert codes(path) == (content, [])


def test_a_file_longer_than_fstat_said_is_read_to_its_end(tmp_path: Path) -> None:
    # As if the file grew between fstat and the reads: told size 0, it still reads all
    # 200,000 bytes (the first read, then reads until the end).
    path = tmp_path / "2022.yaml"
    content = b"x" * 200_000
    path.write_bytes(content)
    descriptor = os.open(path, os.O_RDONLY)
    try:
        assert _read_all(descriptor, 0) == content
    finally:
        os.close(descriptor)


def test_a_file_that_grew_past_the_limit_is_cut_one_byte_over_it(tmp_path: Path) -> None:
    path = tmp_path / "2022.yaml"
    path.write_bytes(b"#" * (MAX_BYTES + 10))
    descriptor = os.open(path, os.O_RDONLY)
    try:
        assert len(_read_all(descriptor, 10)) == MAX_BYTES + 1  # then refused as too large
    finally:
        os.close(descriptor)
