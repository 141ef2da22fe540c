# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_fundraising.ui'
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

from winbook.ui.pages.section_editor import SectionEditor
from winbook.ui.widgets.dates import DateEdit
from winbook.ui.widgets.numeric import (FloatEdit, IntEdit, MoneyEdit, PercentEdit)

class Ui_PageFundraising(object):
    def setupUi(self, PageFundraising):
        if not PageFundraising.objectName():
            PageFundraising.setObjectName(u"PageFundraising")
        PageFundraising.resize(900, 700)
        self.page_layout = QVBoxLayout(PageFundraising)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageFundraising)
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

        self.sources_group = QGroupBox(self.scroll_contents)
        self.sources_group.setObjectName(u"sources_group")
        self.sources_group_layout = QVBoxLayout(self.sources_group)
        self.sources_group_layout.setObjectName(u"sources_group_layout")
        self.sources_table = QTableView(self.sources_group)
        self.sources_table.setObjectName(u"sources_table")
        self.sources_table.setMinimumSize(QSize(0, 150))
        self.sources_table.setAlternatingRowColors(True)
        self.sources_table.setTabKeyNavigation(True)

        self.sources_group_layout.addWidget(self.sources_table)

        self.call_form = QFormLayout()
        self.call_form.setObjectName(u"call_form")
        self.call_time_edit_label = QLabel(self.sources_group)
        self.call_time_edit_label.setObjectName(u"call_time_edit_label")

        self.call_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.call_time_edit_label)

        self.call_time_edit = FloatEdit(self.sources_group)
        self.call_time_edit.setObjectName(u"call_time_edit")

        self.call_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.call_time_edit)


        self.sources_group_layout.addLayout(self.call_form)

        self.call_share_label = QLabel(self.sources_group)
        self.call_share_label.setObjectName(u"call_share_label")
        self.call_share_label.setWordWrap(True)
        self.call_share_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sources_group_layout.addWidget(self.call_share_label)

        self.events_label = QLabel(self.sources_group)
        self.events_label.setObjectName(u"events_label")
        self.events_label.setWordWrap(True)
        self.events_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sources_group_layout.addWidget(self.events_label)


        self.contents_layout.addWidget(self.sources_group)

        self.raised_group = QGroupBox(self.scroll_contents)
        self.raised_group.setObjectName(u"raised_group")
        self.raised_group_layout = QVBoxLayout(self.raised_group)
        self.raised_group_layout.setObjectName(u"raised_group_layout")
        self.contributions_buttons = QHBoxLayout()
        self.contributions_buttons.setObjectName(u"contributions_buttons")
        self.import_contributions_button = QPushButton(self.raised_group)
        self.import_contributions_button.setObjectName(u"import_contributions_button")

        self.contributions_buttons.addWidget(self.import_contributions_button)

        self.clear_contributions_button = QPushButton(self.raised_group)
        self.clear_contributions_button.setObjectName(u"clear_contributions_button")

        self.contributions_buttons.addWidget(self.clear_contributions_button)

        self.contributions_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contributions_buttons.addItem(self.contributions_buttons_spacer)


        self.raised_group_layout.addLayout(self.contributions_buttons)

        self.contributions_label = QLabel(self.raised_group)
        self.contributions_label.setObjectName(u"contributions_label")
        self.contributions_label.setWordWrap(True)
        self.contributions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.raised_group_layout.addWidget(self.contributions_label)

        self.raised_form = QFormLayout()
        self.raised_form.setObjectName(u"raised_form")
        self.raised_edit_label = QLabel(self.raised_group)
        self.raised_edit_label.setObjectName(u"raised_edit_label")

        self.raised_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.raised_edit_label)

        self.raised_edit = MoneyEdit(self.raised_group)
        self.raised_edit.setObjectName(u"raised_edit")

        self.raised_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.raised_edit)

        self.from_candidate_edit_label = QLabel(self.raised_group)
        self.from_candidate_edit_label.setObjectName(u"from_candidate_edit_label")

        self.raised_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.from_candidate_edit_label)

        self.from_candidate_edit = MoneyEdit(self.raised_group)
        self.from_candidate_edit.setObjectName(u"from_candidate_edit")

        self.raised_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.from_candidate_edit)

        self.largest_donor_edit_label = QLabel(self.raised_group)
        self.largest_donor_edit_label.setObjectName(u"largest_donor_edit_label")

        self.raised_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.largest_donor_edit_label)

        self.largest_donor_edit = MoneyEdit(self.raised_group)
        self.largest_donor_edit.setObjectName(u"largest_donor_edit")

        self.raised_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.largest_donor_edit)

        self.donor_count_edit_label = QLabel(self.raised_group)
        self.donor_count_edit_label.setObjectName(u"donor_count_edit_label")

        self.raised_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.donor_count_edit_label)

        self.donor_count_edit = IntEdit(self.raised_group)
        self.donor_count_edit.setObjectName(u"donor_count_edit")

        self.raised_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.donor_count_edit)

        self.as_of_edit_label = QLabel(self.raised_group)
        self.as_of_edit_label.setObjectName(u"as_of_edit_label")

        self.raised_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.as_of_edit_label)

        self.as_of_edit = DateEdit(self.raised_group)
        self.as_of_edit.setObjectName(u"as_of_edit")

        self.raised_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.as_of_edit)


        self.raised_group_layout.addLayout(self.raised_form)


        self.contents_layout.addWidget(self.raised_group)

        self.costs_group = QGroupBox(self.scroll_contents)
        self.costs_group.setObjectName(u"costs_group")
        self.costs_group_layout = QVBoxLayout(self.costs_group)
        self.costs_group_layout.setObjectName(u"costs_group_layout")
        self.race_costs_table = QTableView(self.costs_group)
        self.race_costs_table.setObjectName(u"race_costs_table")
        self.race_costs_table.setMinimumSize(QSize(0, 130))
        self.race_costs_table.setAlternatingRowColors(True)
        self.race_costs_table.setTabKeyNavigation(True)

        self.costs_group_layout.addWidget(self.race_costs_table)

        self.cost_buttons = QHBoxLayout()
        self.cost_buttons.setObjectName(u"cost_buttons")
        self.add_cost_button = QPushButton(self.costs_group)
        self.add_cost_button.setObjectName(u"add_cost_button")

        self.cost_buttons.addWidget(self.add_cost_button)

        self.remove_cost_button = QPushButton(self.costs_group)
        self.remove_cost_button.setObjectName(u"remove_cost_button")

        self.cost_buttons.addWidget(self.remove_cost_button)

        self.cost_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cost_buttons.addItem(self.cost_buttons_spacer)


        self.costs_group_layout.addLayout(self.cost_buttons)

        self.test_form = QFormLayout()
        self.test_form.setObjectName(u"test_form")
        self.threshold_edit_label = QLabel(self.costs_group)
        self.threshold_edit_label.setObjectName(u"threshold_edit_label")

        self.test_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.threshold_edit_label)

        self.threshold_edit = PercentEdit(self.costs_group)
        self.threshold_edit.setObjectName(u"threshold_edit")

        self.test_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.threshold_edit)

        self.cycles_edit_label = QLabel(self.costs_group)
        self.cycles_edit_label.setObjectName(u"cycles_edit_label")

        self.test_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cycles_edit_label)

        self.cycles_edit = IntEdit(self.costs_group)
        self.cycles_edit.setObjectName(u"cycles_edit")

        self.test_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cycles_edit)


        self.costs_group_layout.addLayout(self.test_form)


        self.contents_layout.addWidget(self.costs_group)

        self.test_group = QGroupBox(self.scroll_contents)
        self.test_group.setObjectName(u"test_group")
        self.test_group_layout = QVBoxLayout(self.test_group)
        self.test_group_layout.setObjectName(u"test_group_layout")
        self.test_result_label = QLabel(self.test_group)
        self.test_result_label.setObjectName(u"test_result_label")
        self.test_result_label.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(12)
        font1.setBold(True)
        self.test_result_label.setFont(font1)

        self.test_group_layout.addWidget(self.test_result_label)

        self.test_steps_label = QLabel(self.test_group)
        self.test_steps_label.setObjectName(u"test_steps_label")
        self.test_steps_label.setWordWrap(True)
        self.test_steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.test_steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.test_group_layout.addWidget(self.test_steps_label)

        self.warnings_label = QLabel(self.test_group)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.test_group_layout.addWidget(self.warnings_label)


        self.contents_layout.addWidget(self.test_group)

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
        self.call_time_edit_label.setBuddy(self.call_time_edit)
        self.raised_edit_label.setBuddy(self.raised_edit)
        self.from_candidate_edit_label.setBuddy(self.from_candidate_edit)
        self.largest_donor_edit_label.setBuddy(self.largest_donor_edit)
        self.donor_count_edit_label.setBuddy(self.donor_count_edit)
        self.as_of_edit_label.setBuddy(self.as_of_edit)
        self.threshold_edit_label.setBuddy(self.threshold_edit)
        self.cycles_edit_label.setBuddy(self.cycles_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sources_table, self.call_time_edit)
        QWidget.setTabOrder(self.call_time_edit, self.raised_edit)
        QWidget.setTabOrder(self.raised_edit, self.from_candidate_edit)
        QWidget.setTabOrder(self.from_candidate_edit, self.largest_donor_edit)
        QWidget.setTabOrder(self.largest_donor_edit, self.donor_count_edit)
        QWidget.setTabOrder(self.donor_count_edit, self.as_of_edit)
        QWidget.setTabOrder(self.as_of_edit, self.race_costs_table)
        QWidget.setTabOrder(self.race_costs_table, self.add_cost_button)
        QWidget.setTabOrder(self.add_cost_button, self.remove_cost_button)
        QWidget.setTabOrder(self.remove_cost_button, self.threshold_edit)
        QWidget.setTabOrder(self.threshold_edit, self.cycles_edit)
        QWidget.setTabOrder(self.cycles_edit, self.section_editor)

        self.retranslateUi(PageFundraising)

        QMetaObject.connectSlotsByName(PageFundraising)
    # setupUi

    def retranslateUi(self, PageFundraising):
        self.title_label.setText(QCoreApplication.translate("PageFundraising", u"Fundraising", None))
        self.intro_label.setText(QCoreApplication.translate("PageFundraising", u"Where the money comes from, the time it takes, and the fundraising test: at least 15% of what similar races cost, raised from others than you and more than one donor.", None))
        self.sources_group.setTitle(QCoreApplication.translate("PageFundraising", u"Sources of income", None))
