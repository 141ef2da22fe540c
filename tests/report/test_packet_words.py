"""The packet's words read back from the PDF (pypdf): the office said once, timeline words, the
glossary covering every term the packet prints, and no school examples in a clerk's packet."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from functools import cache

import pytest
from pypdf import PdfReader

from winbook.domain.glossary import TERMS
from winbook.domain.model import EventKind, Plan, TimelineEvent
from winbook.io.xlsx_print import SheetChrome
from winbook.paths import samples_dir
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan

SAMPLES = ("school-board", "county-clerk", "state-house")


def _plan(name: str) -> Plan:
    return load_plan(samples_dir() / f"{name}.json")


def _pages(plan: Plan) -> list[str]:
    reader = PdfReader(io.BytesIO(render_packet(plan, PacketOptions(reproducible=True))))
    # one space between words; a word broken after its hyphen at a line end is joined again
    return [re.sub(r"-\s+(?=[a-z])", "-", " ".join(p.extract_text().split())) for p in reader.pages]


@cache
def _sample_pages(name: str) -> tuple[str, ...]:
    return tuple(_pages(_plan(name)))


def _split_glossary(pages: tuple[str, ...]) -> tuple[str, str]:
    """(the packet's text before its glossary, the glossary's own text). The methodology's last
    paragraph, the rules the plan does not use, only names them: it is left out."""
    # the last page that names it: the contents page names it too
    at = max(i for i, p in enumerate(pages) if "Appendix B. Glossary" in p)
    start = pages[at].index("Appendix B. Glossary")
    before = " ".join(pages[:at]) + " " + pages[at][:start]
    before = before.split("Other rules Winbook knows, not used by this plan:")[0]
    return before, " ".join((pages[at][start:], *pages[at + 1 :]))


def test_the_school_board_cover_says_at_large_once() -> None:
    race = json.loads((samples_dir() / "school-board.json").read_text("utf-8"))["plan"]["race"]
    assert race["office"] == "School Board Member, at large"
    assert race["district"] == "At large (whole district)"
    cover = _sample_pages("school-board")[0]
    assert "School Board Member, at large, At large" not in cover
    assert "At large (whole district)" not in cover  # not on the cover line, not as jurisdiction
    # the cover's office line and its Office fact say it; the running head names the schools
    assert "Jurisdiction Riverbend Area Public Schools, MN" in cover
    everywhere = " ".join(_sample_pages("school-board"))
    assert not re.search(r"at large, at large", everywhere, re.IGNORECASE)


def test_the_workbook_header_says_the_office_once() -> None:
    assert SheetChrome.of(_plan("school-board")).office == (
        "School Board Member, at large, Riverbend Area Public Schools, MN"
    )
    # a district the office does not name stays: "Countywide" is not in "County Clerk"
    clerk = _plan("county-clerk")
    assert SheetChrome.of(clerk).office.startswith("County Clerk, Countywide, ")


def test_an_event_after_election_day_reads_days_after() -> None:
    plan = _plan("county-clerk")
    election = plan.race.election_date
    assert election is not None
    plan.timeline.append(
        TimelineEvent(
            "Thank-you notes out", election + dt.timedelta(days=30), EventKind.MILESTONE, "campaign"
        )
    )
    text = " ".join(_pages(plan))
    assert "30 days after Thank-you notes out" in text
    assert not re.search(r"−30 Thank-you", text)
    assert "Election day Hard deadline" in text  # the kind in the window's word


def test_a_county_clerk_packet_has_no_school_examples() -> None:
    text = " ".join(_sample_pages("county-clerk"))
    assert "school" not in text.lower(), re.findall(r".{60}school.{60}", text, re.IGNORECASE)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_term_the_packet_uses_is_in_its_glossary(name: str) -> None:
    before, glossary = _split_glossary(_sample_pages(name))
    words = before.lower()
    used = [t.term for t in TERMS if t.key_word in words]
    assert used, "the scan reads nothing"
    missing = [term for term in used if f"{term} " not in glossary and f"{term}:" not in glossary]
    assert not missing, f"{name}: used in the packet but not in its glossary: {missing}"


def test_door_weights_are_called_door_weights_in_packet_and_cli() -> None:
    import dataclasses

    from tests.files import NC_SERIES
    from winbook.cli.targeting import COMMAND
    from winbook.io.targeting.read import read_elections

    plan = _plan("school-board")
    office = "TOWN OF CHAPEL HILL MAYOR"
    files = [NC_SERIES / "20231107__nc__general__precinct__chapel_hill_mayor.csv"]
    targeting = dataclasses.replace(
        plan.targeting, office=office, elections=read_elections(files, office)
    )
    plan.targeting = dataclasses.replace(targeting, base_door_weight_pct=40.0)
    text = " ".join(_pages(plan))
    assert "Door weights persuasion 100%, base 40%, low priority 0%" in text
    assert "doors per vote" not in text.lower()
    _before, glossary = _split_glossary(tuple(_pages(plan)))
    assert "Door weight How many doors" in glossary
    assert "door weight" in COMMAND.detail and "per vote, base" not in COMMAND.detail
