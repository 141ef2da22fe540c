"""Export packet… in the window (issue 4): options, threaded preview, Save… and Print….

Real widgets offscreen; QFileDialog, QMessageBox and QPrintDialog are patched. Page counts and
texts are checked against pypdf reading `render_packet`'s bytes, an independent PDF reader.
"""

from __future__ import annotations

import io
import itertools
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from winbook.domain.model import Plan
from winbook.paths import resources_dir
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.codec import from_json
from winbook.ui import export_dialog as module
from winbook.ui.export_dialog import ExportPacketDialog, default_file_name
from winbook.ui.packet_preview import print_document

SAMPLES = resources_dir() / "samples"
HOME_ADDRESS = "4127 Larkspur Lane"  # school-board.json, candidate.home_address
COACH_WAIT = 20_000  # ms: two cores shared with other test runs


def _plan(name: str = "school-board") -> Plan:
    with (SAMPLES / f"{name}.json").open(encoding="utf-8") as fh:
        return from_json(Plan, json.load(fh)["plan"])


def _pypdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _qtpdf_text(dialog: ExportPacketDialog) -> str:
    doc = dialog.preview.document
    return "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))


@pytest.fixture(autouse=True)
def _no_stray_workers() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


def _open(qtbot: QtBot, plan: Plan | None = None) -> ExportPacketDialog:
    dialog = ExportPacketDialog(plan or _plan())
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_ready(qtbot, dialog)
    return dialog


def _wait_ready(qtbot: QtBot, dialog: ExportPacketDialog) -> None:
    qtbot.waitUntil(dialog.preview_ready, timeout=COACH_WAIT)


class Calls:
    """Records calls of a patched static function and answers with ``answer``."""

    def __init__(self, answer: Any = None) -> None:
        self.answer = answer
        self.args: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.args.append(args)
        return self.answer


# --------------------------------------------------------------------------- preview


@pytest.mark.parametrize("sample", ["school-board", "county-clerk"])
def test_preview_shows_every_page_of_the_packet(qtbot: QtBot, sample: str) -> None:
    plan = _plan(sample)
    expected = _pypdf_pages(render_packet(plan, PacketOptions()))
    dialog = _open(qtbot, plan)
    assert expected > 5  # a real packet: cover, contents, sections, appendix
    assert dialog.preview_pages() == expected
    assert dialog.ui.preview_view.document().pageCount() == expected
    assert dialog.ui.page_label.text() == f"Page 1 of {expected}"
    assert dialog.ui.status_label.text() == f"The packet has {expected} pages."
    assert dialog.ui.save_button.isEnabled() and dialog.ui.print_button.isEnabled()
    assert not dialog.ui.busy_bar.isVisible()


def test_page_navigation_buttons_and_keys(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    n = dialog.preview_pages()
    ui = dialog.ui
    assert not ui.previous_button.isEnabled() and ui.next_button.isEnabled()
    QTest.mouseClick(ui.next_button, Qt.MouseButton.LeftButton)
    assert ui.page_label.text() == f"Page 2 of {n}"
    assert ui.previous_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_PageDown)
    assert ui.page_label.text() == f"Page 3 of {n}"
    QTest.keyClick(dialog, Qt.Key.Key_PageUp)
    QTest.keyClick(dialog, Qt.Key.Key_PageUp)
    assert ui.page_label.text() == f"Page 1 of {n}"
    dialog.preview.go_to(n - 1)
    assert ui.page_label.text() == f"Page {n} of {n}"
    assert not ui.next_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_PageDown)  # already on the last page
    assert ui.page_label.text() == f"Page {n} of {n}"


