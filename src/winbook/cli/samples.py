"""`winbook samples DIR`: write the bundled sample plans into a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from winbook.cli.base import Command


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, metavar="DIR", help="the folder to write the samples into")


def run(args: argparse.Namespace) -> int:
    from winbook.store.files import write_samples

    done = write_samples(args.dir)
    for path in done.written:
        print(f"Wrote {path}")
    for path in done.skipped:
        print(f"Skipped {path}: a file of that name is already there (it was not replaced).")
    return 0


COMMAND = Command(
    name="samples",
    summary="write the bundled sample plans into a folder",
    detail="Write each bundled sample plan into DIR as NAME.winbook (DIR is created if needed). "
    "A file that is already there is never replaced: it is skipped and named.",
    examples=("winbook samples ~/plans",),
    arguments=_arguments,
    run=run,
)
