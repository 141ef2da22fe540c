"""The pieces behind the Export packet dialog: a background job, the PDF preview and printing.

- `Job(fn, context)`: a QRunnable that calls ``fn()`` on the global thread pool and reports
  ``job.signals.done(context, result)`` or ``job.signals.failed(context, sentence)``.
- `PdfPreview`: loads PDF bytes into a `QPdfDocument` from a `QBuffer` and drives a `QPdfView`
  (all pages, fit width, "Page X of Y", next/previous page, zoom).
- `print_document(document, printer, ...)`: paints the pages of a loaded document on a printer,
  honouring the page range, page order and copies chosen in the print dialog.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from winbook.errors import ExportError, WinbookError

#: Pages are rasterised for printing at the printer's resolution, but never above this
#: (300 dpi is print quality; a 1200 dpi Letter page would be a 500 MB image).
PRINT_DPI_CAP = 300


# --------------------------------------------------------------------------- background job


class JobSignals(QObject):
    done = Signal(object, object)  # context, result
    failed = Signal(object, str)  # context, one sentence


class Job(QRunnable):
    """Runs ``fn`` on a pool thread; ``(context, result)`` or ``(context, sentence)`` comes back
    as a signal, delivered in the thread that created the job (the GUI thread)."""

    def __init__(self, fn: Callable[[], object], context: object = None) -> None:
        super().__init__()
        self.fn = fn
        self.context = context
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except WinbookError as exc:
            self.signals.failed.emit(self.context, str(exc))
        except Exception as exc:  # never let a worker die silently
            self.signals.failed.emit(
                self.context,
                "The packet could not be made because of an unexpected error"
                f"{f' ({exc})' if str(exc) else ''}; save your plan and try again.",
            )
        else:
            self.signals.done.emit(self.context, result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class Zoom:
    label: str
    mode: QPdfView.ZoomMode
    factor: float = 1.0


ZOOMS = (
    Zoom("Fit width", QPdfView.ZoomMode.FitToWidth),
    Zoom("Whole page", QPdfView.ZoomMode.FitInView),
    Zoom("75%", QPdfView.ZoomMode.Custom, 0.75),
    Zoom("100%", QPdfView.ZoomMode.Custom, 1.0),
    Zoom("150%", QPdfView.ZoomMode.Custom, 1.5),
)


class PdfPreview(QObject):
    """Shows PDF bytes in ``view`` with page navigation; the bytes stay in memory."""

    pages_changed = Signal(int)

    def __init__(
        self,
        view: QPdfView,
        page_label: QLabel,
        previous_button: QPushButton,
        next_button: QPushButton,
        zoom_combo: QComboBox,
        parent: QObject,
    ) -> None:
        # Not parented to ``view``: a QPdfDocument destroyed as a child of its QPdfView crashes
        # (Qt 6.12); as a sibling of the view it is safe in either order.
        super().__init__(parent)
        self.view = view
        self.page_label = page_label
        self.previous_button = previous_button
        self.next_button = next_button
        self.zoom_combo = zoom_combo
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        view.setDocument(self.document)
        for zoom in ZOOMS:
            zoom_combo.addItem(zoom.label)
        zoom_combo.currentIndexChanged.connect(self._zoom_changed)
        previous_button.clicked.connect(self.previous_page)
        next_button.clicked.connect(self.next_page)
        view.pageNavigator().currentPageChanged.connect(self._update_label)
        self._update_label()

    # ------------------------------------------------------------------ content

    def load(self, data: bytes) -> None:
        """Show ``data`` (a PDF), keeping the reader on the same page when it still exists."""
        keep = self.current_page()
        old_buffer = self._buffer
        buffer = QBuffer(self)  # owns a copy of the bytes (QtPdf reads them lazily)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if old_buffer is not None:
            old_buffer.close()
            old_buffer.deleteLater()
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ExportError("The preview cannot show the packet: the PDF could not be read.")
        self.go_to(min(keep, self.page_count() - 1))
        self.pages_changed.emit(self.page_count())
        self._update_label()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._update_label()

    def data(self) -> bytes:
        """The PDF bytes on show (empty when nothing is)."""
        return bytes(self._buffer.data().data()) if self._buffer is not None else b""

    def page_count(self) -> int:
        return self.document.pageCount() if self._buffer is not None else 0

    # ------------------------------------------------------------------ navigation

    def current_page(self) -> int:
        return max(0, self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        if not 0 <= page < self.page_count():
            return
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_label()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def _zoom_changed(self, index: int) -> None:
        zoom = ZOOMS[index]
        if zoom.mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(zoom.factor)
        self.view.setZoomMode(zoom.mode)

    def _update_label(self) -> None:
        count = self.page_count()
        page = min(self.current_page(), count - 1) + 1
        self.page_label.setText(f"Page {page} of {count}" if count else "No pages yet")
        self.previous_button.setEnabled(count > 0 and page > 1)
        self.next_button.setEnabled(count > 0 and page < count)


# --------------------------------------------------------------------------- printing


def pages_to_print(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """The 0-based pages to paint, in order, copies included when the printer cannot make them."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        pages = list(range(first - 1, last))
    elif mode == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)] if page_count else []
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def page_target(page_points: QSizeF, area: QSizeF) -> QRectF:
    """Where a page of ``page_points`` goes in ``area``: as large as fits, centred, same shape."""
    if page_points.isEmpty() or area.isEmpty():
        return QRectF(0, 0, area.width(), area.height())
    scale = min(area.width() / page_points.width(), area.height() / page_points.height())
    width, height = page_points.width() * scale, page_points.height() * scale
    return QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)


