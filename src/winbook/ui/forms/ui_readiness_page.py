# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'readiness_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReadinessPage(object):
    def setupUi(self, ReadinessPage):
        if not ReadinessPage.objectName():
            ReadinessPage.setObjectName(u"ReadinessPage")
        ReadinessPage.resize(900, 700)
        self.page_layout = QVBoxLayout(ReadinessPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(ReadinessPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.title_label.setFont(font)

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(ReadinessPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.score_layout = QHBoxLayout()
        self.score_layout.setObjectName(u"score_layout")
        self.score_bar = QProgressBar(ReadinessPage)
        self.score_bar.setObjectName(u"score_bar")
        self.score_bar.setMaximum(100)
        self.score_bar.setValue(0)
        self.score_bar.setMaximumWidth(320)

        self.score_layout.addWidget(self.score_bar)

        self.verdict_label = QLabel(ReadinessPage)
        self.verdict_label.setObjectName(u"verdict_label")
        font1 = QFont()
        font1.setBold(True)
        self.verdict_label.setFont(font1)

        self.score_layout.addWidget(self.verdict_label)

        self.score_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.score_layout.addItem(self.score_spacer)


        self.page_layout.addLayout(self.score_layout)

        self.profile_note_label = QLabel(ReadinessPage)
        self.profile_note_label.setObjectName(u"profile_note_label")
        self.profile_note_label.setWordWrap(True)

        self.page_layout.addWidget(self.profile_note_label)

        self.eligibility_group = QGroupBox(ReadinessPage)
        self.eligibility_group.setObjectName(u"eligibility_group")
        self.eligibility_layout = QVBoxLayout(self.eligibility_group)
        self.eligibility_layout.setObjectName(u"eligibility_layout")

        self.page_layout.addWidget(self.eligibility_group)

        self.todo_group = QGroupBox(ReadinessPage)
        self.todo_group.setObjectName(u"todo_group")
        self.todo_layout = QVBoxLayout(self.todo_group)
        self.todo_layout.setObjectName(u"todo_layout")

        self.page_layout.addWidget(self.todo_group)

        self.steps_group = QGroupBox(ReadinessPage)
        self.steps_group.setObjectName(u"steps_group")
        self.steps_layout = QVBoxLayout(self.steps_group)
        self.steps_layout.setObjectName(u"steps_layout")
        self.steps_label = QLabel(self.steps_group)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.steps_layout.addWidget(self.steps_label)


        self.page_layout.addWidget(self.steps_group)

        self.done_group = QGroupBox(ReadinessPage)
        self.done_group.setObjectName(u"done_group")
        self.done_layout = QVBoxLayout(self.done_group)
        self.done_layout.setObjectName(u"done_layout")

        self.page_layout.addWidget(self.done_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(ReadinessPage)

        QMetaObject.connectSlotsByName(ReadinessPage)
    # setupUi

    def retranslateUi(self, ReadinessPage):
        self.title_label.setText(QCoreApplication.translate("ReadinessPage", u"Ready to apply?", None))
        self.intro_label.setText(QCoreApplication.translate("ReadinessPage", u"Everything the application asks, topic by topic. Each item says what is still needed and takes you straight to the page where you can do it.", None))
#if QT_CONFIG(accessibility)
        self.score_bar.setAccessibleName(QCoreApplication.translate("ReadinessPage", u"Readiness score", None))
#endif // QT_CONFIG(accessibility)
        self.score_bar.setFormat(QCoreApplication.translate("ReadinessPage", u"%p% ready", None))
        self.verdict_label.setText("")
        self.profile_note_label.setText("")
        self.eligibility_group.setTitle(QCoreApplication.translate("ReadinessPage", u"Can you apply?", None))
        self.todo_group.setTitle(QCoreApplication.translate("ReadinessPage", u"Still to do", None))
        self.steps_group.setTitle(QCoreApplication.translate("ReadinessPage", u"Next steps from your coaching sessions", None))
        self.steps_label.setText("")
        self.done_group.setTitle(QCoreApplication.translate("ReadinessPage", u"Ready", None))
        pass
    # retranslateUi

