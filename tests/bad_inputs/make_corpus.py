"""The bad inputs that are bytes rather than text, written at test time.

Binary, legacy-encoded, UTF-16, tab-indented, NFD, merge-conflict and 2 MB files are generated
here instead of being committed: editors, git attributes and hooks tend to "fix" such files, and
a fixed file would no longer test anything. The text cases are committed beside this module.

Run `python tests/bad_inputs/make_corpus.py DIR` to write them into DIR for a look by hand.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

HEADER = 'period: "2022"\n'
VIETNAMESE = "Phòng Giáo dục và Đào tạo"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: precomposed letters where the code page has
    them, otherwise a base letter followed by a combining tone mark (0xCC, 0xEC, 0xD2, 0xDE, 0xF2).
    """
    out = bytearray()
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        # Keep as many marks composed as the code page allows (ô, ă, ơ exist; ố does not).
        for kept in range(len(marks), -1, -1):
            head = unicodedata.normalize("NFC", base + marks[:kept])
            try:
                out += head.encode("cp1258") + marks[kept:].encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError(f"not in cp1258: {char!r}")
    return bytes(out)


# TCVN3 (ABC) bytes of "Phòng Giáo dục": ò = 0xDF, á = 0xB8, ụ = 0xF4 (single bytes above 0x7F
# that are never valid UTF-8 on their own).
TCVN3_PHONG_GIAO_DUC = b"Ph\xdfng Gi\xb8o d\xf4c"


def _report_by_text() -> str:
    return HEADER + f'reported_by: "{VIETNAMESE}"\n'


def _too_large() -> bytes:
    """A valid report padded with comment lines to just over 2 MB."""
    comment = b"# " + b"x" * 97 + b"\n"  # 100 bytes a line
    return HEADER.encode() + comment * (2 * 1024 * 1024 // len(comment) + 1)


def _deep_nesting() -> bytes:
    """10,000 nested flow lists: a stack overflow if anyone recursed into it naively."""
    return (HEADER + "note: " + "[" * 10_000 + "]" * 10_000 + "\n").encode()


GENERATED: dict[str, Callable[[], bytes]] = {
    "empty.yaml": lambda: b"",
    "whitespace_only.yaml": lambda: b"   \n\n        \n  \n",
    # Not UTF-8, no NUL: the first bad byte (0x89 of a PNG signature) is on line 1.
    "binary_bytes.yaml": lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(0x80, 0x100)),
    "nul_byte.yaml": lambda: (HEADER + 'reported_by: "Phòng"\nnote: "a\x00b"\n').encode(),
    "windows_1258.yaml": lambda: HEADER.encode() + b'reported_by: "' + cp1258(VIETNAMESE) + b'"\n',
    "tcvn3.yaml": lambda: HEADER.encode() + b'reported_by: "' + TCVN3_PHONG_GIAO_DUC + b'"\n',
    # What Windows Notepad's "Unicode" and "Unicode big endian" save.
    "utf16_le_bom.yaml": lambda: b"\xff\xfe" + _report_by_text().encode("utf-16-le"),
    "utf16_be_bom.yaml": lambda: b"\xfe\xff" + _report_by_text().encode("utf-16-be"),
    "tab_indent.yaml": lambda: (HEADER + 'tasks:\n\t"3":\n\t\tstatus: in_progress\n').encode(),
    "merge_conflict.yaml": lambda: (
        HEADER
        + "indicators:\n"
        + "  hoc_sinh_thcs:\n"
        + "<<<<<<< HEAD\n"
        + "    value: 99.1\n"
        + "=======\n"
        + "    value: 98.7\n"
        + ">>>>>>> bao-cao-phong-gd\n"
    ).encode(),
    "too_large.yaml": _too_large,
    "deep_nesting.yaml": _deep_nesting,
    # Accepted: a UTF-8 byte-order mark (Notepad adds one), NFD text, Windows line endings.
    "utf8_bom.yaml": lambda: b"\xef\xbb\xbf" + _report_by_text().encode(),
    "nfd_text.yaml": lambda: unicodedata.normalize("NFD", _report_by_text()).encode(),
    "crlf.yaml": lambda: _report_by_text().replace("\n", "\r\n").encode(),
}


def write_generated(folder: Path) -> dict[str, Path]:
    """Write every generated case into `folder`; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, make in GENERATED.items():
        path = folder / name
        path.write_bytes(make())
        written[name] = path
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/bad_inputs/make_corpus.py DIR")
    for path in write_generated(Path(sys.argv[1])).values():
        print(path)
