# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_disclosure.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_PageDisclosure(object):
    def setupUi(self, PageDisclosure):
        if not PageDisclosure.objectName():
            PageDisclosure.setObjectName(u"PageDisclosure")
        PageDisclosure.resize(900, 700)
        self.page_layout = QVBoxLayout(PageDisclosure)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PageDisclosure)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.confidential_label = QLabel(self.scroll_contents)
        self.confidential_label.setObjectName(u"confidential_label")
        self.confidential_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.confidential_label.setFont(font)

        self.contents_layout.addWidget(self.confidential_label)

        self.title_label = QLabel(self.scroll_contents)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(14)
        font1.setBold(True)
        self.title_label.setFont(font1)

        self.contents_layout.addWidget(self.title_label)

        self.intro_label = QLabel(self.scroll_contents)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contents_layout.addWidget(self.intro_label)

        self.nothing_check = QCheckBox(self.scroll_contents)
        self.nothing_check.setObjectName(u"nothing_check")

        self.contents_layout.addWidget(self.nothing_check)

        self.statement_caption = QLabel(self.scroll_contents)
        self.statement_caption.setObjectName(u"statement_caption")

        self.contents_layout.addWidget(self.statement_caption)

        self.statement_edit = QPlainTextEdit(self.scroll_contents)
        self.statement_edit.setObjectName(u"statement_edit")
        self.statement_edit.setMinimumSize(QSize(0, 120))
        self.statement_edit.setTabChangesFocus(True)

        self.contents_layout.addWidget(self.statement_edit)

        self.items_group = QGroupBox(self.scroll_contents)
        self.items_group.setObjectName(u"items_group")
        self.items_group_layout = QVBoxLayout(self.items_group)
        self.items_group_layout.setObjectName(u"items_group_layout")
        self.items_table = QTableView(self.items_group)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setMinimumSize(QSize(0, 160))
        self.items_table.setAlternatingRowColors(True)
        self.items_table.setTabKeyNavigation(True)

        self.items_group_layout.addWidget(self.items_table)

        self.item_buttons = QHBoxLayout()
        self.item_buttons.setObjectName(u"item_buttons")
        self.add_item_button = QPushButton(self.items_group)
        self.add_item_button.setObjectName(u"add_item_button")

        self.item_buttons.addWidget(self.add_item_button)

        self.remove_item_button = QPushButton(self.items_group)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.item_buttons.addWidget(self.remove_item_button)

        self.item_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.item_buttons.addItem(self.item_buttons_spacer)


        self.items_group_layout.addLayout(self.item_buttons)


        self.contents_layout.addWidget(self.items_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

        QWidget.setTabOrder(self.nothing_check, self.statement_edit)
        QWidget.setTabOrder(self.statement_edit, self.items_table)
        QWidget.setTabOrder(self.items_table, self.add_item_button)
        QWidget.setTabOrder(self.add_item_button, self.remove_item_button)

        self.retranslateUi(PageDisclosure)

        QMetaObject.connectSlotsByName(PageDisclosure)
    # setupUi

    def retranslateUi(self, PageDisclosure):
        self.confidential_label.setText(QCoreApplication.translate("PageDisclosure", u"CONFIDENTIAL", None))
        self.title_label.setText(QCoreApplication.translate("PageDisclosure", u"Background disclosure", None))
        self.intro_label.setText(QCoreApplication.translate("PageDisclosure", u"What will a background check find: criminal record, lawsuits, debts, press, campaign-finance filings, social media? Honesty is the test: list it here with your own explanation. This page is confidential.", None))
        self.nothing_check.setText(QCoreApplication.translate("PageDisclosure", u"I have nothing to disclose", None))
#if QT_CONFIG(accessibility)
        self.nothing_check.setAccessibleName(QCoreApplication.translate("PageDisclosure", u"Nothing to disclose", None))
#endif // QT_CONFIG(accessibility)
        self.statement_caption.setText(QCoreApplication.translate("PageDisclosure", u"Your statement:", None))
#if QT_CONFIG(accessibility)
        self.statement_edit.setAccessibleName(QCoreApplication.translate("PageDisclosure", u"Disclosure statement", None))
#endif // QT_CONFIG(accessibility)
        self.items_group.setTitle(QCoreApplication.translate("PageDisclosure", u"Findings", None))
#if QT_CONFIG(accessibility)
        self.items_table.setAccessibleName(QCoreApplication.translate("PageDisclosure", u"Disclosure findings", None))
#endif // QT_CONFIG(accessibility)
        self.add_item_button.setText(QCoreApplication.translate("PageDisclosure", u"Add finding", None))
        self.remove_item_button.setText(QCoreApplication.translate("PageDisclosure", u"Remove finding", None))
        pass
    # retranslateUi

