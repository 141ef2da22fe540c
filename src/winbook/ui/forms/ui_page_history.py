# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_history.ui'
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
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from winbook.ui.charts import ChartWidget
from winbook.ui.widgets.numeric import (IntEdit, PercentEdit)

class Ui_PageHistory(object):
    def setupUi(self, PageHistory):
        if not PageHistory.objectName():
            PageHistory.setObjectName(u"PageHistory")
        PageHistory.resize(900, 700)
        self.page_layout = QVBoxLayout(PageHistory)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageHistory)
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

        self.elections_group = QGroupBox(self.scroll_contents)
        self.elections_group.setObjectName(u"elections_group")
        self.elections_group_layout = QVBoxLayout(self.elections_group)
        self.elections_group_layout.setObjectName(u"elections_group_layout")
        self.empty_label = QLabel(self.elections_group)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.elections_group_layout.addWidget(self.empty_label)

        self.history_table = QTableView(self.elections_group)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setMinimumSize(QSize(0, 180))
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setTabKeyNavigation(True)

        self.elections_group_layout.addWidget(self.history_table)

        self.history_buttons = QHBoxLayout()
        self.history_buttons.setObjectName(u"history_buttons")
        self.add_election_button = QPushButton(self.elections_group)
        self.add_election_button.setObjectName(u"add_election_button")

        self.history_buttons.addWidget(self.add_election_button)

        self.remove_election_button = QPushButton(self.elections_group)
        self.remove_election_button.setObjectName(u"remove_election_button")

        self.history_buttons.addWidget(self.remove_election_button)

        self.move_up_button = QPushButton(self.elections_group)
        self.move_up_button.setObjectName(u"move_up_button")

        self.history_buttons.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(self.elections_group)
        self.move_down_button.setObjectName(u"move_down_button")

        self.history_buttons.addWidget(self.move_down_button)

        self.paste_button = QPushButton(self.elections_group)
        self.paste_button.setObjectName(u"paste_button")

        self.history_buttons.addWidget(self.paste_button)

        self.import_button = QPushButton(self.elections_group)
        self.import_button.setObjectName(u"import_button")

        self.history_buttons.addWidget(self.import_button)

        self.history_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.history_buttons.addItem(self.history_buttons_spacer)


        self.elections_group_layout.addLayout(self.history_buttons)


        self.contents_layout.addWidget(self.elections_group)

        self.projection_group = QGroupBox(self.scroll_contents)
        self.projection_group.setObjectName(u"projection_group")
        self.projection_group_layout = QVBoxLayout(self.projection_group)
        self.projection_group_layout.setObjectName(u"projection_group_layout")
        self.projection_form = QFormLayout()
        self.projection_form.setObjectName(u"projection_form")
        self.method_combo_label = QLabel(self.projection_group)
        self.method_combo_label.setObjectName(u"method_combo_label")

        self.projection_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.method_combo_label)

        self.method_combo = QComboBox(self.projection_group)
        self.method_combo.setObjectName(u"method_combo")

        self.projection_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.years_edit_label = QLabel(self.projection_group)
        self.years_edit_label.setObjectName(u"years_edit_label")

        self.projection_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.years_edit_label)

        self.years_edit = IntEdit(self.projection_group)
        self.years_edit.setObjectName(u"years_edit")

        self.projection_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.years_edit)

        self.roll_off_edit_label = QLabel(self.projection_group)
        self.roll_off_edit_label.setObjectName(u"roll_off_edit_label")

        self.projection_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roll_off_edit_label)

        self.roll_off_edit = PercentEdit(self.projection_group)
        self.roll_off_edit.setObjectName(u"roll_off_edit")

        self.projection_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roll_off_edit)

        self.adjustment_edit_label = QLabel(self.projection_group)
        self.adjustment_edit_label.setObjectName(u"adjustment_edit_label")

        self.projection_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adjustment_edit_label)

        self.adjustment_edit = PercentEdit(self.projection_group)
        self.adjustment_edit.setObjectName(u"adjustment_edit")

        self.projection_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adjustment_edit)

        self.registered_edit_label = QLabel(self.projection_group)
        self.registered_edit_label.setObjectName(u"registered_edit_label")

        self.projection_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.registered_edit_label)

        self.registered_edit = IntEdit(self.projection_group)
        self.registered_edit.setObjectName(u"registered_edit")

        self.projection_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.registered_edit)

        self.manual_turnout_edit_label = QLabel(self.projection_group)
        self.manual_turnout_edit_label.setObjectName(u"manual_turnout_edit_label")

        self.projection_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.manual_turnout_edit_label)

        self.manual_turnout_edit = IntEdit(self.projection_group)
        self.manual_turnout_edit.setObjectName(u"manual_turnout_edit")

        self.projection_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.manual_turnout_edit)

        self.manual_reason_edit_label = QLabel(self.projection_group)
        self.manual_reason_edit_label.setObjectName(u"manual_reason_edit_label")

        self.projection_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.manual_reason_edit_label)

        self.manual_reason_edit = QLineEdit(self.projection_group)
        self.manual_reason_edit.setObjectName(u"manual_reason_edit")

        self.projection_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.manual_reason_edit)


        self.projection_group_layout.addLayout(self.projection_form)


        self.contents_layout.addWidget(self.projection_group)

        self.result_group = QGroupBox(self.scroll_contents)
        self.result_group.setObjectName(u"result_group")
        self.result_group_layout = QVBoxLayout(self.result_group)
        self.result_group_layout.setObjectName(u"result_group_layout")
        self.projected_label = QLabel(self.result_group)
        self.projected_label.setObjectName(u"projected_label")
        self.projected_label.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(16)
        font1.setBold(True)
        self.projected_label.setFont(font1)

        self.result_group_layout.addWidget(self.projected_label)

        self.steps_label = QLabel(self.result_group)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_group_layout.addWidget(self.steps_label)

        self.warnings_label = QLabel(self.result_group)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_group_layout.addWidget(self.warnings_label)


        self.contents_layout.addWidget(self.result_group)

        self.backtest_group = QGroupBox(self.scroll_contents)
        self.backtest_group.setObjectName(u"backtest_group")
        self.backtest_group_layout = QVBoxLayout(self.backtest_group)
        self.backtest_group_layout.setObjectName(u"backtest_group_layout")
        self.range_label = QLabel(self.backtest_group)
        self.range_label.setObjectName(u"range_label")
        self.range_label.setWordWrap(True)
        font2 = QFont()
        font2.setPointSize(12)
        font2.setBold(True)
        self.range_label.setFont(font2)

        self.backtest_group_layout.addWidget(self.range_label)

        self.range_steps_label = QLabel(self.backtest_group)
        self.range_steps_label.setObjectName(u"range_steps_label")
        self.range_steps_label.setWordWrap(True)
        self.range_steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.range_steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backtest_group_layout.addWidget(self.range_steps_label)

        self.backtest_table = QTableView(self.backtest_group)
        self.backtest_table.setObjectName(u"backtest_table")
        self.backtest_table.setMinimumSize(QSize(0, 120))
        self.backtest_table.setAlternatingRowColors(True)
        self.backtest_table.setTabKeyNavigation(True)

        self.backtest_group_layout.addWidget(self.backtest_table)

        self.backtest_chart = ChartWidget(self.backtest_group)
        self.backtest_chart.setObjectName(u"backtest_chart")
        self.backtest_chart.setMinimumSize(QSize(0, 200))

        self.backtest_group_layout.addWidget(self.backtest_chart)


        self.contents_layout.addWidget(self.backtest_group)

        self.methods_group = QGroupBox(self.scroll_contents)
        self.methods_group.setObjectName(u"methods_group")
        self.methods_group_layout = QVBoxLayout(self.methods_group)
        self.methods_group_layout.setObjectName(u"methods_group_layout")
        self.by_method_table = QTableView(self.methods_group)
        self.by_method_table.setObjectName(u"by_method_table")
        self.by_method_table.setMinimumSize(QSize(0, 140))
        self.by_method_table.setAlternatingRowColors(True)
        self.by_method_table.setTabKeyNavigation(True)

        self.methods_group_layout.addWidget(self.by_method_table)


        self.contents_layout.addWidget(self.methods_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.method_combo_label.setBuddy(self.method_combo)
        self.years_edit_label.setBuddy(self.years_edit)
        self.roll_off_edit_label.setBuddy(self.roll_off_edit)
        self.adjustment_edit_label.setBuddy(self.adjustment_edit)
        self.registered_edit_label.setBuddy(self.registered_edit)
        self.manual_turnout_edit_label.setBuddy(self.manual_turnout_edit)
        self.manual_reason_edit_label.setBuddy(self.manual_reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.history_table, self.add_election_button)
        QWidget.setTabOrder(self.add_election_button, self.remove_election_button)
        QWidget.setTabOrder(self.remove_election_button, self.move_up_button)
        QWidget.setTabOrder(self.move_up_button, self.move_down_button)
        QWidget.setTabOrder(self.move_down_button, self.paste_button)
        QWidget.setTabOrder(self.paste_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.years_edit)
        QWidget.setTabOrder(self.years_edit, self.roll_off_edit)
        QWidget.setTabOrder(self.roll_off_edit, self.adjustment_edit)
        QWidget.setTabOrder(self.adjustment_edit, self.registered_edit)
        QWidget.setTabOrder(self.registered_edit, self.manual_turnout_edit)
        QWidget.setTabOrder(self.manual_turnout_edit, self.manual_reason_edit)
        QWidget.setTabOrder(self.manual_reason_edit, self.backtest_table)
        QWidget.setTabOrder(self.backtest_table, self.by_method_table)

        self.retranslateUi(PageHistory)

        QMetaObject.connectSlotsByName(PageHistory)
    # setupUi

    def retranslateUi(self, PageHistory):
        self.title_label.setText(QCoreApplication.translate("PageHistory", u"Election history and turnout", None))
        self.intro_label.setText(QCoreApplication.translate("PageHistory", u"Projected turnout is the number of ballots expected in your own contest. It comes from comparable past elections: same office, same kind of year.", None))
        self.elections_group.setTitle(QCoreApplication.translate("PageHistory", u"Comparable elections", None))
        self.empty_label.setText(QCoreApplication.translate("PageHistory", u"Add the last three comparable elections, or import a results file.", None))
#if QT_CONFIG(accessibility)
        self.history_table.setAccessibleName(QCoreApplication.translate("PageHistory", u"Comparable elections", None))
#endif // QT_CONFIG(accessibility)
        self.add_election_button.setText(QCoreApplication.translate("PageHistory", u"&Add election", None))
        self.remove_election_button.setText(QCoreApplication.translate("PageHistory", u"&Remove", None))
        self.move_up_button.setText(QCoreApplication.translate("PageHistory", u"Move &up", None))
        self.move_down_button.setText(QCoreApplication.translate("PageHistory", u"Move &down", None))
        self.paste_button.setText(QCoreApplication.translate("PageHistory", u"&Paste rows", None))
#if QT_CONFIG(tooltip)
        self.paste_button.setToolTip(QCoreApplication.translate("PageHistory", u"Paste rows copied from a spreadsheet, in the table's column order (one undo step).", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("PageHistory", u"&Import results\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("PageHistory", u"Read a past election from a results file (OpenElections CSV or a spreadsheet).", None))
#endif // QT_CONFIG(tooltip)
        self.projection_group.setTitle(QCoreApplication.translate("PageHistory", u"How turnout is projected", None))
        self.method_combo_label.setText(QCoreApplication.translate("PageHistory", u"&Method:", None))
#if QT_CONFIG(accessibility)
        self.method_combo.setAccessibleName(QCoreApplication.translate("PageHistory", u"Method", None))
#endif // QT_CONFIG(accessibility)
        self.years_edit_label.setText(QCoreApplication.translate("PageHistory", u"Elections to average:", None))
#if QT_CONFIG(accessibility)
        self.years_edit.setAccessibleName(QCoreApplication.translate("PageHistory", u"Elections to average", None))
#endif // QT_CONFIG(accessibility)
        self.roll_off_edit_label.setText(QCoreApplication.translate("PageHistory", u"Roll-o&ff:", None))
#if QT_CONFIG(accessibility)
        self.roll_off_edit.setAccessibleName(QCoreApplication.translate("PageHistory", u"Roll-off", None))
#endif // QT_CONFIG(accessibility)
        self.adjustment_edit_label.setText(QCoreApplication.translate("PageHistory", u"Adjustment for unusual conditions:", None))
#if QT_CONFIG(accessibility)
        self.adjustment_edit.setAccessibleName(QCoreApplication.translate("PageHistory", u"Adjustment for unusual conditions", None))
#endif // QT_CONFIG(accessibility)
        self.registered_edit_label.setText(QCoreApplication.translate("PageHistory", u"Registered voters now:", None))
#if QT_CONFIG(accessibility)
        self.registered_edit.setAccessibleName(QCoreApplication.translate("PageHistory", u"Registered voters now", None))
#endif // QT_CONFIG(accessibility)
        self.manual_turnout_edit_label.setText(QCoreApplication.translate("PageHistory", u"Your own figure:", None))
#if QT_CONFIG(accessibility)
        self.manual_turnout_edit.setAccessibleName(QCoreApplication.translate("PageHistory", u"Your own figure", None))
#endif // QT_CONFIG(accessibility)
        self.manual_reason_edit_label.setText(QCoreApplication.translate("PageHistory", u"Reason for your figure:", None))
#if QT_CONFIG(accessibility)
        self.manual_reason_edit.setAccessibleName(QCoreApplication.translate("PageHistory", u"Reason for your figure", None))
#endif // QT_CONFIG(accessibility)
        self.result_group.setTitle(QCoreApplication.translate("PageHistory", u"Projected turnout", None))
        self.projected_label.setText("")
        self.steps_label.setText("")
        self.warnings_label.setText("")
        self.backtest_group.setTitle(QCoreApplication.translate("PageHistory", u"How this method would have done in your district", None))
        self.range_label.setText("")
        self.range_steps_label.setText("")
#if QT_CONFIG(accessibility)
        self.backtest_table.setAccessibleName(QCoreApplication.translate("PageHistory", u"Back-test: each past election projected from the ones before it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backtest_chart.setAccessibleName(QCoreApplication.translate("PageHistory", u"Projected against actual turnout in past elections", None))
#endif // QT_CONFIG(accessibility)
        self.methods_group.setTitle(QCoreApplication.translate("PageHistory", u"Every method side by side", None))
#if QT_CONFIG(accessibility)
        self.by_method_table.setAccessibleName(QCoreApplication.translate("PageHistory", u"Projected turnout by method", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

