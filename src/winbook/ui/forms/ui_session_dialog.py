# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(640, 600)
        self.dialog_layout = QVBoxLayout(SessionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SessionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.when_label = QLabel(SessionDialog)
        self.when_label.setObjectName(u"when_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.when_edit = QDateTimeEdit(SessionDialog)
        self.when_edit.setObjectName(u"when_edit")
        self.when_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when_edit)

        self.coach_label = QLabel(SessionDialog)
        self.coach_label.setObjectName(u"coach_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coach_label)

        self.coach_edit = QLineEdit(SessionDialog)
        self.coach_edit.setObjectName(u"coach_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coach_edit)

        self.agenda_label = QLabel(SessionDialog)
        self.agenda_label.setObjectName(u"agenda_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agenda_label)

        self.agenda_edit = QPlainTextEdit(SessionDialog)
        self.agenda_edit.setObjectName(u"agenda_edit")
        self.agenda_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agenda_edit)

        self.decisions_label = QLabel(SessionDialog)
        self.decisions_label.setObjectName(u"decisions_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisions_label)

        self.decisions_edit = QPlainTextEdit(SessionDialog)
        self.decisions_edit.setObjectName(u"decisions_edit")
        self.decisions_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisions_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.steps_label = QLabel(SessionDialog)
        self.steps_label.setObjectName(u"steps_label")

        self.dialog_layout.addWidget(self.steps_label)

        self.steps_table = QTableWidget(SessionDialog)
        if (self.steps_table.columnCount() < 4):
            self.steps_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.steps_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.steps_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.steps_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.steps_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.steps_table.setObjectName(u"steps_table")
        self.steps_table.setColumnCount(4)

        self.dialog_layout.addWidget(self.steps_table)

        self.steps_buttons_layout = QHBoxLayout()
        self.steps_buttons_layout.setObjectName(u"steps_buttons_layout")
        self.add_step_button = QPushButton(SessionDialog)
        self.add_step_button.setObjectName(u"add_step_button")

        self.steps_buttons_layout.addWidget(self.add_step_button)

        self.remove_step_button = QPushButton(SessionDialog)
        self.remove_step_button.setObjectName(u"remove_step_button")

        self.steps_buttons_layout.addWidget(self.remove_step_button)

        self.steps_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.steps_buttons_layout.addItem(self.steps_spacer)


        self.dialog_layout.addLayout(self.steps_buttons_layout)

        self.message_label = QLabel(SessionDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SessionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.when_label.setBuddy(self.when_edit)
        self.coach_label.setBuddy(self.coach_edit)
        self.agenda_label.setBuddy(self.agenda_edit)
        self.decisions_label.setBuddy(self.decisions_edit)
        self.steps_label.setBuddy(self.steps_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Log a coaching session", None))
        self.intro_label.setText(QCoreApplication.translate("SessionDialog", u"What you covered on the call and what happens next. The plan's sections are remembered as they are now, so later changes can be compared.", None))
        self.when_label.setText(QCoreApplication.translate("SessionDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.when_edit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Session date", None))
#endif // QT_CONFIG(accessibility)
        self.when_edit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"d MMM yyyy HH:mm", None))
        self.coach_label.setText(QCoreApplication.translate("SessionDialog", u"&Coach", None))
#if QT_CONFIG(accessibility)
        self.coach_edit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Coach", None))
#endif // QT_CONFIG(accessibility)
        self.coach_edit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Who coached this call", None))
        self.agenda_label.setText(QCoreApplication.translate("SessionDialog", u"&Agenda", None))
#if QT_CONFIG(accessibility)
        self.agenda_edit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.agenda_edit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"What you planned to cover", None))
        self.decisions_label.setText(QCoreApplication.translate("SessionDialog", u"Deci&ded", None))
#if QT_CONFIG(accessibility)
        self.decisions_edit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"What was decided", None))
#endif // QT_CONFIG(accessibility)
        self.decisions_edit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"What you agreed on", None))
        self.steps_label.setText(QCoreApplication.translate("SessionDialog", u"&Next steps (owner, due date; tick the ones already done)", None))
        ___qtablewidgetitem = self.steps_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SessionDialog", u"Next step", None))
        ___qtablewidgetitem1 = self.steps_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SessionDialog", u"Owner", None))
        ___qtablewidgetitem2 = self.steps_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SessionDialog", u"Due", None))
        ___qtablewidgetitem3 = self.steps_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SessionDialog", u"Done", None))
#if QT_CONFIG(accessibility)
        self.steps_table.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Next steps", None))
#endif // QT_CONFIG(accessibility)
        self.add_step_button.setText(QCoreApplication.translate("SessionDialog", u"Add s&tep", None))
        self.remove_step_button.setText(QCoreApplication.translate("SessionDialog", u"&Remove step", None))
        self.message_label.setText("")
    # retranslateUi

