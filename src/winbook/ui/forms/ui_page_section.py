# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_section.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PageSection(object):
    def setupUi(self, PageSection):
        if not PageSection.objectName():
            PageSection.setObjectName(u"PageSection")
        PageSection.resize(900, 700)
        self.page_layout = QVBoxLayout(PageSection)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(PageSection)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.title_label.setFont(font)

        self.page_layout.addWidget(self.title_label)

        self.prompt_label = QLabel(PageSection)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.prompt_label)

        self.example_label = QLabel(PageSection)
        self.example_label.setObjectName(u"example_label")
        self.example_label.setWordWrap(True)
        self.example_label.setTextFormat(Qt.TextFormat.RichText)
        self.example_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.example_label)

        self.text_edit = QPlainTextEdit(PageSection)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setMinimumSize(QSize(0, 220))
        self.text_edit.setTabChangesFocus(True)

        self.page_layout.addWidget(self.text_edit)

        self.status_row = QHBoxLayout()
        self.status_row.setSpacing(6)
        self.status_row.setObjectName(u"status_row")
        self.word_count_label = QLabel(PageSection)
        self.word_count_label.setObjectName(u"word_count_label")
        self.word_count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_row.addWidget(self.word_count_label)

        self.separator_label = QLabel(PageSection)
        self.separator_label.setObjectName(u"separator_label")

        self.status_row.addWidget(self.separator_label)

        self.status_caption = QLabel(PageSection)
        self.status_caption.setObjectName(u"status_caption")

        self.status_row.addWidget(self.status_caption)

        self.status_combo = QComboBox(PageSection)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.status_row.addWidget(self.status_combo)

        self.status_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_row.addItem(self.status_spacer)


        self.page_layout.addLayout(self.status_row)

        self.page_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.status_caption.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text_edit, self.status_combo)

        self.retranslateUi(PageSection)

        QMetaObject.connectSlotsByName(PageSection)
    # setupUi

    def retranslateUi(self, PageSection):
        self.title_label.setText("")
        self.prompt_label.setText("")
        self.example_label.setText("")
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("PageSection", u"Your text", None))
#endif // QT_CONFIG(accessibility)
        self.word_count_label.setText("")
        self.separator_label.setText(QCoreApplication.translate("PageSection", u"\u00b7", None))
        self.status_caption.setText(QCoreApplication.translate("PageSection", u"Status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PageSection", u"Status", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

