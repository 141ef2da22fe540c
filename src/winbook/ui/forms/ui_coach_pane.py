# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coach_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QTabWidget, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_CoachPane(object):
    def setupUi(self, CoachPane):
        if not CoachPane.objectName():
            CoachPane.setObjectName(u"CoachPane")
        CoachPane.resize(360, 640)
        self.pane_layout = QVBoxLayout(CoachPane)
        self.pane_layout.setObjectName(u"pane_layout")
        self.pane_layout.setContentsMargins(6, 6, 6, 6)
        self.section_label = QLabel(CoachPane)
        self.section_label.setObjectName(u"section_label")
        self.section_label.setWordWrap(True)
        font = QFont()
        font.setPointSize(11)
        font.setBold(True)
        self.section_label.setFont(font)

        self.pane_layout.addWidget(self.section_label)

        self.privacy_label = QLabel(CoachPane)
        self.privacy_label.setObjectName(u"privacy_label")
        self.privacy_label.setWordWrap(True)

        self.pane_layout.addWidget(self.privacy_label)

        self.tabs = QTabWidget(CoachPane)
        self.tabs.setObjectName(u"tabs")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_layout = QVBoxLayout(self.notes_tab)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_list = QListWidget(self.notes_tab)
        self.notes_list.setObjectName(u"notes_list")
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)
        self.notes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.notes_layout.addWidget(self.notes_list)

        self.notes_empty_label = QLabel(self.notes_tab)
        self.notes_empty_label.setObjectName(u"notes_empty_label")
        self.notes_empty_label.setWordWrap(True)

        self.notes_layout.addWidget(self.notes_empty_label)

        self.note_edit = QPlainTextEdit(self.notes_tab)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)

        self.notes_layout.addWidget(self.note_edit)

        self.author_layout = QHBoxLayout()
        self.author_layout.setObjectName(u"author_layout")
        self.author_label = QLabel(self.notes_tab)
        self.author_label.setObjectName(u"author_label")

        self.author_layout.addWidget(self.author_label)

        self.author_edit = QLineEdit(self.notes_tab)
        self.author_edit.setObjectName(u"author_edit")

        self.author_layout.addWidget(self.author_edit)


        self.notes_layout.addLayout(self.author_layout)

        self.note_buttons_layout = QHBoxLayout()
        self.note_buttons_layout.setObjectName(u"note_buttons_layout")
        self.add_note_button = QPushButton(self.notes_tab)
        self.add_note_button.setObjectName(u"add_note_button")

        self.note_buttons_layout.addWidget(self.add_note_button)

        self.update_note_button = QPushButton(self.notes_tab)
        self.update_note_button.setObjectName(u"update_note_button")

        self.note_buttons_layout.addWidget(self.update_note_button)

        self.delete_note_button = QPushButton(self.notes_tab)
        self.delete_note_button.setObjectName(u"delete_note_button")

        self.note_buttons_layout.addWidget(self.delete_note_button)


        self.notes_layout.addLayout(self.note_buttons_layout)

        self.tabs.addTab(self.notes_tab, "")
        self.changes_tab = QWidget()
        self.changes_tab.setObjectName(u"changes_tab")
        self.changes_layout = QVBoxLayout(self.changes_tab)
        self.changes_layout.setObjectName(u"changes_layout")
        self.changed_label = QLabel(self.changes_tab)
        self.changed_label.setObjectName(u"changed_label")
        self.changed_label.setWordWrap(True)

        self.changes_layout.addWidget(self.changed_label)

        self.compare_view = QTextBrowser(self.changes_tab)
        self.compare_view.setObjectName(u"compare_view")
        self.compare_view.setOpenLinks(False)

        self.changes_layout.addWidget(self.compare_view)

        self.legend_label = QLabel(self.changes_tab)
        self.legend_label.setObjectName(u"legend_label")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)

        self.changes_layout.addWidget(self.legend_label)

        self.other_changes_label = QLabel(self.changes_tab)
        self.other_changes_label.setObjectName(u"other_changes_label")
        self.other_changes_label.setWordWrap(True)

        self.changes_layout.addWidget(self.other_changes_label)

        self.tabs.addTab(self.changes_tab, "")
        self.sessions_tab = QWidget()
        self.sessions_tab.setObjectName(u"sessions_tab")
        self.sessions_layout = QVBoxLayout(self.sessions_tab)
        self.sessions_layout.setObjectName(u"sessions_layout")
        self.session_buttons_layout = QHBoxLayout()
        self.session_buttons_layout.setObjectName(u"session_buttons_layout")
        self.log_session_button = QPushButton(self.sessions_tab)
        self.log_session_button.setObjectName(u"log_session_button")

        self.session_buttons_layout.addWidget(self.log_session_button)

        self.edit_session_button = QPushButton(self.sessions_tab)
        self.edit_session_button.setObjectName(u"edit_session_button")

        self.session_buttons_layout.addWidget(self.edit_session_button)


        self.sessions_layout.addLayout(self.session_buttons_layout)

        self.sessions_list = QListWidget(self.sessions_tab)
        self.sessions_list.setObjectName(u"sessions_list")
        self.sessions_list.setMaximumHeight(110)

        self.sessions_layout.addWidget(self.sessions_list)

        self.session_view = QTextBrowser(self.sessions_tab)
        self.session_view.setObjectName(u"session_view")

        self.sessions_layout.addWidget(self.session_view)

        self.steps_title_label = QLabel(self.sessions_tab)
        self.steps_title_label.setObjectName(u"steps_title_label")
        font1 = QFont()
        font1.setBold(True)
        self.steps_title_label.setFont(font1)

        self.sessions_layout.addWidget(self.steps_title_label)

        self.steps_list = QListWidget(self.sessions_tab)
        self.steps_list.setObjectName(u"steps_list")
        self.steps_list.setWordWrap(True)
        self.steps_list.setMaximumHeight(140)

        self.sessions_layout.addWidget(self.steps_list)

        self.tabs.addTab(self.sessions_tab, "")

        self.pane_layout.addWidget(self.tabs)

        self.export_summary_button = QPushButton(CoachPane)
        self.export_summary_button.setObjectName(u"export_summary_button")

        self.pane_layout.addWidget(self.export_summary_button)

