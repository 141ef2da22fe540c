# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_timeline.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from winbook.ui.charts import ChartWidget
from winbook.ui.pages.section_editor import SectionEditor

class Ui_PageTimeline(object):
    def setupUi(self, PageTimeline):
        if not PageTimeline.objectName():
            PageTimeline.setObjectName(u"PageTimeline")
        PageTimeline.resize(900, 700)
        self.page_layout = QVBoxLayout(PageTimeline)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageTimeline)
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

        self.dates_group = QGroupBox(self.scroll_contents)
        self.dates_group.setObjectName(u"dates_group")
        self.dates_group_layout = QVBoxLayout(self.dates_group)
        self.dates_group_layout.setObjectName(u"dates_group_layout")
        self.timeline_table = QTableView(self.dates_group)
        self.timeline_table.setObjectName(u"timeline_table")
        self.timeline_table.setMinimumSize(QSize(0, 220))
        self.timeline_table.setAlternatingRowColors(True)
        self.timeline_table.setTabKeyNavigation(True)

        self.dates_group_layout.addWidget(self.timeline_table)

        self.timeline_buttons = QHBoxLayout()
        self.timeline_buttons.setObjectName(u"timeline_buttons")
        self.add_event_button = QPushButton(self.dates_group)
        self.add_event_button.setObjectName(u"add_event_button")

        self.timeline_buttons.addWidget(self.add_event_button)

        self.remove_event_button = QPushButton(self.dates_group)
        self.remove_event_button.setObjectName(u"remove_event_button")

        self.timeline_buttons.addWidget(self.remove_event_button)

        self.add_standard_button = QPushButton(self.dates_group)
        self.add_standard_button.setObjectName(u"add_standard_button")

        self.timeline_buttons.addWidget(self.add_standard_button)

        self.add_internal_button = QPushButton(self.dates_group)
        self.add_internal_button.setObjectName(u"add_internal_button")

        self.timeline_buttons.addWidget(self.add_internal_button)

        self.timeline_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeline_buttons.addItem(self.timeline_buttons_spacer)


        self.dates_group_layout.addLayout(self.timeline_buttons)

        self.warnings_label = QLabel(self.dates_group)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dates_group_layout.addWidget(self.warnings_label)


        self.contents_layout.addWidget(self.dates_group)

        self.internal_group = QGroupBox(self.scroll_contents)
        self.internal_group.setObjectName(u"internal_group")
        self.internal_group_layout = QVBoxLayout(self.internal_group)
        self.internal_group_layout.setObjectName(u"internal_group_layout")
        self.internal_table = QTableView(self.internal_group)
        self.internal_table.setObjectName(u"internal_table")
        self.internal_table.setMinimumSize(QSize(0, 140))
        self.internal_table.setAlternatingRowColors(True)
        self.internal_table.setTabKeyNavigation(True)

        self.internal_group_layout.addWidget(self.internal_table)


        self.contents_layout.addWidget(self.internal_group)

        self.chart_group = QGroupBox(self.scroll_contents)
        self.chart_group.setObjectName(u"chart_group")
        self.chart_group_layout = QVBoxLayout(self.chart_group)
        self.chart_group_layout.setObjectName(u"chart_group_layout")
        self.timeline_chart = ChartWidget(self.chart_group)
        self.timeline_chart.setObjectName(u"timeline_chart")

        self.chart_group_layout.addWidget(self.timeline_chart)


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

        QWidget.setTabOrder(self.timeline_table, self.add_event_button)
        QWidget.setTabOrder(self.add_event_button, self.remove_event_button)
        QWidget.setTabOrder(self.remove_event_button, self.add_standard_button)
        QWidget.setTabOrder(self.add_standard_button, self.add_internal_button)
        QWidget.setTabOrder(self.add_internal_button, self.internal_table)
        QWidget.setTabOrder(self.internal_table, self.section_editor)

        self.retranslateUi(PageTimeline)

        QMetaObject.connectSlotsByName(PageTimeline)
    # setupUi

    def retranslateUi(self, PageTimeline):
        self.title_label.setText(QCoreApplication.translate("PageTimeline", u"Timeline", None))
        self.intro_label.setText(QCoreApplication.translate("PageTimeline", u"Count back from election day: the hard dates set by law, and an internal deadline a week before each one.", None))
        self.dates_group.setTitle(QCoreApplication.translate("PageTimeline", u"Key dates", None))
#if QT_CONFIG(accessibility)
        self.timeline_table.setAccessibleName(QCoreApplication.translate("PageTimeline", u"Key dates", None))
#endif // QT_CONFIG(accessibility)
        self.add_event_button.setText(QCoreApplication.translate("PageTimeline", u"Add date", None))
        self.remove_event_button.setText(QCoreApplication.translate("PageTimeline", u"Remove", None))
        self.add_standard_button.setText(QCoreApplication.translate("PageTimeline", u"Add the standard key dates", None))
        self.add_internal_button.setText(QCoreApplication.translate("PageTimeline", u"Add internal deadlines", None))
        self.warnings_label.setText("")
        self.internal_group.setTitle(QCoreApplication.translate("PageTimeline", u"Internal deadlines, a week ahead of each hard date", None))
#if QT_CONFIG(accessibility)
        self.internal_table.setAccessibleName(QCoreApplication.translate("PageTimeline", u"Internal deadlines", None))
#endif // QT_CONFIG(accessibility)
        self.chart_group.setTitle(QCoreApplication.translate("PageTimeline", u"Dates by month", None))
        self.words_group.setTitle(QCoreApplication.translate("PageTimeline", u"In your words", None))
#if QT_CONFIG(accessibility)
        self.section_editor.setAccessibleName(QCoreApplication.translate("PageTimeline", u"In your words", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

