"""Which past elections count (same cycle and stage; contested) and what each one measured
(contest ballots, roll-off, votes for a vote-for-N race), domain notes §2 and §2a."""

from __future__ import annotations

from fractions import Fraction

from winbook.domain.explain import Step, fmt_int, fmt_num, fmt_pct, frac, shown
from winbook.domain.model import CYCLE_LABELS, PastElection, Plan, TurnoutMethod
from winbook.domain.turnout.result import BLOWOUT_PCT, Unit


def comparable_elections(plan: Plan) -> tuple[list[PastElection], list[Step]]:
    """Past elections of the same cycle type and stage as the race, newest first.

    Elections of another cycle or stage are left out with a step that says so: presidential,
    midterm and odd-year turnout must never be mixed.
    """
    race = plan.race
    kept: list[PastElection] = []
    steps: list[Step] = []
    for e in sorted(plan.history, key=lambda e: e.year, reverse=True):
        if e.cycle != race.cycle or e.stage != race.stage:
            steps.append(
                Step(
                    f"{e.year} left out: a {CYCLE_LABELS[e.cycle].lower()} {e.stage.value} "
                    f"election, not comparable with this {CYCLE_LABELS[race.cycle].lower()} "
                    f"{race.stage.value}.",
                    "wellstone_turnout",
                )
            )
            continue
        kept.append(e)
    return kept, steps


def competitiveness(e: PastElection) -> str:
    """Why a past election says little about a contested one; "" when it was contested (§2a)."""
    seats = max(e.seats, 1)
    if e.candidates == 0:
        return "only write-in candidates"
    if e.candidates is not None and e.candidates <= seats:
        return f"uncontested ({_count(e.candidates, 'candidate')} for {_count(seats, 'seat')})"
    if (
        seats == 1
        and e.winner_votes
        and e.contest_votes
        and e.winner_votes * 100 >= BLOWOUT_PCT * e.contest_votes
    ):
        share = Fraction(e.winner_votes * 100, e.contest_votes)
        return f"a blowout (the winner took {fmt_pct(share)} of the votes)"
    return ""


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _years(elections: list[PastElection]) -> str:
    return ", ".join(str(e.year) for e in sorted(elections, key=lambda e: e.year))


def contested_elections(
    elections: list[PastElection],
) -> tuple[list[PastElection], list[tuple[int, str]], list[Step]]:
    """The elections the average uses, those left out (year, reason), and the steps saying so.

    Flagged years (uncontested, write-in only, blowout) are left out while at least two
    contested comparable elections remain; a year the user put back counts as contested.
    """
    flagged = [e for e in elections if not e.use_anyway and competitiveness(e)]
    if not flagged:
        return elections, [], []
    if len(elections) - len(flagged) < 2:
        step = Step(
            f"{_years(flagged)} kept although flagged ({'; '.join(map(competitiveness, flagged))}):"
            " fewer than two contested comparable elections remain.",
            "competitiveness",
        )
        return elections, [], [step]
    ids = {id(e) for e in flagged}
    left_out = [(e.year, competitiveness(e)) for e in flagged]
    steps = [
        Step(
            f"{year} left out of the average: {reason}, which turns out fewer voters than a "
            "contested race (put it back on the election-history page to count it).",
            "competitiveness",
        )
        for year, reason in left_out
    ]
    return [e for e in elections if id(e) not in ids], left_out, steps


def roll_off_factor(plan: Plan) -> Fraction:
    """1 - roll-off: the share of all ballots that vote in a down-ballot contest."""
    return 1 - frac(plan.turnout.roll_off_pct) / 100


def _row_roll_off(e: PastElection, roll_off: Fraction) -> tuple[Fraction, str]:
    """The roll-off factor for one row: its measured roll-off, else the plan's setting."""
    if e.roll_off_pct is not None:
        factor = 1 - frac(e.roll_off_pct) / 100
        return factor, f"after its measured {fmt_pct(e.roll_off_pct, 4)} roll-off"
    return roll_off, f"after {fmt_pct(100 - roll_off * 100, 4)} roll-off"


