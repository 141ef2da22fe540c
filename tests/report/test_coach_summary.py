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


# --------------------------------------------------------------------------- issue 10


def _pdf_text(data: bytes) -> str:
    """The summary's words as pypdf reads them back, on one line."""
    import io

    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _two_sessions() -> Plan:
    """A call on Mar 20, then an older call (Mar 6) logged afterwards: the one logged last is
    the one the coach has just written up."""
    p = Plan()
    p.candidate.full_name = "Maya Okafor"
    p.meta.prepared_on = date(2027, 1, 15)  # an old "as of" day: not the summary's date
    p.sessions.append(
        new_session(
            p,
            datetime(2027, 3, 20, 18),
            "Ana Ruiz",
            agenda="Budget by month; call time list.",
            decisions="Move printing to September.",
            next_steps=[NextStep("Book the VFW hall", "Maya", date(2027, 4, 1))],
        )
    )
    p.sessions.append(
        new_session(
            p,
            datetime(2027, 3, 6, 17, 30),
            "Ben Ortiz",
            agenda="Why I'm running: read it aloud.\nThe landscape: who else filed.",
            decisions="Rewrite the first paragraph around the boiler repair.",
            next_steps=[NextStep("Send the new first paragraph", "Maya", date(2027, 3, 9))],
        )
    )
    return p


def test_summary_is_of_the_session_logged_last_with_its_notes() -> None:
    text = _pdf_text(coach_summary_bytes(_two_sessions(), today=date(2027, 3, 7)))
    assert "Call of Mar 6, 2027 with Ben Ortiz" in text
    assert "Why I'm running: read it aloud." in text  # that session's agenda and notes
    assert "The landscape: who else filed." in text
    assert "Rewrite the first paragraph around the boiler repair." in text
    assert "Send the new first paragraph" in text
    # the other session is not the subject: its notes are not here, its open step is listed
    # once, under the steps still open from earlier sessions
    assert "Move printing to September." not in text
    assert "Budget by month; call time list." not in text
    assert "Still open from earlier sessions" in text
    assert text.count("Book the VFW hall") == 1


def test_summary_is_dated_the_day_it_is_made() -> None:
    text = _pdf_text(coach_summary_bytes(_two_sessions()))
    today = date.today()
    shown = f"{today.strftime('%b')} {today.day}, {today.year}"
    assert f"Prepared {shown}." in text
    assert "Jan 15, 2027" not in text  # the plan's "as of" day is not the summary's date


def test_a_plan_without_sessions_says_to_log_one() -> None:
    p = Plan()
    p.candidate.full_name = "Maya Okafor"
    text = _pdf_text(coach_summary_bytes(p, today=date(2027, 3, 7)))
    assert "No session logged yet: log the call in coach mode first." in text
    assert "Prepared Mar 7, 2027." in text


def test_the_summary_is_never_dated_before_the_session_it_lists() -> None:
    from winbook.report.coach_summary import summary_date

    p = _plan()  # its session is the call of Mar 1, 2027
    session = p.sessions[-1]
    # by hand: today (Feb 20, 2027) is before the call, so the summary says so in words
    text = " ".join(_pdf_text(coach_summary_bytes(p, today=date(2027, 2, 20))).split())
    assert "Prepared Feb 20, 2027." in text
    assert (
        "The session is dated Mar 1, 2027, after the day this summary is made: check the "
        "session's date in coach mode."
    ) in text
    # made on or after the call: no such sentence
    text = " ".join(_pdf_text(coach_summary_bytes(p, today=date(2027, 3, 2))).split())
    assert "after the day this summary is made" not in text
    # reproducible: the plan's "as of" day, or the session's when that is later
    p.meta.prepared_on = date(2027, 2, 1)
    assert summary_date(p, session, reproducible=True) == date(2027, 3, 1)
    p.meta.prepared_on = date(2027, 3, 15)
    assert summary_date(p, session, reproducible=True) == date(2027, 3, 15)
    text = " ".join(_pdf_text(coach_summary_bytes(p, reproducible=True)).split())
    assert "Prepared Mar 15, 2027." in text and "after the day" not in text