#if QT_CONFIG(shortcut)
        self.author_label.setBuddy(self.author_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoachPane)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CoachPane)
    # setupUi

    def retranslateUi(self, CoachPane):
        self.section_label.setText("")
        self.privacy_label.setText(QCoreApplication.translate("CoachPane", u"Notes are kept in the plan and left out of the packet unless you choose to include them.", None))
#if QT_CONFIG(accessibility)
        self.notes_list.setAccessibleName(QCoreApplication.translate("CoachPane", u"Coach notes on this section", None))
#endif // QT_CONFIG(accessibility)
        self.notes_empty_label.setText(QCoreApplication.translate("CoachPane", u"No notes on this section yet. Write one below: what you discussed, what to look at next time.", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("CoachPane", u"Note text", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("CoachPane", u"Write a note on this section\u2026", None))
        self.author_label.setText(QCoreApplication.translate("CoachPane", u"&Your name", None))
#if QT_CONFIG(accessibility)
        self.author_edit.setAccessibleName(QCoreApplication.translate("CoachPane", u"Note author", None))
#endif // QT_CONFIG(accessibility)
        self.author_edit.setPlaceholderText(QCoreApplication.translate("CoachPane", u"Coach's name", None))
        self.add_note_button.setText(QCoreApplication.translate("CoachPane", u"&Add note", None))
        self.update_note_button.setText(QCoreApplication.translate("CoachPane", u"Save edit", None))
#if QT_CONFIG(tooltip)
        self.update_note_button.setToolTip(QCoreApplication.translate("CoachPane", u"Replace the selected note's text with the text above", None))
#endif // QT_CONFIG(tooltip)
        self.delete_note_button.setText(QCoreApplication.translate("CoachPane", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.delete_note_button.setToolTip(QCoreApplication.translate("CoachPane", u"Delete the selected note (Edit \u2192 Undo brings it back)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.notes_tab), QCoreApplication.translate("CoachPane", u"Notes", None))
        self.changed_label.setText("")
#if QT_CONFIG(accessibility)
        self.compare_view.setAccessibleName(QCoreApplication.translate("CoachPane", u"Section text compared with the last session", None))
#endif // QT_CONFIG(accessibility)
        self.legend_label.setText(QCoreApplication.translate("CoachPane", u"<s>Struck through</s>: removed since the session. <b><u>Bold and underlined</u></b>: added.", None))
        self.other_changes_label.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.changes_tab), QCoreApplication.translate("CoachPane", u"Changes", None))
        self.log_session_button.setText(QCoreApplication.translate("CoachPane", u"&Log a session\u2026", None))
#if QT_CONFIG(tooltip)
        self.log_session_button.setToolTip(QCoreApplication.translate("CoachPane", u"Record today's call: agenda, decisions and next steps", None))
#endif // QT_CONFIG(tooltip)
        self.edit_session_button.setText(QCoreApplication.translate("CoachPane", u"&Edit session\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_session_button.setToolTip(QCoreApplication.translate("CoachPane", u"Change the selected session", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sessions_list.setAccessibleName(QCoreApplication.translate("CoachPane", u"Past coaching sessions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.session_view.setAccessibleName(QCoreApplication.translate("CoachPane", u"The selected session", None))
#endif // QT_CONFIG(accessibility)
        self.steps_title_label.setText(QCoreApplication.translate("CoachPane", u"Next steps (tick when done)", None))
#if QT_CONFIG(accessibility)
        self.steps_list.setAccessibleName(QCoreApplication.translate("CoachPane", u"Next steps of the selected session", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.sessions_tab), QCoreApplication.translate("CoachPane", u"Sessions", None))
        self.export_summary_button.setText(QCoreApplication.translate("CoachPane", u"Export one-on-one &summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_summary_button.setToolTip(QCoreApplication.translate("CoachPane", u"A one-page PDF for the candidate: readiness at a glance, open questions, next steps", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

