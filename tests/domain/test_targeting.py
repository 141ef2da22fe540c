"""Where the votes are (domain notes §8) on real results files.

Every expected figure was computed with awk straight from the files in tests/data (the command
is in the comment next to it), never from Winbook's output. In the NC files the party field
holds NUL bytes, so each command starts with ``tr -d '\\000' <``; the votes are the last field.
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import pytest

from tests.files import CHEROKEE, NC_SERIES
from winbook.domain.model import TargetingSettings
from winbook.domain.targeting import (
    BASE,
    LOW,
    PERSUASION,
    PrecinctTarget,
    TargetingError,
    TargetingResult,
    check_references,
    compute_targeting,
    normal_label,
    site_kind,
)
from winbook.io.targeting.read import read_elections

CH_OFFICE = "TOWN OF CHAPEL HILL MAYOR"
CH_FILES = sorted(NC_SERIES.glob("*__chapel_hill_mayor.csv"))
CH_2019 = NC_SERIES / "20191105__nc__general__precinct__chapel_hill_mayor.csv"
CH_2023 = NC_SERIES / "20231107__nc__general__precinct__chapel_hill_mayor.csv"


def target(
    paths: list[Path], office: str, doors: int | None = None, **kw: object
) -> TargetingResult:
    settings = TargetingSettings(office=office, **kw)  # type: ignore[arg-type]
    settings.elections = read_elections(paths, office)
    check_references(settings.elections, settings.references)
    return compute_targeting(settings, doors)


def place(result: TargetingResult, county: str, precinct: str) -> PrecinctTarget:
    return next(p for p in result.precincts if (p.county, p.precinct) == (county, precinct))


def test_labels_and_pseudo_precincts() -> None:
    assert normal_label("27_CREEKSIDE ELEMENTARY") == "27"
    assert normal_label("CC01_CROSS CREEK 01") == "cc1"
    assert normal_label(" bc ") == "bc"
    for label, kind in [
        ("ABSENTEE BY-MAIL", "absentee"), ("ABS", "absentee"), ("MAIL", "absentee"),
        ("PROVISIONAL", "provisional"), ("PROV", "provisional"), ("TRANSFER 100", "transfer"),
        ("ONE STOP 100", "early voting"), ("OS BOE", "early voting"), ("EV NCCU", "early voting"),
        ("EARLY VOTING CHL", "early voting"), ("EARLY VOTE CAB", "early voting"),
    ]:  # fmt: skip
        assert site_kind(label) == kind, label
    for label in ("CF1", "27", "53-2", "Air Acres", "OSCEOLA", "EVANS"):
        assert site_kind(label) == "", label


def test_per_precinct_votes_and_a_city_across_counties() -> None:
    r = target([CH_2019], CH_OFFICE, references=["Pam Hemminger"])
    da = place(r, "ORANGE", "DA")
    # tr -d '\000' < 2019…chapel_hill_mayor.csv |
    #   awk -F, '$1=="ORANGE" && $2=="DA" {s+=$NF} END {print s}'
    assert da.contest_votes == 514
    # … && $6=="Pam Hemminger" {s+=$NF}  -> 481
    assert da.support_pct == pytest.approx(100 * 481 / 514)
    assert da.tier == BASE
    # awk -F, 'NR>1 {s+=$NF} END {print s}'  -> 8007 (Orange and Durham together)
    assert r.contest_votes == 8007
    # awk -F, 'NR>1 {s[$1]+=$NF} END {for (k in s) print k, s[k]}'  -> DURHAM 370, ORANGE 7637
    by_county: dict[str, int] = {}
    for p in r.precincts:
        by_county[p.county] = by_county.get(p.county, 0) + p.contest_votes
    assert by_county == {"DURHAM": 370, "ORANGE": 7637}
    assert da.share_pct == pytest.approx(100 * 514 / 8007)
    # Durham's precinct 27 is its own place, apart from Orange's: awk … '$1=="DURHAM" && $2=="27"'
    assert place(r, "DURHAM", "27").contest_votes == 263
    assert r.turnout_rate_pct is None and da.turnout_index is None  # no registration here


def test_pseudo_precincts_in_several_counties_stay_apart_and_out_of_the_doors() -> None:
    r = target(CH_FILES, CH_OFFICE, doors=5000)
    # cat *chapel_hill_mayor.csv | tr -d '\000' | awk -F, '$2=="PROVISIONAL" {s[$1]+=$NF} …'
    assert place(r, "ORANGE", "PROVISIONAL").contest_votes == 157
    assert place(r, "DURHAM", "PROVISIONAL").contest_votes == 6
    assert not place(r, "DURHAM", "PROVISIONAL").geographic
    # cat … | awk -F, '$1!="county" {s+=$NF}'  -> 61379 votes in the seven files
    assert r.contest_votes == 61379
    # cat … | awk -F, '$1!="county" && ($2 ~ /ABS|MAIL|PROV|TRANSFER|ONE STOP|^OS |^EV |EARLY VOT/
    #   || $2 ~ /^(BOE|CARRBORO|SEYMOUR|COTC|NCCU|NRL|SRL)$/) {s+=$NF}'  -> 21470: the sites that
    #   2017 and 2019 wrote by name (BOE, SEYMOUR…) are the ones other years wrote "OS BOE"…
    assert r.non_geographic_votes == 21470
    assert r.non_geographic_pct == pytest.approx(100 * 21470 / 61379)
    assert all(p.doors == 0 for p in r.precincts if not p.geographic)
    assert sum(p.doors for p in r.precincts) == 5000


def test_two_years_matched_by_label() -> None:
    files = [NC_SERIES / f"{d}__nc__general__precinct__chapel_hill_mayor.csv"
             for d in ("20111108", "20151103")]  # fmt: skip
    r = target(files, CH_OFFICE)
    p27 = place(r, "DURHAM", "27")  # "27_CREEKSIDE ELEMENTARY" in 2011, "27" in 2015
    # cat 2011… 2015… | tr -d '\000' | awk -F, '$1=="DURHAM" && ($2=="27" || $2 ~ /^27_/)
    #   {s+=$NF}'  -> 622 (332 in 2011, 290 in 2015)
    assert p27.contest_votes == 622
    assert p27.years == [2011, 2015]
    assert p27.expected_votes == Fraction(622, 2)
    assert p27 not in r.unmatched
    assert not any(p.precinct.startswith("27_") for p in r.precincts)


def test_doors_add_up_by_largest_remainder() -> None:
    r = target([CH_2023], CH_OFFICE, doors=1000)
    # tr -d '\000' < 2023… | awk -F, 'NR>1 && $2 !~ /ABS|PROV|TRANSFER|^OS / {v[$1"|"$2]+=$NF}
    #   END {S=0; for (k in v) S+=v[k];
    #        for (k in v) {q=1000*v[k]/S; print k, v[k], int(q), q-int(q)}}'
    #   | sort -k4 -r: S = 6631, the floors add up to 993 and the 7 largest remainders (WW1, WDS,
    #   DA, CO, RE, KM, DURHAM|27) get one more door each
    got = {p.name: p.doors for p in r.precincts if p.doors}
    assert sum(got.values()) == 1000
    assert got["ORANGE|DA"] == 103  # 682 votes: 102.85 -> 103
    assert got["ORANGE|CF1"] == 104  # 690 votes: 104.06 -> 104
    assert got["DURHAM|27"] == 66  # 434 votes: 65.45 -> 66
    assert got["DURHAM|53-2"] == 7  # 48 votes: 7.24 -> 7
    assert got["ORANGE|GL"] == 68  # 451 votes: 68.01 -> 68
    assert len(got) == 18  # the 18 precincts on the map
    assert all(p.doors == 0 for p in r.precincts if not p.geographic)


def test_tiers_and_door_weights_follow_the_settings() -> None:
    # the 2023 race: Jess Anderson against Adam Searing; awk … $6=="Jess Anderson"
    r = target([CH_2023], CH_OFFICE, doors=600, references=["Jess Anderson"])
    tiers = {p.tier for p in r.precincts if p.geographic}
    assert tiers <= {BASE, PERSUASION, LOW} and tiers
    for p in r.precincts:
        if p.geographic:
            assert p.support_pct is not None
            want = BASE if p.support_pct >= 65 else PERSUASION if p.support_pct >= 35 else LOW
            assert p.tier == want
    # doors: persuasion precincts weigh 1 per expected vote, base 1/2, low 0
    weights = {
        p.name: p.expected_votes
        * {BASE: Fraction(1, 2), PERSUASION: Fraction(1), LOW: Fraction(0)}[p.tier]
        for p in r.precincts
        if p.geographic
    }
    total = sum(weights.values())
    for p in r.precincts:
        if p.geographic:
            exact = 600 * weights[p.name] / total
            assert math.floor(exact) <= p.doors <= math.ceil(exact)
    assert sum(p.doors for p in r.precincts) == 600
    raised = target([CH_2023], CH_OFFICE, references=["Jess Anderson"], base_pct=95.0)
    assert all(p.tier != BASE for p in raised.precincts)


def test_a_party_line_on_the_cherokee_file() -> None:
    r = target([CHEROKEE], "U.S. Senate", references=["Dem"])
    air = place(r, "Cherokee", "Air Acres")
    # awk -F, '$3=="U.S. Senate" && $2=="Air Acres"' -> Walker 1125, Warnock 701, Oliver 70
    assert air.contest_votes == 1896
    assert air.support_pct == pytest.approx(100 * 701 / 1896)
    assert air.tier == PERSUASION  # 37.0 %
    # awk -F, '$3=="U.S. Senate" {s+=$7; if ($5=="Dem") d+=$7} END {print s, d}' -> 119631 34987
    assert r.contest_votes == 119631
    label = r.reference_contests[0]
    assert r.reference_support[label] == pytest.approx(100 * 34987 / 119631)
    # awk -F, '$3=="U.S. Senate" {print $2}' | sort -u | wc -l -> 42 precincts, all on the map
    assert len(r.precincts) == 42 and r.non_geographic_votes == 0


def test_bad_input_is_one_sentence_and_nothing_is_kept() -> None:
    with pytest.raises(TargetingError, match="Nobody Atall never ran for TOWN OF CHAPEL HILL"):
        target([CH_2019], CH_OFFICE, references=["Nobody Atall"])
    wilmington = NC_SERIES / "20191105__nc__general__precinct__wilmington_mayor.csv"
    with pytest.raises(TargetingError, match="different places"):
        read_elections([CH_2019, wilmington], "mayor")
    with pytest.raises(TargetingError, match="different states"):
        read_elections([CH_2019, CHEROKEE], "mayor")
    with pytest.raises(TargetingError, match="has no contest 'governor'"):
        read_elections([CH_2019], "governor")
    # a contest missing from the second file stops the import: no elections come back
    with pytest.raises(TargetingError, match="20191105__nc__general__precinct__wilmington"):
        read_elections([CH_2023, wilmington], CH_OFFICE)


def test_turnout_index_from_registration_and_ballots(tmp_path: Path) -> None:
    path = tmp_path / "20221108__xx__general__precinct.csv"
    path.write_text(
        "county,precinct,office,district,party,candidate,votes\n"
        "A,P1,Registered Voters,,,,1000\nA,P1,Ballots Cast,,,,600\n"
        "A,P1,Mayor,,,Ann,400\nA,P1,Mayor,,,Bob,150\n"
        "A,P2,Registered Voters,,,,500\nA,P2,Ballots Cast,,,,150\n"
        "A,P2,Mayor,,,Ann,40\nA,P2,Mayor,,,Bob,100\n"
        "A,Absentee,Ballots Cast,,,,50\nA,Absentee,Mayor,,,Ann,30\nA,Absentee,Mayor,,,Bob,20\n",
        encoding="utf-8",
    )
    r = target([path], "Mayor", doors=10, references=["Ann"])
    p1, p2 = place(r, "A", "P1"), place(r, "A", "P2")
    # by hand: turnout 600/1000 = 60 %, 150/500 = 30 %; the jurisdiction's over its places
    # with both figures: 750/1500 = 50 %
    assert (p1.turnout_pct, p2.turnout_pct, r.turnout_rate_pct) == (60, 30, 50)
    assert p1.turnout_index == pytest.approx(1.2)
    assert p2.turnout_index == pytest.approx(0.6)
    assert (p1.registered_voters, p1.ballots_cast) == (1000, 600)
    # support 400/550 = 72.7 % base; 40/140 = 28.6 % low priority (weight 0): all 10 doors to P1
    assert (p1.tier, p2.tier, p1.doors, p2.doors) == (BASE, LOW, 10, 0)
    absentee = place(r, "A", "Absentee")
    assert not absentee.geographic and absentee.doors == 0
    assert r.non_geographic_votes == 50  # 30 + 20


def test_thresholds_out_of_order_are_said() -> None:
    r = target([CH_2023], CH_OFFICE, references=["Jess Anderson"], base_pct=30.0)
    assert any("above the base threshold (30%)" in w for w in r.warnings)
    # the lowest share: ES 48.9 % (tr -d '\000' < 2023… | awk -F, 'NR>1 && $2 !~
    #   /ABS|PROV|TRANSFER|^OS / {v[$1"|"$2]+=$NF; if ($6=="Jess Anderson") a[$1"|"$2]+=$NF}
    #   END {for (k in v) printf "%.1f %s\n", 100*a[k]/v[k], k}' | sort -n | head -1)
    assert {p.tier for p in r.precincts if p.geographic} == {BASE}
    assert min(p.support_pct or 0 for p in r.precincts if p.geographic) == pytest.approx(
        48.9, abs=0.05
    )
