# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_targeting.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from winbook.ui.targeting_chart import TargetingChart
from winbook.ui.widgets.numeric import PercentEdit

class Ui_PageTargeting(object):
    def setupUi(self, PageTargeting):
        if not PageTargeting.objectName():
            PageTargeting.setObjectName(u"PageTargeting")
        PageTargeting.resize(900, 700)
        self.page_layout = QVBoxLayout(PageTargeting)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageTargeting)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.title_label = QLabel(self.scroll_contents)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.title_label.setFont(font)

        self.contents_layout.addWidget(self.title_label)

        self.intro_label = QLabel(self.scroll_contents)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contents_layout.addWidget(self.intro_label)

        self.files_group = QGroupBox(self.scroll_contents)
        self.files_group.setObjectName(u"files_group")
        self.files_group_layout = QVBoxLayout(self.files_group)
        self.files_group_layout.setObjectName(u"files_group_layout")
        self.files_label = QLabel(self.files_group)
        self.files_label.setObjectName(u"files_label")
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.files_group_layout.addWidget(self.files_label)

        self.file_buttons = QHBoxLayout()
        self.file_buttons.setObjectName(u"file_buttons")
        self.import_button = QPushButton(self.files_group)
        self.import_button.setObjectName(u"import_button")

        self.file_buttons.addWidget(self.import_button)

        self.stop_button = QPushButton(self.files_group)
        self.stop_button.setObjectName(u"stop_button")

        self.file_buttons.addWidget(self.stop_button)

        self.progress_bar = QProgressBar(self.files_group)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(1000)
        self.progress_bar.setValue(0)

        self.file_buttons.addWidget(self.progress_bar)

        self.file_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.file_buttons.addItem(self.file_buttons_spacer)


        self.files_group_layout.addLayout(self.file_buttons)

        self.contest_row = QHBoxLayout()
        self.contest_row.setObjectName(u"contest_row")
        self.contest_combo_label = QLabel(self.files_group)
        self.contest_combo_label.setObjectName(u"contest_combo_label")

        self.contest_row.addWidget(self.contest_combo_label)

        self.contest_combo = QComboBox(self.files_group)
        self.contest_combo.setObjectName(u"contest_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.contest_combo.sizePolicy().hasHeightForWidth())
        self.contest_combo.setSizePolicy(sizePolicy)

        self.contest_row.addWidget(self.contest_combo)

        self.use_contest_button = QPushButton(self.files_group)
        self.use_contest_button.setObjectName(u"use_contest_button")

        self.contest_row.addWidget(self.use_contest_button)


        self.files_group_layout.addLayout(self.contest_row)

        self.import_status_label = QLabel(self.files_group)
        self.import_status_label.setObjectName(u"import_status_label")
        self.import_status_label.setWordWrap(True)
        self.import_status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.files_group_layout.addWidget(self.import_status_label)


        self.contents_layout.addWidget(self.files_group)

        self.references_group = QGroupBox(self.scroll_contents)
        self.references_group.setObjectName(u"references_group")
        self.references_group_layout = QVBoxLayout(self.references_group)
        self.references_group_layout.setObjectName(u"references_group_layout")
        self.references_intro_label = QLabel(self.references_group)
        self.references_intro_label.setObjectName(u"references_intro_label")
        self.references_intro_label.setWordWrap(True)
        self.references_intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.references_group_layout.addWidget(self.references_intro_label)

        self.references_list = QListWidget(self.references_group)
        self.references_list.setObjectName(u"references_list")
        self.references_list.setMinimumSize(QSize(0, 120))

        self.references_group_layout.addWidget(self.references_list)


        self.contents_layout.addWidget(self.references_group)

        self.settings_group = QGroupBox(self.scroll_contents)
        self.settings_group.setObjectName(u"settings_group")
        self.settings_group_layout = QVBoxLayout(self.settings_group)
        self.settings_group_layout.setObjectName(u"settings_group_layout")
        self.settings_form = QFormLayout()
        self.settings_form.setObjectName(u"settings_form")
        self.base_edit_label = QLabel(self.settings_group)
        self.base_edit_label.setObjectName(u"base_edit_label")

        self.settings_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.base_edit_label)

        self.base_edit = PercentEdit(self.settings_group)
        self.base_edit.setObjectName(u"base_edit")

        self.settings_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.base_edit)

        self.persuasion_edit_label = QLabel(self.settings_group)
        self.persuasion_edit_label.setObjectName(u"persuasion_edit_label")

        self.settings_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.persuasion_edit_label)

        self.persuasion_edit = PercentEdit(self.settings_group)
        self.persuasion_edit.setObjectName(u"persuasion_edit")

        self.settings_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.persuasion_edit)

        self.base_weight_edit_label = QLabel(self.settings_group)
        self.base_weight_edit_label.setObjectName(u"base_weight_edit_label")

        self.settings_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.base_weight_edit_label)

        self.base_weight_edit = PercentEdit(self.settings_group)
        self.base_weight_edit.setObjectName(u"base_weight_edit")

        self.settings_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.base_weight_edit)

        self.low_weight_edit_label = QLabel(self.settings_group)
        self.low_weight_edit_label.setObjectName(u"low_weight_edit_label")

        self.settings_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.low_weight_edit_label)

        self.low_weight_edit = PercentEdit(self.settings_group)
        self.low_weight_edit.setObjectName(u"low_weight_edit")

        self.settings_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.low_weight_edit)


        self.settings_group_layout.addLayout(self.settings_form)

        self.doors_label = QLabel(self.settings_group)
        self.doors_label.setObjectName(u"doors_label")
        self.doors_label.setWordWrap(True)
        self.doors_label.setTextFormat(Qt.TextFormat.RichText)
        self.doors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.settings_group_layout.addWidget(self.doors_label)


        self.contents_layout.addWidget(self.settings_group)

        self.precincts_group = QGroupBox(self.scroll_contents)
        self.precincts_group.setObjectName(u"precincts_group")
        self.precincts_group_layout = QVBoxLayout(self.precincts_group)
        self.precincts_group_layout.setObjectName(u"precincts_group_layout")
        self.summary_label = QLabel(self.precincts_group)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.precincts_group_layout.addWidget(self.summary_label)

        self.warnings_label = QLabel(self.precincts_group)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.precincts_group_layout.addWidget(self.warnings_label)

        self.chart = TargetingChart(self.precincts_group)
        self.chart.setObjectName(u"chart")

        self.precincts_group_layout.addWidget(self.chart)

        self.precincts_table = QTableView(self.precincts_group)
        self.precincts_table.setObjectName(u"precincts_table")
        self.precincts_table.setMinimumSize(QSize(0, 320))
        self.precincts_table.setAlternatingRowColors(True)
        self.precincts_table.setTabKeyNavigation(False)

        self.precincts_group_layout.addWidget(self.precincts_table)

        self.table_buttons = QHBoxLayout()
        self.table_buttons.setObjectName(u"table_buttons")
        self.mark_button = QPushButton(self.precincts_group)
        self.mark_button.setObjectName(u"mark_button")

        self.table_buttons.addWidget(self.mark_button)

        self.export_csv_button = QPushButton(self.precincts_group)
        self.export_csv_button.setObjectName(u"export_csv_button")

        self.table_buttons.addWidget(self.export_csv_button)

        self.table_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.table_buttons.addItem(self.table_buttons_spacer)


        self.precincts_group_layout.addLayout(self.table_buttons)

        self.unmatched_label = QLabel(self.precincts_group)
        self.unmatched_label.setObjectName(u"unmatched_label")
        self.unmatched_label.setWordWrap(True)
        self.unmatched_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.precincts_group_layout.addWidget(self.unmatched_label)


        self.contents_layout.addWidget(self.precincts_group)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.contest_combo_label.setBuddy(self.contest_combo)
        self.base_edit_label.setBuddy(self.base_edit)
        self.persuasion_edit_label.setBuddy(self.persuasion_edit)
        self.base_weight_edit_label.setBuddy(self.base_weight_edit)
        self.low_weight_edit_label.setBuddy(self.low_weight_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.import_button, self.stop_button)
        QWidget.setTabOrder(self.stop_button, self.contest_combo)
        QWidget.setTabOrder(self.contest_combo, self.use_contest_button)
        QWidget.setTabOrder(self.use_contest_button, self.references_list)
        QWidget.setTabOrder(self.references_list, self.base_edit)
        QWidget.setTabOrder(self.base_edit, self.persuasion_edit)
        QWidget.setTabOrder(self.persuasion_edit, self.base_weight_edit)
        QWidget.setTabOrder(self.base_weight_edit, self.low_weight_edit)
        QWidget.setTabOrder(self.low_weight_edit, self.precincts_table)
        QWidget.setTabOrder(self.precincts_table, self.mark_button)
        QWidget.setTabOrder(self.mark_button, self.export_csv_button)

        self.retranslateUi(PageTargeting)

        QMetaObject.connectSlotsByName(PageTargeting)
    # setupUi

    def retranslateUi(self, PageTargeting):
        self.title_label.setText(QCoreApplication.translate("PageTargeting", u"Where the votes are", None))
        self.intro_label.setText(QCoreApplication.translate("PageTargeting", u"Which precincts hold the votes, which are your base (turn them out), which are persuadable (knock there), and how many of the path to victory's door contacts each gets, from past precinct results.", None))
        self.files_group.setTitle(QCoreApplication.translate("PageTargeting", u"Past results", None))
        self.files_label.setText(QCoreApplication.translate("PageTargeting", u"Import the precinct results of past elections for this office (one file per year; any county, several years at once). Files are only read, never changed.", None))
        self.import_button.setText(QCoreApplication.translate("PageTargeting", u"&Import results files\u2026", None))
        self.stop_button.setText(QCoreApplication.translate("PageTargeting", u"&Stop reading", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Reading progress", None))
#endif // QT_CONFIG(accessibility)
        self.contest_combo_label.setText(QCoreApplication.translate("PageTargeting", u"&Contest:", None))
#if QT_CONFIG(accessibility)
        self.contest_combo.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Contest", None))
#endif // QT_CONFIG(accessibility)
        self.use_contest_button.setText(QCoreApplication.translate("PageTargeting", u"&Use this contest", None))
        self.import_status_label.setText("")
        self.references_group.setTitle(QCoreApplication.translate("PageTargeting", u"Candidates like you", None))
        self.references_intro_label.setText(QCoreApplication.translate("PageTargeting", u"Tick the past candidates (or a party line) whose share of the vote stands for a candidate like you. Each election where one of them ran is a reference contest; a precinct's support is their share, averaged over the reference contests.", None))
#if QT_CONFIG(accessibility)
        self.references_list.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Candidates like you", None))
#endif // QT_CONFIG(accessibility)
        self.settings_group.setTitle(QCoreApplication.translate("PageTargeting", u"Tiers and doors", None))
        self.base_edit_label.setText(QCoreApplication.translate("PageTargeting", u"&Base at or above:", None))
#if QT_CONFIG(accessibility)
        self.base_edit.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Base threshold", None))
#endif // QT_CONFIG(accessibility)
        self.persuasion_edit_label.setText(QCoreApplication.translate("PageTargeting", u"&Persuasion at or above:", None))
#if QT_CONFIG(accessibility)
        self.persuasion_edit.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Persuasion threshold", None))
#endif // QT_CONFIG(accessibility)
        self.base_weight_edit_label.setText(QCoreApplication.translate("PageTargeting", u"Door weight, b&ase precincts:", None))
#if QT_CONFIG(accessibility)
        self.base_weight_edit.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Door weight of base precincts", None))
#endif // QT_CONFIG(accessibility)
        self.low_weight_edit_label.setText(QCoreApplication.translate("PageTargeting", u"Door weight, &low priority:", None))
#if QT_CONFIG(accessibility)
        self.low_weight_edit.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Door weight of low-priority precincts", None))
#endif // QT_CONFIG(accessibility)
        self.doors_label.setText("")
        self.precincts_group.setTitle(QCoreApplication.translate("PageTargeting", u"Precincts", None))
        self.summary_label.setText("")
        self.warnings_label.setText("")
#if QT_CONFIG(accessibility)
        self.precincts_table.setAccessibleName(QCoreApplication.translate("PageTargeting", u"Precincts", None))
#endif // QT_CONFIG(accessibility)
        self.mark_button.setText(QCoreApplication.translate("PageTargeting", u"&Not a place on a map", None))
        self.export_csv_button.setText(QCoreApplication.translate("PageTargeting", u"E&xport CSV for field tools\u2026", None))
        self.unmatched_label.setText("")
        pass
    # retranslateUi

