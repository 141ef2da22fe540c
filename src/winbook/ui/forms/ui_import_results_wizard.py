# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_results_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpinBox, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportResultsWizard(object):
    def setupUi(self, ImportResultsWizard):
        if not ImportResultsWizard.objectName():
            ImportResultsWizard.setObjectName(u"ImportResultsWizard")
        ImportResultsWizard.resize(980, 680)
        self.main_layout = QVBoxLayout(ImportResultsWizard)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ImportResultsWizard)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.splitter = QSplitter(ImportResultsWizard)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.files_group = QGroupBox(self.splitter)
        self.files_group.setObjectName(u"files_group")
        self.files_layout = QVBoxLayout(self.files_group)
        self.files_layout.setObjectName(u"files_layout")
        self.file_list = QListWidget(self.files_group)
        self.file_list.setObjectName(u"file_list")

        self.files_layout.addWidget(self.file_list)

        self.file_buttons_layout = QHBoxLayout()
        self.file_buttons_layout.setObjectName(u"file_buttons_layout")
        self.add_files_button = QPushButton(self.files_group)
        self.add_files_button.setObjectName(u"add_files_button")

        self.file_buttons_layout.addWidget(self.add_files_button)

        self.remove_file_button = QPushButton(self.files_group)
        self.remove_file_button.setObjectName(u"remove_file_button")

        self.file_buttons_layout.addWidget(self.remove_file_button)


        self.files_layout.addLayout(self.file_buttons_layout)

        self.progress_bar = QProgressBar(self.files_group)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)

        self.files_layout.addWidget(self.progress_bar)

        self.progress_layout = QHBoxLayout()
        self.progress_layout.setObjectName(u"progress_layout")
        self.status_label = QLabel(self.files_group)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.progress_layout.addWidget(self.status_label)

        self.cancel_read_button = QPushButton(self.files_group)
        self.cancel_read_button.setObjectName(u"cancel_read_button")
        self.cancel_read_button.setEnabled(False)

        self.progress_layout.addWidget(self.cancel_read_button)


        self.files_layout.addLayout(self.progress_layout)

        self.splitter.addWidget(self.files_group)
        self.contest_group = QGroupBox(self.splitter)
        self.contest_group.setObjectName(u"contest_group")
        self.contest_layout = QVBoxLayout(self.contest_group)
        self.contest_layout.setObjectName(u"contest_layout")
        self.search_edit = QLineEdit(self.contest_group)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.contest_layout.addWidget(self.search_edit)

        self.contest_list = QListWidget(self.contest_group)
        self.contest_list.setObjectName(u"contest_list")

        self.contest_layout.addWidget(self.contest_list)

        self.election_form = QFormLayout()
        self.election_form.setObjectName(u"election_form")
        self.year_label = QLabel(self.contest_group)
        self.year_label.setObjectName(u"year_label")

        self.election_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(self.contest_group)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1900)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2022)

        self.election_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.cycle_label = QLabel(self.contest_group)
        self.cycle_label.setObjectName(u"cycle_label")

        self.election_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cycle_label)

        self.cycle_combo = QComboBox(self.contest_group)
        self.cycle_combo.setObjectName(u"cycle_combo")

        self.election_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cycle_combo)

        self.stage_label = QLabel(self.contest_group)
        self.stage_label.setObjectName(u"stage_label")

        self.election_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stage_label)

        self.stage_combo = QComboBox(self.contest_group)
        self.stage_combo.setObjectName(u"stage_combo")

        self.election_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stage_combo)

        self.seats_label = QLabel(self.contest_group)
        self.seats_label.setObjectName(u"seats_label")

        self.election_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.seats_label)

        self.seats_spin = QSpinBox(self.contest_group)
        self.seats_spin.setObjectName(u"seats_spin")
        self.seats_spin.setMinimum(1)
        self.seats_spin.setMaximum(50)

        self.election_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.seats_spin)


        self.contest_layout.addLayout(self.election_form)

        self.splitter.addWidget(self.contest_group)
        self.preview_group = QGroupBox(self.splitter)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_table = QTableWidget(self.preview_group)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.verticalHeader().setVisible(False)

        self.preview_layout.addWidget(self.preview_table)

        self.totals_label = QLabel(self.preview_group)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_layout.addWidget(self.totals_label)

        self.add_row_button = QPushButton(self.preview_group)
        self.add_row_button.setObjectName(u"add_row_button")
        self.add_row_button.setEnabled(False)

        self.preview_layout.addWidget(self.add_row_button)

        self.splitter.addWidget(self.preview_group)

        self.main_layout.addWidget(self.splitter)

        self.rows_group = QGroupBox(ImportResultsWizard)
        self.rows_group.setObjectName(u"rows_group")
        self.rows_layout = QVBoxLayout(self.rows_group)
        self.rows_layout.setObjectName(u"rows_layout")
        self.rows_table = QTableWidget(self.rows_group)
        self.rows_table.setObjectName(u"rows_table")
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_table.verticalHeader().setVisible(False)

        self.rows_layout.addWidget(self.rows_table)

        self.remove_row_button = QPushButton(self.rows_group)
        self.remove_row_button.setObjectName(u"remove_row_button")

        self.rows_layout.addWidget(self.remove_row_button)


        self.main_layout.addWidget(self.rows_group)

        self.button_box = QDialogButtonBox(ImportResultsWizard)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.cycle_label.setBuddy(self.cycle_combo)
        self.stage_label.setBuddy(self.stage_combo)
        self.seats_label.setBuddy(self.seats_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportResultsWizard)

        QMetaObject.connectSlotsByName(ImportResultsWizard)
    # setupUi

    def retranslateUi(self, ImportResultsWizard):
        ImportResultsWizard.setWindowTitle(QCoreApplication.translate("ImportResultsWizard", u"Import past election results", None))
        self.intro_label.setText(QCoreApplication.translate("ImportResultsWizard", u"Add precinct results files (CSV or XLSX, OpenElections layout), one per past election. For each file, find the contest you are running in, say how many seats it filled, check the totals, then add it to your election history.", None))
        self.files_group.setTitle(QCoreApplication.translate("ImportResultsWizard", u"1. Results files", None))
