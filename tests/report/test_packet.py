"""The PDF packet, read back with pypdf and pdftotext (poppler)."""

from __future__ import annotations

import io
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.plans import COACH_SECRET, LONG_URL, PRIVATE, build_rich_plan
from winbook.domain.model import ExpenseCategory, ExpenseLine, Plan, PlanOn
from winbook.domain.sections import SECTION_SPECS
from winbook.errors import ExportError
from winbook.report import packet_story, worksheets
from winbook.report.packet import (
    PacketOptions,
    PacketRenderer,
    export_packet,
    render_packet,
    render_packets,
)


def pages_text(data: bytes, tmp_path: Path, *extra: str) -> list[str]:
    pdf = tmp_path / "read.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", *extra, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.split("\f")[:-1]


@pytest.fixture(scope="module")
def default_pdf() -> bytes:
    # Planned on the expected turnout, so that the hand arithmetic below follows one figure;
    # the high-turnout default is checked in tests/report/test_packet_range.py.
    plan = build_rich_plan()
    plan.turnout.plan_on = PlanOn.EXPECTED
    return render_packet(plan, PacketOptions(reproducible=True))


def test_sections_come_in_the_order_of_the_domain_notes(default_pdf: bytes, tmp_path: Path) -> None:
    pages = pages_text(default_pdf, tmp_path)
    body = "\n".join(pages[2:])  # after the cover and the contents page
    titles = ["The plan at a glance"]
    titles += [f"{s.number}. {s.title}" for s in SECTION_SPECS]
    titles += [
        "Win number worksheet",
        "Path to victory worksheet",
        "Budget worksheet",
        "Values and answers",
        "Background disclosure (CONFIDENTIAL)",
        "Filing checklist",
        "Appendix A. Methodology and sources",
        "Appendix B. Glossary",
    ]
    flat = " ".join(body.split())
    positions = {t: flat.find(t) for t in titles}
    assert all(p >= 0 for p in positions.values()), positions
    order = [f"{s.number}. {s.title}" for s in SECTION_SPECS]
    assert [positions[t] for t in order] == sorted(positions[t] for t in order)
    assert (
        positions["3. Targeting: turnout, win number, base and vote deficit"]
        < positions["Win number worksheet"]
        < positions["4. Path to victory"]
    )
    assert positions["14. Compliance and candidate safety"] < positions["Values and answers"]
    assert positions["Values and answers"] < positions["Background disclosure (CONFIDENTIAL)"]
    assert positions["Filing checklist"] < positions["Appendix A. Methodology and sources"]
    assert positions["Appendix A. Methodology and sources"] < positions["Appendix B. Glossary"]