def test_preview_fits_width_and_zoom_can_change(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    view = dialog.ui.preview_view
    assert view.pageMode() == view.PageMode.MultiPage
    assert view.zoomMode() == view.ZoomMode.FitToWidth
    dialog.ui.zoom_combo.setCurrentText("150%")
    assert view.zoomMode() == view.ZoomMode.Custom and view.zoomFactor() == 1.5
    dialog.ui.zoom_combo.setCurrentText("Whole page")
    assert view.zoomMode() == view.ZoomMode.FitInView


def test_private_details_only_when_ticked(qtbot: QtBot) -> None:
    plan = _plan()
    assert plan.candidate.home_address.startswith(HOME_ADDRESS)
    dialog = _open(qtbot, plan)
    assert not dialog.ui.private_check.isChecked()
    assert not dialog.ui.coach_notes_check.isChecked()
    assert HOME_ADDRESS not in _pypdf_text(dialog.preview.data())
    assert HOME_ADDRESS not in _qtpdf_text(dialog)
    assert not dialog.ui.warning_label.isVisible()

    dialog.ui.private_check.click()
    assert not dialog.preview_ready()  # a new rendering is under way
    assert not dialog.ui.save_button.isEnabled() and not dialog.ui.print_button.isEnabled()
    _wait_ready(qtbot, dialog)
    text = _pypdf_text(dialog.preview.data())
    assert HOME_ADDRESS in text
    assert "maya.okafor.home@example.net" in text  # candidate.personal_email
    assert HOME_ADDRESS in _qtpdf_text(dialog)  # what the view itself holds
    assert dialog.ui.warning_label.isVisible()
    assert "private details" in dialog.ui.warning_label.text()
    assert dialog.preview_pages() == _pypdf_pages(dialog.preview.data())

    dialog.ui.private_check.click()
    _wait_ready(qtbot, dialog)
    assert HOME_ADDRESS not in _pypdf_text(dialog.preview.data())


def test_coach_notes_only_when_ticked(qtbot: QtBot) -> None:
    plan = _plan()
    assert plan.coach_notes, "the sample has coach notes"
    note = plan.coach_notes[0].text.split(".")[0][:40]
    dialog = _open(qtbot, plan)
    assert note not in " ".join(_pypdf_text(dialog.preview.data()).split())
    dialog.ui.coach_notes_check.click()
    _wait_ready(qtbot, dialog)
    assert note in " ".join(_pypdf_text(dialog.preview.data()).split())


def test_newest_options_win_when_changed_during_rendering(qtbot: QtBot) -> None:
    dialog = ExportPacketDialog(_plan())
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.is_busy()  # the first rendering runs in the background
    ui.private_check.click()
    ui.paper_combo.setCurrentIndex(ui.paper_combo.findData("a4"))
    ui.private_check.click()
    _wait_ready(qtbot, dialog)
    assert dialog.options() == PacketOptions(paper="a4")
    size = dialog.preview.document.pagePointSize(0)
    # A4 is 210 × 297 mm = 595.3 × 841.9 pt (1 pt = 25.4 / 72 mm)
    assert round(size.width()) == 595 and round(size.height()) == 842
    assert HOME_ADDRESS not in _pypdf_text(dialog.preview.data())


def test_paper_is_remembered_but_privacy_is_not(qtbot: QtBot) -> None:
    first = _open(qtbot)
    first.ui.paper_combo.setCurrentIndex(first.ui.paper_combo.findData("a4"))
    first.ui.private_check.setChecked(True)
    first.ui.coach_notes_check.setChecked(True)
    _wait_ready(qtbot, first)
    first.reject()
    second = _open(qtbot)
    assert second.options() == PacketOptions(paper="a4")
    # Letter is 8.5 × 11 in = 612 × 792 pt; the remembered A4 is 595 pt wide
    assert round(second.preview.document.pagePointSize(0).width()) == 595


def test_a_damaged_plan_shows_one_sentence_and_disables_the_exports(qtbot: QtBot) -> None:
    plan = _plan()
    plan.race.seats = "three"  # type: ignore[assignment]
    dialog = ExportPacketDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=COACH_WAIT)
    assert dialog.last_error.startswith("The packet cannot be made because the plan has damaged")
    assert dialog.ui.status_label.text() == dialog.last_error
    assert dialog.preview_pages() == 0
    assert dialog.ui.page_label.text() == "No pages yet"
    assert not dialog.ui.save_button.isEnabled() and not dialog.ui.print_button.isEnabled()


def test_close_while_rendering_is_clean(qtbot: QtBot) -> None:
    dialog = ExportPacketDialog(_plan())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.is_busy()
    QTest.mouseClick(dialog.ui.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=COACH_WAIT)
    assert dialog.preview_pages() == 0  # the late result was dropped, not shown
    assert dialog.preview.data() == b""


def test_the_dialog_works_on_a_copy_of_the_plan(qtbot: QtBot) -> None:
    plan = _plan()
    dialog = _open(qtbot, plan)
    plan.candidate.ballot_name = "Somebody Else"
    dialog.ui.coach_notes_check.click()
    _wait_ready(qtbot, dialog)
    assert "Somebody Else" not in _pypdf_text(dialog.preview.data())


