# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidgetItem, QMainWindow, QMenuBar, QPushButton,
    QSizePolicy, QSplitter, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

from winbook.ui.figures_strip import FiguresStrip
from winbook.ui.navigator import NavigatorList

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(4)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(4, 4, 4, 4)
        self.notice_frame = QFrame(self.central_widget)
        self.notice_frame.setObjectName(u"notice_frame")
        self.notice_frame.setVisible(False)
        self.notice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_layout = QHBoxLayout(self.notice_frame)
        self.notice_layout.setObjectName(u"notice_layout")
        self.notice_label = QLabel(self.notice_frame)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.notice_layout.addWidget(self.notice_label)

        self.notice_dismiss_button = QPushButton(self.notice_frame)
        self.notice_dismiss_button.setObjectName(u"notice_dismiss_button")

        self.notice_layout.addWidget(self.notice_dismiss_button)


        self.central_layout.addWidget(self.notice_frame)

        self.splitter = QSplitter(self.central_widget)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigator_panel = QWidget(self.splitter)
        self.navigator_panel.setObjectName(u"navigator_panel")
        self.navigator_layout = QVBoxLayout(self.navigator_panel)
        self.navigator_layout.setSpacing(2)
        self.navigator_layout.setObjectName(u"navigator_layout")
        self.navigator_layout.setContentsMargins(0, 0, 0, 0)
        self.navigator = NavigatorList(self.navigator_panel)
        self.navigator.setObjectName(u"navigator")
        self.navigator.setMinimumSize(QSize(160, 0))

        self.navigator_layout.addWidget(self.navigator)

        self.legend_label = QLabel(self.navigator_panel)
        self.legend_label.setObjectName(u"legend_label")
        self.legend_label.setWordWrap(True)

        self.navigator_layout.addWidget(self.legend_label)

        self.splitter.addWidget(self.navigator_panel)
        self.page_stack = QStackedWidget(self.splitter)
        self.page_stack.setObjectName(u"page_stack")
        self.splitter.addWidget(self.page_stack)

        self.central_layout.addWidget(self.splitter)

        self.figures_strip = FiguresStrip(self.central_widget)
        self.figures_strip.setObjectName(u"figures_strip")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.figures_strip.sizePolicy().hasHeightForWidth())
        self.figures_strip.setSizePolicy(sizePolicy1)

        self.central_layout.addWidget(self.figures_strip)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Winbook", None))
#if QT_CONFIG(accessibility)
        self.notice_frame.setAccessibleName(QCoreApplication.translate("MainWindow", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        self.notice_label.setText("")
        self.notice_dismiss_button.setText(QCoreApplication.translate("MainWindow", u"&Got it", None))
#if QT_CONFIG(accessibility)
        self.notice_dismiss_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Dismiss the notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navigator.setAccessibleName(QCoreApplication.translate("MainWindow", u"Plan parts", None))
#endif // QT_CONFIG(accessibility)
        self.legend_label.setText(QCoreApplication.translate("MainWindow", u"\u25cb empty \u00b7 \u25d0 drafting \u00b7 \u25cf ready \u00b7 \u26a0 needs attention", None))
#if QT_CONFIG(accessibility)
        self.legend_label.setAccessibleName(QCoreApplication.translate("MainWindow", u"Status marks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.legend_label.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Empty circle: empty. Half circle: drafting. Full circle: ready. Warning sign: needs attention.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.page_stack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figures_strip.setAccessibleName(QCoreApplication.translate("MainWindow", u"Figures", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

