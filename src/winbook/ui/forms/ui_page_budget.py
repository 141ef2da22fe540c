# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_budget.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from winbook.ui.charts import ChartWidget
from winbook.ui.pages.section_editor import SectionEditor
from winbook.ui.widgets.numeric import (MoneyEdit, PercentEdit)

class Ui_PageBudget(object):
    def setupUi(self, PageBudget):
        if not PageBudget.objectName():
            PageBudget.setObjectName(u"PageBudget")
        PageBudget.resize(900, 700)
        self.page_layout = QVBoxLayout(PageBudget)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageBudget)
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

        self.warnings_label = QLabel(self.scroll_contents)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contents_layout.addWidget(self.warnings_label)

        self.expenses_group = QGroupBox(self.scroll_contents)
        self.expenses_group.setObjectName(u"expenses_group")
        self.expenses_group_layout = QVBoxLayout(self.expenses_group)
        self.expenses_group_layout.setObjectName(u"expenses_group_layout")
        self.expenses_table = QTableView(self.expenses_group)
        self.expenses_table.setObjectName(u"expenses_table")
        self.expenses_table.setMinimumSize(QSize(0, 200))
        self.expenses_table.setAlternatingRowColors(True)
        self.expenses_table.setTabKeyNavigation(True)

        self.expenses_group_layout.addWidget(self.expenses_table)

        self.expenses_total_label = QLabel(self.expenses_group)
        self.expenses_total_label.setObjectName(u"expenses_total_label")
        self.expenses_total_label.setWordWrap(True)
        self.expenses_total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.expenses_group_layout.addWidget(self.expenses_total_label)

        self.expense_buttons = QHBoxLayout()
        self.expense_buttons.setObjectName(u"expense_buttons")
        self.add_expense_button = QPushButton(self.expenses_group)
        self.add_expense_button.setObjectName(u"add_expense_button")

        self.expense_buttons.addWidget(self.add_expense_button)

        self.remove_expense_button = QPushButton(self.expenses_group)
        self.remove_expense_button.setObjectName(u"remove_expense_button")

        self.expense_buttons.addWidget(self.remove_expense_button)

        self.paste_expense_button = QPushButton(self.expenses_group)
        self.paste_expense_button.setObjectName(u"paste_expense_button")

        self.expense_buttons.addWidget(self.paste_expense_button)

        self.import_budget_button = QPushButton(self.expenses_group)
        self.import_budget_button.setObjectName(u"import_budget_button")

        self.expense_buttons.addWidget(self.import_budget_button)

        self.expense_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expense_buttons.addItem(self.expense_buttons_spacer)


        self.expenses_group_layout.addLayout(self.expense_buttons)


        self.contents_layout.addWidget(self.expenses_group)

        self.income_group = QGroupBox(self.scroll_contents)
        self.income_group.setObjectName(u"income_group")
        self.income_group_layout = QVBoxLayout(self.income_group)
        self.income_group_layout.setObjectName(u"income_group_layout")
        self.cash_form = QFormLayout()
        self.cash_form.setObjectName(u"cash_form")
        self.starting_cash_edit_label = QLabel(self.income_group)
        self.starting_cash_edit_label.setObjectName(u"starting_cash_edit_label")

        self.cash_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.starting_cash_edit_label)

        self.starting_cash_edit = MoneyEdit(self.income_group)
        self.starting_cash_edit.setObjectName(u"starting_cash_edit")

        self.cash_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.starting_cash_edit)


        self.income_group_layout.addLayout(self.cash_form)

        self.income_table = QTableView(self.income_group)
        self.income_table.setObjectName(u"income_table")
        self.income_table.setMinimumSize(QSize(0, 160))
        self.income_table.setAlternatingRowColors(True)
        self.income_table.setTabKeyNavigation(True)

        self.income_group_layout.addWidget(self.income_table)

        self.income_total_label = QLabel(self.income_group)
        self.income_total_label.setObjectName(u"income_total_label")
        self.income_total_label.setWordWrap(True)
        self.income_total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.income_group_layout.addWidget(self.income_total_label)

        self.income_buttons = QHBoxLayout()
        self.income_buttons.setObjectName(u"income_buttons")
        self.add_income_button = QPushButton(self.income_group)
        self.add_income_button.setObjectName(u"add_income_button")

        self.income_buttons.addWidget(self.add_income_button)

        self.remove_income_button = QPushButton(self.income_group)
        self.remove_income_button.setObjectName(u"remove_income_button")

        self.income_buttons.addWidget(self.remove_income_button)

        self.paste_income_button = QPushButton(self.income_group)
        self.paste_income_button.setObjectName(u"paste_income_button")

        self.income_buttons.addWidget(self.paste_income_button)

        self.income_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.income_buttons.addItem(self.income_buttons_spacer)


        self.income_group_layout.addLayout(self.income_buttons)


        self.contents_layout.addWidget(self.income_group)

        self.cash_group = QGroupBox(self.scroll_contents)
        self.cash_group.setObjectName(u"cash_group")
        self.cash_group_layout = QVBoxLayout(self.cash_group)
        self.cash_group_layout.setObjectName(u"cash_group_layout")
        self.cash_chart = ChartWidget(self.cash_group)
        self.cash_chart.setObjectName(u"cash_chart")

        self.cash_group_layout.addWidget(self.cash_chart)

        self.cash_flow_table = QTableView(self.cash_group)
        self.cash_flow_table.setObjectName(u"cash_flow_table")
        self.cash_flow_table.setMinimumSize(QSize(0, 160))
        self.cash_flow_table.setAlternatingRowColors(True)
        self.cash_flow_table.setTabKeyNavigation(True)

        self.cash_group_layout.addWidget(self.cash_flow_table)


        self.contents_layout.addWidget(self.cash_group)

        self.totals_group = QGroupBox(self.scroll_contents)
        self.totals_group.setObjectName(u"totals_group")
        self.totals_group_layout = QVBoxLayout(self.totals_group)
        self.totals_group_layout.setObjectName(u"totals_group_layout")
        self.totals_row = QHBoxLayout()
        self.totals_row.setObjectName(u"totals_row")
        self.by_category_table = QTableView(self.totals_group)
        self.by_category_table.setObjectName(u"by_category_table")
        self.by_category_table.setMinimumSize(QSize(0, 180))
        self.by_category_table.setAlternatingRowColors(True)
        self.by_category_table.setTabKeyNavigation(True)

        self.totals_row.addWidget(self.by_category_table)

        self.by_month_table = QTableView(self.totals_group)
        self.by_month_table.setObjectName(u"by_month_table")
        self.by_month_table.setMinimumSize(QSize(0, 180))
        self.by_month_table.setAlternatingRowColors(True)
        self.by_month_table.setTabKeyNavigation(True)

        self.totals_row.addWidget(self.by_month_table)


        self.totals_group_layout.addLayout(self.totals_row)


        self.contents_layout.addWidget(self.totals_group)

        self.norms_group = QGroupBox(self.scroll_contents)
        self.norms_group.setObjectName(u"norms_group")
        self.norms_group_layout = QVBoxLayout(self.norms_group)
        self.norms_group_layout.setObjectName(u"norms_group_layout")
        self.norms_form = QFormLayout()
        self.norms_form.setObjectName(u"norms_form")
        self.voter_contact_value_label = QLabel(self.norms_group)
        self.voter_contact_value_label.setObjectName(u"voter_contact_value_label")

        self.norms_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.voter_contact_value_label)

        self.voter_contact_value = QLabel(self.norms_group)
        self.voter_contact_value.setObjectName(u"voter_contact_value")

        self.norms_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.voter_contact_value)

        self.contingency_value_label = QLabel(self.norms_group)
        self.contingency_value_label.setObjectName(u"contingency_value_label")

        self.norms_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contingency_value_label)

        self.contingency_value = QLabel(self.norms_group)
        self.contingency_value.setObjectName(u"contingency_value")

        self.norms_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contingency_value)

        self.cost_per_vote_value_label = QLabel(self.norms_group)
        self.cost_per_vote_value_label.setObjectName(u"cost_per_vote_value_label")

        self.norms_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cost_per_vote_value_label)

        self.cost_per_vote_value = QLabel(self.norms_group)
        self.cost_per_vote_value.setObjectName(u"cost_per_vote_value")

        self.norms_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cost_per_vote_value)


        self.norms_group_layout.addLayout(self.norms_form)

        self.norms_table = QTableView(self.norms_group)
        self.norms_table.setObjectName(u"norms_table")
        self.norms_table.setMinimumSize(QSize(0, 130))
        self.norms_table.setAlternatingRowColors(True)
        self.norms_table.setTabKeyNavigation(True)

        self.norms_group_layout.addWidget(self.norms_table)


        self.contents_layout.addWidget(self.norms_group)

        self.scenarios_group = QGroupBox(self.scroll_contents)
        self.scenarios_group.setObjectName(u"scenarios_group")
        self.scenarios_group_layout = QVBoxLayout(self.scenarios_group)
        self.scenarios_group_layout.setObjectName(u"scenarios_group_layout")
        self.scenario_form = QFormLayout()
        self.scenario_form.setObjectName(u"scenario_form")
        self.low_factor_edit_label = QLabel(self.scenarios_group)
        self.low_factor_edit_label.setObjectName(u"low_factor_edit_label")

        self.scenario_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.low_factor_edit_label)

        self.low_factor_edit = PercentEdit(self.scenarios_group)
        self.low_factor_edit.setObjectName(u"low_factor_edit")

        self.scenario_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.low_factor_edit)

        self.high_factor_edit_label = QLabel(self.scenarios_group)
        self.high_factor_edit_label.setObjectName(u"high_factor_edit_label")

        self.scenario_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.high_factor_edit_label)

        self.high_factor_edit = PercentEdit(self.scenarios_group)
        self.high_factor_edit.setObjectName(u"high_factor_edit")

        self.scenario_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.high_factor_edit)


        self.scenarios_group_layout.addLayout(self.scenario_form)

        self.scenarios_table = QTableView(self.scenarios_group)
        self.scenarios_table.setObjectName(u"scenarios_table")
        self.scenarios_table.setMinimumSize(QSize(0, 110))
        self.scenarios_table.setAlternatingRowColors(True)
        self.scenarios_table.setTabKeyNavigation(True)

        self.scenarios_group_layout.addWidget(self.scenarios_table)


        self.contents_layout.addWidget(self.scenarios_group)

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
        self.starting_cash_edit_label.setBuddy(self.starting_cash_edit)
        self.voter_contact_value_label.setBuddy(self.voter_contact_value)
        self.contingency_value_label.setBuddy(self.contingency_value)
        self.cost_per_vote_value_label.setBuddy(self.cost_per_vote_value)
        self.low_factor_edit_label.setBuddy(self.low_factor_edit)
        self.high_factor_edit_label.setBuddy(self.high_factor_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.expenses_table, self.add_expense_button)
        QWidget.setTabOrder(self.add_expense_button, self.remove_expense_button)
        QWidget.setTabOrder(self.remove_expense_button, self.paste_expense_button)
        QWidget.setTabOrder(self.paste_expense_button, self.import_budget_button)
        QWidget.setTabOrder(self.import_budget_button, self.starting_cash_edit)
        QWidget.setTabOrder(self.starting_cash_edit, self.income_table)
        QWidget.setTabOrder(self.income_table, self.add_income_button)
        QWidget.setTabOrder(self.add_income_button, self.remove_income_button)
        QWidget.setTabOrder(self.remove_income_button, self.paste_income_button)
        QWidget.setTabOrder(self.paste_income_button, self.cash_flow_table)
        QWidget.setTabOrder(self.cash_flow_table, self.by_category_table)
        QWidget.setTabOrder(self.by_category_table, self.by_month_table)
        QWidget.setTabOrder(self.by_month_table, self.norms_table)
        QWidget.setTabOrder(self.norms_table, self.low_factor_edit)
        QWidget.setTabOrder(self.low_factor_edit, self.high_factor_edit)
        QWidget.setTabOrder(self.high_factor_edit, self.scenarios_table)
        QWidget.setTabOrder(self.scenarios_table, self.section_editor)

        self.retranslateUi(PageBudget)

        QMetaObject.connectSlotsByName(PageBudget)
    # setupUi

    def retranslateUi(self, PageBudget):
        self.title_label.setText(QCoreApplication.translate("PageBudget", u"Budget", None))
        self.intro_label.setText(QCoreApplication.translate("PageBudget", u"Money out and money in, month by month. Type a row and press Tab to move to the next cell; Enter on the last row adds a new one.", None))
        self.warnings_label.setText("")
        self.expenses_group.setTitle(QCoreApplication.translate("PageBudget", u"Spending", None))