# --------------------------------------------------------------------------- save


def test_save_writes_the_packet_and_remembers_the_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_dir = tmp_path / "packets"
    out_dir.mkdir()
    ask = Calls((str(out_dir / "okafor"), "PDF files (*.pdf)"))
    told = Calls()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QMessageBox, "information", told)
    dialog = _open(qtbot)
    dialog.ui.private_check.click()
    _wait_ready(qtbot, dialog)
    QTest.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy() and not dialog.ui.include_group.isEnabled()  # written off-thread
    qtbot.waitUntil(lambda: bool(told.args), timeout=COACH_WAIT)
    assert dialog.ui.include_group.isEnabled()

    target = out_dir / "okafor.pdf"  # ".pdf" added to the chosen name
    assert Path(ask.args[0][2]).name == "maya-okafor-packet.pdf"  # from the ballot name
    assert target.is_file()
    assert sorted(p.name for p in out_dir.iterdir()) == ["okafor.pdf"]  # no temp file left
    data = target.read_bytes()
    assert _pypdf_pages(data) == dialog.preview_pages()
    assert HOME_ADDRESS in _pypdf_text(data)  # saved with the options on screen
    assert str(target) in told.args[0][2]
    assert str(target) in dialog.ui.status_label.text()
    assert QSettings().value(module.FOLDER_KEY) == str(out_dir)

    ask.answer = ("", "")  # cancelled: nothing happens
    QTest.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert Path(ask.args[1][2]).parent == out_dir  # the remembered folder is proposed
    assert len(told.args) == 1


@pytest.mark.parametrize("where", ["missing-folder", "a-folder", "under-a-file"])
def test_an_unwritable_path_shows_the_sentence_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    root = tmp_path / "out"  # (tmp_path also holds this test's QSettings)
    root.mkdir()
    (root / "notes.txt").write_text("x", encoding="utf-8")
    (root / "taken.pdf").mkdir()
    chosen = {
        "missing-folder": root / "nowhere" / "packet.pdf",
        "a-folder": root / "taken.pdf",
        "under-a-file": root / "notes.txt" / "packet.pdf",
    }[where]
    before = sorted(p.name for p in root.rglob("*"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Calls((str(chosen), "")))
    warned = Calls()
    told = Calls()
    monkeypatch.setattr(QMessageBox, "warning", warned)
    monkeypatch.setattr(QMessageBox, "information", told)
    dialog = _open(qtbot)
    dialog.ui.save_button.click()
    qtbot.waitUntil(lambda: bool(warned.args), timeout=COACH_WAIT)
    sentence = warned.args[0][2]
    assert sentence.startswith(f"Cannot write {chosen}")
    assert sentence.endswith(".") and "\n" not in sentence and "Traceback" not in sentence
    assert not told.args
    assert sorted(p.name for p in root.rglob("*")) == before == ["notes.txt", "taken.pdf"]
    assert dialog.ui.save_button.isEnabled()  # ready to try again


def test_default_file_name() -> None:
    plan = Plan()
    assert default_file_name(plan) == "plan-packet.pdf"
    plan.candidate.full_name = "Nguyễn Thị Đặng"
    assert default_file_name(plan) == "nguyễn-thị-đặng-packet.pdf"
    plan.candidate.ballot_name = 'José "Pepe" Ñúñez / 2027'
    assert default_file_name(plan) == "josé-pepe-ñúñez-2027-packet.pdf"


# --------------------------------------------------------------------------- print


class FakePrintDialog:
    """Stands in for QPrintDialog: "accepts" and aims the printer at a PDF file."""

    output: Path
    setup: dict[str, Any] = {}  # noqa: RUF012
    accept = True
    shown: list[FakePrintDialog] = []  # noqa: RUF012

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        self.printer = printer
        self.min_max = (0, 0)
        FakePrintDialog.shown.append(self)

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def setOptions(self, options: Any) -> None:
        self.options = options

    def setMinMax(self, low: int, high: int) -> None:
        self.min_max = (low, high)

    def exec(self) -> int:
        p = self.printer
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(self.output))
        if "range" in self.setup:
            p.setPrintRange(QPrinter.PrintRange.PageRange)
            p.setFromTo(*self.setup["range"])
        p.setCopyCount(self.setup.get("copies", 1))
        p.setCollateCopies(self.setup.get("collate", True))
        ok = QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected
        return int(ok.value)