def render_page(document: QPdfDocument, page: int, dpi: float, target: QRectF) -> QImage:
    """One page as an image: at ``dpi`` (capped), never larger than the target on the device."""
    points = document.pagePointSize(page)
    dpi = min(dpi, PRINT_DPI_CAP)
    width = min(target.width(), points.width() * dpi / 72)
    height = min(target.height(), points.height() * dpi / 72)
    image = document.render(page, QSize(max(1, round(width)), max(1, round(height))))
    if image.hasAlphaChannel():  # transparent page background: print it on white
        opaque = QImage(image.size(), QImage.Format.Format_RGB32)
        opaque.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(opaque)
        painter.drawImage(0, 0, image)
        painter.end()
        image = opaque
    return image


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    current_page: int = 0,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint the chosen pages of ``document`` on ``printer``; returns the sheets printed.

    ``progress(done, total)`` is called before each page; returning False cancels the job
    (the printer is aborted; a print to file is removed). Raises `ExportError` when the
    printer (or the output file) cannot be opened.
    """
    sequence = pages_to_print(printer, document.pageCount(), current_page)
    if not sequence:
        raise ExportError("There are no pages to print in the range you chose.")
    _check_output_file(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(_cannot_start(printer))
    cancelled = False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = printer.pageRect(QPrinter.Unit.DevicePixel).size()
        for done, page in enumerate(sequence):
            if progress is not None and not progress(done, len(sequence)):
                cancelled = True
                printer.abort()
                return done
            if done:
                printer.newPage()
            target = page_target(document.pagePointSize(page), area)
            painter.drawImage(target, render_page(document, page, printer.resolution(), target))
    finally:
        painter.end()
        if cancelled:
            _remove_partial_file(printer)
    if progress is not None:
        progress(len(sequence), len(sequence))
    return len(sequence)


def _to_file(printer: QPrinter) -> str:
    """The file a "print to file" goes to ('' for a real printer)."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return ""
    return printer.outputFileName()


def _check_output_file(printer: QPrinter) -> None:
    """Fail with a sentence (not Qt's console warning) when a print to file cannot be written."""
    target = _to_file(printer)
    if target and not (Path(target).parent.is_dir() and os.access(Path(target).parent, os.W_OK)):
        raise ExportError(_cannot_start(printer))


def _cannot_start(printer: QPrinter) -> str:
    target = _to_file(printer)
    if target:
        return f"Cannot write {target}: the file could not be created there."
    return "The printer could not be started; check that it is ready."


def _remove_partial_file(printer: QPrinter) -> None:
    """A cancelled print to file leaves no half-written PDF behind."""
    target = _to_file(printer)
    if target:
        with contextlib.suppress(OSError):
            Path(target).unlink()
