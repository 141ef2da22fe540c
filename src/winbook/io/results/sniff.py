"""What kind of file this is, from its first bytes: workbook, text (and its encoding) or not.

No Qt.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from winbook.errors import InputFileError

SNIFF_BYTES = 64 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x7fELF": "a program",
    b"MZ": "a program",
    b"\x89PNG": "an image",
    b"\xff\xd8\xff": "an image",
    b"GIF8": "an image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"SQLite format 3": "a database",
}


def sniff(path: Path) -> bytes:
    """The first bytes of ``path``, or a sentence saying why it cannot be a results file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise InputFileError(f"The results file {path} does not exist.") from None
    except IsADirectoryError:
        raise InputFileError(f"{path} is a folder, not a results file.") from None
    except PermissionError:
        raise InputFileError(f"Winbook is not allowed to read {path}.") from None
    except OSError as exc:
        raise InputFileError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if head.startswith(b"SQLite format 3\x00") and _is_plan(path):
        raise InputFileError(
            f"{path.name} is a Winbook plan, not a results file: import a precinct results "
            "CSV or XLSX file (open the plan itself with 'winbook PLAN')."
        )
    return head


def _is_plan(path: Path) -> bool:
    from winbook.store.opening import is_winbook_file  # only for SQLite files

    return is_winbook_file(path)


def csv_encoding(head: bytes, name: str) -> str:
    """The encoding to read a text file with, or an error if the bytes are not text."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise InputFileError(f"{name} is {what}, not a CSV or XLSX results file.")
    sample = head[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 3:  # UTF-16 without a BOM
        even_nuls = sample[0::2].count(0)
        return "utf-16-be" if even_nuls > sample[1::2].count(0) else "utf-16-le"
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > max(8, len(sample) // 50):
        raise InputFileError(f"{name} is not a text (CSV) file nor an XLSX workbook.")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the sniff boundary
            return "cp1252"
    return "utf-8"