@pytest.fixture
def print_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakePrintDialog]:
    FakePrintDialog.output = tmp_path / "printed.pdf"
    FakePrintDialog.setup = {}
    FakePrintDialog.accept = True
    FakePrintDialog.shown = []
    monkeypatch.setattr("winbook.ui.export_dialog.QPrintDialog", FakePrintDialog)
    return FakePrintDialog


def test_print_to_pdf_prints_every_page(qtbot: QtBot, print_to: type[FakePrintDialog]) -> None:
    dialog = _open(qtbot)
    n = dialog.preview_pages()
    QTest.mouseClick(dialog.ui.print_button, Qt.MouseButton.LeftButton)
    shown = print_to.shown[0]
    assert shown.min_max == (1, n)
    assert shown.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    reader = PdfReader(print_to.output)
    assert len(reader.pages) == n
    # Letter, 612 × 792 pt, the paper chosen in the dialog
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    # the page, painted as one image at 300 dpi: 8.5 in × 300 = 2550, 11 in × 300 = 3300
    assert _page_images(reader, 0) == [(2550, 3300)]
    assert dialog.ui.status_label.text() == f"Sent {n} pages to print."


def test_print_honours_the_page_range_and_copies(
    qtbot: QtBot, print_to: type[FakePrintDialog]
) -> None:
    dialog = _open(qtbot)
    dialog.ui.paper_combo.setCurrentIndex(dialog.ui.paper_combo.findData("a4"))
    _wait_ready(qtbot, dialog)
    print_to.setup = {"range": (2, 4), "copies": 2, "collate": True}
    dialog.ui.print_button.click()
    reader = PdfReader(print_to.output)
    assert len(reader.pages) == 6  # pages 2, 3, 4 twice
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    # A4 at 300 dpi: 210 / 25.4 × 300 = 2480.3, 297 / 25.4 × 300 = 3507.9 pixels
    assert all(_page_images(reader, i) == [(2480, 3508)] for i in range(6))


def test_print_cancelled_prints_nothing(qtbot: QtBot, print_to: type[FakePrintDialog]) -> None:
    dialog = _open(qtbot)
    print_to.accept = False
    dialog.ui.print_button.click()
    assert not print_to.output.exists()


def _page_images(reader: PdfReader, index: int) -> list[tuple[int, int]]:
    """(width, height) of the images drawn on a page, read from its resources."""
    resources: Any = reader.pages[index]["/Resources"]
    xobjects = resources.get("/XObject", {})
    found = []
    for ref in xobjects.values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append((int(obj["/Width"]), int(obj["/Height"])))
    return found


def _darkness(pdf: Path, page: int, dpi: int = 30, block: int = 15) -> list[float]:
    """Mean darkness of each ``block``×``block`` square of a page rasterised by poppler's
    pdftoppm (grey): a coarse picture that ignores anti-aliasing and JPEG noise."""
    out = subprocess.run(
        ["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", str(pdf)],
        check=True,
        capture_output=True,
    ).stdout
    magic, w, h, depth, px = out.split(maxsplit=4)
    assert magic == b"P5" and depth == b"255"
    width, height = int(w), int(h)
    return [
        sum(255 - px[y * width + x] for y in range(by, by + block) for x in range(bx, bx + block))
        / block**2
        for by in range(0, height - block + 1, block)
        for bx in range(0, width - block + 1, block)
    ]


def _distance(a: list[float], b: list[float]) -> float:
    return sum(abs(p - q) for p, q in zip(a, b, strict=True)) / len(a)


def test_printed_page_looks_like_the_packet_page(
    qtbot: QtBot, print_to: type[FakePrintDialog], tmp_path: Path
) -> None:
    """Page 1 printed, rasterised by poppler, matches page 1 of the packet's own PDF (and not
    page 2): the image is the right page, the right way up, in the right place and size."""
    plan = _plan()
    dialog = _open(qtbot, plan)
    print_to.setup = {"range": (1, 1)}
    dialog.ui.print_button.click()
    original = tmp_path / "original.pdf"
    original.write_bytes(render_packet(plan, PacketOptions()))
    printed = _darkness(print_to.output, 1)
    # Letter at 30 dpi is 255 × 330 px: 17 × 22 blocks of 15 px
    assert len(printed) == 17 * 22
    page1, page2 = _darkness(original, 1), _darkness(original, 2)
    ink = sum(page1) / len(page1)
    assert ink > 5  # page 1 has text and rules on it
    assert _distance(printed, page1) < ink / 2
    assert _distance(printed, page1) < _distance(printed, page2) / 2


