"""Join PDF files Winbook wrote into one, streaming: each part is read, copied into the output
file and let go before the next one is opened, so a print run of any length needs the memory of
one packet.

`PdfJoiner(out)`: `add(part)` for each part in order, then `finish(title=…)`. The parts are the
packets of `winbook.report.packet.render_part`; their pages, their outline (bookmarks, under one
top-level entry per packet) and the links of their contents pages are kept, renumbered. Parsing
is pypdf's; the output is written here (pypdf's own writer keeps the whole document in memory
until the end).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

# Any: pypdf's objects are loosely typed: the PDF object tree is walked as Any
from typing import IO, Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
    create_string_object,
)

from winbook.errors import ExportError

#: The objects the joiner writes itself; the parts' objects are numbered after them.
CATALOG, PAGES, OUTLINES, INFO = 1, 2, 3, 4


class PdfJoiner:
    """Writes one PDF to the open binary file ``out`` from parts added in order."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.offsets: dict[int, int] = {}
        self.next_id = INFO + 1
        self.kids: list[int] = []
        self.outline_count = 0
        self.first_item: int | None = None
        self.pending: tuple[int, DictionaryObject] | None = None  # last top-level outline entry
        self.digest = hashlib.md5(usedforsecurity=False)
        self.authors: list[str] = []
        self.out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    # ------------------------------------------------------------------ parts

    def add(self, part: Path) -> int:
        """Copy the pages (and bookmarks) of ``part`` to the end; returns its page count."""
        try:
            reader = PdfReader(part)
            pages = self._copy(reader)
        except (OSError, ValueError, KeyError) as exc:
            raise ExportError(
                f"The packet {part.name} could not be joined to the others: {exc}."
            ) from exc
        return pages

    def _copy(self, reader: PdfReader) -> int:
        root: Any = reader.trailer["/Root"].get_object()
        skip = {_ref(reader.trailer["/Root"]), _ref(root["/Pages"])}
        outlines = root.get("/Outlines")
        if outlines is not None:
            skip.add(_ref(outlines))
        info = reader.trailer.get("/Info")
        if info is not None:
            skip.add(_ref(info))
            author = info.get_object().get("/Author")
            if author:
                self.authors.append(str(author))
        ids = sorted(i for i in reader.xref.get(0, {}) if i not in skip)
        pages = {p.indirect_reference.idnum for p in reader.pages if p.indirect_reference}
        skip |= {i for i in ids if _is_pages_node(reader, i)}
        new = {old: self.next_id + k for k, old in enumerate(i for i in ids if i not in skip)}
        self.next_id += len(new)
        ours = {_ref(reader.trailer["/Root"]): CATALOG, _ref(root["/Pages"]): PAGES}
        ours |= {_ref(outlines): OUTLINES} if outlines is not None else {}
        ours |= {i: PAGES for i in skip if _is_pages_node(reader, i)}
        refs = {**new, **ours}
        top = self._top_items(reader, outlines) if outlines is not None else []
        for old, obj_id in new.items():
            obj: Any = _remap(reader.get_object(old), refs)
            if old in pages:
                obj[NameObject("/Parent")] = IndirectObject(PAGES, 0, None)
                self.kids.append(obj_id)
            if old in top:
                self._link_top(obj_id, obj)
                continue
            self._write(obj_id, obj)
        if outlines is not None:
            self.outline_count += int(outlines.get_object().get("/Count", 0))
        self.digest.update(str(len(self.kids)).encode())
        return len(pages)

    def _top_items(self, reader: PdfReader, outlines: Any) -> list[int]:
        """The ids of the part's top-level bookmarks, in order."""
        out: list[int] = []
        item = outlines.get_object().get("/First")
        while item is not None and len(out) < 10_000:
            out.append(_ref(item))
            item = item.get_object().get("/Next")
        return out

    def _link_top(self, obj_id: int, obj: DictionaryObject) -> None:
        """A top-level bookmark goes under the joined outline, after the previous one (which
        waits, unwritten, until its /Next is known)."""
        obj[NameObject("/Parent")] = IndirectObject(OUTLINES, 0, None)
        for key in ("/Prev", "/Next"):
            obj.pop(NameObject(key), None)
        if self.pending is None:
            self.first_item = obj_id
        else:
            prev_id, prev = self.pending
            prev[NameObject("/Next")] = IndirectObject(obj_id, 0, None)
            obj[NameObject("/Prev")] = IndirectObject(prev_id, 0, None)
            self._write(prev_id, prev)
        self.pending = (obj_id, obj)

    # ------------------------------------------------------------------ end

    def finish(self, title: str, reproducible: bool, extra: Iterable[tuple[str, str]] = ()) -> None:
        """Write the page tree, the outline root, the catalog, the information and the xref."""
        if not self.kids:
            raise ExportError("None of the packets could be made, so there is nothing to join.")
        last = self.pending
        if last is not None:
            self._write(*last)
        kids = ArrayObject(IndirectObject(k, 0, None) for k in self.kids)
        pages = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): kids,
                NameObject("/Count"): NumberObject(len(self.kids)),
            }
        )
        self._write(PAGES, pages)
        catalog = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): IndirectObject(PAGES, 0, None),
            }
        )
        if last is not None:
            outline = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Outlines"),
                    NameObject("/First"): IndirectObject(self.first_item or last[0], 0, None),
                    NameObject("/Last"): IndirectObject(last[0], 0, None),
                    NameObject("/Count"): NumberObject(self.outline_count),
                }
            )
            self._write(OUTLINES, outline)
            catalog[NameObject("/Outlines")] = IndirectObject(OUTLINES, 0, None)
            catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
        else:
            self._write(OUTLINES, DictionaryObject({NameObject("/Type"): NameObject("/Outlines")}))
        self._write(CATALOG, catalog)
        self._write(INFO, self._info(title, reproducible, extra))
        self._xref()

    def _info(
        self, title: str, reproducible: bool, extra: Iterable[tuple[str, str]]
    ) -> DictionaryObject:
        fields = [("/Title", title), ("/Creator", "Winbook"), ("/Producer", "Winbook")]
        fields += [("/Author", "; ".join(self.authors))] if self.authors else []
        fields += list(extra)
        if not reproducible:
            from datetime import UTC, datetime

            fields.append(("/CreationDate", datetime.now(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")))
        self.digest.update(repr(fields).encode())
        return DictionaryObject({NameObject(k): TextStringObject(v) for k, v in fields if v})

    def _xref(self) -> None:
        start = self.out.tell()
        size = self.next_id
        lines = [b"xref\n", b"0 %d\n" % size, b"0000000000 65535 f \n"]
        for obj_id in range(1, size):
            lines.append(b"%010d 00000 n \n" % self.offsets[obj_id])
        self.out.write(b"".join(lines))
        file_id = create_string_object(self.digest.digest()).write_to_stream
        self.out.write(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [" % (size, CATALOG, INFO)
        )
        file_id(self.out)
        self.out.write(b" ")
        file_id(self.out)
        self.out.write(b"] >>\nstartxref\n%d\n%%%%EOF\n" % start)

    def _write(self, obj_id: int, obj: PdfObject) -> None:
        self.offsets[obj_id] = self.out.tell()
        self.out.write(b"%d 0 obj\n" % obj_id)
        obj.write_to_stream(self.out)
        self.out.write(b"\nendobj\n")


def _ref(obj: Any) -> int:
    return int(obj.indirect_reference.idnum if not isinstance(obj, IndirectObject) else obj.idnum)


def _is_pages_node(reader: PdfReader, obj_id: int) -> bool:
    obj = reader.get_object(obj_id)
    return isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Pages"


def _remap(obj: Any, new: dict[int, int]) -> Any:
    """``obj`` with every reference to the part's object ``n`` turned into ``new[n]``, in place
    (the part's reader is thrown away afterwards)."""
    if isinstance(obj, IndirectObject):
        return IndirectObject(new.get(obj.idnum, obj.idnum), 0, None)
    if isinstance(obj, DictionaryObject):  # stream objects too: their data is kept as it is
        for key, value in list(obj.items()):
            obj[key] = _remap(value, new)
    elif isinstance(obj, ArrayObject):
        for i, value in enumerate(obj):
            obj[i] = _remap(value, new)
    return obj