def test_figures_computed_by_hand(default_pdf: bytes, tmp_path: Path) -> None:
    text = " ".join(" ".join(pages_text(default_pdf, tmp_path)).split())
    # Turnout: contest average of 2023, 2021, 2019 (2022 is a midterm, left out):
    # (20,000 + 18,500 + 17,200) / 3 = 18,566.67 -> rounded up 18,567.
    assert "T = 18,567 ballots" in text
    # Two candidates, one seat: floor(18,567 / 2) + 1 = 9,283 + 1 = 9,284.
    assert "floor(18,567 / 2) + 1 = 9,284 votes" in text
    # Vote goal: 9,284 x 1.05 = 9,748.2 -> 9,749. Base: 40% x 18,567 = 7,426.8 -> 7,426.
    # Deficit 9,749 - 7,426 = 2,323.
    assert "9,749 votes" in text and "7,426 votes" in text
    assert "2,323 votes to win through voter contact" in text
    # Contacts: 2,323 / 0.65 / 0.8 = 4,467.3 -> 4,468; 60% doors = 2,680.8, 40% phones = 1,787.2
    # -> 2,681 and 1,787 (they add up to 4,468). Door hours 2,681 / 4 = 670.25 -> 671,
    # shifts 670.25 / 3 = 223.4 -> 224; phone hours 1,787 / 7 = 255.3 -> 256, shifts 86.
    assert "Contacts needed 4,468" in text
    assert re.search(r"Doors, suburban 60% 2,681 [\d,]+ 671 224", text)
    assert re.search(r"Volunteer phones, persuasion 40% 1,787 [\d,]+ 256 86", text)
    assert re.search(r"100% 4,468 [\d,]+ 927 310", text)  # the total row
    # Budget: 4,000 + 3,000 + 1,500 + 2,000 + 900 + 500 + 700 + 300 + 400 = 13,300.
    # Voter contact 10,500 / 13,300 = 78.9%; cost per vote 13,300 / 9,749 = 1.364 -> $1.36.
    # table rows read in layout order (a raw text pass may interleave a wrapped row above)
    table_text = " ".join(" ".join(pages_text(default_pdf, tmp_path, "-layout")).split())
    assert "Total spending $13,300 100.0%" in table_text
    assert "Voter contact takes 78.9% of spending" in text
    assert "= $1.36 a vote" in text
    # Cash flow from $500: Jun +3,000 -1,400 = 2,100; Jul +3,000 -1,800 = 3,300;
    # Aug +3,800 -700 (the $400 hall is in kind) = 6,400; Sep +3,500 -4,000 = 5,900;
    # Oct +1,000 -5,000 = 1,900; Nov 1,900.
    for row in (
        "Jun 2025 $3,000 $1,400 $1,600 $2,100",
        "Aug 2025 $3,800 $700 $3,100 $6,400",
        "Oct 2025 $1,000 $5,000 −$4,000 $1,900",
    ):
        assert row in text
    # 15% test: (20,000 + 16,000 + 14,000) / 3 = 16,666.67; x 15% = 2,500.00;
    # counted 6,000 - 1,000 = 5,000 from 40 donors: passed.
    assert "Result: PASSED. Threshold $2,500.00; counted $5,000.00" in text


def test_every_page_says_page_x_of_y(default_pdf: bytes, tmp_path: Path) -> None:
    pages = pages_text(default_pdf, tmp_path)
    n = len(pypdf.PdfReader(io.BytesIO(default_pdf)).pages)
    assert len(pages) == n > 10
    for i, page in enumerate(pages, 1):
        assert re.findall(r"Page \d+ of \d+", page) == [f"Page {i} of {n}"]


def _outline_titles(
    reader: pypdf.PdfReader, items: list[Any], depth: int = 0
) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    for item in items:
        if isinstance(item, list):
            out += _outline_titles(reader, item, depth + 1)
        else:
            page = reader.get_destination_page_number(item)
            assert page is not None
            out.append((depth, str(item.title), page))
    return out


def test_outline_and_contents_point_at_the_right_pages(default_pdf: bytes, tmp_path: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(default_pdf))
    entries = _outline_titles(reader, reader.outline)
    titles = [t for _, t, _ in entries]
    for spec in SECTION_SPECS:
        assert f"{spec.number}. {spec.title}" in titles
    assert (1, "Win number worksheet", entries[titles.index("Win number worksheet")][2]) in entries
    pages = pages_text(default_pdf, tmp_path)
    contents = next(p for p in pages_text(default_pdf, tmp_path, "-layout") if "Contents" in p)
    for depth, title, page in entries:
        assert title in " ".join(pages[page].split()), (title, page)
        if depth == 0 and title != "Contents":  # the contents line carries the same page number
            line = re.escape(title) + r"[ .]*" + str(page + 1) + r"\n"
            assert re.search(line, contents), title
    assert [p for _, _, p in entries] == sorted(p for _, _, p in entries)


def test_metadata(default_pdf: bytes) -> None:
    meta = pypdf.PdfReader(io.BytesIO(default_pdf)).metadata
    assert meta is not None
    assert meta.title == (
        "Application packet: Nguyễn Thị Đặng, Board of Education, Trustee Area 2, "
        "Riverside Unified School District"
    )
    assert meta.author == "Nguyễn Thị Đặng"
    assert str(meta.subject).startswith("Campaign plan for Board of Education")


