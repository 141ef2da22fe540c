# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_win_number.ui'
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
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from winbook.ui.charts import ChartWidget
from winbook.ui.pages.section_editor import SectionEditor
from winbook.ui.widgets.numeric import PercentEdit

class Ui_PageWinNumber(object):
    def setupUi(self, PageWinNumber):
        if not PageWinNumber.objectName():
            PageWinNumber.setObjectName(u"PageWinNumber")
        PageWinNumber.resize(900, 700)
        self.page_layout = QVBoxLayout(PageWinNumber)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageWinNumber)
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

        self.rule_group = QGroupBox(self.scroll_contents)
        self.rule_group.setObjectName(u"rule_group")
        self.rule_group_layout = QVBoxLayout(self.rule_group)
        self.rule_group_layout.setObjectName(u"rule_group_layout")
        self.rule_label = QLabel(self.rule_group)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(12)
        font1.setBold(True)
        self.rule_label.setFont(font1)

        self.rule_group_layout.addWidget(self.rule_label)

        self.race_label = QLabel(self.rule_group)
        self.race_label.setObjectName(u"race_label")
        self.race_label.setWordWrap(True)
        self.race_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rule_group_layout.addWidget(self.race_label)

        self.rule_form = QFormLayout()
        self.rule_form.setObjectName(u"rule_form")
        self.plurality_rule_combo_label = QLabel(self.rule_group)
        self.plurality_rule_combo_label.setObjectName(u"plurality_rule_combo_label")

        self.rule_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plurality_rule_combo_label)

        self.plurality_rule_combo = QComboBox(self.rule_group)
        self.plurality_rule_combo.setObjectName(u"plurality_rule_combo")

        self.rule_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plurality_rule_combo)

        self.multi_seat_basis_combo_label = QLabel(self.rule_group)
        self.multi_seat_basis_combo_label.setObjectName(u"multi_seat_basis_combo_label")

        self.rule_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.multi_seat_basis_combo_label)

        self.multi_seat_basis_combo = QComboBox(self.rule_group)
        self.multi_seat_basis_combo.setObjectName(u"multi_seat_basis_combo")

        self.rule_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.multi_seat_basis_combo)

        self.plan_on_combo_label = QLabel(self.rule_group)
        self.plan_on_combo_label.setObjectName(u"plan_on_combo_label")

        self.rule_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plan_on_combo_label)

        self.plan_on_combo = QComboBox(self.rule_group)
        self.plan_on_combo.setObjectName(u"plan_on_combo")

        self.rule_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plan_on_combo)


        self.rule_group_layout.addLayout(self.rule_form)


        self.contents_layout.addWidget(self.rule_group)

        self.steps_group = QGroupBox(self.scroll_contents)
        self.steps_group.setObjectName(u"steps_group")
        self.steps_group_layout = QVBoxLayout(self.steps_group)
        self.steps_group_layout.setObjectName(u"steps_group_layout")
        self.steps_label = QLabel(self.steps_group)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.steps_group_layout.addWidget(self.steps_label)

        self.warnings_label = QLabel(self.steps_group)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.steps_group_layout.addWidget(self.warnings_label)


        self.contents_layout.addWidget(self.steps_group)

        self.goal_group = QGroupBox(self.scroll_contents)
        self.goal_group.setObjectName(u"goal_group")
        self.goal_group_layout = QVBoxLayout(self.goal_group)
        self.goal_group_layout.setObjectName(u"goal_group_layout")
        self.goal_form = QFormLayout()
        self.goal_form.setObjectName(u"goal_form")
        self.margin_edit_label = QLabel(self.goal_group)
        self.margin_edit_label.setObjectName(u"margin_edit_label")

        self.goal_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.margin_edit_label)

        self.margin_edit = PercentEdit(self.goal_group)
        self.margin_edit.setObjectName(u"margin_edit")

        self.goal_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.margin_edit)

        self.win_value_label = QLabel(self.goal_group)
        self.win_value_label.setObjectName(u"win_value_label")

        self.goal_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.win_value_label)

        self.win_value = QLabel(self.goal_group)
        self.win_value.setObjectName(u"win_value")

        self.goal_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.win_value)

        self.goal_value_label = QLabel(self.goal_group)
        self.goal_value_label.setObjectName(u"goal_value_label")

        self.goal_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goal_value_label)

        self.goal_value = QLabel(self.goal_group)
        self.goal_value.setObjectName(u"goal_value")

        self.goal_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goal_value)

        self.base_value_label = QLabel(self.goal_group)
        self.base_value_label.setObjectName(u"base_value_label")

        self.goal_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.base_value_label)

        self.base_value = QLabel(self.goal_group)
        self.base_value.setObjectName(u"base_value")

        self.goal_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.base_value)

        self.deficit_value_label = QLabel(self.goal_group)
        self.deficit_value_label.setObjectName(u"deficit_value_label")

        self.goal_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deficit_value_label)

        self.deficit_value = QLabel(self.goal_group)
        self.deficit_value.setObjectName(u"deficit_value")

        self.goal_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deficit_value)


        self.goal_group_layout.addLayout(self.goal_form)

        self.turnout_range_label = QLabel(self.goal_group)
        self.turnout_range_label.setObjectName(u"turnout_range_label")
        self.turnout_range_label.setWordWrap(True)
        self.turnout_range_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.goal_group_layout.addWidget(self.turnout_range_label)


        self.contents_layout.addWidget(self.goal_group)

        self.base_group = QGroupBox(self.scroll_contents)
        self.base_group.setObjectName(u"base_group")
        self.base_group_layout = QVBoxLayout(self.base_group)
        self.base_group_layout.setObjectName(u"base_group_layout")
        self.base_intro_label = QLabel(self.base_group)
        self.base_intro_label.setObjectName(u"base_intro_label")
        self.base_intro_label.setWordWrap(True)
        self.base_intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.base_group_layout.addWidget(self.base_intro_label)

        self.base_form = QFormLayout()
        self.base_form.setObjectName(u"base_form")
        self.base_support_edit_label = QLabel(self.base_group)
        self.base_support_edit_label.setObjectName(u"base_support_edit_label")

        self.base_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.base_support_edit_label)

        self.base_support_edit = PercentEdit(self.base_group)
        self.base_support_edit.setObjectName(u"base_support_edit")

        self.base_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.base_support_edit)


        self.base_group_layout.addLayout(self.base_form)

        self.base_shares_table = QTableView(self.base_group)
        self.base_shares_table.setObjectName(u"base_shares_table")
        self.base_shares_table.setMinimumSize(QSize(0, 120))
        self.base_shares_table.setAlternatingRowColors(True)
        self.base_shares_table.setTabKeyNavigation(True)

        self.base_group_layout.addWidget(self.base_shares_table)

        self.base_buttons = QHBoxLayout()
        self.base_buttons.setObjectName(u"base_buttons")
        self.add_share_button = QPushButton(self.base_group)
        self.add_share_button.setObjectName(u"add_share_button")

        self.base_buttons.addWidget(self.add_share_button)

        self.remove_share_button = QPushButton(self.base_group)
        self.remove_share_button.setObjectName(u"remove_share_button")

        self.base_buttons.addWidget(self.remove_share_button)

        self.base_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.base_buttons.addItem(self.base_buttons_spacer)


        self.base_group_layout.addLayout(self.base_buttons)


        self.contents_layout.addWidget(self.base_group)

        self.chart_group = QGroupBox(self.scroll_contents)
        self.chart_group.setObjectName(u"chart_group")
        self.chart_group_layout = QVBoxLayout(self.chart_group)
        self.chart_group_layout.setObjectName(u"chart_group_layout")
        self.winners_chart = ChartWidget(self.chart_group)
        self.winners_chart.setObjectName(u"winners_chart")

        self.chart_group_layout.addWidget(self.winners_chart)


        self.contents_layout.addWidget(self.chart_group)

        self.words_group = QGroupBox(self.scroll_contents)
        self.words_group.setObjectName(u"words_group")
        self.words_group_layout = QVBoxLayout(self.words_group)
        self.words_group_layout.setObjectName(u"words_group_layout")
        self.section_editor = SectionEditor(self.words_group)
        self.section_editor.setObjectName(u"section_editor")

        self.words_group_layout.addWidget(self.section_editor)


        self.contents_layout.addWidget(self.words_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.plurality_rule_combo_label.setBuddy(self.plurality_rule_combo)
        self.multi_seat_basis_combo_label.setBuddy(self.multi_seat_basis_combo)
        self.plan_on_combo_label.setBuddy(self.plan_on_combo)
        self.margin_edit_label.setBuddy(self.margin_edit)
        self.win_value_label.setBuddy(self.win_value)
        self.goal_value_label.setBuddy(self.goal_value)
        self.base_value_label.setBuddy(self.base_value)
        self.deficit_value_label.setBuddy(self.deficit_value)
        self.base_support_edit_label.setBuddy(self.base_support_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.plurality_rule_combo, self.multi_seat_basis_combo)
        QWidget.setTabOrder(self.multi_seat_basis_combo, self.plan_on_combo)
        QWidget.setTabOrder(self.plan_on_combo, self.margin_edit)
        QWidget.setTabOrder(self.margin_edit, self.base_support_edit)
        QWidget.setTabOrder(self.base_support_edit, self.base_shares_table)
        QWidget.setTabOrder(self.base_shares_table, self.add_share_button)
        QWidget.setTabOrder(self.add_share_button, self.remove_share_button)
        QWidget.setTabOrder(self.remove_share_button, self.section_editor)

        self.retranslateUi(PageWinNumber)

        QMetaObject.connectSlotsByName(PageWinNumber)
    # setupUi

    def retranslateUi(self, PageWinNumber):
        self.title_label.setText(QCoreApplication.translate("PageWinNumber", u"Win number", None))
        self.intro_label.setText(QCoreApplication.translate("PageWinNumber", u"The win number is the fewest votes that win this race. The vote goal adds a safety margin; your base is the support you can count on, and the vote deficit is what voter contact must win.", None))
        self.rule_group.setTitle(QCoreApplication.translate("PageWinNumber", u"The rule in force", None))
        self.rule_label.setText("")
        self.race_label.setText("")
        self.plurality_rule_combo_label.setText(QCoreApplication.translate("PageWinNumber", u"One seat, more than two candidates:", None))
#if QT_CONFIG(accessibility)
        self.plurality_rule_combo.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"One seat, more than two candidates", None))
