"""US English in everything a user reads: the app's strings, its forms, the sample plans and the
application profile. A UK spelling or a lazy "(s)" plural fails here, with where it is."""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "winbook"

#: UK spellings (and UK-only words) a US reader trips over, with the US form in the message.
UK = {
    r"programmes?": "program",
    r"organi[sz]ation": "",  # checked below: only the -s- form is wrong
    r"organis(e|ed|es|er|ers|ing)": "organize",
    r"licences?": "license",
    r"misdemeanours?": "misdemeanor",
    r"authoris(e|ed|es|ing)": "authorize",
    r"neighbour\w*": "neighbor",
    r"colour\w*": "color",
    r"behaviour\w*": "behavior",
    r"favour\w*": "favor",
    r"honour\w*": "honor",
    r"labour": "labor",
    r"centres?|centred": "center",
    r"cheques?": "check",
    r"enrol|enrolment": "enroll",
    r"travell(ed|ing|er)": "traveled",
    r"counsell(or|ors|ing)": "counselor",
    r"defence|offence": "defense, offense",
    r"analys(e|ed|es|ing)": "analyze",
    r"(recogni|prioriti|mobili|summari|normali|utili|minimi|maximi|reali|finali)s(e|ed|es|ing)": (
        "-ize"
    ),
    r"labelled|labelling|modelled|modelling": "labeled, modeled",
    r"judgement": "judgment",
    r"catalogue": "catalog",
    r"whilst|amongst|learnt": "while, among, learned",
    r"grey": "gray",
    r"per cent": "percent",
    r"(south|north)-(west|east)": "southwest",
    r"mum": "mom",
}
PATTERN = re.compile(
    r"\b(" + "|".join(p for p, us in UK.items() if us) + r"|organisation|organisations)\b",
    re.IGNORECASE,
)
LAZY_PLURAL = re.compile(r"\w\(s\)")
#: A "(s)" that is code, not words: the packet's typesetter turns any stray one into "s".
ALLOWED_PLURAL = {("report/worksheets.py", '"(s)"'), ("domain/typography.py", '"(s)"')}


def _docstring_ids(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def app_strings() -> Iterator[tuple[str, str]]:
    """(where, text) for every string literal in the app's code (docstrings left out: they are
    for programmers), every text in its Designer forms, and every text in its data files."""
    for path in sorted(SRC.rglob("*.py")):
        where = path.relative_to(SRC).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstring_ids(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
            ):
                yield f"{where}:{node.lineno}", node.value
    for path in sorted((ROOT / "forms").glob("*.ui")):
        for el in ET.parse(path).iter("string"):
            yield f"forms/{path.name}", el.text or ""
    data = sorted((ROOT / "resources" / "samples").glob("*.json"))
    data += sorted((ROOT / "resources" / "profiles").glob("*.json"))
    for path in data:
        for text in _json_strings(json.loads(path.read_text(encoding="utf-8"))):
            yield f"resources/{path.parent.name}/{path.name}", text


def _json_strings(obj: object) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from _json_strings(x)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _json_strings(v)


def test_the_scan_sees_the_app() -> None:
    """The scan reads real text (so the tests below cannot pass by reading nothing)."""
    texts = [t for _w, t in app_strings()]
    assert len(texts) > 2000
    assert any("Hollis County" in t for t in texts)  # a sample plan
    assert any("win number" in t.lower() for t in texts)  # the app's own words


def test_the_pattern_catches_uk_spellings() -> None:
    for word in ("programme", "Organisation", "licence", "neighbourhood", "prioritised", "grey"):
        assert PATTERN.search(f"the {word} here"), word
    for word in ("program", "organization", "license", "neighborhood", "prioritized", "gray"):
        assert not PATTERN.search(f"the {word} here"), word
    assert LAZY_PLURAL.search("3 line(s)") and not LAZY_PLURAL.search("(see sources)")


def test_no_uk_spellings() -> None:
    found = [f"{where}: {m[0]!r}" for where, text in app_strings() for m in PATTERN.finditer(text)]
    assert not found, "UK spellings (use US English):\n" + "\n".join(found)


def test_no_lazy_plurals() -> None:
    found = [
        f"{where}: {text!r}"
        for where, text in app_strings()
        if LAZY_PLURAL.search(text) or text == "(s)"
        if (where.split(":")[0], f'"{text}"') not in ALLOWED_PLURAL
    ]
    assert not found, 'Plurals written as "(s)" (say "1 line", "3 lines"):\n' + "\n".join(found)


def test_no_spaced_percent_signs() -> None:
    """US style is 94%, never "94 %"."""
    found = [
        f"{where}: {text!r}"
        for where, text in app_strings()
        if re.search(r"(\d|\}|%p)\s%", text) and "%%" not in text
    ]
    assert not found, 'Percent signs with a space before them (write "94%"):\n' + "\n".join(found)
