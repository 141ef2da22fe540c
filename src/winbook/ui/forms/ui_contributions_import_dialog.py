# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contributions_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ContributionsImportDialog(object):
    def setupUi(self, ContributionsImportDialog):
        if not ContributionsImportDialog.objectName():
            ContributionsImportDialog.setObjectName(u"ContributionsImportDialog")
        ContributionsImportDialog.resize(900, 680)
        self.main_layout = QVBoxLayout(ContributionsImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_label = QLabel(ContributionsImportDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.main_layout.addWidget(self.file_label)

        self.columns_group = QGroupBox(ContributionsImportDialog)
        self.columns_group.setObjectName(u"columns_group")
        self.columns_layout = QGridLayout(self.columns_group)
        self.columns_layout.setObjectName(u"columns_layout")
        self.date_label = QLabel(self.columns_group)
        self.date_label.setObjectName(u"date_label")

        self.columns_layout.addWidget(self.date_label, 0, 0, 1, 1)

        self.date_combo = QComboBox(self.columns_group)
        self.date_combo.setObjectName(u"date_combo")

        self.columns_layout.addWidget(self.date_combo, 0, 1, 1, 1)

        self.amount_label = QLabel(self.columns_group)
        self.amount_label.setObjectName(u"amount_label")

        self.columns_layout.addWidget(self.amount_label, 0, 2, 1, 1)

        self.amount_combo = QComboBox(self.columns_group)
        self.amount_combo.setObjectName(u"amount_combo")

        self.columns_layout.addWidget(self.amount_combo, 0, 3, 1, 1)

        self.receipt_label = QLabel(self.columns_group)
        self.receipt_label.setObjectName(u"receipt_label")

        self.columns_layout.addWidget(self.receipt_label, 1, 0, 1, 1)

        self.receipt_combo = QComboBox(self.columns_group)
        self.receipt_combo.setObjectName(u"receipt_combo")

        self.columns_layout.addWidget(self.receipt_combo, 1, 1, 1, 1)

        self.donor_id_label = QLabel(self.columns_group)
        self.donor_id_label.setObjectName(u"donor_id_label")

        self.columns_layout.addWidget(self.donor_id_label, 1, 2, 1, 1)

        self.donor_id_combo = QComboBox(self.columns_group)
        self.donor_id_combo.setObjectName(u"donor_id_combo")

        self.columns_layout.addWidget(self.donor_id_combo, 1, 3, 1, 1)

        self.first_name_label = QLabel(self.columns_group)
        self.first_name_label.setObjectName(u"first_name_label")

        self.columns_layout.addWidget(self.first_name_label, 2, 0, 1, 1)

        self.first_name_combo = QComboBox(self.columns_group)
        self.first_name_combo.setObjectName(u"first_name_combo")

        self.columns_layout.addWidget(self.first_name_combo, 2, 1, 1, 1)

        self.last_name_label = QLabel(self.columns_group)
        self.last_name_label.setObjectName(u"last_name_label")

        self.columns_layout.addWidget(self.last_name_label, 2, 2, 1, 1)

        self.last_name_combo = QComboBox(self.columns_group)
        self.last_name_combo.setObjectName(u"last_name_combo")

        self.columns_layout.addWidget(self.last_name_combo, 2, 3, 1, 1)

        self.donor_name_label = QLabel(self.columns_group)
        self.donor_name_label.setObjectName(u"donor_name_label")

        self.columns_layout.addWidget(self.donor_name_label, 3, 0, 1, 1)

        self.donor_name_combo = QComboBox(self.columns_group)
        self.donor_name_combo.setObjectName(u"donor_name_combo")

        self.columns_layout.addWidget(self.donor_name_combo, 3, 1, 1, 1)

        self.zip_label = QLabel(self.columns_group)
        self.zip_label.setObjectName(u"zip_label")

        self.columns_layout.addWidget(self.zip_label, 3, 2, 1, 1)

        self.zip_combo = QComboBox(self.columns_group)
        self.zip_combo.setObjectName(u"zip_combo")

        self.columns_layout.addWidget(self.zip_combo, 3, 3, 1, 1)

        self.refund_date_label = QLabel(self.columns_group)
        self.refund_date_label.setObjectName(u"refund_date_label")

        self.columns_layout.addWidget(self.refund_date_label, 4, 0, 1, 1)

        self.refund_date_combo = QComboBox(self.columns_group)
        self.refund_date_combo.setObjectName(u"refund_date_combo")

        self.columns_layout.addWidget(self.refund_date_combo, 4, 1, 1, 1)

        self.fee_label = QLabel(self.columns_group)
        self.fee_label.setObjectName(u"fee_label")

        self.columns_layout.addWidget(self.fee_label, 4, 2, 1, 1)

        self.fee_combo = QComboBox(self.columns_group)
        self.fee_combo.setObjectName(u"fee_combo")

        self.columns_layout.addWidget(self.fee_combo, 4, 3, 1, 1)

        self.recipient_label = QLabel(self.columns_group)
        self.recipient_label.setObjectName(u"recipient_label")

        self.columns_layout.addWidget(self.recipient_label, 5, 0, 1, 1)

        self.recipient_combo = QComboBox(self.columns_group)
        self.recipient_combo.setObjectName(u"recipient_combo")

        self.columns_layout.addWidget(self.recipient_combo, 5, 1, 1, 1)


        self.main_layout.addWidget(self.columns_group)

        self.preview_table = QTableWidget(ContributionsImportDialog)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.preview_table)

        self.candidate_group = QGroupBox(ContributionsImportDialog)
        self.candidate_group.setObjectName(u"candidate_group")
        self.candidate_layout = QVBoxLayout(self.candidate_group)
        self.candidate_layout.setObjectName(u"candidate_layout")
        self.candidate_label = QLabel(self.candidate_group)
        self.candidate_label.setObjectName(u"candidate_label")
        self.candidate_label.setWordWrap(True)

        self.candidate_layout.addWidget(self.candidate_label)

        self.candidate_list = QListWidget(self.candidate_group)
        self.candidate_list.setObjectName(u"candidate_list")
        self.candidate_list.setMaximumHeight(90)

        self.candidate_layout.addWidget(self.candidate_list)

        self.other_name_layout = QHBoxLayout()
        self.other_name_layout.setObjectName(u"other_name_layout")
        self.other_name_label = QLabel(self.candidate_group)
        self.other_name_label.setObjectName(u"other_name_label")

        self.other_name_layout.addWidget(self.other_name_label)

        self.other_name_edit = QLineEdit(self.candidate_group)
        self.other_name_edit.setObjectName(u"other_name_edit")

        self.other_name_layout.addWidget(self.other_name_edit)

        self.find_name_button = QPushButton(self.candidate_group)
        self.find_name_button.setObjectName(u"find_name_button")

        self.other_name_layout.addWidget(self.find_name_button)


        self.candidate_layout.addLayout(self.other_name_layout)


        self.main_layout.addWidget(self.candidate_group)

        self.summary_label = QLabel(ContributionsImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.problems_text = QPlainTextEdit(ContributionsImportDialog)
        self.problems_text.setObjectName(u"problems_text")
        self.problems_text.setReadOnly(True)
        self.problems_text.setMaximumHeight(70)

        self.main_layout.addWidget(self.problems_text)

        self.button_box = QDialogButtonBox(ContributionsImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_combo)
        self.amount_label.setBuddy(self.amount_combo)
        self.receipt_label.setBuddy(self.receipt_combo)
        self.donor_id_label.setBuddy(self.donor_id_combo)
        self.first_name_label.setBuddy(self.first_name_combo)
        self.last_name_label.setBuddy(self.last_name_combo)
        self.donor_name_label.setBuddy(self.donor_name_combo)
        self.zip_label.setBuddy(self.zip_combo)
        self.refund_date_label.setBuddy(self.refund_date_combo)
        self.fee_label.setBuddy(self.fee_combo)
        self.recipient_label.setBuddy(self.recipient_combo)
        self.other_name_label.setBuddy(self.other_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContributionsImportDialog)

        QMetaObject.connectSlotsByName(ContributionsImportDialog)
    # setupUi

    def retranslateUi(self, ContributionsImportDialog):
        ContributionsImportDialog.setWindowTitle(QCoreApplication.translate("ContributionsImportDialog", u"Import contributions", None))
        self.file_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Say which column holds what. Donors' names stay in this window: the plan keeps totals only.", None))
        self.columns_group.setTitle(QCoreApplication.translate("ContributionsImportDialog", u"Columns", None))
        self.date_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"&Date:", None))
        self.amount_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"&Amount:", None))
        self.receipt_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"&Receipt ID:", None))
        self.donor_id_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Donor &ID:", None))
        self.first_name_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Donor &first name:", None))
        self.last_name_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Donor &last name:", None))
        self.donor_name_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Donor &name (one column):", None))
        self.zip_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Donor &ZIP:", None))
        self.refund_date_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Re&fund date:", None))
        self.fee_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"F&ee:", None))
        self.recipient_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Re&cipient (committee):", None))
