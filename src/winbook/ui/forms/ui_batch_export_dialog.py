# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BatchExportDialog(object):
    def setupUi(self, BatchExportDialog):
        if not BatchExportDialog.objectName():
            BatchExportDialog.setObjectName(u"BatchExportDialog")
        BatchExportDialog.resize(640, 620)
        self.dialog_layout = QVBoxLayout(BatchExportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(BatchExportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.plans_group = QGroupBox(BatchExportDialog)
        self.plans_group.setObjectName(u"plans_group")
        self.plans_layout = QVBoxLayout(self.plans_group)
        self.plans_layout.setObjectName(u"plans_layout")
        self.plans_list = QListWidget(self.plans_group)
        self.plans_list.setObjectName(u"plans_list")
        self.plans_list.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.plans_layout.addWidget(self.plans_list)

        self.plans_buttons = QHBoxLayout()
        self.plans_buttons.setObjectName(u"plans_buttons")
        self.add_folder_button = QPushButton(self.plans_group)
        self.add_folder_button.setObjectName(u"add_folder_button")

        self.plans_buttons.addWidget(self.add_folder_button)

        self.add_files_button = QPushButton(self.plans_group)
        self.add_files_button.setObjectName(u"add_files_button")

        self.plans_buttons.addWidget(self.add_files_button)

        self.remove_button = QPushButton(self.plans_group)
        self.remove_button.setObjectName(u"remove_button")

        self.plans_buttons.addWidget(self.remove_button)

        self.plans_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plans_buttons.addItem(self.plans_spacer)

        self.count_label = QLabel(self.plans_group)
        self.count_label.setObjectName(u"count_label")

        self.plans_buttons.addWidget(self.count_label)


        self.plans_layout.addLayout(self.plans_buttons)


        self.dialog_layout.addWidget(self.plans_group)

        self.packets_group = QGroupBox(BatchExportDialog)
        self.packets_group.setObjectName(u"packets_group")
        self.packets_layout = QFormLayout(self.packets_group)
        self.packets_layout.setObjectName(u"packets_layout")
        self.paper_label = QLabel(self.packets_group)
        self.paper_label.setObjectName(u"paper_label")

        self.packets_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo = QComboBox(self.packets_group)
        self.paper_combo.setObjectName(u"paper_combo")

        self.packets_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper_combo)

        self.mode_label = QLabel(self.packets_group)
        self.mode_label.setObjectName(u"mode_label")

        self.packets_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode_layout = QVBoxLayout()
        self.mode_layout.setObjectName(u"mode_layout")
        self.per_plan_radio = QRadioButton(self.packets_group)
        self.per_plan_radio.setObjectName(u"per_plan_radio")
        self.per_plan_radio.setChecked(True)

        self.mode_layout.addWidget(self.per_plan_radio)

        self.merged_radio = QRadioButton(self.packets_group)
        self.merged_radio.setObjectName(u"merged_radio")

        self.mode_layout.addWidget(self.merged_radio)

        self.separator_check = QCheckBox(self.packets_group)
        self.separator_check.setObjectName(u"separator_check")

        self.mode_layout.addWidget(self.separator_check)


        self.packets_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.mode_layout)

        self.output_label = QLabel(self.packets_group)
        self.output_label.setObjectName(u"output_label")

        self.packets_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.output_label)

        self.output_layout = QHBoxLayout()
        self.output_layout.setObjectName(u"output_layout")
        self.output_edit = QLineEdit(self.packets_group)
        self.output_edit.setObjectName(u"output_edit")

        self.output_layout.addWidget(self.output_edit)

        self.output_button = QPushButton(self.packets_group)
        self.output_button.setObjectName(u"output_button")

        self.output_layout.addWidget(self.output_button)


        self.packets_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.output_layout)


        self.dialog_layout.addWidget(self.packets_group)

        self.progress_bar = QProgressBar(BatchExportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.dialog_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(BatchExportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.status_label)

        self.errors_list = QListWidget(BatchExportDialog)
        self.errors_list.setObjectName(u"errors_list")
        self.errors_list.setWordWrap(True)

        self.dialog_layout.addWidget(self.errors_list)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.export_button = QPushButton(BatchExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.button_layout.addWidget(self.export_button)

        self.cancel_button = QPushButton(BatchExportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.close_button = QPushButton(BatchExportDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.paper_label.setBuddy(self.paper_combo)
        self.output_label.setBuddy(self.output_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.plans_list, self.add_folder_button)
        QWidget.setTabOrder(self.add_folder_button, self.add_files_button)
        QWidget.setTabOrder(self.add_files_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.paper_combo)
        QWidget.setTabOrder(self.paper_combo, self.per_plan_radio)
        QWidget.setTabOrder(self.per_plan_radio, self.merged_radio)
        QWidget.setTabOrder(self.merged_radio, self.separator_check)
        QWidget.setTabOrder(self.separator_check, self.output_edit)
        QWidget.setTabOrder(self.output_edit, self.output_button)
        QWidget.setTabOrder(self.output_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.close_button)

        self.retranslateUi(BatchExportDialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(BatchExportDialog)
    # setupUi

    def retranslateUi(self, BatchExportDialog):
        BatchExportDialog.setWindowTitle(QCoreApplication.translate("BatchExportDialog", u"Export packets for several plans", None))
        self.intro_label.setText(QCoreApplication.translate("BatchExportDialog", u"Print the application packets of many plans at once: one PDF per plan in a folder, or all of them in one PDF ready to print on both sides. Private details and coach notes are never included.", None))
        self.plans_group.setTitle(QCoreApplication.translate("BatchExportDialog", u"Plans", None))
#if QT_CONFIG(accessibility)
        self.plans_list.setAccessibleName(QCoreApplication.translate("BatchExportDialog", u"Plans to print", None))
#endif // QT_CONFIG(accessibility)
        self.add_folder_button.setText(QCoreApplication.translate("BatchExportDialog", u"Add a &folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_folder_button.setToolTip(QCoreApplication.translate("BatchExportDialog", u"Every plan (.winbook or .json) in a folder", None))
#endif // QT_CONFIG(tooltip)
        self.add_files_button.setText(QCoreApplication.translate("BatchExportDialog", u"Add &plans\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("BatchExportDialog", u"&Remove", None))
        self.count_label.setText(QCoreApplication.translate("BatchExportDialog", u"No plans yet", None))
        self.packets_group.setTitle(QCoreApplication.translate("BatchExportDialog", u"Packets", None))
        self.paper_label.setText(QCoreApplication.translate("BatchExportDialog", u"P&aper", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("BatchExportDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.mode_label.setText(QCoreApplication.translate("BatchExportDialog", u"Make", None))
        self.per_plan_radio.setText(QCoreApplication.translate("BatchExportDialog", u"&One PDF per plan, in a folder", None))
        self.merged_radio.setText(QCoreApplication.translate("BatchExportDialog", u"All in &one PDF, every packet starting on the front of a sheet", None))
        self.separator_check.setText(QCoreApplication.translate("BatchExportDialog", u"A cover &sheet with the candidate's name between packets", None))
        self.output_label.setText(QCoreApplication.translate("BatchExportDialog", u"Sa&ve to", None))
#if QT_CONFIG(accessibility)
        self.output_edit.setAccessibleName(QCoreApplication.translate("BatchExportDialog", u"Where the packets go", None))
#endif // QT_CONFIG(accessibility)
        self.output_button.setText(QCoreApplication.translate("BatchExportDialog", u"C&hoose\u2026", None))
        self.progress_bar.setFormat(QCoreApplication.translate("BatchExportDialog", u"%v of %m", None))
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.errors_list.setAccessibleName(QCoreApplication.translate("BatchExportDialog", u"Plans that could not be printed", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("BatchExportDialog", u"&Export", None))
        self.cancel_button.setText(QCoreApplication.translate("BatchExportDialog", u"&Cancel", None))
        self.close_button.setText(QCoreApplication.translate("BatchExportDialog", u"C&lose", None))
    # retranslateUi

