# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_path.ui'
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
from winbook.ui.widgets.dates import DateEdit
from winbook.ui.widgets.numeric import (FloatEdit, PercentEdit)

class Ui_PagePath(object):
    def setupUi(self, PagePath):
        if not PagePath.objectName():
            PagePath.setObjectName(u"PagePath")
        PagePath.resize(900, 700)
        self.page_layout = QVBoxLayout(PagePath)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PagePath)
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

        self.universe_group = QGroupBox(self.scroll_contents)
        self.universe_group.setObjectName(u"universe_group")
        self.universe_group_layout = QVBoxLayout(self.universe_group)
        self.universe_group_layout.setObjectName(u"universe_group_layout")
        self.universe_form = QFormLayout()
        self.universe_form.setObjectName(u"universe_form")
        self.support_rate_edit_label = QLabel(self.universe_group)
        self.support_rate_edit_label.setObjectName(u"support_rate_edit_label")

        self.universe_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.support_rate_edit_label)

        self.support_rate_edit = PercentEdit(self.universe_group)
        self.support_rate_edit.setObjectName(u"support_rate_edit")

        self.universe_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.support_rate_edit)

        self.turnout_rate_edit_label = QLabel(self.universe_group)
        self.turnout_rate_edit_label.setObjectName(u"turnout_rate_edit_label")

        self.universe_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.turnout_rate_edit_label)

        self.turnout_rate_edit = PercentEdit(self.universe_group)
        self.turnout_rate_edit.setObjectName(u"turnout_rate_edit")

        self.universe_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.turnout_rate_edit)

        self.shift_hours_edit_label = QLabel(self.universe_group)
        self.shift_hours_edit_label.setObjectName(u"shift_hours_edit_label")

        self.universe_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shift_hours_edit_label)

        self.shift_hours_edit = FloatEdit(self.universe_group)
        self.shift_hours_edit.setObjectName(u"shift_hours_edit")

        self.universe_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shift_hours_edit)

        self.candidate_hours_edit_label = QLabel(self.universe_group)
        self.candidate_hours_edit_label.setObjectName(u"candidate_hours_edit_label")

        self.universe_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.candidate_hours_edit_label)

        self.candidate_hours_edit = FloatEdit(self.universe_group)
        self.candidate_hours_edit.setObjectName(u"candidate_hours_edit")

        self.universe_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.candidate_hours_edit)

        self.field_start_edit_label = QLabel(self.universe_group)
        self.field_start_edit_label.setObjectName(u"field_start_edit_label")

        self.universe_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.field_start_edit_label)

        self.field_start_edit = DateEdit(self.universe_group)
        self.field_start_edit.setObjectName(u"field_start_edit")

        self.universe_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.field_start_edit)


        self.universe_group_layout.addLayout(self.universe_form)

        self.need_label = QLabel(self.universe_group)
        self.need_label.setObjectName(u"need_label")
        self.need_label.setWordWrap(True)
        self.need_label.setTextFormat(Qt.TextFormat.RichText)
        self.need_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.universe_group_layout.addWidget(self.need_label)


        self.contents_layout.addWidget(self.universe_group)

        self.channels_group = QGroupBox(self.scroll_contents)
        self.channels_group.setObjectName(u"channels_group")
        self.channels_group_layout = QVBoxLayout(self.channels_group)
        self.channels_group_layout.setObjectName(u"channels_group_layout")
        self.channels_intro_label = QLabel(self.channels_group)
        self.channels_intro_label.setObjectName(u"channels_intro_label")
        self.channels_intro_label.setWordWrap(True)
        self.channels_intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.channels_group_layout.addWidget(self.channels_intro_label)

        self.channels_table = QTableView(self.channels_group)
        self.channels_table.setObjectName(u"channels_table")
        self.channels_table.setMinimumSize(QSize(0, 200))
        self.channels_table.setAlternatingRowColors(True)
        self.channels_table.setTabKeyNavigation(True)

        self.channels_group_layout.addWidget(self.channels_table)

        self.channel_buttons = QHBoxLayout()
        self.channel_buttons.setObjectName(u"channel_buttons")
        self.reset_channel_button = QPushButton(self.channels_group)
        self.reset_channel_button.setObjectName(u"reset_channel_button")

        self.channel_buttons.addWidget(self.reset_channel_button)

        self.channel_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channel_buttons.addItem(self.channel_buttons_spacer)


        self.channels_group_layout.addLayout(self.channel_buttons)


        self.contents_layout.addWidget(self.channels_group)

        self.figures_group = QGroupBox(self.scroll_contents)
        self.figures_group.setObjectName(u"figures_group")
        self.figures_group_layout = QVBoxLayout(self.figures_group)
        self.figures_group_layout.setObjectName(u"figures_group_layout")
        self.channel_figures_table = QTableView(self.figures_group)
        self.channel_figures_table.setObjectName(u"channel_figures_table")
        self.channel_figures_table.setMinimumSize(QSize(0, 140))
        self.channel_figures_table.setAlternatingRowColors(True)
        self.channel_figures_table.setTabKeyNavigation(True)

        self.figures_group_layout.addWidget(self.channel_figures_table)

        self.totals_label = QLabel(self.figures_group)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figures_group_layout.addWidget(self.totals_label)


        self.contents_layout.addWidget(self.figures_group)

        self.weeks_group = QGroupBox(self.scroll_contents)
        self.weeks_group.setObjectName(u"weeks_group")
        self.weeks_group_layout = QVBoxLayout(self.weeks_group)
        self.weeks_group_layout.setObjectName(u"weeks_group_layout")
        self.weeks_chart = ChartWidget(self.weeks_group)
        self.weeks_chart.setObjectName(u"weeks_chart")

        self.weeks_group_layout.addWidget(self.weeks_chart)

        self.weeks_table = QTableView(self.weeks_group)
        self.weeks_table.setObjectName(u"weeks_table")
        self.weeks_table.setMinimumSize(QSize(0, 160))
        self.weeks_table.setAlternatingRowColors(True)
        self.weeks_table.setTabKeyNavigation(True)

        self.weeks_group_layout.addWidget(self.weeks_table)

        self.warnings_label = QLabel(self.weeks_group)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.weeks_group_layout.addWidget(self.warnings_label)


        self.contents_layout.addWidget(self.weeks_group)

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
        self.support_rate_edit_label.setBuddy(self.support_rate_edit)
        self.turnout_rate_edit_label.setBuddy(self.turnout_rate_edit)
        self.shift_hours_edit_label.setBuddy(self.shift_hours_edit)
        self.candidate_hours_edit_label.setBuddy(self.candidate_hours_edit)
        self.field_start_edit_label.setBuddy(self.field_start_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.support_rate_edit, self.turnout_rate_edit)
        QWidget.setTabOrder(self.turnout_rate_edit, self.shift_hours_edit)
        QWidget.setTabOrder(self.shift_hours_edit, self.candidate_hours_edit)
        QWidget.setTabOrder(self.candidate_hours_edit, self.field_start_edit)
        QWidget.setTabOrder(self.field_start_edit, self.channels_table)
        QWidget.setTabOrder(self.channels_table, self.reset_channel_button)
        QWidget.setTabOrder(self.reset_channel_button, self.channel_figures_table)
        QWidget.setTabOrder(self.channel_figures_table, self.weeks_table)
        QWidget.setTabOrder(self.weeks_table, self.section_editor)

        self.retranslateUi(PagePath)

        QMetaObject.connectSlotsByName(PagePath)
    # setupUi

    def retranslateUi(self, PagePath):
        self.title_label.setText(QCoreApplication.translate("PagePath", u"Path to victory", None))
        self.intro_label.setText(QCoreApplication.translate("PagePath", u"How many voters you must reach, through which channels, and how many volunteer hours and shifts that takes, week by week back from election day.", None))
        self.universe_group.setTitle(QCoreApplication.translate("PagePath", u"Who you need to reach", None))
        self.support_rate_edit_label.setText(QCoreApplication.translate("PagePath", u"Support rate:", None))