def contest_ballots(e: PastElection, seats: int, roll_off: Fraction) -> tuple[Fraction | None, str]:
    """Ballots that voted in the contest in a past election, and how that figure was found.

    In a one-seat contest every ballot gives at most one vote, so the contest's votes are its
    ballots. In a vote-for-N contest (now or then) votes overcount ballots, so the contest's
    ballots, or the total ballots less roll-off, are used instead.
    """
    if e.contest_ballots is not None:
        return Fraction(e.contest_ballots), f"{fmt_int(e.contest_ballots)} ballots in the contest"
    one_seat = seats == 1 and max(e.seats, 1) == 1
    if one_seat and e.contest_votes is not None:
        return Fraction(e.contest_votes), f"{fmt_int(e.contest_votes)} votes in the contest"
    if e.ballots_cast is not None:
        factor, after = _row_roll_off(e, roll_off)
        value = shown(Fraction(e.ballots_cast) * factor, 1)  # as printed
        if factor == 1:
            return value, f"{fmt_int(e.ballots_cast)} ballots cast (no roll-off set)"
        return value, (
            f"{fmt_int(e.ballots_cast)} ballots cast × {fmt_pct(factor * 100, 4)} "
            f"({after}) = {fmt_num(value)}"
        )
    if e.contest_votes is not None:
        return None, (
            f"only the contest's {fmt_int(e.contest_votes)} votes are known, and in a vote-for-N "
            "contest each ballot carries up to N votes; enter the ballots cast"
        )
    return None, "no votes in the contest and no ballots cast entered"


def contest_votes_now(e: PastElection, seats: int) -> tuple[Fraction | None, str]:
    """The contest's votes, scaled to this race's N seats when that year filled another number."""
    if e.contest_votes is None:
        return None, "the contest's votes are not entered"
    then = max(e.seats, 1)
    if then == seats:
        return Fraction(e.contest_votes), f"{fmt_int(e.contest_votes)} votes in the contest"
    value = shown(Fraction(e.contest_votes * seats, then), 1)  # as printed
    return value, (
        f"{fmt_int(e.contest_votes)} votes for {_count(then, 'seat')}, × {seats}/{then} for "
        f"this race's {_count(seats, 'seat')} = {fmt_num(value)}"
    )


def measure(
    e: PastElection, seats: int, roll_off: Fraction, unit: Unit
) -> tuple[Fraction | None, str]:
    """A past election's figure in the unit T counts (ballots, or votes for N seats)."""
    if unit == "votes":
        return contest_votes_now(e, seats)
    return contest_ballots(e, seats, roll_off)


def projection_unit(plan: Plan, elections: list[PastElection]) -> Unit:
    """Votes when a vote-for-N race's history gives the contest's votes but never its ballots.

    Most real results files carry no ballots-cast figure (§7); every such file must still give
    a figure, so T then counts votes and the win number uses the votes bound. Ballots, when
    any comparable election has them, still win.
    """
    seats = max(plan.race.seats, 1)
    if seats == 1 or plan.turnout.method in (TurnoutMethod.TURNOUT_RATE, TurnoutMethod.MANUAL):
        return "ballots"
    roll_off = roll_off_factor(plan)
    if any(contest_ballots(e, seats, roll_off)[0] is not None for e in elections):
        return "ballots"
    return "votes" if any(e.contest_votes is not None for e in elections) else "ballots"


def _uses_total_ballots(e: PastElection, seats: int) -> bool:
    """Whether `contest_ballots` falls back on the total ballots cast for ``e``."""
    if e.contest_ballots is not None:
        return False
    if seats == 1 and max(e.seats, 1) == 1 and e.contest_votes is not None:
        return False
    return e.ballots_cast is not None and e.roll_off_pct is None
