# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportPacketDialog(object):
    def setupUi(self, ExportPacketDialog):
        if not ExportPacketDialog.objectName():
            ExportPacketDialog.setObjectName(u"ExportPacketDialog")
        ExportPacketDialog.resize(1100, 700)
        self.main_layout = QVBoxLayout(ExportPacketDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.options_panel = QWidget(ExportPacketDialog)
        self.options_panel.setObjectName(u"options_panel")
        self.options_panel.setMinimumSize(QSize(260, 0))
        self.options_panel.setMaximumSize(QSize(300, 16777215))
        self.options_layout = QVBoxLayout(self.options_panel)
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.intro_label = QLabel(self.options_panel)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.options_layout.addWidget(self.intro_label)

        self.paper_group = QGroupBox(self.options_panel)
        self.paper_group.setObjectName(u"paper_group")
        self.paper_layout = QFormLayout(self.paper_group)
        self.paper_layout.setObjectName(u"paper_layout")
        self.paper_label = QLabel(self.paper_group)
        self.paper_label.setObjectName(u"paper_label")

        self.paper_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo = QComboBox(self.paper_group)
        self.paper_combo.setObjectName(u"paper_combo")

        self.paper_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper_combo)


        self.options_layout.addWidget(self.paper_group)

        self.include_group = QGroupBox(self.options_panel)
        self.include_group.setObjectName(u"include_group")
        self.include_layout = QVBoxLayout(self.include_group)
        self.include_layout.setObjectName(u"include_layout")
        self.private_check = QCheckBox(self.include_group)
        self.private_check.setObjectName(u"private_check")

        self.include_layout.addWidget(self.private_check)

        self.private_note = QLabel(self.include_group)
        self.private_note.setObjectName(u"private_note")
        self.private_note.setWordWrap(True)
        self.private_note.setIndent(20)

        self.include_layout.addWidget(self.private_note)

        self.coach_notes_check = QCheckBox(self.include_group)
        self.coach_notes_check.setObjectName(u"coach_notes_check")

        self.include_layout.addWidget(self.coach_notes_check)

        self.coach_notes_note = QLabel(self.include_group)
        self.coach_notes_note.setObjectName(u"coach_notes_note")
        self.coach_notes_note.setWordWrap(True)
        self.coach_notes_note.setIndent(20)

        self.include_layout.addWidget(self.coach_notes_note)


        self.options_layout.addWidget(self.include_group)

        self.warning_label = QLabel(self.options_panel)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)

        self.options_layout.addWidget(self.warning_label)

        self.options_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.options_layout.addItem(self.options_spacer)

        self.status_label = QLabel(self.options_panel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.options_layout.addWidget(self.status_label)

        self.busy_bar = QProgressBar(self.options_panel)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.options_layout.addWidget(self.busy_bar)


        self.body_layout.addWidget(self.options_panel)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_view = QPdfView(ExportPacketDialog)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.preview_layout.addWidget(self.preview_view)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setObjectName(u"nav_layout")
        self.previous_button = QPushButton(ExportPacketDialog)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setAutoDefault(False)

        self.nav_layout.addWidget(self.previous_button)

        self.page_label = QLabel(ExportPacketDialog)
        self.page_label.setObjectName(u"page_label")
        self.page_label.setMinimumSize(QSize(110, 0))
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.nav_layout.addWidget(self.page_label)

        self.next_button = QPushButton(ExportPacketDialog)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoDefault(False)

        self.nav_layout.addWidget(self.next_button)

        self.nav_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.zoom_label = QLabel(ExportPacketDialog)
        self.zoom_label.setObjectName(u"zoom_label")

        self.nav_layout.addWidget(self.zoom_label)

        self.zoom_combo = QComboBox(ExportPacketDialog)
        self.zoom_combo.setObjectName(u"zoom_combo")

        self.nav_layout.addWidget(self.zoom_combo)


        self.preview_layout.addLayout(self.nav_layout)


        self.body_layout.addLayout(self.preview_layout)

        self.body_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.body_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(ExportPacketDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.print_button = QPushButton(ExportPacketDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.close_button = QPushButton(ExportPacketDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.paper_label.setBuddy(self.paper_combo)
        self.zoom_label.setBuddy(self.zoom_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paper_combo, self.private_check)
        QWidget.setTabOrder(self.private_check, self.coach_notes_check)
        QWidget.setTabOrder(self.coach_notes_check, self.preview_view)
        QWidget.setTabOrder(self.preview_view, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.zoom_combo)
        QWidget.setTabOrder(self.zoom_combo, self.save_button)
        QWidget.setTabOrder(self.save_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.close_button)

        self.retranslateUi(ExportPacketDialog)

        QMetaObject.connectSlotsByName(ExportPacketDialog)
    # setupUi

    def retranslateUi(self, ExportPacketDialog):
        ExportPacketDialog.setWindowTitle(QCoreApplication.translate("ExportPacketDialog", u"Export the application packet", None))
#if QT_CONFIG(accessibility)
        ExportPacketDialog.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Export the application packet", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("ExportPacketDialog", u"The PDF packet you submit with the endorsement application and that volunteers print. The preview shows it exactly as it will be saved or printed.", None))
        self.paper_group.setTitle(QCoreApplication.translate("ExportPacketDialog", u"Paper", None))
        self.paper_label.setText(QCoreApplication.translate("ExportPacketDialog", u"P&aper size:", None))
#if QT_CONFIG(tooltip)
        self.paper_combo.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Letter is the usual size in the United States; A4 elsewhere.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.include_group.setTitle(QCoreApplication.translate("ExportPacketDialog", u"What to include", None))
#if QT_CONFIG(tooltip)
        self.private_check.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Adds the candidate's home address, personal phone and email, and birth date to the packet.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.private_check.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Include private details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.private_check.setAccessibleDescription(QCoreApplication.translate("ExportPacketDialog", u"Home address, personal phone and email, birth date. Left out unless ticked.", None))
#endif // QT_CONFIG(accessibility)
        self.private_check.setText(QCoreApplication.translate("ExportPacketDialog", u"Include p&rivate details", None))
        self.private_note.setText(QCoreApplication.translate("ExportPacketDialog", u"Home address, personal phone and email, birth date. These are private: they stay out of the packet unless you tick this.", None))
#if QT_CONFIG(tooltip)
        self.coach_notes_check.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Adds the notes written in coaching sessions at the end of the packet.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.coach_notes_check.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Include coach notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.coach_notes_check.setAccessibleDescription(QCoreApplication.translate("ExportPacketDialog", u"Notes between the candidate and the coach. Left out unless ticked.", None))
#endif // QT_CONFIG(accessibility)
        self.coach_notes_check.setText(QCoreApplication.translate("ExportPacketDialog", u"Include &coach notes", None))
        self.coach_notes_note.setText(QCoreApplication.translate("ExportPacketDialog", u"Notes between you and your coach. Left out unless you tick this; remove them before you submit the packet.", None))
#if QT_CONFIG(accessibility)
        self.warning_label.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Privacy warning", None))
#endif // QT_CONFIG(accessibility)
        self.warning_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Preview status", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Preparing the packet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_view.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Packet preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Previous page (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previous_button.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("ExportPacketDialog", u"< Pre&vious", None))
#if QT_CONFIG(accessibility)
        self.page_label.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Current page", None))
#endif // QT_CONFIG(accessibility)
        self.page_label.setText("")
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Next page (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Next page", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("ExportPacketDialog", u"&Next >", None))
        self.zoom_label.setText(QCoreApplication.translate("ExportPacketDialog", u"&Zoom:", None))
#if QT_CONFIG(accessibility)
        self.zoom_combo.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Save the packet as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Save the packet as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("ExportPacketDialog", u"&Save\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Print the packet (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Print the packet", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("ExportPacketDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("ExportPacketDialog", u"Close without saving (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("ExportPacketDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("ExportPacketDialog", u"Close", None))
    # retranslateUi

