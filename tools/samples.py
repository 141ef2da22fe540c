"""Check (or normalise) the bundled sample plans in ``resources/samples/``.

The samples are data: edit the JSON files by hand. This script reads each one as Winbook does
(the interchange envelope, every field checked), and checks that the file holds exactly what
Winbook would write for the same plan (nothing it would drop or repair) and is laid out the
normal way: sorted keys, an indent of 2, UTF-8 as is, a trailing newline.

    .venv/bin/python tools/samples.py          # check: exit 1 and name the files that differ
    .venv/bin/python tools/samples.py --fix    # rewrite them in the normal form
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from winbook.atomic import atomic_write_text
from winbook.errors import WinbookError
from winbook.paths import samples_dir
from winbook.store.interchange import plan_from_envelope, plan_to_envelope


def layout(data: object) -> str:
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def problem(path: Path) -> str | None:
    """What is wrong with the sample at ``path``, or None (raises WinbookError when it is not
    a plan Winbook can read)."""
    text = path.read_text("utf-8")
    data = json.loads(text)
    if plan_to_envelope(plan_from_envelope(data, source=path.name)) != data:
        return "holds fields Winbook would drop or change"
    if layout(data) != text:
        return "is not laid out in the normal form"
    return None


def main(argv: list[str]) -> int:
    fix = "--fix" in argv
    folder = Path(next((a for a in argv if not a.startswith("--")), samples_dir()))
    bad = 0
    for path in sorted(folder.glob("*.json")):
        try:
            wrong = problem(path)
            if wrong and fix:
                plan = plan_from_envelope(json.loads(path.read_text("utf-8")), source=path.name)
                atomic_write_text(path, layout(plan_to_envelope(plan)))
                print(f"Normalised {path}")
            elif wrong:
                print(f"{path} {wrong} (run tools/samples.py --fix)", file=sys.stderr)
                bad += 1
        except (WinbookError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
