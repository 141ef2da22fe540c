"""The packet read back as a reviewer and a print shop read it (issue 11), for every sample on
letter and A4: figures whole, the glance page, page numbers, private pages last, print runs."""

from __future__ import annotations

import io
import json
import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.plans import build_rich_plan
from winbook.cli import main
from winbook.domain.figures import compute_figures
from winbook.domain.model import ExpenseCategory, ExpenseLine, Plan, RaceCost
from winbook.domain.readiness import readiness_json
from winbook.domain.turnout import comparable_elections
from winbook.domain.typography import typeset
from winbook.paths import samples_dir
from winbook.report import points
from winbook.report.canvas import BLANK_PAGE_TEXT
from winbook.report.packet import PacketOptions, render_packet, render_packets
from winbook.store.files import load_plan
from winbook.store.profiles import assess_plan

SAMPLES = ("school-board", "county-clerk", "state-house")
PAPERS = ("letter", "a4")


def _pages(data: bytes, tmp_path: Path, layout: bool = True) -> list[str]:
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(data)
    cmd = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def _flat(text: str) -> str:
    return " ".join(text.split())


_RUNNING = re.compile(r"^(DRAFT|Campaign plan prepared .* with Winbook|Page \d+ of \d+)$")


def _body(pages: list[str]) -> str:
    """The pages' text without the running head and foot, so a paragraph that runs on to the
    next page reads as one."""
    out = []
    for page in pages:
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        head = lines[0] if lines else ""
        out += [ln for ln in lines if ln != head and not _RUNNING.match(ln)]
    return " ".join(out)


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], bytes]:
    """Every sample on both papers, with its private and coach pages (they must come last)."""
    out = {}
    for name in SAMPLES:
        plan = load_plan(samples_dir() / f"{name}.json")
        for paper in PAPERS:
            options = PacketOptions(
                paper=paper,  # type: ignore[arg-type]
                include_private=True,
                include_coach_notes=True,
                reproducible=True,
            )
            out[name, paper] = render_packet(plan, options)
    return out


def _raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((samples_dir() / f"{name}.json").read_text("utf-8"))
    return data["plan"]  # type: ignore[no-any-return]