def test_print_to_an_unwritable_file_says_so(
    qtbot: QtBot, print_to: type[FakePrintDialog], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    print_to.output = tmp_path / "nowhere" / "printed.pdf"
    warned = Calls()
    monkeypatch.setattr(QMessageBox, "warning", warned)
    dialog = _open(qtbot)
    dialog.ui.print_button.click()
    assert warned.args[0][2] == (
        f"Cannot write {print_to.output}: the file could not be created there."
    )
    assert not print_to.output.parent.exists()


def test_cancelled_printing_leaves_no_file(
    qtbot: QtBot, print_to: type[FakePrintDialog], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot)
    asked: list[int] = []

    def cancel_after_two(progress: QProgressDialog) -> bool:
        asked.append(progress.value())
        return len(asked) > 2

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancel_after_two)
    dialog.ui.print_button.click()
    assert asked[:3] == [0, 1, 2]  # asked before each page; cancelled before the third
    assert not print_to.output.exists()
    assert dialog.ui.status_label.text() == "Printing was cancelled."


def test_print_document_reports_progress_and_stops(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot)
    n = dialog.preview_pages()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    calls: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    printed = print_document(dialog.preview.document, printer, 0, record)
    assert printed == n
    assert calls == [(i, n) for i in range(n + 1)]  # before each page, then done
    assert _pypdf_pages((tmp_path / "all.pdf").read_bytes()) == n

    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    assert print_document(dialog.preview.document, printer, 0, lambda d, t: d < 3) == 3
    assert not (tmp_path / "stopped.pdf").exists()


# --------------------------------------------------------------------------- keyboard, size


def test_keyboard_and_accessible_names(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, print_to: type[FakePrintDialog]
) -> None:
    asked_save = Calls(("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked_save)
    print_to.accept = False
    dialog = _open(qtbot)
    ui = dialog.ui
    controls: list[QWidget] = [
        ui.paper_combo,
        ui.private_check,
        ui.coach_notes_check,
        ui.preview_view,
        ui.previous_button,
        ui.next_button,
        ui.zoom_combo,
        ui.save_button,
        ui.print_button,
        ui.close_button,
    ]
    for widget in controls:
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    chain = [ui.paper_combo]
    while len(chain) < 40:
        chain.append(chain[-1].nextInFocusChain())
    for a, b in itertools.pairwise(controls):
        assert chain.index(b) > chain.index(a), (a.objectName(), b.objectName())
    for widget in (ui.private_check, ui.coach_notes_check, ui.save_button, ui.print_button):
        assert isinstance(widget, QAbstractButton) and "&" in widget.text()
    assert "private" in ui.private_note.text() and "home address" in ui.private_note.text().lower()
    for label, buddy in ((ui.paper_label, ui.paper_combo), (ui.zoom_label, ui.zoom_combo)):
        assert label.buddy() is buddy and isinstance(buddy, QComboBox)
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(asked_save.args) == 1  # Ctrl+S: Save…
    QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(print_to.shown) == 1  # Ctrl+P: Print…


def test_fits_a_1366_by_768_screen(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40  # a task bar
    dialog.resize(1366, 728)
    qtbot.waitUntil(lambda: dialog.ui.save_button.geometry().bottom() > 600)
    for button in (dialog.ui.save_button, dialog.ui.print_button, dialog.ui.close_button):
        assert dialog.rect().contains(button.geometry())
        assert button.isVisible()
    assert dialog.ui.preview_view.width() > 700  # the pages get most of the room


# --------------------------------------------------------------------------- from the window


def test_file_export_packet_opens_the_dialog_on_the_window_plan(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from winbook.app.document import PlanDocument
    from winbook.ui.main_window import MainWindow

    opened: list[ExportPacketDialog] = []

    def fake_exec(dialog: ExportPacketDialog) -> int:
        opened.append(dialog)
        _wait_ready(qtbot, dialog)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(ExportPacketDialog, "exec", fake_exec)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(PlanDocument.from_plan(_plan()))
    assert window.action_export_packet.isEnabled()
    window.action_export_packet.trigger()
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.parent() is window
    assert dialog.plan.candidate.ballot_name == "Maya Okafor"
    assert dialog.preview_pages() == 0  # released on closing