#if QT_CONFIG(tooltip)
        self.file_list.setToolTip(QCoreApplication.translate("ImportResultsWizard", u"The files you added; pick one to choose its contest.", None))
#endif // QT_CONFIG(tooltip)
        self.add_files_button.setText(QCoreApplication.translate("ImportResultsWizard", u"&Add files\u2026", None))
        self.remove_file_button.setText(QCoreApplication.translate("ImportResultsWizard", u"&Remove file", None))
        self.status_label.setText(QCoreApplication.translate("ImportResultsWizard", u"No file read yet.", None))
        self.cancel_read_button.setText(QCoreApplication.translate("ImportResultsWizard", u"&Stop reading", None))
        self.contest_group.setTitle(QCoreApplication.translate("ImportResultsWizard", u"2. Contest, election and seats", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ImportResultsWizard", u"Search contests, e.g. school board or county clerk", None))
        self.year_label.setText(QCoreApplication.translate("ImportResultsWizard", u"&Year", None))
        self.cycle_label.setText(QCoreApplication.translate("ImportResultsWizard", u"&Cycle", None))
        self.stage_label.setText(QCoreApplication.translate("ImportResultsWizard", u"S&tage", None))
        self.seats_label.setText(QCoreApplication.translate("ImportResultsWizard", u"S&eats filled", None))
#if QT_CONFIG(tooltip)
        self.seats_spin.setToolTip(QCoreApplication.translate("ImportResultsWizard", u"Results files do not say how many seats a contest fills: 1 for a single seat, N for \"vote for N\".", None))
#endif // QT_CONFIG(tooltip)
        self.preview_group.setTitle(QCoreApplication.translate("ImportResultsWizard", u"3. Totals", None))
        self.totals_label.setText(QCoreApplication.translate("ImportResultsWizard", u"Pick a contest to see its totals.", None))
        self.add_row_button.setText(QCoreApplication.translate("ImportResultsWizard", u"A&dd this election to the history", None))
        self.rows_group.setTitle(QCoreApplication.translate("ImportResultsWizard", u"4. Elections to add", None))
        self.remove_row_button.setText(QCoreApplication.translate("ImportResultsWizard", u"Remove selected &row", None))
    # retranslateUi