CASES = [(n, p) for n in SAMPLES for p in PAPERS]


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_every_history_and_budget_figure_prints_whole(
    rendered: dict[tuple[str, str], bytes], name: str, paper: str, tmp_path: Path
) -> None:
    # the tokens of the page text: a figure broken across lines ("121,48" / "0") is not one
    tokens = set(" ".join(_pages(rendered[name, paper], tmp_path)).split())
    raw = _raw(name)
    for e in raw["history"]:
        for key in ("registered", "ballots_cast", "contest_votes", "contest_ballots",
                    "winner_votes", "last_winner_votes", "first_loser_votes"):  # fmt: skip
            if e.get(key) is not None:
                assert f"{e[key]:,}" in tokens, (e["year"], key)
    for line in raw["expenses"] + raw["income"]:
        amount = Decimal(line["amount"])
        assert f"${amount:,.2f}" in tokens, line
    # each category's total, summed here from the raw lines
    totals: dict[str, Decimal] = {}
    for line in raw["expenses"]:
        totals[line["category"]] = totals.get(line["category"], Decimal(0)) + Decimal(
            line["amount"]
        )
    for value in totals.values():
        assert f"${value:,.0f}" in tokens


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_the_glance_page_holds_every_readiness_reason(
    rendered: dict[tuple[str, str], bytes], name: str, paper: str, tmp_path: Path
) -> None:
    plan = load_plan(samples_dir() / f"{name}.json")
    pages = _pages(rendered[name, paper], tmp_path)
    glance = _flat(pages[1])
    assert glance.startswith(_flat(pages[1].splitlines()[0])) and "The plan at a glance" in glance
    report = readiness_json(assess_plan(plan))  # what `winbook check --json` prints
    open_topics = [t for t in report["topics"] if t["status"] != "ready"]
    assert open_topics  # every sample has something left to do
    for topic in open_topics:
        assert topic["title"] in glance
        for reason in topic["reasons"]:
            assert _flat(typeset(reason)) in glance, reason
    assert f"Readiness: {report['score_pct']}%, not ready to apply yet" in glance
    assert "Points to check" in glance
    for point in points.points_to_check(plan, compute_figures(plan)):
        assert _flat(point) in glance


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_page_numbers_and_private_pages_last(
    rendered: dict[tuple[str, str], bytes], name: str, paper: str, tmp_path: Path
) -> None:
    data = rendered[name, paper]
    pages = _pages(data, tmp_path, layout=False)
    assert len(pages) == len(pypdf.PdfReader(io.BytesIO(data)).pages)
    main_pages = [p for p in pages if re.search(r"(?<!page )Page \d+ of \d+", p)]
    private = [p for p in pages if "Private page" in p]
    coach = [p for p in pages if "Coach notes page" in p]
    assert pages == main_pages + private + coach  # the packet, then private, then coach
    n = len(main_pages)
    for i, page in enumerate(main_pages, 1):
        assert re.findall(r"Page \d+ of \d+", page) == [f"Page {i} of {n}"]
        assert "not for submission" not in page
    for kind, group, tag in (
        ("Private page", private, "PRIVATE — not for submission"),
        ("Coach notes page", coach, "COACH NOTES — not for submission"),
    ):
        assert group
        for i, page in enumerate(group, 1):
            assert f"{kind} {i} of {len(group)}" in page and tag in page
            assert "DRAFT" not in page
    secret = load_plan(samples_dir() / f"{name}.json").candidate.home_address
    assert secret and not any(secret in _flat(p) for p in main_pages)


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_typography_of_a_finished_document(
    rendered: dict[tuple[str, str], bytes], name: str, paper: str, tmp_path: Path
) -> None:
    text = _flat(_body(_pages(rendered[name, paper], tmp_path, layout=False)))
    assert "(s)" not in text
    assert not re.search(r"[\d%)] x [\d(]", text)  # ×
    assert not re.search(r"\b20\d\d-\d\d\b", text)  # months as "Jun 2027"
    # the calculators' shown math as printed (the candidate's own prose is left as written)
    f = compute_figures(load_plan(samples_dir() / f"{name}.json"))
    shown = [s.text for r in (f.turnout, f.win, f.path, f.budget) for s in r.steps]
    assert len(shown) > 20
    for step in shown:
        printed = _flat(typeset(step))
        assert printed in text, printed
        assert not re.search(r"\d %|\d - \d| x |-\$", printed), printed  # 94%, −, ×, −$5
    assert not re.search(r"\b(January|February|March|April|June|July|August|September|"
                         r"October|November|December) \d{1,2}, \d{4}", text)  # fmt: skip
    assert re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, 20\d\d", text)
    assert "Droop" not in text.split("Other rules Winbook knows")[0]  # no plan here uses it


def test_methodology_and_glossary_only_for_what_the_plan_uses(tmp_path: Path) -> None:
    text = _flat(" ".join(_pages(render_packet(build_rich_plan()), tmp_path, layout=False)))
    appendix = text.split("Appendix A. Methodology and sources")[-1]
    used, others = appendix.split("Other rules Winbook knows, not used by this plan:")
    # a one-seat, two-candidate race: the majority rule, never the Droop quota or vote-for-N
    assert "Majority rule" in used and "Droop quota" not in used
    assert "Droop quota (ranked choice, N seats)" in others
    glossary = appendix.split("Appendix B. Glossary")[-1]
    assert "Win number" in glossary and "Droop quota" not in glossary
    assert "Bullet voting" not in glossary  # one seat: no bullet voting anywhere


# --------------------------------------------------------------------------- points to check


def _short_of_cash() -> Plan:
    plan = build_rich_plan()
    # rich plan: $500 start, Jun cash on hand $2,100 (see test_packet); a $5,000 June printing
    # bill leaves 2,100 - 5,000 = -$2,900 at the end of June
    plan.expenses.append(ExpenseLine(ExpenseCategory.MAIL, "Early mail", "2025-06", Decimal(5000)))
    return plan


