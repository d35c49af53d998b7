"""PDF pages on screen and on paper, from bytes in memory (pypdfium2): no file is ever written.

pdfium is not thread-safe, so every call into it runs on the task runner's GENERAL lane (one
worker thread): ``page_sizes`` and ``render_pages`` return plain sizes and ``QImage``s, which
the GUI thread turns into pixmaps or paints. ``PagesView`` shows the pages of one document
and renders only those in sight (and their neighbours), dropping pixmaps far away so a long
document does not fill the memory. ``PrintRun`` prints page by page: a page is rendered on
the GENERAL lane, then painted on the printer on the GUI thread, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from sopiva_desk.gui.tasks import GENERAL

PAGE_GAP = 16  # pixels between pages and around them
KEEP_AROUND = 3  # pages kept rendered beyond the ones in sight
PRINT_DPI = 300  # enough for text and pictograms; a 1200 dpi printer gets 300 dpi images

Run = Callable[..., None]  # AppContext.run


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of every page in points (GENERAL lane only)."""
    import pypdfium2 as pdfium  # first preview only: kept off the app's start-up

    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(document[index].get_size()) for index in range(len(document))]  # type: ignore[misc]
    finally:
        document.close()


def render_pages(pdf: bytes, indexes: Sequence[int], scale: float) -> list[tuple[int, QImage]]:
    """Pages ``indexes`` as images, ``scale`` pixels per point (GENERAL lane only)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in indexes:
            bitmap = document[index].render(scale=scale, prefer_bgrx=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32)
            images.append((index, image.copy()))  # own the pixels: the bitmap is freed with the document
        return images
    finally:
        document.close()


def paint_page(painter: QPainter, image: QImage, target: QRectF) -> None:
    """Paint a page image into ``target``, as large as fits, centred, its proportions kept."""
    if image.isNull() or target.isEmpty():
        return
    factor = min(target.width() / image.width(), target.height() / image.height())
    width, height = image.width() * factor, image.height() * factor
    box = QRectF(target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2,
                 width, height)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(box, image)


class PrintRun(QObject):
    """Prints pages of a PDF on a prepared ``QPrinter``, one page at a time.

    Signals:
        progress(int, int): pages printed so far, of all.
        finished(bool): True when every page went to the printer; False when it failed or was cancelled.
    """

    progress = Signal(int, int)
    finished = Signal(bool)

    def __init__(self, run: Run, pdf: bytes, printer: QPrinter, pages: Sequence[int], parent: QObject | None = None,
                 *, dpi: int = PRINT_DPI) -> None:
        super().__init__(parent)
        self._run = run
        self._pdf: bytes | None = pdf
        self._printer = printer
        self._pages = list(pages)
        self._dpi = min(dpi, printer.resolution()) if printer.resolution() > 0 else dpi
        self._painter: QPainter | None = None
        self._done = 0
        self.active = False

    def start(self) -> None:
        self._printer.setFullPage(True)  # our pages carry their own margins
        painter = QPainter()
        if not self._pages or not painter.begin(self._printer):
            self._finish(False)
            return
        self._painter = painter
        self.active = True
        self._next()

    def cancel(self) -> None:
        if self.active:
            self._printer.abort()
            self._finish(False)

    def _next(self) -> None:
        if not self.active:
            return
        if self._done >= len(self._pages):
            self._finish(True)
            return
        pdf, index, scale = self._pdf, self._pages[self._done], self._dpi / 72
        assert pdf is not None
        self._run(lambda: render_pages(pdf, [index], scale)[0][1], parent=None, lane=GENERAL,
                  on_success=self._on_rendered, on_failure=lambda _error: self._finish(False))

    def _on_rendered(self, image: QImage) -> None:
        if not isValid(self) or not self.active or self._painter is None:  # closed while rendering
            return
        if self._done > 0 and not self._printer.newPage():
            self._finish(False)
            return
        paper = self._printer.paperRect(QPrinter.Unit.DevicePixel)
        paint_page(self._painter, image, QRectF(0, 0, paper.width(), paper.height()))
        self._done += 1
        self.progress.emit(self._done, len(self._pages))
        self._next()

    def _finish(self, ok: bool) -> None:
        was_active = self.active
        self.active = False
        if self._painter is not None and self._painter.isActive():
            self._painter.end()
        self._painter = None
        self._pdf = None
        if was_active or not ok:
            self.finished.emit(ok)


class PagesView(QScrollArea):
    """The pages of one PDF under each other on a grey desk, at a zoom.

    ``set_document`` lays out a placeholder per page; pages are rendered when they come into
    sight. ``scale`` is in screen pixels per point.

    Signals:
        zoom_requested(int): Ctrl+wheel turned: +1 to zoom in, -1 to zoom out.
        rendered(int): a page's image arrived (its index).
    """

    zoom_requested = Signal(int)
    rendered = Signal(int)

    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagesView")
        self._run = run
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._desk = QWidget(self, objectName="pagesDesk")
        self._desk.setStyleSheet("QWidget#pagesDesk { background: #7b828a; }")
        self._column = QVBoxLayout(self._desk)
        self._column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._column.setSpacing(PAGE_GAP)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._desk)
        self.labels: list[QLabel] = []
        self._pdf: bytes | None = None
        self._sizes: list[tuple[float, float]] = []
        self._scale = 1.0
        self._generation = 0  # bumped on every new document or scale: older images are dropped
        self._in_flight = False
        self._shown: set[int] = set()
        self._timer = QTimer(self, singleShot=True, interval=30)
        self._timer.timeout.connect(self._render_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())  # not start(msec)
        self.viewport().installEventFilter(self)

    # -- public ----------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def rendered_pages(self) -> set[int]:
        return set(self._shown)

    def largest_page(self) -> tuple[float, float]:
        return (max((w for w, _ in self._sizes), default=595.0), max((h for _, h in self._sizes), default=842.0))

    def available(self) -> QSize:
        """Room for a page inside the view, without the desk's margins and the scroll bar."""
        bar = self.verticalScrollBar().sizeHint().width()
        viewport = self.viewport()
        return QSize(max(1, viewport.width() - 2 * PAGE_GAP - bar), max(1, viewport.height() - 2 * PAGE_GAP))

    def set_document(self, pdf: bytes | None, sizes: Sequence[tuple[float, float]], scale: float) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        self._pdf, self._sizes = pdf, list(sizes)
        for index in range(len(self._sizes)):
            label = QLabel(self._desk, objectName=f"page{index + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("QLabel { background: white; border: 1px solid #5a6068; }")
            label.setAccessibleName(self.tr("Page {number}").format(number=index + 1))
            self._column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self._scale = 0.0
        self.set_scale(scale)
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self.set_document(None, [], 1.0)

    def set_scale(self, scale: float) -> None:
        if abs(scale - self._scale) < 1e-6:
            return
        self._scale = scale
        self._generation += 1
        self._shown.clear()
        for label, (width, height) in zip(self.labels, self._sizes, strict=True):
            label.clear()
            label.setFixedSize(round(width * scale), round(height * scale))
        self._timer.start()

    # -- rendering ---------------------------------------------------------------------------

    def _visible(self) -> list[int]:
        """The pages in sight, found from where the column puts each page (gap, page, gap, …),
        not from the labels' geometry: while new pages are still being laid out (over several
        turns of the event loop) every label sits at the top of the desk, and on a busy machine
        the render timer can fire in between: it then took every page for one in sight."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        found: list[int] = []
        y = PAGE_GAP
        for index, (_width, height) in enumerate(self._sizes):
            if y >= bottom:
                break
            end = y + round(height * self._scale)  # the label's fixed height (set_scale)
            if end > top:
                found.append(index)
            y = end + PAGE_GAP
        return found

    def _render_visible(self) -> None:
        if self._pdf is None or not self.labels:
            return
        visible = self._visible() or [0]
        wanted = sorted({i for i in range(visible[0] - 1, visible[-1] + 2) if 0 <= i < len(self.labels)})
        for index in self._shown - set(range(visible[0] - KEEP_AROUND, visible[-1] + KEEP_AROUND + 1)):
            self.labels[index].clear()  # far out of sight: give the memory back
            self._shown.discard(index)
        missing = [i for i in wanted if i not in self._shown]
        if not missing or self._in_flight:
            return
        self._in_flight = True
        pdf, generation = self._pdf, self._generation
        ratio = self.devicePixelRatioF()
        scale = self._scale * ratio
        self._run(lambda: render_pages(pdf, missing, scale), parent=None, lane=GENERAL,
                  on_success=lambda images: self._on_rendered(generation, ratio, images),
                  on_failure=lambda _error: self._on_render_failed())

    def _on_rendered(self, generation: int, ratio: float, images: list[tuple[int, QImage]]) -> None:
        if not isValid(self):  # the preview was closed while the pages were rendering
            return
        self._in_flight = False
        if generation == self._generation:
            for index, image in images:
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                self.labels[index].setPixmap(pixmap)
                self._shown.add(index)
                self.rendered.emit(index)
        self._timer.start()  # what is in sight now (the user may have scrolled meanwhile)

    def _on_render_failed(self) -> None:
        if isValid(self):
            self._in_flight = False

    # -- events ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt API
        if watched is self.viewport():
            if event.type() == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                delta = event.angleDelta().y()
                if delta:
                    self.zoom_requested.emit(1 if delta > 0 else -1)
                return True
            if event.type() == QEvent.Type.Resize:
                self._timer.start()
        return super().eventFilter(watched, event)
