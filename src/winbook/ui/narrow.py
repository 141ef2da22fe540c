"""A narrow window still works (a coach's 1024 × 700 laptop during a video call).

Below `NARROW_WIDTH` the navigator folds into a drop-down above the page ("◐ Budget (2)", the
same rows, statuses and order), and the coach-notes pane docks below the page instead of
beside it, so the page keeps the window's whole width. Widening the window undoes both; a pane
the coach moved elsewhere or floated is left where it is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDockWidget, QMainWindow, QScrollArea, QWidget
from shiboken6 import isValid

from winbook.ui.navigator import NavigatorList

#: Below this window width (px) the navigator is a drop-down and the coach pane docks below.
NARROW_WIDTH = 1100
#: The coach pane's least height when it docks below the page (px; it takes a third of the
#: window's height, its contents scroll, and the coach can drag it taller).
BOTTOM_DOCK_HEIGHT = 200
#: The least the docked-below pane's scrolling contents may shrink to (px).
BOTTOM_DOCK_MIN_HEIGHT = 120

_SIDES = (Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea)


def scrolling(dock: QDockWidget) -> None:
    """Let the pane scroll inside its dock, so a low dock below the page is still usable."""
    pane = dock.widget()
    if pane is None or isinstance(pane, QScrollArea):
        return
    holder = QScrollArea(dock)
    holder.setObjectName("coach_pane_scroller")
    holder.setWidgetResizable(True)
    holder.setFrameShape(QScrollArea.Shape.NoFrame)
    holder.setWidget(pane)
    dock.setWidget(holder)


class NarrowLayout(QObject):
    """Folds ``navigator_panel`` into ``picker`` and docks the coach pane below when narrow."""

    def __init__(
        self, window: QMainWindow, navigator: NavigatorList, panel: QWidget, picker: QComboBox
    ) -> None:
        super().__init__(window)
        self.window, self.navigator, self.panel, self.picker = window, navigator, panel, picker
        self.narrow: bool | None = None
        self._moved: QDockWidget | None = None
        self._side = Qt.DockWidgetArea.RightDockWidgetArea
        self._sized = False  # the pane docked below has had its first height
        self._watching = False  # the coach dock's Show events reach `eventFilter`
        picker.setAccessibleName("Plan part")
        picker.setToolTip("The part of the plan to show (the window is too narrow for the list).")
        picker.hide()
        picker.activated.connect(self._picked)
        navigator.currentRowChanged.connect(self._follow_navigator)
        model = navigator.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.mirror)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
        if shown and watched is self.window and self._alive():
            self.apply()
        elif event.type() is QEvent.Type.Show and watched is self.coach_dock():
            QTimer.singleShot(0, self.place_coach_pane)  # coach mode turned on
        return False

    def apply(self) -> None:
        """Fit the layout to the window's current width."""
        narrow = self.window.width() < NARROW_WIDTH
        if narrow != self.narrow:
            self.narrow = narrow
            self.panel.setVisible(not narrow)
            self.picker.setVisible(narrow)
            self.mirror()
        self.place_coach_pane()

    def coach_dock(self) -> QDockWidget | None:
        return self.window.findChild(QDockWidget, "coach_dock")

    def place_coach_pane(self) -> None:
        """Narrow: the pane docks below, sized once (a third of the window); after that the
        coach may drag it. Wide again: back to the side it came from."""
        if not self._alive():
            return
        dock = self.coach_dock()
        if dock is None or dock.isFloating():
            return
        if not self._watching:
            dock.installEventFilter(self)
            self._watching = True
        area = self.window.dockWidgetArea(dock)
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        if self.narrow and area in _SIDES:
            self._side, self._moved, self._sized = area, dock, False
            scrolling(dock)
            dock.setAllowedAreas(dock.allowedAreas() | bottom)
            self.window.addDockWidget(bottom, dock)
        elif not self.narrow:
            self._sized = False
            if dock is self._moved:
                self._moved = None
                if area is bottom:
                    self.window.addDockWidget(self._side, dock)
            return
        if not self._sized:  # just moved, or put below by the last session's window state
            scrolling(dock)
            self.size_bottom_pane()
            # the dock's layout settles after this event: size it again once it has
            QTimer.singleShot(0, self.size_bottom_pane)

    def size_bottom_pane(self) -> None:
        """A third of the window (at least `BOTTOM_DOCK_HEIGHT`) for the pane docked below; the
        rest is the page's. Its contents scroll, so its own minimum stays low."""
        if not self._alive() or not self.narrow:
            return
        dock = self.coach_dock()
        if dock is None or dock.isFloating():
            return
        if self.window.dockWidgetArea(dock) is not Qt.DockWidgetArea.BottomDockWidgetArea:
            return
        pane = dock.widget()
        if pane is not None:
            pane.setMinimumHeight(BOTTOM_DOCK_MIN_HEIGHT)
        height = max(BOTTOM_DOCK_HEIGHT, self.window.height() // 3)
        self.window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        self._sized = self._sized or dock.isVisible()

    # -- the drop-down mirrors the navigator
    def _alive(self) -> bool:
        """False while the window is being torn down (its children go first)."""
        return isValid(self.navigator) and isValid(self.picker) and isValid(self.panel)

    def mirror(self, *_args: object) -> None:
        if not self._alive() or not self.narrow:
            return
        texts = [self.navigator.item(i).text() for i in range(self.navigator.count())]
        self.picker.blockSignals(True)
        try:
            if [self.picker.itemText(i) for i in range(self.picker.count())] != texts:
                self.picker.clear()
                self.picker.addItems(texts)
            self.picker.setCurrentIndex(self.navigator.currentRow())
        finally:
            self.picker.blockSignals(False)

    def _picked(self, row: int) -> None:
        self.navigator.setCurrentRow(row)

    def _follow_navigator(self, row: int) -> None:
        if self.narrow:
            self.picker.setCurrentIndex(row)