def test_only_the_embedded_subset_font_is_used(default_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(default_pdf))
    names: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = resources.get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # an embedded TrueType program
            names.add(str(font["/BaseFont"]))
    assert names
    for name in names:
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?", name), name


@pytest.mark.parametrize("name", ["Nguyễn Thị Đặng", "Zoë Müller-Łukasik", "José Ñúñez"])
def test_unicode_names_extract_exactly(name: str, tmp_path: Path) -> None:
    data = render_packet(build_rich_plan(name), PacketOptions(reproducible=True))
    pages = pages_text(data, tmp_path)
    assert name in pages[0].splitlines()  # the cover line, exactly
    assert all(name in p for p in pages)  # and the header of every page


def _all_text(data: bytes, tmp_path: Path) -> str:
    return " ".join(" ".join(pages_text(data, tmp_path)).split())


def test_private_data_and_coach_notes_only_when_asked(default_pdf: bytes, tmp_path: Path) -> None:
    text = _all_text(default_pdf, tmp_path)
    for secret in (*PRIVATE, "Mar 17, 1994", COACH_SECRET, "COACH NOTES", "PRIVATE"):
        assert secret not in text
    private = render_packet(build_rich_plan(), PacketOptions(include_private=True))
    text = _all_text(private, tmp_path)
    assert all(s in text for s in (*PRIVATE, "Mar 17, 1994"))
    assert COACH_SECRET not in text
    coach = render_packet(build_rich_plan(), PacketOptions(include_coach_notes=True))
    text = _all_text(coach, tmp_path)
    assert COACH_SECRET in text and "COACH NOTES — not for submission" in text
    assert not any(s in text for s in (*PRIVATE, "Mar 17, 1994"))


def test_reproducible_bytes() -> None:
    options = PacketOptions(reproducible=True)
    assert render_packet(build_rich_plan(), options) == render_packet(build_rich_plan(), options)


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595.28, 841.89))])
def test_paper_sizes(paper: str, size: tuple[float, float]) -> None:
    data = render_packet(build_rich_plan(), PacketOptions(paper=paper))  # type: ignore[arg-type]
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


def _words_outside_margins(data: bytes, tmp_path: Path) -> list[str]:
    """Words closer than 0.5 in (36 pt) to any page edge, from pdftotext's bounding boxes."""
    (tmp_path / "b.pdf").write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "b.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bad: list[str] = []
    page_w = page_h = 0.0
    for line in html.splitlines():
        if m := re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line):
            page_w, page_h = float(m[1]), float(m[2])
        elif m := re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<', line
        ):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            if x0 < 36 or y0 < 36 or x1 > page_w - 36 or y1 > page_h - 36:
                bad.append(m[5])
    return bad


def test_long_words_and_tables_stay_inside_the_margins(tmp_path: Path) -> None:
    plan = build_rich_plan("Maximiliana Wolfeschlegelsteinhausenbergerdorff-Łukasik " * 2)
    token = "Supercalifragilisticexpialidocious" * 5
    plan.expenses += [
        ExpenseLine(ExpenseCategory.OTHER, f"{token} line {i}", "2025-07", Decimal(10))
        for i in range(120)
    ]
    plan.section("why").text = token * 3
    data = render_packet(plan, PacketOptions(paper="a4"))
    assert _words_outside_margins(data, tmp_path) == []
    pages = pages_text(data, tmp_path)
    # the expense table spans several pages and repeats its header row on each
    with_rows = [p for p in pages if re.search(r"line \d+", p)]
    assert len(with_rows) >= 3
    # (the narrow "In kind" header may wrap between its words)
    assert all(all(w in p.split() for w in ("Description", "Amount", "kind")) for p in with_rows)
    text = " ".join(" ".join(pages).split())
    assert "line 119" in text  # nothing silently dropped
    squeezed = "".join(_all_text(render_packet(build_rich_plan()), tmp_path).split())
    assert LONG_URL in squeezed  # the long URL wraps, every character kept


