"""One number, one value: every path figure printed twice agrees, on every sample and on
generated plans: the headline, the channel table's total, the weekly table's total, the
universes block and `targets --json` (the window shows the same `compute_figures`)."""

from __future__ import annotations

import random
import re
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from tests.plans import build_rich_plan
from winbook.domain.figures import compute_figures
from winbook.domain.model import Channel, ChannelPlan, Plan
from winbook.paths import samples_dir
from winbook.report.packet import PacketOptions, render_packet
from winbook.report.text import targets_json
from winbook.store.files import load_plan

SAMPLES = ("school-board", "county-clerk", "state-house")


def generated(seed: int) -> Plan:
    """The rich plan with a random channel mix, rates, shift length, margin and field start."""
    rng = random.Random(seed)
    plan = build_rich_plan()
    kinds = rng.sample(list(Channel), rng.randint(1, 4))
    shares = [rng.randint(1, 9) for _ in kinds]
    plan.path.channels = [
        ChannelPlan(k, round(100 * s / sum(shares), 1), rng.choice([None, 12, 25, 35]),
                    rng.choice([3, 4, 6, 7, 10]), 14)
        for k, s in zip(kinds, shares, strict=True)
    ]  # fmt: skip
    plan.path.shift_hours = rng.choice([2.0, 2.5, 3.0, 4.0])
    plan.win.safety_margin_pct = rng.choice([2.0, 5.0, 7.5, 10.0])
    ends = plan.race.early_voting_start or plan.race.election_date
    assert ends is not None
    plan.path.field_start = ends - timedelta(days=rng.randint(8, 240))
    return plan


def _sums(plan: Plan) -> None:
    data = targets_json(plan, compute_figures(plan))
    path = data["path"]
    channels, weeks = path["channels"], path["weeks"]
    assert weeks, "the plan has weekly goals"
    made = sum(c["contacts"] for c in channels)
    if abs(sum(c["share_pct"] for c in channels) - 100) < 1e-9:
        assert made == path["contacts"]  # a full mix makes exactly the contacts needed
    assert sum(w["contacts"] for w in weeks) == made
    assert sum(c["hours"] or 0 for c in channels) == path["volunteer_hours"]
    assert sum(w["hours"] for w in weeks) == path["volunteer_hours"]
    assert sum(c["shifts"] or 0 for c in channels) == path["shifts"]
    assert sum(w["shifts"] for w in weeks) == path["shifts"]
    assert sum(c["attempts"] or 0 for c in channels) == path["attempts"]


@pytest.mark.parametrize("name", SAMPLES)
def test_samples_targets_json_adds_up(name: str) -> None:
    _sums(load_plan(samples_dir() / f"{name}.json"))


def test_generated_plans_targets_json_adds_up() -> None:
    for seed in range(150):
        _sums(generated(seed))


def _layout(plan: Plan, tmp_path: Path, paper: str) -> str:
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(render_packet(plan, PacketOptions(paper=paper)))  # type: ignore[arg-type]
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _n(text: str) -> int:
    return int(text.replace(",", ""))


def _packet_pairs(plan: Plan, tmp_path: Path, paper: str = "letter") -> None:
    f = compute_figures(plan).path
    text = _layout(plan, tmp_path, paper)
    flat = " ".join(text.split())
    glance = re.search(r"Volunteer hours ([\d,]+) \(([\d,]+) shifts?\)", flat)
    assert glance and (_n(glance[1]), _n(glance[2])) == (f.total_hours, f.total_shifts)
    universes = re.search(r"Volunteer hours / shifts ([\d,]+) hours? / ([\d,]+) shifts?", flat)
    assert universes and (_n(universes[1]), _n(universes[2])) == (f.total_hours, f.total_shifts)
    contacts = re.findall(r"Contacts needed ([\d,]+)", flat)
    assert len(contacts) >= 2 and {_n(c) for c in contacts} == {f.contacts}
    numbers = r"\s+([\d,]+)"
    channel_total = re.search(r"^\s*Total\s+[\d.]+%" + numbers * 4 + r"\s*$", text, re.M)
    assert channel_total
    made = sum(c.contacts for c in f.channels)
    assert [_n(x) for x in channel_total.groups()] == [
        made,
        f.total_attempts,
        f.total_hours,
        f.total_shifts,
    ]
    week_total = re.search(r"^\s*Total" + numbers * 3 + r"\s*$", text, re.M)
    assert week_total
    assert [_n(x) for x in week_total.groups()] == [made, f.total_hours, f.total_shifts]


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_samples_packet_prints_each_figure_once_in_value(
    name: str, paper: str, tmp_path: Path
) -> None:
    _packet_pairs(load_plan(samples_dir() / f"{name}.json"), tmp_path, paper)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_packets_print_each_figure_once_in_value(seed: int, tmp_path: Path) -> None:
    _packet_pairs(generated(seed), tmp_path)
