# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_values.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PageValues(object):
    def setupUi(self, PageValues):
        if not PageValues.objectName():
            PageValues.setObjectName(u"PageValues")
        PageValues.resize(900, 700)
        self.page_layout = QVBoxLayout(PageValues)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageValues)
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

        self.values_container = QWidget(self.scroll_contents)
        self.values_container.setObjectName(u"values_container")

        self.contents_layout.addWidget(self.values_container)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)


        self.retranslateUi(PageValues)

        QMetaObject.connectSlotsByName(PageValues)
    # setupUi

    def retranslateUi(self, PageValues):
        self.title_label.setText(QCoreApplication.translate("PageValues", u"Values", None))
        self.intro_label.setText(QCoreApplication.translate("PageValues", u"Say, in your own words, how each value shows up in your campaign: a decision you made, something voters will see.", None))
        pass
    # retranslateUi

