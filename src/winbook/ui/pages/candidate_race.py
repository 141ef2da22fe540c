"""The candidate-and-race page: everything `Candidate`, `FilingStatus` and `Race` hold.

The exemplar for the other pages: a Designer form (``forms/page_candidate_race.ui``) set up by
composition, every field bound with one `FieldBinder.bind` call (edits go through
``doc.set_value``), help text on each field, private fields visibly marked, and the columns
folding into one when the page is narrow (1366 px at 200% scale).
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.model import (
    CYCLE_LABELS,
    LEVEL_LABELS,
    CycleType,
    PrimaryType,
    RunNumber,
    Stage,
    VotingMethod,
)
from winbook.domain.offices import office_defaults
from winbook.domain.parts import CANDIDATE, FILING, RACE
from winbook.ui.forms.ui_page_candidate_race import Ui_CandidateRacePage
from winbook.ui.widgets.binding import FieldBinder

PAGE_KEY = "candidate_race"
PAGE_TITLE = "Candidate and race"

RUN_LABELS: dict[RunNumber, str] = {
    RunNumber.FIRST: "My first run for office",
    RunNumber.SECOND: "My second run",
    RunNumber.THIRD: "My third run",
    RunNumber.FOURTH_OR_LATER: "My fourth run or later",
}
VOTING_LABELS: dict[VotingMethod, str] = {
    VotingMethod.PLURALITY: "Most votes wins (plurality)",
    VotingMethod.RANKED_CHOICE: "Ranked choice",
}
STAGE_LABELS: dict[Stage, str] = {Stage.GENERAL: "General election", Stage.PRIMARY: "Primary"}
PRIMARY_LABELS: dict[PrimaryType, str] = {
    PrimaryType.NONE: "No primary",
    PrimaryType.OPEN: "Open primary",
    PrimaryType.CLOSED: "Closed primary",
    PrimaryType.TOP_TWO: "Top-two primary",
}
PRIVATE_NOTE = "Private: kept out of the packet unless you choose to include it."

#: Pages narrower than this show one column.
TWO_COLUMN_WIDTH = 880


class CandidateRacePage(QWidget):
    """Candidate, private details, filing status and race."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ui = Ui_CandidateRacePage()
        self.ui.setupUi(self)
        self.setObjectName(f"page_{PAGE_KEY}")
        self.binder = FieldBinder(doc, self)
        self._columns = 2
        self._bind_candidate()
        self._bind_private()
        self._bind_filing()
        self._bind_race()
        self._show_examples()
        doc.partChanged.connect(self._on_part)

    def _on_part(self, part: str) -> None:
        if part == RACE.path:
            self._show_examples()

    def _show_examples(self) -> None:
        """The office and jurisdiction placeholders follow the office chosen."""
        office = office_defaults(self.doc.plan.race.level)
        self.ui.office_edit.setPlaceholderText(office.office_example)
        self.ui.jurisdiction_edit.setPlaceholderText(office.jurisdiction_example)

    # ------------------------------------------------------------------ binding
    def _bind_candidate(self) -> None:
        ui, bind = self.ui, self.binder.bind
        bind(ui.full_name_edit, CANDIDATE.field("full_name"), help="Your legal name.")
        bind(ui.ballot_name_edit, CANDIDATE.field("ballot_name"), help="Exactly as on the ballot.")
        bind(ui.pronouns_edit, CANDIDATE.field("pronouns"), help="Optional, e.g. she/her.")
        bind(ui.occupation_edit, CANDIDATE.field("occupation"), help="What you do for a living.")
        bind(
            ui.candidate_party_edit,
            CANDIDATE.field("party"),
            label="Party registration",
            help="The party you are registered with (some programs ask).",
        )
        bind(ui.campaign_email_edit, CANDIDATE.field("campaign_email"), help="Public contact.")
        bind(ui.campaign_phone_edit, CANDIDATE.field("campaign_phone"), help="Public contact.")
        bind(ui.website_edit, CANDIDATE.field("website"))
        bind(ui.committee_name_edit, CANDIDATE.field("committee_name"), help="As registered.")
        bind(
            ui.run_number_combo,
            CANDIDATE.field("run_number"),
            choices=RUN_LABELS,
            label="Which run is this",
            help="Programs endorse first, second and third runs.",
        )
        bind(ui.is_incumbent_check, CANDIDATE.field("is_incumbent"), label="Incumbent")
        bind(ui.previously_endorsed_check, CANDIDATE.field("previously_endorsed"))
        bind(ui.bio_edit, CANDIDATE.field("bio"), label="Short bio", help="Two or three sentences.")

    def _bind_private(self) -> None:
        ui, bind = self.ui, self.binder.bind
        ui.private_group.setAccessibleDescription(PRIVATE_NOTE)
        fields = (
            (ui.home_address_edit, "home_address", "Home address"),
            (ui.personal_phone_edit, "personal_phone", "Personal phone"),
            (ui.personal_email_edit, "personal_email", "Personal email"),
            (ui.birth_date_edit, "birth_date", "Birth date"),
        )
        for widget, field, label in fields:
            widget.setAccessibleDescription(PRIVATE_NOTE)
            bind(widget, CANDIDATE.field(field), label=f"{label} (private)", help=PRIVATE_NOTE)

    def _bind_filing(self) -> None:
        ui, bind = self.ui, self.binder.bind
        bind(ui.on_ballot_check, FILING.field("on_ballot"))
        bind(ui.petition_signatures_filed_check, FILING.field("petition_signatures_filed"))
        bind(ui.committee_formed_check, FILING.field("committee_formed"))
        bind(ui.bank_account_opened_check, FILING.field("bank_account_opened"))
        bind(ui.publicly_announced_check, FILING.field("publicly_announced"))
        bind(ui.announcement_date_edit, FILING.field("announcement_date"))
        bind(ui.filing_note_edit, FILING.field("note"), label="Filing note")

    def _bind_race(self) -> None:
        ui, bind = self.ui, self.binder.bind
        bind(ui.office_edit, RACE.field("office"), help="The office as it reads on the ballot.")
        bind(ui.jurisdiction_edit, RACE.field("jurisdiction"), help="City, county or district.")
        bind(ui.district_edit, RACE.field("district"))
        bind(ui.state_edit, RACE.field("state"), help="Two-letter code, e.g. CA.")
        bind(ui.level_combo, RACE.field("level"), choices=LEVEL_LABELS)
        bind(ui.partisan_check, RACE.field("partisan"), label="Partisan race")
        bind(
            ui.race_party_edit,
            RACE.field("party"),
            label="Party line",
            help="The party line you run on, if the race is partisan.",
        )
        bind(
            ui.seats_edit,
            RACE.field("seats"),
            default=1,
            help="How many winners this contest elects (vote for N).",
        )
        bind(
            ui.candidates_expected_edit,
            RACE.field("candidates_expected"),
            default=2,
            help="Everyone you expect on the ballot for this contest, you included.",
        )
        bind(ui.voting_method_combo, RACE.field("voting_method"), choices=VOTING_LABELS)
        bind(ui.stage_combo, RACE.field("stage"), choices=STAGE_LABELS)
        bind(ui.primary_type_combo, RACE.field("primary_type"), choices=PRIMARY_LABELS)
        bind(ui.cycle_combo, RACE.field("cycle"), choices=_cycle_labels())
        bind(ui.election_date_edit, RACE.field("election_date"), label="Election day")
        bind(
            ui.early_voting_start_edit, RACE.field("early_voting_start"), label="Early voting opens"
        )
        bind(ui.filing_deadline_edit, RACE.field("filing_deadline"), label="Filing deadline")
        ui.registered_voters_edit.optional = True
        bind(
            ui.registered_voters_edit,
            RACE.field("registered_voters"),
            help="Current registration, used by the turnout-rate method.",
            source="wellstone_turnout",
        )

    # ------------------------------------------------------------------ layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_columns(2 if event.size().width() >= TWO_COLUMN_WIDTH else 1)

    def _set_columns(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid, ui = self.ui.columns_layout, self.ui
        order = (ui.candidate_group, ui.private_group, ui.race_group, ui.filing_group)
        for w in order:
            grid.removeWidget(w)
        for i, w in enumerate(order):
            if columns == 1:
                grid.addWidget(w, i, 0)
            else:
                grid.addWidget(w, i % 2, i // 2)


def _cycle_labels() -> dict[CycleType, str]:
    return dict(CYCLE_LABELS)


def create(doc: PlanDocument, parent: QWidget | None = None) -> QWidget:
    """Page factory for the registry: ``(PAGE_KEY, PAGE_TITLE, create)``."""
    return CandidateRacePage(doc, parent)
