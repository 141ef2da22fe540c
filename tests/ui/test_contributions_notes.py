"""The Fundraising page says what an import replaces, in the command line's words."""

from __future__ import annotations

from datetime import date

from tests.domain.test_contributions_figures import _plan
from winbook.domain.budget import fundraising_test
from winbook.ui.pages.fundraising import contributions_html


def test_the_fundraising_page_says_what_the_import_replaces() -> None:
    plan = _plan([("me", "2026-01", "500"), ("a", "2026-03", "200")], date(2026, 3, 20))
    html = contributions_html(plan, fundraising_test(plan), ["2026-01", "2026-02"])
    # the typed $99,999 no longer counts; the Mar 2026 gift ($200) is after the budget's months
    assert (
        "The export's figures replace the ones typed on the Fundraising page (raised "
        "$99,999.00): the typed figures stay in the plan but no longer count."
    ) in html
    assert "Gifts dated Mar\u00a02026 ($200.00) fall after its last month, Feb\u00a02026" in html