#if QT_CONFIG(accessibility)
        self.support_rate_edit.setAccessibleName(QCoreApplication.translate("PagePath", u"Support rate", None))
#endif // QT_CONFIG(accessibility)
        self.turnout_rate_edit_label.setText(QCoreApplication.translate("PagePath", u"Turnout rate:", None))
#if QT_CONFIG(accessibility)
        self.turnout_rate_edit.setAccessibleName(QCoreApplication.translate("PagePath", u"Turnout rate", None))
#endif // QT_CONFIG(accessibility)
        self.shift_hours_edit_label.setText(QCoreApplication.translate("PagePath", u"Volunteer shift length:", None))
#if QT_CONFIG(accessibility)
        self.shift_hours_edit.setAccessibleName(QCoreApplication.translate("PagePath", u"Volunteer shift length", None))
#endif // QT_CONFIG(accessibility)
        self.candidate_hours_edit_label.setText(QCoreApplication.translate("PagePath", u"Candidate field hours a week:", None))
#if QT_CONFIG(accessibility)
        self.candidate_hours_edit.setAccessibleName(QCoreApplication.translate("PagePath", u"Candidate field hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.field_start_edit_label.setText(QCoreApplication.translate("PagePath", u"Field program starts:", None))
#if QT_CONFIG(accessibility)
        self.field_start_edit.setAccessibleName(QCoreApplication.translate("PagePath", u"Field program starts", None))
#endif // QT_CONFIG(accessibility)
        self.need_label.setText("")
        self.channels_group.setTitle(QCoreApplication.translate("PagePath", u"Channel mix and contact rates", None))
        self.channels_intro_label.setText(QCoreApplication.translate("PagePath", u"Each rate starts from a published default; hover over a rate for its source. Shares should add up to 100%.", None))
#if QT_CONFIG(accessibility)
        self.channels_table.setAccessibleName(QCoreApplication.translate("PagePath", u"Channel mix and contact rates", None))
#endif // QT_CONFIG(accessibility)
        self.reset_channel_button.setText(QCoreApplication.translate("PagePath", u"Reset selected rates to defaults", None))
        self.figures_group.setTitle(QCoreApplication.translate("PagePath", u"Contacts, hours and shifts per channel", None))
#if QT_CONFIG(accessibility)
        self.channel_figures_table.setAccessibleName(QCoreApplication.translate("PagePath", u"Contacts, hours and shifts per channel", None))
#endif // QT_CONFIG(accessibility)
        self.totals_label.setText("")
        self.weeks_group.setTitle(QCoreApplication.translate("PagePath", u"Week by week, counted back from election day", None))
#if QT_CONFIG(accessibility)
        self.weeks_table.setAccessibleName(QCoreApplication.translate("PagePath", u"Weekly goals", None))
#endif // QT_CONFIG(accessibility)
        self.warnings_label.setText("")
        self.words_group.setTitle(QCoreApplication.translate("PagePath", u"In your words", None))
#if QT_CONFIG(accessibility)
        self.section_editor.setAccessibleName(QCoreApplication.translate("PagePath", u"In your words", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

