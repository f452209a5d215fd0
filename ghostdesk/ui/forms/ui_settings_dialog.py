# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(460, 300)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.youGroup = QGroupBox(SettingsDialog)
        self.youGroup.setObjectName(u"youGroup")
        self.youForm = QFormLayout(self.youGroup)
        self.youForm.setObjectName(u"youForm")
        self.nameLabel = QLabel(self.youGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.youForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.youGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.youForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.youGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.youForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.youGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.youForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.mainLayout.addWidget(self.youGroup)

        self.appearanceGroup = QGroupBox(SettingsDialog)
        self.appearanceGroup.setObjectName(u"appearanceGroup")
        self.appearanceForm = QFormLayout(self.appearanceGroup)
        self.appearanceForm.setObjectName(u"appearanceForm")
        self.languageLabel = QLabel(self.appearanceGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.appearanceGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.themeLabel = QLabel(self.appearanceGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.appearanceGroup)
        self.themeCombo.setObjectName(u"themeCombo")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themeCombo)


        self.mainLayout.addWidget(self.appearanceGroup)

        self.safetyGroup = QGroupBox(SettingsDialog)
        self.safetyGroup.setObjectName(u"safetyGroup")
        self.safetyForm = QFormLayout(self.safetyGroup)
        self.safetyForm.setObjectName(u"safetyForm")
        self.keepLabel = QLabel(self.safetyGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.safetyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepSpin = QSpinBox(self.safetyGroup)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(100)
        self.keepSpin.setValue(10)

        self.safetyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keepSpin)


        self.mainLayout.addWidget(self.safetyGroup)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.themeLabel.setBuddy(self.themeCombo)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.youGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"You", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Shown in approvals and the audit log", None))
        self.roleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Role:", None))
        self.appearanceGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Appearance", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Interface &language:", None))
        self.themeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Theme:", None))
        self.safetyGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        self.keepLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Keep this many backups:", None))
    # retranslateUi

