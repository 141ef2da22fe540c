"""Packet figures a reviewer checks by hand (the reviewer's report of the sample packets)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from winbook.domain.model import Plan
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _text(plan: Plan, tmp_path: Path) -> str:
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(render_packet(plan, PacketOptions(reproducible=True)))
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    return " ".join(out.split())


@pytest.fixture(scope="module")
def clerk(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _text(load_plan(SAMPLES / "county-clerk.json"), tmp_path_factory.mktemp("clerk"))


def test_the_cover_stamp_counts_what_the_next_page_lists(clerk: str) -> None:
    # one topic open (the campaign plan), with two sections not marked ready (the sample's
    # "gotv" and "team" sections are drafting / needs review)
    assert "Readiness 94%: 1 topic (2 sections) not ready yet" in clerk
    assert "Not marked ready: GOTV and early vote, Team and roles." in clerk


def test_the_path_page_shows_the_candidates_field_time_not_call_time(clerk: str) -> None:
    # the sample's 10 hours a week x 25 weeks = 250 hours of doors and events
    assert (
        "Candidate's field time 250 hours (10 a week of doors and events, apart from call time)"
    ) in clerk
    assert "Candidate call time" not in clerk


def test_the_largest_donor_gets_one_share_per_named_base(clerk: str) -> None:
    # typed: $14,250 raised from 164 donors, $2,000 of it the candidate's: counted 12,250;
    # the largest other donor $1,000: 1,000 / 12,250 = 8.16% -> 8.2% of the counted money,
    # 1,000 / 14,250 = 7.02% -> 7.0% of all raised; 164 donors less the candidate = 163 others
    assert (
        "Not from one donor: 163 other donors, the largest gave $1,000.00, 8.2% of the "
        "$12,250.00 counted (the candidate's own gifts left out)"
    ) in clerk
    assert (
        "Of $14,250.00 raised from the candidate and 163 other donors: the largest single "
        "donor (not the candidate) gave $1,000.00 (7.0% of all $14,250.00 raised), the "
        "candidate $2,000.00 (14.0% of all raised)"  # 2,000 / 14,250 = 14.04%
    ) in clerk
    assert "(7%)" not in clerk and "164 donors" not in clerk


def test_the_back_test_actual_is_the_contests_own_votes(clerk: str) -> None:
    # 2024's row has 119,390 contest votes (one seat): the actual is that, not 124,890
    # ballots x (1 - 4.5%) = 119,270; projected 116,140: (116,140 - 119,390) / 119,390 = -2.7%
    assert "2024 2020, 2016 116,140 119,390 votes in the contest −2.7%" in clerk
    assert "119,270" not in clerk


def test_contacts_per_vote_cite_field_experiments_and_say_they_are_not_used(clerk: str) -> None:
    assert (
        "* Contacts per vote gained: Green and Gerber, Get Out the Vote (field experiments). "
        "Shown for reference, not used in these figures"
    ) in clerk
    # the path's own: 5,495 / 0.65 / 0.8 = 10,567.3 -> 10,568 contacts
    assert "(here 10,568 contacts for a need of 5,495 votes)" in clerk
    assert (
        "robocalls show no measurable effect. Used here in: contacts per vote gained (for "
        "reference, not used in the figures)."
    ) in clerk


def test_a_share_column_has_one_precision(clerk: str) -> None:
    # income by source: online $10,000 of $66,800 = 14.97% -> 15.0%, beside call time
    # $33,500 / $66,800 = 50.15% -> 50.1%; the total 100.0%
    assert "Online small-dollar $10,000 15.0%" in clerk
    assert "Call time (individual donors) $33,500 50.1%" in clerk
    assert "Total planned income $66,800 100.0%" in clerk


def test_the_fundraising_result_prints_its_money_one_way(clerk: str) -> None:
    # (68,400 + 61,900 + 49,300) / 3 = 59,866.67; x 15% = 8,980.00; counted 14,250 - 2,000
    assert "Result: PASSED. Threshold $8,980.00; counted $12,250.00 (as of Jan 20, 2028)." in clerk