#if QT_CONFIG(accessibility)
        self.preview_table.setAccessibleName(QCoreApplication.translate("ContributionsImportDialog", u"The export's first rows", None))
#endif // QT_CONFIG(accessibility)
        self.candidate_group.setTitle(QCoreApplication.translate("ContributionsImportDialog", u"Your own gifts", None))
        self.candidate_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Tick the donors who are you: your own money does not count for the test.", None))
#if QT_CONFIG(accessibility)
        self.candidate_list.setAccessibleName(QCoreApplication.translate("ContributionsImportDialog", u"Donors whose name matches yours", None))
#endif // QT_CONFIG(accessibility)
        self.other_name_label.setText(QCoreApplication.translate("ContributionsImportDialog", u"Another name you gave &under:", None))
#if QT_CONFIG(accessibility)
        self.other_name_edit.setAccessibleName(QCoreApplication.translate("ContributionsImportDialog", u"Another name you gave under", None))
#endif // QT_CONFIG(accessibility)
        self.other_name_edit.setPlaceholderText(QCoreApplication.translate("ContributionsImportDialog", u"for example Maya J. Okafor", None))
        self.find_name_button.setText(QCoreApplication.translate("ContributionsImportDialog", u"Find", None))
        self.summary_label.setText("")
#if QT_CONFIG(accessibility)
        self.problems_text.setAccessibleName(QCoreApplication.translate("ContributionsImportDialog", u"Problems with the file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