#endif // QT_CONFIG(accessibility)
        self.multi_seat_basis_combo_label.setText(QCoreApplication.translate("PageWinNumber", u"Vote for N seats: basis:", None))
#if QT_CONFIG(accessibility)
        self.multi_seat_basis_combo.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Vote for N seats: basis", None))
#endif // QT_CONFIG(accessibility)
        self.plan_on_combo_label.setText(QCoreApplication.translate("PageWinNumber", u"&Plan on:", None))
#if QT_CONFIG(accessibility)
        self.plan_on_combo.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Plan the win number on", None))
#endif // QT_CONFIG(accessibility)
        self.steps_group.setTitle(QCoreApplication.translate("PageWinNumber", u"Step by step", None))
        self.steps_label.setText("")
        self.warnings_label.setText("")
        self.goal_group.setTitle(QCoreApplication.translate("PageWinNumber", u"Vote goal, base and deficit", None))
        self.margin_edit_label.setText(QCoreApplication.translate("PageWinNumber", u"Safety &margin:", None))
#if QT_CONFIG(accessibility)
        self.margin_edit.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Safety margin", None))
#endif // QT_CONFIG(accessibility)
        self.win_value_label.setText(QCoreApplication.translate("PageWinNumber", u"Win number:", None))
        self.win_value.setText(QCoreApplication.translate("PageWinNumber", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.win_value.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Win number", None))
#endif // QT_CONFIG(accessibility)
        self.goal_value_label.setText(QCoreApplication.translate("PageWinNumber", u"Vote goal:", None))
        self.goal_value.setText(QCoreApplication.translate("PageWinNumber", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.goal_value.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Vote goal", None))
#endif // QT_CONFIG(accessibility)
        self.base_value_label.setText(QCoreApplication.translate("PageWinNumber", u"Base:", None))
        self.base_value.setText(QCoreApplication.translate("PageWinNumber", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.base_value.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Base", None))
#endif // QT_CONFIG(accessibility)
        self.deficit_value_label.setText(QCoreApplication.translate("PageWinNumber", u"Vote deficit:", None))
        self.deficit_value.setText(QCoreApplication.translate("PageWinNumber", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.deficit_value.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Vote deficit", None))
#endif // QT_CONFIG(accessibility)
        self.turnout_range_label.setText("")
        self.base_group.setTitle(QCoreApplication.translate("PageWinNumber", u"Your base: past results of candidates like you", None))
        self.base_intro_label.setText(QCoreApplication.translate("PageWinNumber", u"List past results of candidates like you (6 to 10 years back). The average of the three lowest shares is your base, unless you enter your own estimate.", None))
        self.base_support_edit_label.setText(QCoreApplication.translate("PageWinNumber", u"Your own base estimate:", None))
#if QT_CONFIG(accessibility)
        self.base_support_edit.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Your own base estimate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.base_shares_table.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"Past results of candidates like you", None))
#endif // QT_CONFIG(accessibility)
        self.add_share_button.setText(QCoreApplication.translate("PageWinNumber", u"Add result", None))
        self.remove_share_button.setText(QCoreApplication.translate("PageWinNumber", u"Remove result", None))
        self.chart_group.setTitle(QCoreApplication.translate("PageWinNumber", u"Past winning totals against the goal", None))
        self.words_group.setTitle(QCoreApplication.translate("PageWinNumber", u"In your words", None))
#if QT_CONFIG(accessibility)
        self.section_editor.setAccessibleName(QCoreApplication.translate("PageWinNumber", u"In your words", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