def test_negative_cash_is_flagged_with_month_and_amount(tmp_path: Path) -> None:
    plan = _short_of_cash()
    flags = points.negative_cash(plan, compute_figures(plan))
    assert len(flags) == 1 and "Jun\u00a02025: −$2,900" in flags[0]
    glance = _flat(_pages(render_packet(plan), tmp_path, layout=False)[1])
    assert "Cash on hand goes negative (Jun 2025: −$2,900" in glance


def test_a_vote_goal_below_every_past_winner_is_flagged() -> None:
    plan = build_rich_plan()  # goal 11,211 on the high turnout (test_packet plans on expected)
    f = compute_figures(plan)
    assert points.goal_below_past_winners(plan, f) == []
    for e in plan.history:
        e.winner_votes = 12_000 + e.year  # every comparable winner beats 11,211
    (flag,) = points.goal_below_past_winners(plan, compute_figures(plan))
    lowest = min(e.year for e in comparable_elections(plan)[0])  # the smallest 12,000 + year
    assert "The vote goal (11,211) is below every comparable past winner's votes" in flag
    assert f"(the lowest: {12_000 + lowest:,} in {lowest})" in flag


def test_points_are_an_extensible_list(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = build_rich_plan()

    def extra(plan: Plan, f: Any) -> list[str]:
        return ["A new flag."]

    monkeypatch.setattr(points, "POINT_CHECKS", (*points.POINT_CHECKS, extra))
    assert points.points_to_check(plan, compute_figures(plan))[-1] == "A new flag."


# --------------------------------------------------------------------------- print runs


@pytest.mark.parametrize("paper", PAPERS)
def test_merged_run_starts_every_packet_on_a_front(paper: str, tmp_path: Path) -> None:
    plans = [load_plan(samples_dir() / f"{n}.json") for n in SAMPLES]
    options = PacketOptions(
        paper=paper,  # type: ignore[arg-type]
        reproducible=True,
        print_run=True,
        separator=True,
    )
    data = render_packets(plans, options)
    pages = _pages(data, tmp_path, layout=False)
    covers = [i + 1 for i, p in enumerate(pages) if "Page 1 of" in p]
    assert len(covers) == 3 and all(n % 2 == 1 for n in covers)  # odd: a front
    assert len(pages) % 2 == 0
    blanks = [i + 1 for i, p in enumerate(pages) if BLANK_PAGE_TEXT in p]
    assert blanks and all(n % 2 == 0 for n in blanks)  # backs only
    separators = [i + 1 for i, p in enumerate(pages) if "NEXT APPLICATION PACKET" in p]
    assert len(separators) == 2 and all(n % 2 == 1 for n in separators)
    for n, plan in zip(separators, plans[1:], strict=True):
        assert plan.candidate.full_name in pages[n - 1]
        assert pages[n].strip() == BLANK_PAGE_TEXT  # its back is blank
        assert "Page 1 of" in pages[n + 1]  # the packet follows on a front


def test_cli_merge_reports_the_sheets_of_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for name in SAMPLES:
        target = tmp_path / f"{name}.json"
        target.write_bytes((samples_dir() / f"{name}.json").read_bytes())
        paths.append(str(target))
    out = tmp_path / "run.pdf"
    assert main(["export", *paths, "--merge", str(out), "--separator"]) == 0
    pages = len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert pages % 2 == 0
    said = capsys.readouterr().out
    assert f"Print run: 3 packets, {pages:,} pages, {pages // 2:,} sheets of paper" in said


def test_separator_without_merge_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.json"
    plan.write_bytes((samples_dir() / "school-board.json").read_bytes())
    assert main(["export", str(plan), "--pdf", str(tmp_path / "a.pdf"), "--separator"]) == 2
    assert "--separator goes with --merge" in capsys.readouterr().err


def test_blank_back_only_when_a_packet_has_an_odd_count(tmp_path: Path) -> None:
    plan = build_rich_plan()
    single = len(pypdf.PdfReader(io.BytesIO(render_packet(plan))).pages)
    run = render_packets([plan], PacketOptions(print_run=True))
    assert len(pypdf.PdfReader(io.BytesIO(run)).pages) == single + single % 2


def test_dates_in_one_style() -> None:
    from winbook.domain.typography import fmt_date, month_label

    assert fmt_date(date(2026, 11, 3)) == "Nov\u00a03,\u00a02026"
    assert month_label("2027-06") == "Jun\u00a02027"
    assert month_label("June") == "June"


#: The packet's fixed sub-headings (the section and worksheet headings come from the outline).
SUBHEADINGS = (
    "Past elections (the inputs)", "Method and rule", "Projected turnout, step by step",
    "Win number and vote goal, step by step", "The figures", "Universes",
    "Contacts, hours and shifts per channel", "How the figures are found", "Week by week",
    "Income by source", "Income plan in detail", "The 15% fundraising test",
    "Spending by category", "Against the norms", "Cost per vote",
    "Low, medium and high budgets", "Monthly cash flow", "Expense detail", "Points to check",
    "Candidate", "Race", "Private details",
)  # fmt: skip


def _outline(items: list[Any]) -> list[str]:
    out: list[str] = []
    for item in items:
        out += _outline(item) if isinstance(item, list) else [str(item.title)]
    return out


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_a_heading_never_ends_a_page(
    rendered: dict[tuple[str, str], bytes], name: str, paper: str, tmp_path: Path
) -> None:
    data = rendered[name, paper]
    headings = {*SUBHEADINGS, *_outline(pypdf.PdfReader(io.BytesIO(data)).outline)}
    for number, page in enumerate(_pages(data, tmp_path), 1):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        body = lines[1:-1]  # without the running header and footer
        assert body, number
        assert body[-1] not in headings, (number, body[-1])
        assert not body[-1].startswith("Status: "), number  # a section's heading and status


def test_glossary_terms_all_appear_elsewhere_in_the_packet(tmp_path: Path) -> None:
    from winbook.report.appendix import GLOSSARY

    text = _flat(" ".join(_pages(render_packet(build_rich_plan()), tmp_path, layout=False)))
    before, glossary = text.split("Appendix B. Glossary")[-2:]
    kept = [term for term, _ in GLOSSARY if f" {term} " in f" {glossary} "]
    assert 8 <= len(kept) < len(GLOSSARY)
    for term in kept:
        word = term.split(" (")[0].lower()
        assert word in before.lower(), term


@pytest.mark.parametrize("paper", PAPERS)
def test_large_figures_stay_whole_in_the_history_table(paper: str, tmp_path: Path) -> None:
    plan = build_rich_plan()
    for e in plan.history:  # a big county's figures: eight digits and three commas
        for key in ("registered", "ballots_cast", "contest_votes", "contest_ballots",
                    "winner_votes", "last_winner_votes", "first_loser_votes"):  # fmt: skip
            setattr(e, key, 12_345_678 + e.year)
    data = render_packet(plan, PacketOptions(paper=paper))  # type: ignore[arg-type]
    tokens = set(" ".join(_pages(data, tmp_path)).split())
    for e in plan.history:
        assert f"{12_345_678 + e.year:,}" in tokens


def test_sections_not_ready_are_grouped_by_status() -> None:
    from winbook.domain.model import SectionStatus

    plan = build_rich_plan()
    for s in plan.sections:
        s.status = SectionStatus.READY
    plan.section("message").status = SectionStatus.NEEDS_REVIEW  # section 5
    for key in ("team", "research"):  # sections 10 and 9
        plan.section(key).status = SectionStatus.DRAFTING
    assert points.sections_not_ready(plan, compute_figures(plan)) == [
        "Sections 9 and 10 are still drafts.",
        "Section 5, Message, needs review.",
    ]


def _big_county() -> Plan:
    plan = build_rich_plan()
    for e in plan.history:  # every column filled, eight digits each: too wide at 8 pt upright
        for key in ("registered", "ballots_cast", "contest_votes", "contest_ballots",
                    "winner_votes", "last_winner_votes", "first_loser_votes"):  # fmt: skip
            setattr(e, key, 12_345_678 + e.year)
    return plan


@pytest.mark.parametrize("paper", PAPERS)
def test_the_wide_history_table_gets_a_landscape_page(paper: str, tmp_path: Path) -> None:
    data = render_packet(_big_county(), PacketOptions(paper=paper))  # type: ignore[arg-type]
    reader = pypdf.PdfReader(io.BytesIO(data))
    wide = [i for i, p in enumerate(reader.pages) if p.mediabox.width > p.mediabox.height]
    assert len(wide) == 1  # that page only; the rest stay upright
    upright = (612, 792) if paper == "letter" else (595, 842)
    for i, page in enumerate(reader.pages):
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert size == (upright[::-1] if i in wide else upright), i
    pages = _pages(data, tmp_path, layout=False)
    landscape_page = _flat(pages[wide[0]])
    assert "Win number worksheet" in landscape_page and "Past elections" in landscape_page
    for e in _big_county().history:
        assert f"{12_345_678 + e.year:,}" in landscape_page.split()
    n = len(pages)
    for i, text in enumerate(pages, 1):  # "Page X of Y" still right, the wide page counted
        assert re.findall(r"(?<!page )Page \d+ of \d+", text) == [f"Page {i} of {n}"], i


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_a_history_table_that_fits_upright_stays_upright(
    rendered: dict[tuple[str, str], bytes], name: str, paper: str
) -> None:
    reader = pypdf.PdfReader(io.BytesIO(rendered[name, paper]))
    assert all(p.mediabox.width < p.mediabox.height for p in reader.pages)


@pytest.mark.parametrize("paper", PAPERS)
def test_a_landscape_page_in_a_merged_run_keeps_every_packet_on_a_front(
    paper: str, tmp_path: Path
) -> None:
    plans = [_big_county(), load_plan(samples_dir() / "school-board.json"), _big_county()]
    options = PacketOptions(paper=paper, print_run=True)  # type: ignore[arg-type]
    data = render_packets(plans, options)
    pages = _pages(data, tmp_path, layout=False)
    covers = [i + 1 for i, p in enumerate(pages) if "Page 1 of" in p]
    assert len(covers) == 3 and all(n % 2 == 1 for n in covers)
    reader = pypdf.PdfReader(io.BytesIO(data))
    wide = [p for p in reader.pages if p.mediabox.width > p.mediabox.height]
    assert len(wide) == 2  # one for each big county's history


def test_landscape_only_when_8_pt_upright_cannot_hold_the_words() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from winbook.report.fonts import BOLD, REGULAR, register_fonts
    from winbook.report.layout import PAD, Col, needs_landscape

    register_fonts()
    cols = [Col("Year", 1), Col("Registered", 1, True)]
    rows = [["2024", "12,347,701"], ["2022", "9,100"]]
    # the widest word of each column at 8 pt, measured here: "Year" (bold head) vs "2024",
    # "Registered" (bold head) vs "12,347,701"; each column also has its padding
    year = max(stringWidth("Year", BOLD, 8), stringWidth("2024", REGULAR, 8))
    reg = max(stringWidth("Registered", BOLD, 8), stringWidth("12,347,701", REGULAR, 8))
    least = year + reg + 2 * PAD
    assert not needs_landscape(cols, rows, least + 0.01)
    assert needs_landscape(cols, rows, least - 0.01)


def test_the_fundraising_point_reads_at_one_precision() -> None:
    """A few cents short: the packet's point to check says so, in cents throughout."""
    plan = Plan()
    plan.race_costs = [RaceCost(2024, "Board seat", plan.race.stage, Decimal(3000))]
    plan.fundraising.raised_to_date = Decimal("449.60")  # 15% of $3,000 = $450.00 (by hand)
    plan.fundraising.donor_count = 12
    figures = compute_figures(plan)
    assert points.fundraising_short(plan, figures) == [
        "The 15% fundraising test is not passed yet: $449.60 counted of $450.00 ($0.40 to go)."
    ]
    plan.fundraising.raised_to_date = Decimal(400)
    assert points.fundraising_short(plan, compute_figures(plan)) == [
        "The 15% fundraising test is not passed yet: $400 counted of $450 ($50 to go)."
    ]
