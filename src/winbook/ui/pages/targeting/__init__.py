"""Where the votes are: precinct targeting from past results files (domain.md §8).

Results files are read by the import wizard's worker (`ReadJob`, one at a time in a pool thread,
with progress and Stop); the user picks the contest, and every file's contest is kept in the
plan (all or nothing, one undo step). Candidates like you, tiers and door weights are plan
fields; the table, chart and doors are recomputed from the plan and the path to victory's door
contacts on every change, so editing the path moves the doors at once.

The table model is in `table`.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QThreadPool, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QListWidgetItem, QWidget

from winbook.app.document import PlanDocument
from winbook.domain.model import TargetingSettings
from winbook.domain.parts import TARGETING
from winbook.domain.targeting import (
    PrecinctTarget,
    TargetingError,
    TargetingResult,
    candidates_of,
    chart_data,
    check_references,
    check_same_place,
    place_name,
    plan_targeting,
)
from winbook.errors import WinbookError
from winbook.io.results import ResultsFile
from winbook.io.targeting.out import write_targeting_csv
from winbook.io.targeting.read import check_states, pick_election
from winbook.ui.forms.ui_page_targeting import Ui_PageTargeting
from winbook.ui.import_wizard import FILE_FILTER, PROGRESS_STEPS, ReadJob, ReadSignals
from winbook.ui.pages.base import PlanPage, show_warnings, steps_html
from winbook.ui.pages.targeting.table import SORT_ROLE, Index, PrecinctModel

__all__ = ["SORT_ROLE", "WAIT_ON_CLOSE_MS", "Index", "PrecinctModel", "TargetingPage"]


WAIT_ON_CLOSE_MS = 10_000


class TargetingPage(PlanPage):
    key = "precincts"  # "targeting" is the narrative section on the win number page
    title = "Where the votes are"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageTargeting()
        self.ui.setupUi(self)
        self.result = TargetingResult()
        self._files: dict[int, tuple[Path, ResultsFile | None, str]] = {}
        self._paths: list[Path] = []
        self._picked: tuple[str, str] | None = None
        self._order: list[int] = []
        self._next_job = 0
        self._stop = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = ReadSignals(self)
        self._filling_references = False
        self._bind()
        self._setup_table()
        self._connect()
        self.load()

    # -- setup -------------------------------------------------------------------------

    def _bind(self) -> None:
        ui, b = self.ui, self.binder
        b.bind(
            ui.base_edit,
            TARGETING.field("base_pct"),
            source="targeting_tiers",
            default=65.0,
            help="Precincts where candidates like you won at least this share are your base: "
            "work them for turnout.",
        )
        b.bind(
            ui.persuasion_edit,
            TARGETING.field("persuasion_pct"),
            source="targeting_tiers",
            default=35.0,
            help="From this share up to the base threshold: persuasion "
            "precincts, where doors change minds. Below it: low priority.",
        )
        b.bind(
            ui.base_weight_edit,
            TARGETING.field("base_door_weight_pct"),
            source="targeting_doors",
            default=50.0,
            help="The door weight of a base precinct: its doors per expected vote as a share of "
            "a persuasion precinct's (100% = as many; 50% = half as many).",
        )
        b.bind(
            ui.low_weight_edit,
            TARGETING.field("low_door_weight_pct"),
            source="targeting_doors",
            default=0.0,
            help="The door weight of a low-priority precinct: its doors per expected vote as a "
            "share of a persuasion precinct's (0% = no doors).",
        )

    def _setup_table(self) -> None:
        self.model = PrecinctModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        view = self.ui.precincts_table
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.progress_bar.setRange(0, PROGRESS_STEPS)
        self.ui.progress_bar.setVisible(False)
        self.ui.stop_button.setVisible(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.import_button.clicked.connect(self._on_import)
        ui.stop_button.clicked.connect(self.stop_reading)
        ui.use_contest_button.clicked.connect(self.use_contest)
        ui.references_list.itemChanged.connect(self._on_reference_ticked)
        ui.mark_button.clicked.connect(self.toggle_place)
        ui.export_csv_button.clicked.connect(self._on_export_csv)
        ui.precincts_table.selectionModel().selectionChanged.connect(self._update_mark_button)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.doc.partChanged.connect(self._on_part_changed)

    # -- reading files -----------------------------------------------------------------

    def _on_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import results of past elections", "", FILE_FILTER
        )
        if paths:
            self.read_files([Path(p) for p in paths])

    def read_files(self, paths: list[Path]) -> None:
        """Read ``paths`` in the worker thread; the contest list fills when all are read."""
        if self.is_reading():
            return
        try:
            check_states(paths)
        except TargetingError as exc:
            self._status(str(exc))
            return
        self._paths = list(paths)
        self.ui.contest_combo.clear()
        self.ui.use_contest_button.setEnabled(False)
        self._start(None)

    def _start(self, picked: tuple[str, str] | None) -> None:
        """One batch of reads: every contest's totals (``picked`` None), or the picked
        contest's votes in each precinct (a second, lighter pass over the same files)."""
        self._picked = picked
        self._files.clear()
        self._order.clear()
        self._stop = threading.Event()
        office, district = picked or (None, None)
        for path in self._paths:
            job = self._next_job
            self._next_job += 1
            self._files[job] = (path, None, "")
            self._order.append(job)
            self._pool.start(
                ReadJob(
                    job,
                    path,
                    self._signals,
                    self._stop,
                    precincts=picked is not None,
                    office=office,
                    district=district or None,
                )
            )
        self._reading_state()

    def is_reading(self) -> bool:
        return any(r is None and not e for _p, r, e in self._files.values())

    @Slot()
    def stop_reading(self) -> None:
        self._stop.set()
        self._status("Stopping…")

    @Slot(int, int)
    def _on_progress(self, job: int, step: int) -> None:
        if job in self._files:
            done = self._order.index(job)
            total = len(self._order)
            self.ui.progress_bar.setValue((done * PROGRESS_STEPS + step) // max(total, 1))
            self._status(f"Reading {self._files[job][0].name} ({done + 1} of {total})…")

    @Slot(int, object)
    def _on_finished(self, job: int, result: ResultsFile) -> None:
        if job in self._files:
            self._files[job] = (self._files[job][0], result, "")
            self._reading_state()

    @Slot(int, str)
    def _on_failed(self, job: int, message: str) -> None:
        if job in self._files:
            self._files[job] = (self._files[job][0], None, message)
            self._reading_state()

    def _reading_state(self) -> None:
        reading = self.is_reading()
        ui = self.ui
        ui.progress_bar.setVisible(reading)
        ui.stop_button.setVisible(reading)
        ui.import_button.setEnabled(not reading)
        if reading:
            return
        errors = [e for _p, _r, e in self._files.values() if e]
        if errors:
            self._status(f"Nothing imported: {errors[0]}")
            self._files.clear()
            return
        if self._picked is None:
            self._fill_contests()
        else:
            self._keep_contest(self._picked)

    def _fill_contests(self) -> None:
        counts: dict[tuple[str, str], list[int]] = {}
        for _path, result, _e in self._files.values():
            for c in result.contests if result else []:
                entry = counts.setdefault((c.office, c.district), [0, 0])
                entry[0] += 1
                entry[1] += c.total_votes
        items = sorted(counts.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        combo = self.ui.contest_combo
        combo.clear()
        for (office, district), (files, _votes) in items:
            label = f"{office} {district}".strip()
            if len(self._files) > 1:
                label += f" (in {files} of {len(self._files)} files)"
            combo.addItem(label, (office, district))
        n = len(self._files)
        self._status(
            f"Read {n} file{'s' if n != 1 else ''}: pick the contest, then Use this contest."
            if items
            else "These files hold no contest with votes."
        )
        self.ui.use_contest_button.setEnabled(bool(items))

    def use_contest(self) -> None:
        """Read the picked contest's precincts from every file, then keep them in the plan."""
        picked = self.ui.contest_combo.currentData()
        if not picked or not self._paths or self.is_reading():
            self._status("Import results files first, then pick the contest.")
            return
        self.ui.use_contest_button.setEnabled(False)
        self._start(picked)

    def _keep_contest(self, picked: tuple[str, str]) -> None:
        """Every file's contest, all or nothing (one undo step)."""
        office, district = picked
        try:
            elections = [
                pick_election(result, path, office, district)
                for path, result, _e in self._files.values()
                if result is not None
            ]
            check_same_place(elections)
        except WinbookError as exc:
            self._status(f"Nothing imported: {exc}")
            self.ui.use_contest_button.setEnabled(True)
            return
        old = self.doc.plan.targeting
        keep = [r for r in old.references if old.office == office]
        settings = dataclasses.replace(
            old, office=office, district=district, elections=elections, references=keep
        )
        self._files.clear()
        self.ui.use_contest_button.setEnabled(True)
        self.doc.set_object(TARGETING, settings, "Import results for targeting")
        years = sorted({e.year for e in elections if e.year})
        self._status(
            f"Imported {office} from {len(elections)} file{'s' if len(elections) != 1 else ''}"
            f"{' (' + ', '.join(map(str, years)) + ')' if years else ''}."
        )

    def _status(self, text: str) -> None:
        self.ui.import_status_label.setText(text)

    # -- references and places ---------------------------------------------------------

    def _fill_references(self) -> None:
        t = self.doc.plan.targeting
        ticked = {r.casefold() for r in t.references}
        lst = self.ui.references_list
        self._filling_references = True
        try:
            lst.clear()
            names = candidates_of(t.elections)
            parties = sorted({p for e in t.elections for p in e.parties.values() if p})
            for name in names:
                self._reference_item(name, name, name.casefold() in ticked)
            for party in parties:
                self._reference_item(f"Party line: {party}", party, party.casefold() in ticked)
        finally:
            self._filling_references = False
        self.ui.references_group.setEnabled(bool(names))
        rows = min(max(lst.count(), 3), 8)  # the list as tall as its names, up to 8 rows
        lst.setFixedHeight(rows * max(lst.sizeHintForRow(0), 16) + 2 * lst.frameWidth() + 4)

    def _reference_item(self, text: str, value: str, checked: bool) -> None:
        item = QListWidgetItem(text, self.ui.references_list)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_reference_ticked(self, _item: QListWidgetItem) -> None:
        if self._filling_references:
            return
        lst = self.ui.references_list
        refs = [
            str(lst.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        t = self.doc.plan.targeting
        check_references(t.elections, refs)
        self.doc.set_object(
            TARGETING, dataclasses.replace(t, references=refs), "Pick candidates like you"
        )

    def selected(self) -> list[PrecinctTarget]:
        rows = {
            self.proxy.mapToSource(i).row()
            for i in self.ui.precincts_table.selectionModel().selectedRows()
        }
        return [self.model.rows[r] for r in sorted(rows) if 0 <= r < len(self.model.rows)]

    def toggle_place(self) -> None:
        """Mark the selected rows as not places on a map (or as places again)."""
        chosen = self.selected()
        if not chosen:
            return
        t = self.doc.plan.targeting
        marked = list(t.not_geographic)
        folded = {m.casefold() for m in marked}
        to_place = all(p.kind == "marked not a place" for p in chosen)
        for p in chosen:
            name = place_name(p.county, p.precinct)
            if to_place:
                marked = [m for m in marked if m.casefold() != name.casefold()]
            elif p.geographic and name.casefold() not in folded:
                marked.append(name)
        text = "Mark as places" if to_place else "Mark as not places on a map"
        self.doc.set_object(TARGETING, dataclasses.replace(t, not_geographic=marked), text)

    def _update_mark_button(self) -> None:
        chosen = self.selected()
        back = bool(chosen) and all(p.kind == "marked not a place" for p in chosen)
        self.ui.mark_button.setText("&Back on the map" if back else "&Not a place on a map")
        self.ui.mark_button.setEnabled(bool(chosen) and (back or any(p.geographic for p in chosen)))

    def _on_export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export precinct targets", "precinct-targets.csv", "CSV files (*.csv)"
        )
        if not name:
            return
        try:
            write_targeting_csv(self.result, name)
        except WinbookError as exc:
            self._status(str(exc))
            return
        self._status(f"Saved {Path(name).name}: one row per precinct on the map.")

    # -- figures -----------------------------------------------------------------------

    def _on_part_changed(self, part: str) -> None:
        if part == TARGETING.path:
            self._fill_references()

    def load(self) -> None:
        super().load()
        self._fill_references()

    def refresh_figures(self) -> None:
        t: TargetingSettings = self.doc.plan.targeting
        self.result = plan_targeting(t, self.doc.figures.path)
        r = self.result
        ui = self.ui
        self.model.set_result(r)
        ui.summary_label.setText(steps_html(r.steps) if t.elections else "")
        show_warnings(ui.warnings_label, r.warnings)
        ui.chart.set_data(chart_data(r, t))
        ui.doors_label.setText(self._doors_text(r))
        ui.unmatched_label.setText(self._unmatched_text(r))
        ui.export_csv_button.setEnabled(bool(r.precincts))
        ui.precincts_group.setEnabled(bool(t.elections))
        self._update_mark_button()
        if t.elections and not self._paths:
            self._show_stored(t)
        if not t.elections and not self._paths:
            self._status(
                "Start by importing the precinct results of the last few elections "
                "for this office (OpenElections CSV or XLSX files)."
            )

    def _show_stored(self, t: TargetingSettings) -> None:
        """Without files read in this session: the contest and files the plan keeps."""
        combo = self.ui.contest_combo
        label = f"{t.office} {t.district}".strip()
        if combo.count() != 1 or combo.itemText(0) != label:
            combo.clear()
            combo.addItem(label, (t.office, t.district))
        self.ui.use_contest_button.setEnabled(False)
        years = ", ".join(str(e.year) if e.year else e.source for e in t.elections)
        self._status(
            f"In this plan: {len(t.elections)} election{'s' if len(t.elections) != 1 else ''} "
            f"({years}). Import files again to change the contest or the years."
        )

    @staticmethod
    def _doors_text(r: TargetingResult) -> str:
        if r.door_contacts is None:
            return (
                "The path to victory has no door contacts yet: set the vote goal and the doors' "
                "share of contacts there."
            )
        counts = r.tier_counts()
        tiers = ", ".join(f"{n:,} {tier}" for tier, n in counts.items() if n)
        given = (
            f"{r.doors_given:,} of the path to victory's {r.door_contacts:,} door contacts "
            "shared out"
        )
        return f"<b>{given}</b>" + (f" · precincts: {tiers}" if tiers else "")

    @staticmethod
    def _unmatched_text(r: TargetingResult) -> str:
        if not r.unmatched:
            return ""
        shown = "; ".join(
            f"{p.county} {p.precinct} ({', '.join(map(str, p.years)) or 'no year'})"
            for p in r.unmatched[:15]
        )
        more = f" and {len(r.unmatched) - 15:,} more" if len(r.unmatched) > 15 else ""
        return (
            f"Not in every election ({len(r.unmatched):,}, matched by label; precincts missing "
            f"from the latest election get no doors): {shown}{more}."
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop.set()
        self._pool.waitForDone(WAIT_ON_CLOSE_MS)
        super().closeEvent(event)