#if QT_CONFIG(accessibility)
        self.sources_table.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Income by source", None))
#endif // QT_CONFIG(accessibility)
        self.call_time_edit_label.setText(QCoreApplication.translate("PageFundraising", u"Call-time hours a week:", None))
#if QT_CONFIG(accessibility)
        self.call_time_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Call-time hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.call_share_label.setText("")
        self.events_label.setText("")
        self.raised_group.setTitle(QCoreApplication.translate("PageFundraising", u"Raised so far", None))
        self.import_contributions_button.setText(QCoreApplication.translate("PageFundraising", u"Import contributions\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_contributions_button.setToolTip(QCoreApplication.translate("PageFundraising", u"Read your platform's contribution export (ActBlue's CSV, or another platform's through a column mapping): the figures below then come from it.", None))
#endif // QT_CONFIG(tooltip)
        self.clear_contributions_button.setText(QCoreApplication.translate("PageFundraising", u"Type the figures instead", None))
#if QT_CONFIG(tooltip)
        self.clear_contributions_button.setToolTip(QCoreApplication.translate("PageFundraising", u"Forget the imported figures and count the four figures typed below (Edit \u2192 Undo brings the import back).", None))
#endif // QT_CONFIG(tooltip)
        self.contributions_label.setText(QCoreApplication.translate("PageFundraising", u"Import your contribution export to count what you have really raised, or type the figures below.", None))
        self.raised_edit_label.setText(QCoreApplication.translate("PageFundraising", u"Raised to date:", None))
#if QT_CONFIG(accessibility)
        self.raised_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Raised to date", None))
#endif // QT_CONFIG(accessibility)
        self.from_candidate_edit_label.setText(QCoreApplication.translate("PageFundraising", u"From the candidate:", None))
#if QT_CONFIG(accessibility)
        self.from_candidate_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"From the candidate", None))
