"""The one-page one-on-one summary PDF (issue 6)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from winbook.domain.coaching import new_session
from winbook.domain.model import CoachNote, NextStep, Plan
from winbook.errors import ExportError
from winbook.report.coach_summary import coach_summary_bytes, write_coach_summary


def _plan() -> Plan:
    p = Plan()
    p.candidate.full_name = "Nguyễn Thị Đặng"
    p.candidate.home_address = "12 Secret Lane"
    p.race.office = "State House District 41"
    p.coach_notes = [CoachNote("why", "Ana", datetime(2027, 3, 1), "PRIVATE COACH REMARK")]
    p.sessions.append(
        new_session(
            p,
            datetime(2027, 3, 1, 18),
            "Ana Ruiz",
            decisions="Focus on the budget first.",
            next_steps=[
                NextStep("Draft the budget by month", "Đặng", date(2027, 3, 10)),
                NextStep("Closed step", "Ana", date(2027, 3, 2), done=True),
            ],
        )
    )
    return p


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_summary_is_one_page_with_readiness_questions_and_steps(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    write_coach_summary(_plan(), out)
    assert len(PdfReader(out).pages) == 1
    text = _text(out)
    assert "Nguyễn Thị Đặng" in text
    assert "Readiness at a glance" in text
    assert "not ready to apply yet" in text
    assert "Draft the budget by month" in text
    assert "Closed step" not in text  # done steps are not open
    assert "Call of Mar 1, 2027 with Ana Ruiz" in text  # the one date style
    assert "Focus on the budget first." in text


def test_summary_leaves_out_coach_notes_and_private_details(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    write_coach_summary(_plan(), out)
    text = _text(out)
    assert "PRIVATE COACH REMARK" not in text
    assert "Secret Lane" not in text


def test_summary_reproducible_and_paper_size() -> None:
    a = coach_summary_bytes(_plan(), reproducible=True, today=date(2027, 3, 2))
    b = coach_summary_bytes(_plan(), reproducible=True, today=date(2027, 3, 2))
    assert a == b
    import io

    box = PdfReader(io.BytesIO(coach_summary_bytes(_plan(), paper="a4"))).pages[0].mediabox
    # A4 is 210 x 297 mm = 595.3 x 841.9 pt
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_unwritable_destination_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_coach_summary(_plan(), tmp_path / "missing" / "summary.pdf")
    assert not (tmp_path / "missing").exists()