def test_draft_mark_follows_readiness(
    default_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cover = " ".join(pages_text(default_pdf, tmp_path)[0].split())  # wherever a line wraps
    assert "DRAFT" in cover and "the reasons are on the next page" in cover

    class Ready:
        ready = True
        score_pct = 100
        topics = ()
        profile_note = None

    monkeypatch.setattr(packet_story.facts, "assess", lambda plan, figures: Ready())
    pages = pages_text(render_packet(build_rich_plan()), tmp_path)
    assert not any("DRAFT" in p for p in pages)
    assert "Readiness 100%, ready to apply" in " ".join(pages[0].split())


def test_confidential_pages_are_marked(default_pdf: bytes, tmp_path: Path) -> None:
    pages = pages_text(default_pdf, tmp_path)
    disclosure = [i for i, p in enumerate(pages) if "What a check will find" in p]
    assert disclosure
    headers = [i for i, p in enumerate(pages) if re.search(r"DRAFT · CONFIDENTIAL", p)]
    assert headers == disclosure  # the header says so on those pages, and only there


def test_merged_packets_number_each_plan(tmp_path: Path) -> None:
    plans = [build_rich_plan(), build_rich_plan("José Ñúñez")]
    data = render_packets(plans, PacketOptions(reproducible=True))
    single = len(pypdf.PdfReader(io.BytesIO(render_packet(plans[0]))).pages)
    pages = pages_text(data, tmp_path)
    assert len(pages) == 2 * single
    numbers = [re.findall(r"Page (\d+) of (\d+)", p)[0] for p in pages]
    expected = [(str(i), str(single)) for i in range(1, single + 1)]
    assert numbers == expected * 2
    assert "José Ñúñez" in pages[single] and "José Ñúñez" not in pages[single - 1]
    reader = pypdf.PdfReader(io.BytesIO(data))
    top = [(t, p) for d, t, p in _outline_titles(reader, reader.outline) if d == 0]
    assert top == [("Nguyễn Thị Đặng", 0), ("José Ñúñez", single)]


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_export_writes_atomically_and_never_leaves_half_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "packet.pdf"
    export_packet(build_rich_plan(), target)
    assert target.read_bytes().startswith(b"%PDF-") and target.read_bytes().rstrip().endswith(
        b"%%EOF"
    )
    before = target.read_bytes()

    def broken(ctx: worksheets.Ctx) -> list[Any]:
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(packet_story._COMPUTED, "budget", broken)  # fails mid-way through
    with pytest.raises(ExportError, match="damaged data"):
        export_packet(build_rich_plan(), target)
    assert target.read_bytes() == before
    fresh = tmp_path / "fresh.pdf"
    with pytest.raises(ExportError):
        export_packet(build_rich_plan(), fresh)
    assert not fresh.exists()
    assert _no_temp_files(tmp_path)


def test_a_failing_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "packet.pdf"

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("winbook.atomic.os.replace", fail)
    with pytest.raises(ExportError, match="No space left on device"):
        export_packet(build_rich_plan(), target)
    assert not target.exists() and _no_temp_files(tmp_path)


def test_unwritable_destinations_are_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as missing:
        export_packet(build_rich_plan(), tmp_path / "nope" / "p.pdf")
    assert str(missing.value).endswith("does not exist.")
    with pytest.raises(ExportError, match="it is a folder"):
        export_packet(build_rich_plan(), tmp_path)


def test_a_damaged_plan_is_an_export_error() -> None:
    plan = build_rich_plan()
    plan.expenses[0].amount = "a lot"  # type: ignore[assignment]
    with pytest.raises(ExportError) as err:
        render_packet(plan)
    assert str(err.value).count(".") >= 1 and "\n" not in str(err.value)


def test_an_empty_plan_still_makes_a_packet(tmp_path: Path) -> None:
    pages = pages_text(render_packet(Plan()), tmp_path)
    assert "Unnamed candidate" in pages[0] and "Not written yet." in " ".join(pages)


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ExportError):
        PacketRenderer(PacketOptions(paper="legal"))  # type: ignore[arg-type]