#endif // QT_CONFIG(accessibility)
        self.largest_donor_edit_label.setText(QCoreApplication.translate("PageFundraising", u"Largest single donor:", None))
#if QT_CONFIG(accessibility)
        self.largest_donor_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Largest single donor", None))
#endif // QT_CONFIG(accessibility)
        self.donor_count_edit_label.setText(QCoreApplication.translate("PageFundraising", u"Number of donors:", None))
#if QT_CONFIG(accessibility)
        self.donor_count_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Number of donors", None))
#endif // QT_CONFIG(accessibility)
        self.as_of_edit_label.setText(QCoreApplication.translate("PageFundraising", u"As of:", None))
#if QT_CONFIG(accessibility)
        self.as_of_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"As of", None))
#endif // QT_CONFIG(accessibility)
        self.costs_group.setTitle(QCoreApplication.translate("PageFundraising", u"What similar races cost", None))
#if QT_CONFIG(accessibility)
        self.race_costs_table.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Comparable race costs", None))
#endif // QT_CONFIG(accessibility)
        self.add_cost_button.setText(QCoreApplication.translate("PageFundraising", u"Add race", None))
        self.remove_cost_button.setText(QCoreApplication.translate("PageFundraising", u"Remove race", None))
        self.threshold_edit_label.setText(QCoreApplication.translate("PageFundraising", u"Threshold:", None))
#if QT_CONFIG(accessibility)
        self.threshold_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Threshold", None))
#endif // QT_CONFIG(accessibility)
        self.cycles_edit_label.setText(QCoreApplication.translate("PageFundraising", u"Cycles to average:", None))
#if QT_CONFIG(accessibility)
        self.cycles_edit.setAccessibleName(QCoreApplication.translate("PageFundraising", u"Cycles to average", None))
#endif // QT_CONFIG(accessibility)
        self.test_group.setTitle(QCoreApplication.translate("PageFundraising", u"The fundraising test", None))
        self.test_result_label.setText("")
        self.test_steps_label.setText("")
        self.warnings_label.setText("")
        self.words_group.setTitle(QCoreApplication.translate("PageFundraising", u"In your words", None))
#if QT_CONFIG(accessibility)
        self.section_editor.setAccessibleName(QCoreApplication.translate("PageFundraising", u"In your words", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

