"""The window's pages in navigator order, by key and title (the order trainers use, domain
notes section 6). The factories that build each page are in `winbook.ui.pages`; the readiness
page and coach mode read the titles here, so neither needs the pages themselves."""

from __future__ import annotations

from winbook.domain.sections import SPEC_BY_KEY


def _section(key: str) -> tuple[str, str]:
    return key, SPEC_BY_KEY[key].title


PAGES: tuple[tuple[str, str], ...] = (
    ("candidate_race", "Candidate and race"),
    _section("why"),
    _section("landscape"),
    ("history", "Election history and turnout"),
    ("win_number", "Win number"),
    ("path", "Path to victory"),
    ("precincts", "Where the votes are"),
    _section("message"),
    _section("field"),
    _section("gotv"),
    _section("communications"),
    _section("research"),
    _section("team"),
    ("fundraising", "Fundraising"),
    ("budget", "Budget"),
    ("timeline", "Timeline"),
    _section("compliance"),
    ("checklist", "Filing checklist"),
    ("values", "Values"),
    ("disclosure", "Background disclosure"),
    ("readiness", "Readiness"),
)

#: Page title by key, for "Go to …" buttons and coach mode's marks.
PAGE_TITLES: dict[str, str] = dict(PAGES)
