# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_checklist.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PageChecklist(object):
    def setupUi(self, PageChecklist):
        if not PageChecklist.objectName():
            PageChecklist.setObjectName(u"PageChecklist")
        PageChecklist.resize(900, 700)
        self.page_layout = QVBoxLayout(PageChecklist)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageChecklist)
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

        self.progress_label = QLabel(self.scroll_contents)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(11)
        font1.setBold(True)
        self.progress_label.setFont(font1)

        self.contents_layout.addWidget(self.progress_label)

        self.checklist_table = QTableView(self.scroll_contents)
        self.checklist_table.setObjectName(u"checklist_table")
        self.checklist_table.setMinimumSize(QSize(0, 260))
        self.checklist_table.setAlternatingRowColors(True)
        self.checklist_table.setTabKeyNavigation(True)

        self.contents_layout.addWidget(self.checklist_table)

        self.checklist_buttons = QHBoxLayout()
        self.checklist_buttons.setObjectName(u"checklist_buttons")
        self.add_step_button = QPushButton(self.scroll_contents)
        self.add_step_button.setObjectName(u"add_step_button")

        self.checklist_buttons.addWidget(self.add_step_button)

        self.remove_step_button = QPushButton(self.scroll_contents)
        self.remove_step_button.setObjectName(u"remove_step_button")

        self.checklist_buttons.addWidget(self.remove_step_button)

        self.move_up_button = QPushButton(self.scroll_contents)
        self.move_up_button.setObjectName(u"move_up_button")

        self.checklist_buttons.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(self.scroll_contents)
        self.move_down_button.setObjectName(u"move_down_button")

        self.checklist_buttons.addWidget(self.move_down_button)

        self.checklist_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklist_buttons.addItem(self.checklist_buttons_spacer)


        self.contents_layout.addLayout(self.checklist_buttons)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

        QWidget.setTabOrder(self.checklist_table, self.add_step_button)
        QWidget.setTabOrder(self.add_step_button, self.remove_step_button)
        QWidget.setTabOrder(self.remove_step_button, self.move_up_button)
        QWidget.setTabOrder(self.move_up_button, self.move_down_button)

        self.retranslateUi(PageChecklist)

        QMetaObject.connectSlotsByName(PageChecklist)
    # setupUi

    def retranslateUi(self, PageChecklist):
        self.title_label.setText(QCoreApplication.translate("PageChecklist", u"Filing checklist", None))
        self.intro_label.setText(QCoreApplication.translate("PageChecklist", u"Every step to get on the ballot and stay compliant: forms, fees, signatures, reports. Tick each when it is done.", None))
        self.progress_label.setText("")
#if QT_CONFIG(accessibility)
        self.checklist_table.setAccessibleName(QCoreApplication.translate("PageChecklist", u"Filing checklist", None))
#endif // QT_CONFIG(accessibility)
        self.add_step_button.setText(QCoreApplication.translate("PageChecklist", u"Add step", None))
        self.remove_step_button.setText(QCoreApplication.translate("PageChecklist", u"Remove step", None))
        self.move_up_button.setText(QCoreApplication.translate("PageChecklist", u"Move up", None))
        self.move_down_button.setText(QCoreApplication.translate("PageChecklist", u"Move down", None))
        pass
    # retranslateUi

