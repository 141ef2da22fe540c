"""The sample plans' packets: figures recomputed from the raw JSON, not by the calculators."""

from __future__ import annotations

import json
import math
import subprocess
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from winbook.paths import samples_dir
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan

SAMPLES = ("school-board", "county-clerk", "state-house")


def _raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((samples_dir() / f"{name}.json").read_text("utf-8"))
    assert data["format"] == "winbook-plan"
    return data["plan"]  # type: ignore[no-any-return]


def _text(name: str, tmp_path: Path) -> str:
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(render_packet(load_plan(samples_dir() / f"{name}.json"), PacketOptions()))
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def test_samples_are_all_there() -> None:
    assert sorted(p.stem for p in samples_dir().glob("*.json")) == sorted(SAMPLES)


def test_county_clerk_turnout_rate_method_by_hand(tmp_path: Path) -> None:
    plan = _raw("county-clerk")
    race = plan["race"]

    # Turnout-rate method over the 3 newest presidential generals (2022 is a midterm):
    # mean(ballots / registered) x current registration x (1 - roll-off), rounded up, each
    # figure taken as the packet prints it (rates 2 decimals of a per cent, ballots 1 decimal)
    # so that a hand check of the printed steps gives the printed T.
    def printed(x: Fraction, digits: int) -> Fraction:  # rounded half up
        return Fraction(math.floor(x * 10**digits + Fraction(1, 2)), 10**digits)

    same = [
        e for e in plan["history"] if e["cycle"] == race["cycle"] and e["stage"] == race["stage"]
    ]
    same = sorted(same, key=lambda e: -e["year"])[:3]
    rates = [printed(Fraction(e["ballots_cast"], e["registered"]), 4) for e in same]
    roll = 1 - Fraction(str(plan["turnout"]["roll_off_pct"])) / 100
    avg = printed(sum(rates, Fraction(0)) / len(rates), 4)
    ballots = printed(avg * race["registered_voters"], 1)
    t = math.ceil(printed(ballots * roll, 1))
    # one back-test point (2024 from 2020 and 2016), so the range is +/- 15% and the win
    # number is planned on the high figure, T x 1.15 rounded up
    high = math.ceil(t * Fraction(115, 100))
    win = high // 2 + 1  # two candidates, one seat
    goal = math.ceil(win * (1 + Fraction(str(plan["win"]["safety_margin_pct"])) / 100))
    text = _text("county-clerk", tmp_path)
    assert f"T = {t:,} ballots" in text
    assert f"floor({high:,} / 2) + 1 = {win:,} votes" in text
    assert f"Vote goal {goal:,} votes" in text


@pytest.mark.parametrize("name", SAMPLES)
def test_budget_total_and_cost_per_vote(name: str, tmp_path: Path) -> None:
    plan = _raw(name)
    total = sum((Decimal(e["amount"]) for e in plan["expenses"]), Decimal(0))
    income = sum((Decimal(i["amount"]) for i in plan["income"]), Decimal(0))
    text = _text(name, tmp_path)
    assert f"Total spending ${total:,.0f} 100.0%" in text
    assert f"Total planned income ${income:,.0f}" in text
    goal = int(text.split("Vote goal ")[1].split(" ")[0].replace(",", ""))
    cpv = (total / goal).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert f"= ${cpv} a vote" in text


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_names_print_and_extract(name: str, tmp_path: Path) -> None:
    full_name = _raw(name)["candidate"]["full_name"]
    assert full_name in _text(name, tmp_path)
