# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'glossary_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_GlossaryDialog(object):
    def setupUi(self, GlossaryDialog):
        if not GlossaryDialog.objectName():
            GlossaryDialog.setObjectName(u"GlossaryDialog")
        GlossaryDialog.resize(680, 440)
        self.main_layout = QVBoxLayout(GlossaryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.glossary_search = QLineEdit(GlossaryDialog)
        self.glossary_search.setObjectName(u"glossary_search")
        self.glossary_search.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.glossary_search)

        self.terms_layout = QHBoxLayout()
        self.terms_layout.setObjectName(u"terms_layout")
        self.glossary_terms = QListWidget(GlossaryDialog)
        self.glossary_terms.setObjectName(u"glossary_terms")

        self.terms_layout.addWidget(self.glossary_terms)

        self.glossary_meaning = QTextBrowser(GlossaryDialog)
        self.glossary_meaning.setObjectName(u"glossary_meaning")
        self.glossary_meaning.setOpenLinks(False)

        self.terms_layout.addWidget(self.glossary_meaning)

        self.terms_layout.setStretch(0, 2)
        self.terms_layout.setStretch(1, 3)

        self.main_layout.addLayout(self.terms_layout)

        self.empty_label = QLabel(GlossaryDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.main_layout.addWidget(self.empty_label)

        self.button_box = QDialogButtonBox(GlossaryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.glossary_search, self.glossary_terms)
        QWidget.setTabOrder(self.glossary_terms, self.glossary_meaning)

        self.retranslateUi(GlossaryDialog)

        QMetaObject.connectSlotsByName(GlossaryDialog)
    # setupUi

    def retranslateUi(self, GlossaryDialog):
        GlossaryDialog.setWindowTitle(QCoreApplication.translate("GlossaryDialog", u"Glossary", None))
#if QT_CONFIG(accessibility)
        self.glossary_search.setAccessibleName(QCoreApplication.translate("GlossaryDialog", u"Search the glossary", None))
#endif // QT_CONFIG(accessibility)
        self.glossary_search.setPlaceholderText(QCoreApplication.translate("GlossaryDialog", u"Search, e.g. win number or turnout", None))
#if QT_CONFIG(accessibility)
        self.glossary_terms.setAccessibleName(QCoreApplication.translate("GlossaryDialog", u"Terms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.glossary_meaning.setAccessibleName(QCoreApplication.translate("GlossaryDialog", u"Meaning", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("GlossaryDialog", u"No term matches; try one word, such as \u201cvotes\u201d.", None))
    # retranslateUi

