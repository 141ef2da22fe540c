# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_mapping_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHeaderView, QLabel, QPlainTextEdit, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BudgetMappingDialog(object):
    def setupUi(self, BudgetMappingDialog):
        if not BudgetMappingDialog.objectName():
            BudgetMappingDialog.setObjectName(u"BudgetMappingDialog")
        BudgetMappingDialog.resize(860, 600)
        self.main_layout = QVBoxLayout(BudgetMappingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_label = QLabel(BudgetMappingDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.main_layout.addWidget(self.file_label)

        self.columns_group = QGroupBox(BudgetMappingDialog)
        self.columns_group.setObjectName(u"columns_group")
        self.columns_layout = QFormLayout(self.columns_group)
        self.columns_layout.setObjectName(u"columns_layout")
        self.amount_label = QLabel(self.columns_group)
        self.amount_label.setObjectName(u"amount_label")

        self.columns_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_combo = QComboBox(self.columns_group)
        self.amount_combo.setObjectName(u"amount_combo")

        self.columns_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amount_combo)

        self.description_label = QLabel(self.columns_group)
        self.description_label.setObjectName(u"description_label")

        self.columns_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_combo = QComboBox(self.columns_group)
        self.description_combo.setObjectName(u"description_combo")

        self.columns_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_combo)

        self.category_label = QLabel(self.columns_group)
        self.category_label.setObjectName(u"category_label")

        self.columns_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(self.columns_group)
        self.category_combo.setObjectName(u"category_combo")

        self.columns_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.month_label = QLabel(self.columns_group)
        self.month_label.setObjectName(u"month_label")

        self.columns_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.month_label)

        self.month_combo = QComboBox(self.columns_group)
        self.month_combo.setObjectName(u"month_combo")

        self.columns_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.month_combo)

        self.in_kind_label = QLabel(self.columns_group)
        self.in_kind_label.setObjectName(u"in_kind_label")

        self.columns_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.in_kind_label)

        self.in_kind_combo = QComboBox(self.columns_group)
        self.in_kind_combo.setObjectName(u"in_kind_combo")

        self.columns_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.in_kind_combo)


        self.main_layout.addWidget(self.columns_group)

        self.preview_table = QTableWidget(BudgetMappingDialog)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.preview_table)

        self.summary_label = QLabel(BudgetMappingDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.problems_text = QPlainTextEdit(BudgetMappingDialog)
        self.problems_text.setObjectName(u"problems_text")
        self.problems_text.setReadOnly(True)
        self.problems_text.setMaximumHeight(120)

        self.main_layout.addWidget(self.problems_text)

        self.button_box = QDialogButtonBox(BudgetMappingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount_combo)
        self.description_label.setBuddy(self.description_combo)
        self.category_label.setBuddy(self.category_combo)
        self.month_label.setBuddy(self.month_combo)
        self.in_kind_label.setBuddy(self.in_kind_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BudgetMappingDialog)

        QMetaObject.connectSlotsByName(BudgetMappingDialog)
    # setupUi

    def retranslateUi(self, BudgetMappingDialog):
        BudgetMappingDialog.setWindowTitle(QCoreApplication.translate("BudgetMappingDialog", u"Import a budget from a spreadsheet", None))
        self.file_label.setText(QCoreApplication.translate("BudgetMappingDialog", u"Say which column holds what. The preview shows the lines as they will be imported.", None))
        self.columns_group.setTitle(QCoreApplication.translate("BudgetMappingDialog", u"Columns", None))
        self.amount_label.setText(QCoreApplication.translate("BudgetMappingDialog", u"&Amount:", None))
        self.description_label.setText(QCoreApplication.translate("BudgetMappingDialog", u"&Description:", None))
        self.category_label.setText(QCoreApplication.translate("BudgetMappingDialog", u"&Category:", None))
        self.month_label.setText(QCoreApplication.translate("BudgetMappingDialog", u"&Month or date:", None))
        self.in_kind_label.setText(QCoreApplication.translate("BudgetMappingDialog", u"&In kind:", None))
        self.summary_label.setText("")
    # retranslateUi