#if QT_CONFIG(accessibility)
        self.expenses_table.setAccessibleName(QCoreApplication.translate("PageBudget", u"Spending lines", None))
#endif // QT_CONFIG(accessibility)
        self.expenses_total_label.setText("")
        self.add_expense_button.setText(QCoreApplication.translate("PageBudget", u"Add spending line", None))
        self.remove_expense_button.setText(QCoreApplication.translate("PageBudget", u"Remove", None))
        self.paste_expense_button.setText(QCoreApplication.translate("PageBudget", u"Paste rows", None))
        self.import_budget_button.setText(QCoreApplication.translate("PageBudget", u"&Import from spreadsheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_budget_button.setToolTip(QCoreApplication.translate("PageBudget", u"Bring in spending (and income) lines from an Excel workbook or a CSV file, as one undo step.", None))
#endif // QT_CONFIG(tooltip)
        self.income_group.setTitle(QCoreApplication.translate("PageBudget", u"Income", None))
        self.starting_cash_edit_label.setText(QCoreApplication.translate("PageBudget", u"Starting cash:", None))
#if QT_CONFIG(accessibility)
        self.starting_cash_edit.setAccessibleName(QCoreApplication.translate("PageBudget", u"Starting cash", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.income_table.setAccessibleName(QCoreApplication.translate("PageBudget", u"Income lines", None))
#endif // QT_CONFIG(accessibility)
        self.income_total_label.setText("")
        self.add_income_button.setText(QCoreApplication.translate("PageBudget", u"Add income line", None))
        self.remove_income_button.setText(QCoreApplication.translate("PageBudget", u"Remove", None))
        self.paste_income_button.setText(QCoreApplication.translate("PageBudget", u"Paste rows", None))
        self.cash_group.setTitle(QCoreApplication.translate("PageBudget", u"Monthly cash flow", None))
#if QT_CONFIG(accessibility)
        self.cash_flow_table.setAccessibleName(QCoreApplication.translate("PageBudget", u"Monthly cash flow", None))
#endif // QT_CONFIG(accessibility)
        self.totals_group.setTitle(QCoreApplication.translate("PageBudget", u"Totals", None))
#if QT_CONFIG(accessibility)
        self.by_category_table.setAccessibleName(QCoreApplication.translate("PageBudget", u"Spending by category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.by_month_table.setAccessibleName(QCoreApplication.translate("PageBudget", u"Spending by month", None))
#endif // QT_CONFIG(accessibility)
        self.norms_group.setTitle(QCoreApplication.translate("PageBudget", u"Norms", None))
        self.voter_contact_value_label.setText(QCoreApplication.translate("PageBudget", u"Voter contact share:", None))
        self.voter_contact_value.setText(QCoreApplication.translate("PageBudget", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.voter_contact_value.setAccessibleName(QCoreApplication.translate("PageBudget", u"Voter contact share", None))
#endif // QT_CONFIG(accessibility)
        self.contingency_value_label.setText(QCoreApplication.translate("PageBudget", u"Contingency:", None))
        self.contingency_value.setText(QCoreApplication.translate("PageBudget", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.contingency_value.setAccessibleName(QCoreApplication.translate("PageBudget", u"Contingency", None))
#endif // QT_CONFIG(accessibility)
        self.cost_per_vote_value_label.setText(QCoreApplication.translate("PageBudget", u"Cost per vote:", None))
        self.cost_per_vote_value.setText(QCoreApplication.translate("PageBudget", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.cost_per_vote_value.setAccessibleName(QCoreApplication.translate("PageBudget", u"Cost per vote", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.norms_table.setAccessibleName(QCoreApplication.translate("PageBudget", u"Budget norms", None))
#endif // QT_CONFIG(accessibility)
        self.scenarios_group.setTitle(QCoreApplication.translate("PageBudget", u"Low, medium and high scenarios", None))
        self.low_factor_edit_label.setText(QCoreApplication.translate("PageBudget", u"Low scenario, % of plan:", None))
#if QT_CONFIG(accessibility)
        self.low_factor_edit.setAccessibleName(QCoreApplication.translate("PageBudget", u"Low scenario, % of plan", None))
#endif // QT_CONFIG(accessibility)
        self.high_factor_edit_label.setText(QCoreApplication.translate("PageBudget", u"High scenario, % of plan:", None))
#if QT_CONFIG(accessibility)
        self.high_factor_edit.setAccessibleName(QCoreApplication.translate("PageBudget", u"High scenario, % of plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scenarios_table.setAccessibleName(QCoreApplication.translate("PageBudget", u"Budget scenarios", None))
#endif // QT_CONFIG(accessibility)
        self.words_group.setTitle(QCoreApplication.translate("PageBudget", u"In your words", None))
#if QT_CONFIG(accessibility)
        self.section_editor.setAccessibleName(QCoreApplication.translate("PageBudget", u"In your words", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

