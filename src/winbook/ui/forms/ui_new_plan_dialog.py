# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_plan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NewPlanDialog(object):
    def setupUi(self, NewPlanDialog):
        if not NewPlanDialog.objectName():
            NewPlanDialog.setObjectName(u"NewPlanDialog")
        NewPlanDialog.resize(520, 240)
        self.main_layout = QVBoxLayout(NewPlanDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(NewPlanDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.choices_layout = QFormLayout()
        self.choices_layout.setObjectName(u"choices_layout")
        self.office_label = QLabel(NewPlanDialog)
        self.office_label.setObjectName(u"office_label")

        self.choices_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_label)

        self.office_type_combo = QComboBox(NewPlanDialog)
        self.office_type_combo.setObjectName(u"office_type_combo")

        self.choices_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office_type_combo)

        self.state_label = QLabel(NewPlanDialog)
        self.state_label.setObjectName(u"state_label")

        self.choices_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.state_label)

        self.state_combo = QComboBox(NewPlanDialog)
        self.state_combo.setObjectName(u"state_combo")
        self.state_combo.setEditable(True)
        self.state_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.choices_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.state_combo)


        self.main_layout.addLayout(self.choices_layout)

        self.election_note_label = QLabel(NewPlanDialog)
        self.election_note_label.setObjectName(u"election_note_label")
        self.election_note_label.setWordWrap(True)

        self.main_layout.addWidget(self.election_note_label)

        self.message_label = QLabel(NewPlanDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(NewPlanDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.office_label.setBuddy(self.office_type_combo)
        self.state_label.setBuddy(self.state_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.office_type_combo, self.state_combo)

        self.retranslateUi(NewPlanDialog)

        QMetaObject.connectSlotsByName(NewPlanDialog)
    # setupUi

    def retranslateUi(self, NewPlanDialog):
        NewPlanDialog.setWindowTitle(QCoreApplication.translate("NewPlanDialog", u"New plan", None))
        self.intro_label.setText(QCoreApplication.translate("NewPlanDialog", u"What are you running for? Winbook fills in the seats, the next election date, a starter checklist and examples that fit the office. You can change all of it.", None))
        self.office_label.setText(QCoreApplication.translate("NewPlanDialog", u"&Office:", None))
#if QT_CONFIG(accessibility)
        self.office_type_combo.setAccessibleName(QCoreApplication.translate("NewPlanDialog", u"Office", None))
#endif // QT_CONFIG(accessibility)
        self.state_label.setText(QCoreApplication.translate("NewPlanDialog", u"&State:", None))
#if QT_CONFIG(accessibility)
        self.state_combo.setAccessibleName(QCoreApplication.translate("NewPlanDialog", u"State", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

