# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_candidate_race.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from winbook.ui.widgets.dates import DateEdit
from winbook.ui.widgets.numeric import IntEdit

class Ui_CandidateRacePage(object):
    def setupUi(self, CandidateRacePage):
        if not CandidateRacePage.objectName():
            CandidateRacePage.setObjectName(u"CandidateRacePage")
        CandidateRacePage.resize(900, 900)
        self.page_layout = QVBoxLayout(CandidateRacePage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(CandidateRacePage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(CandidateRacePage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.columns_layout = QGridLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.candidate_group = QGroupBox(CandidateRacePage)
        self.candidate_group.setObjectName(u"candidate_group")
        self.candidate_group_form = QFormLayout(self.candidate_group)
        self.candidate_group_form.setObjectName(u"candidate_group_form")
        self.candidate_group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name_edit_label = QLabel(self.candidate_group)
        self.full_name_edit_label.setObjectName(u"full_name_edit_label")

        self.candidate_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_edit_label)

        self.full_name_edit = QLineEdit(self.candidate_group)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.candidate_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.ballot_name_edit_label = QLabel(self.candidate_group)
        self.ballot_name_edit_label.setObjectName(u"ballot_name_edit_label")

        self.candidate_group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ballot_name_edit_label)

        self.ballot_name_edit = QLineEdit(self.candidate_group)
        self.ballot_name_edit.setObjectName(u"ballot_name_edit")

        self.candidate_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ballot_name_edit)

        self.pronouns_edit_label = QLabel(self.candidate_group)
        self.pronouns_edit_label.setObjectName(u"pronouns_edit_label")

        self.candidate_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pronouns_edit_label)

        self.pronouns_edit = QLineEdit(self.candidate_group)
        self.pronouns_edit.setObjectName(u"pronouns_edit")

        self.candidate_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pronouns_edit)

        self.occupation_edit_label = QLabel(self.candidate_group)
        self.occupation_edit_label.setObjectName(u"occupation_edit_label")

        self.candidate_group_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.occupation_edit_label)

        self.occupation_edit = QLineEdit(self.candidate_group)
        self.occupation_edit.setObjectName(u"occupation_edit")

        self.candidate_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.occupation_edit)

        self.candidate_party_edit_label = QLabel(self.candidate_group)
        self.candidate_party_edit_label.setObjectName(u"candidate_party_edit_label")

        self.candidate_group_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.candidate_party_edit_label)

        self.candidate_party_edit = QLineEdit(self.candidate_group)
        self.candidate_party_edit.setObjectName(u"candidate_party_edit")

        self.candidate_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.candidate_party_edit)

        self.campaign_email_edit_label = QLabel(self.candidate_group)
        self.campaign_email_edit_label.setObjectName(u"campaign_email_edit_label")

        self.candidate_group_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.campaign_email_edit_label)

        self.campaign_email_edit = QLineEdit(self.candidate_group)
        self.campaign_email_edit.setObjectName(u"campaign_email_edit")

        self.candidate_group_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.campaign_email_edit)

        self.campaign_phone_edit_label = QLabel(self.candidate_group)
        self.campaign_phone_edit_label.setObjectName(u"campaign_phone_edit_label")

        self.candidate_group_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.campaign_phone_edit_label)

        self.campaign_phone_edit = QLineEdit(self.candidate_group)
        self.campaign_phone_edit.setObjectName(u"campaign_phone_edit")

        self.candidate_group_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.campaign_phone_edit)

        self.website_edit_label = QLabel(self.candidate_group)
        self.website_edit_label.setObjectName(u"website_edit_label")

        self.candidate_group_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.website_edit_label)

        self.website_edit = QLineEdit(self.candidate_group)
        self.website_edit.setObjectName(u"website_edit")

        self.candidate_group_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.website_edit)

        self.committee_name_edit_label = QLabel(self.candidate_group)
        self.committee_name_edit_label.setObjectName(u"committee_name_edit_label")

        self.candidate_group_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.committee_name_edit_label)

        self.committee_name_edit = QLineEdit(self.candidate_group)
        self.committee_name_edit.setObjectName(u"committee_name_edit")

        self.candidate_group_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.committee_name_edit)

        self.run_number_combo_label = QLabel(self.candidate_group)
        self.run_number_combo_label.setObjectName(u"run_number_combo_label")

        self.candidate_group_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.run_number_combo_label)

        self.run_number_combo = QComboBox(self.candidate_group)
        self.run_number_combo.setObjectName(u"run_number_combo")

        self.candidate_group_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.run_number_combo)

        self.is_incumbent_check = QCheckBox(self.candidate_group)
        self.is_incumbent_check.setObjectName(u"is_incumbent_check")

        self.candidate_group_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.is_incumbent_check)

        self.previously_endorsed_check = QCheckBox(self.candidate_group)
        self.previously_endorsed_check.setObjectName(u"previously_endorsed_check")

        self.candidate_group_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.previously_endorsed_check)

        self.bio_edit_label = QLabel(self.candidate_group)
        self.bio_edit_label.setObjectName(u"bio_edit_label")

        self.candidate_group_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.bio_edit_label)

        self.bio_edit = QPlainTextEdit(self.candidate_group)
        self.bio_edit.setObjectName(u"bio_edit")
        self.bio_edit.setTabChangesFocus(True)
        self.bio_edit.setMaximumSize(QSize(16777215, 120))

        self.candidate_group_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.bio_edit)


        self.columns_layout.addWidget(self.candidate_group, 0, 0, 1, 1)

        self.private_group = QGroupBox(CandidateRacePage)
        self.private_group.setObjectName(u"private_group")
        self.private_group_form = QFormLayout(self.private_group)
        self.private_group_form.setObjectName(u"private_group_form")
        self.private_group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.private_group_note = QLabel(self.private_group)
        self.private_group_note.setObjectName(u"private_group_note")
        self.private_group_note.setWordWrap(True)

        self.private_group_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.private_group_note)

        self.home_address_edit_label = QLabel(self.private_group)
        self.home_address_edit_label.setObjectName(u"home_address_edit_label")

        self.private_group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.home_address_edit_label)

        self.home_address_edit = QLineEdit(self.private_group)
        self.home_address_edit.setObjectName(u"home_address_edit")

        self.private_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.home_address_edit)

        self.personal_phone_edit_label = QLabel(self.private_group)
        self.personal_phone_edit_label.setObjectName(u"personal_phone_edit_label")

        self.private_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personal_phone_edit_label)

        self.personal_phone_edit = QLineEdit(self.private_group)
        self.personal_phone_edit.setObjectName(u"personal_phone_edit")

        self.private_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personal_phone_edit)

        self.personal_email_edit_label = QLabel(self.private_group)
        self.personal_email_edit_label.setObjectName(u"personal_email_edit_label")

        self.private_group_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personal_email_edit_label)

        self.personal_email_edit = QLineEdit(self.private_group)
        self.personal_email_edit.setObjectName(u"personal_email_edit")

        self.private_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.personal_email_edit)

        self.birth_date_edit_label = QLabel(self.private_group)
        self.birth_date_edit_label.setObjectName(u"birth_date_edit_label")

        self.private_group_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_date_edit_label)

        self.birth_date_edit = DateEdit(self.private_group)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.private_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_date_edit)


        self.columns_layout.addWidget(self.private_group, 1, 0, 1, 1)

        self.race_group = QGroupBox(CandidateRacePage)
        self.race_group.setObjectName(u"race_group")
        self.race_group_form = QFormLayout(self.race_group)
        self.race_group_form.setObjectName(u"race_group_form")
        self.race_group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.office_edit_label = QLabel(self.race_group)
        self.office_edit_label.setObjectName(u"office_edit_label")

        self.race_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_edit_label)

        self.office_edit = QLineEdit(self.race_group)
        self.office_edit.setObjectName(u"office_edit")

        self.race_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office_edit)

        self.jurisdiction_edit_label = QLabel(self.race_group)
        self.jurisdiction_edit_label.setObjectName(u"jurisdiction_edit_label")

        self.race_group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jurisdiction_edit_label)

        self.jurisdiction_edit = QLineEdit(self.race_group)
        self.jurisdiction_edit.setObjectName(u"jurisdiction_edit")

        self.race_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jurisdiction_edit)

        self.district_edit_label = QLabel(self.race_group)
        self.district_edit_label.setObjectName(u"district_edit_label")

        self.race_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.district_edit_label)

        self.district_edit = QLineEdit(self.race_group)
        self.district_edit.setObjectName(u"district_edit")

        self.race_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.district_edit)

        self.state_edit_label = QLabel(self.race_group)
        self.state_edit_label.setObjectName(u"state_edit_label")

        self.race_group_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.state_edit_label)

        self.state_edit = QLineEdit(self.race_group)
        self.state_edit.setObjectName(u"state_edit")

        self.race_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.state_edit)

        self.level_combo_label = QLabel(self.race_group)
        self.level_combo_label.setObjectName(u"level_combo_label")

        self.race_group_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.level_combo_label)

        self.level_combo = QComboBox(self.race_group)
        self.level_combo.setObjectName(u"level_combo")

        self.race_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.level_combo)

        self.partisan_check = QCheckBox(self.race_group)
        self.partisan_check.setObjectName(u"partisan_check")

        self.race_group_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partisan_check)

        self.race_party_edit_label = QLabel(self.race_group)
        self.race_party_edit_label.setObjectName(u"race_party_edit_label")

        self.race_group_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.race_party_edit_label)

        self.race_party_edit = QLineEdit(self.race_group)
        self.race_party_edit.setObjectName(u"race_party_edit")

        self.race_group_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.race_party_edit)

        self.seats_edit_label = QLabel(self.race_group)
        self.seats_edit_label.setObjectName(u"seats_edit_label")

        self.race_group_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.seats_edit_label)

        self.seats_edit = IntEdit(self.race_group)
        self.seats_edit.setObjectName(u"seats_edit")

        self.race_group_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.seats_edit)

        self.candidates_expected_edit_label = QLabel(self.race_group)
        self.candidates_expected_edit_label.setObjectName(u"candidates_expected_edit_label")

        self.race_group_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.candidates_expected_edit_label)

        self.candidates_expected_edit = IntEdit(self.race_group)
        self.candidates_expected_edit.setObjectName(u"candidates_expected_edit")

        self.race_group_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.candidates_expected_edit)

        self.voting_method_combo_label = QLabel(self.race_group)
        self.voting_method_combo_label.setObjectName(u"voting_method_combo_label")

        self.race_group_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.voting_method_combo_label)

        self.voting_method_combo = QComboBox(self.race_group)
        self.voting_method_combo.setObjectName(u"voting_method_combo")

        self.race_group_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.voting_method_combo)

        self.stage_combo_label = QLabel(self.race_group)
        self.stage_combo_label.setObjectName(u"stage_combo_label")

        self.race_group_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.stage_combo_label)

        self.stage_combo = QComboBox(self.race_group)
        self.stage_combo.setObjectName(u"stage_combo")

        self.race_group_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.stage_combo)

        self.primary_type_combo_label = QLabel(self.race_group)
        self.primary_type_combo_label.setObjectName(u"primary_type_combo_label")

        self.race_group_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.primary_type_combo_label)

        self.primary_type_combo = QComboBox(self.race_group)
        self.primary_type_combo.setObjectName(u"primary_type_combo")

        self.race_group_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.primary_type_combo)

        self.cycle_combo_label = QLabel(self.race_group)
        self.cycle_combo_label.setObjectName(u"cycle_combo_label")

        self.race_group_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.cycle_combo_label)

        self.cycle_combo = QComboBox(self.race_group)
        self.cycle_combo.setObjectName(u"cycle_combo")

        self.race_group_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.cycle_combo)

        self.election_date_edit_label = QLabel(self.race_group)
        self.election_date_edit_label.setObjectName(u"election_date_edit_label")

        self.race_group_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.election_date_edit_label)

        self.election_date_edit = DateEdit(self.race_group)
        self.election_date_edit.setObjectName(u"election_date_edit")

        self.race_group_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.election_date_edit)

        self.early_voting_start_edit_label = QLabel(self.race_group)
        self.early_voting_start_edit_label.setObjectName(u"early_voting_start_edit_label")

        self.race_group_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.early_voting_start_edit_label)

        self.early_voting_start_edit = DateEdit(self.race_group)
        self.early_voting_start_edit.setObjectName(u"early_voting_start_edit")

        self.race_group_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.early_voting_start_edit)

        self.filing_deadline_edit_label = QLabel(self.race_group)
        self.filing_deadline_edit_label.setObjectName(u"filing_deadline_edit_label")

        self.race_group_form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.filing_deadline_edit_label)

        self.filing_deadline_edit = DateEdit(self.race_group)
        self.filing_deadline_edit.setObjectName(u"filing_deadline_edit")

        self.race_group_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.filing_deadline_edit)

        self.registered_voters_edit_label = QLabel(self.race_group)
        self.registered_voters_edit_label.setObjectName(u"registered_voters_edit_label")

        self.race_group_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.registered_voters_edit_label)

        self.registered_voters_edit = IntEdit(self.race_group)
        self.registered_voters_edit.setObjectName(u"registered_voters_edit")

        self.race_group_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.registered_voters_edit)


        self.columns_layout.addWidget(self.race_group, 0, 1, 1, 1)

        self.filing_group = QGroupBox(CandidateRacePage)
        self.filing_group.setObjectName(u"filing_group")
        self.filing_group_form = QFormLayout(self.filing_group)
        self.filing_group_form.setObjectName(u"filing_group_form")
        self.filing_group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.on_ballot_check = QCheckBox(self.filing_group)
        self.on_ballot_check.setObjectName(u"on_ballot_check")

        self.filing_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_ballot_check)

        self.petition_signatures_filed_check = QCheckBox(self.filing_group)
        self.petition_signatures_filed_check.setObjectName(u"petition_signatures_filed_check")

        self.filing_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.petition_signatures_filed_check)

        self.committee_formed_check = QCheckBox(self.filing_group)
        self.committee_formed_check.setObjectName(u"committee_formed_check")

        self.filing_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.committee_formed_check)

        self.bank_account_opened_check = QCheckBox(self.filing_group)
        self.bank_account_opened_check.setObjectName(u"bank_account_opened_check")

        self.filing_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bank_account_opened_check)

        self.publicly_announced_check = QCheckBox(self.filing_group)
        self.publicly_announced_check.setObjectName(u"publicly_announced_check")

        self.filing_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.publicly_announced_check)

        self.announcement_date_edit_label = QLabel(self.filing_group)
        self.announcement_date_edit_label.setObjectName(u"announcement_date_edit_label")

        self.filing_group_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.announcement_date_edit_label)

        self.announcement_date_edit = DateEdit(self.filing_group)
        self.announcement_date_edit.setObjectName(u"announcement_date_edit")

        self.filing_group_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.announcement_date_edit)

        self.filing_note_edit_label = QLabel(self.filing_group)
        self.filing_note_edit_label.setObjectName(u"filing_note_edit_label")

        self.filing_group_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.filing_note_edit_label)

        self.filing_note_edit = QLineEdit(self.filing_group)
        self.filing_note_edit.setObjectName(u"filing_note_edit")

        self.filing_group_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.filing_note_edit)


        self.columns_layout.addWidget(self.filing_group, 1, 1, 1, 1)


        self.page_layout.addLayout(self.columns_layout)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.full_name_edit_label.setBuddy(self.full_name_edit)
        self.ballot_name_edit_label.setBuddy(self.ballot_name_edit)
        self.pronouns_edit_label.setBuddy(self.pronouns_edit)
        self.occupation_edit_label.setBuddy(self.occupation_edit)
        self.candidate_party_edit_label.setBuddy(self.candidate_party_edit)
        self.campaign_email_edit_label.setBuddy(self.campaign_email_edit)
        self.campaign_phone_edit_label.setBuddy(self.campaign_phone_edit)
        self.website_edit_label.setBuddy(self.website_edit)
        self.committee_name_edit_label.setBuddy(self.committee_name_edit)
        self.run_number_combo_label.setBuddy(self.run_number_combo)
        self.bio_edit_label.setBuddy(self.bio_edit)
        self.home_address_edit_label.setBuddy(self.home_address_edit)
        self.personal_phone_edit_label.setBuddy(self.personal_phone_edit)
        self.personal_email_edit_label.setBuddy(self.personal_email_edit)
        self.birth_date_edit_label.setBuddy(self.birth_date_edit)
        self.office_edit_label.setBuddy(self.office_edit)
        self.jurisdiction_edit_label.setBuddy(self.jurisdiction_edit)
        self.district_edit_label.setBuddy(self.district_edit)
        self.state_edit_label.setBuddy(self.state_edit)
        self.level_combo_label.setBuddy(self.level_combo)
        self.race_party_edit_label.setBuddy(self.race_party_edit)
        self.seats_edit_label.setBuddy(self.seats_edit)
        self.candidates_expected_edit_label.setBuddy(self.candidates_expected_edit)
        self.voting_method_combo_label.setBuddy(self.voting_method_combo)
        self.stage_combo_label.setBuddy(self.stage_combo)
        self.primary_type_combo_label.setBuddy(self.primary_type_combo)
        self.cycle_combo_label.setBuddy(self.cycle_combo)
        self.election_date_edit_label.setBuddy(self.election_date_edit)
        self.early_voting_start_edit_label.setBuddy(self.early_voting_start_edit)
        self.filing_deadline_edit_label.setBuddy(self.filing_deadline_edit)
        self.registered_voters_edit_label.setBuddy(self.registered_voters_edit)
        self.announcement_date_edit_label.setBuddy(self.announcement_date_edit)
        self.filing_note_edit_label.setBuddy(self.filing_note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CandidateRacePage)

        QMetaObject.connectSlotsByName(CandidateRacePage)
    # setupUi

    def retranslateUi(self, CandidateRacePage):
        CandidateRacePage.setWindowTitle(QCoreApplication.translate("CandidateRacePage", u"Candidate and race", None))
        self.title_label.setText(QCoreApplication.translate("CandidateRacePage", u"<h2>Candidate and race</h2>", None))
        self.intro_label.setText(QCoreApplication.translate("CandidateRacePage", u"Who you are and what you are running for. Everything here feeds the win number, the timeline and the packet's cover page.", None))
        self.candidate_group.setTitle(QCoreApplication.translate("CandidateRacePage", u"Candidate", None))
        self.full_name_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Full name:", None))
        self.full_name_edit.setPlaceholderText(QCoreApplication.translate("CandidateRacePage", u"Your legal name", None))
        self.ballot_name_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Ballot name:", None))
        self.ballot_name_edit.setPlaceholderText(QCoreApplication.translate("CandidateRacePage", u"As it will read on the ballot", None))
        self.pronouns_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Pronouns:", None))
        self.occupation_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Occupation:", None))
        self.candidate_party_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Part&y registration:", None))
        self.campaign_email_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Campaign &email:", None))
        self.campaign_phone_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Campaign p&hone:", None))
        self.website_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Website:", None))
        self.committee_name_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Co&mmittee name:", None))
        self.run_number_combo_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Run:", None))
        self.is_incumbent_check.setText(QCoreApplication.translate("CandidateRacePage", u"I hold this office now (incumbent)", None))
        self.previously_endorsed_check.setText(QCoreApplication.translate("CandidateRacePage", u"Endorsed by the program before", None))
        self.bio_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Short &bio:", None))
        self.private_group.setTitle(QCoreApplication.translate("CandidateRacePage", u"Private details", None))
        self.private_group_note.setText(QCoreApplication.translate("CandidateRacePage", u"Private: kept out of the packet unless you choose to include it. Your home address stays off every public page.", None))
        self.home_address_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Home a&ddress:", None))
        self.personal_phone_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Personal phone:", None))
        self.personal_email_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Personal email:", None))
        self.birth_date_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Birth date:", None))
        self.race_group.setTitle(QCoreApplication.translate("CandidateRacePage", u"Race", None))
        self.office_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"O&ffice:", None))
        self.office_edit.setPlaceholderText(QCoreApplication.translate("CandidateRacePage", u"e.g. School Board Trustee", None))
        self.jurisdiction_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Jurisdiction:", None))
        self.jurisdiction_edit.setPlaceholderText(QCoreApplication.translate("CandidateRacePage", u"e.g. Riverside Unified School District", None))
        self.district_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Dis&trict:", None))
        self.district_edit.setPlaceholderText(QCoreApplication.translate("CandidateRacePage", u"e.g. At-large or District 4", None))
        self.state_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"&State:", None))
        self.level_combo_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Level:", None))
        self.partisan_check.setText(QCoreApplication.translate("CandidateRacePage", u"Partisan race (party on the ballot)", None))
        self.race_party_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Party &line:", None))
        self.seats_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Seats fille&d:", None))
        self.candidates_expected_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Candidates e&xpected:", None))
        self.voting_method_combo_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Voting method:", None))
        self.stage_combo_label.setText(QCoreApplication.translate("CandidateRacePage", u"Sta&ge:", None))
        self.primary_type_combo_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Primary type:", None))
        self.cycle_combo_label.setText(QCoreApplication.translate("CandidateRacePage", u"&Cycle:", None))
        self.election_date_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Election da&y:", None))
        self.early_voting_start_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Early voting &opens:", None))
        self.filing_deadline_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Filing dead&line:", None))
        self.registered_voters_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Re&gistered voters:", None))
        self.filing_group.setTitle(QCoreApplication.translate("CandidateRacePage", u"Filing status", None))
        self.on_ballot_check.setText(QCoreApplication.translate("CandidateRacePage", u"On the ballot (paperwork filed)", None))
        self.petition_signatures_filed_check.setText(QCoreApplication.translate("CandidateRacePage", u"Petition signatures filed", None))
        self.committee_formed_check.setText(QCoreApplication.translate("CandidateRacePage", u"Campaign committee formed", None))
        self.bank_account_opened_check.setText(QCoreApplication.translate("CandidateRacePage", u"Campaign bank account opened", None))
        self.publicly_announced_check.setText(QCoreApplication.translate("CandidateRacePage", u"Publicly announced", None))
        self.announcement_date_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Announcement &date:", None))
        self.filing_note_edit_label.setText(QCoreApplication.translate("CandidateRacePage", u"Filing &note:", None))
    # retranslateUi

