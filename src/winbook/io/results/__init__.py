"""Precinct-level election results (OpenElections layout) read as a stream. No Qt.

The reader aggregates while it streams, so memory grows with the number of contests, places and
candidates, never with the number of rows. Every quirk of real files listed in domain.md §7 is
handled: total rows, decimal counts, pseudo-contests, over/under votes and write-ins, encodings,
stray NUL bytes, party text in the candidate field, a vote_for column, races spanning counties,
contests that cover part of the file, and hostile files (zip bombs, XML bombs,
password-protected workbooks, binaries with a wrong extension, Winbook plans).

The rooms: :mod:`.sniff` (what the file is), :mod:`.csv_reader` and :mod:`.workbook` (the two
formats), :mod:`.rows` and :mod:`.tally` (aggregation), :mod:`.text` (cell rules),
:mod:`.match` (filters), :mod:`.notes` (warnings), :mod:`.history` and :mod:`.output`.
"""

from __future__ import annotations

from pathlib import Path

from winbook.errors import InputFileError
from winbook.inputfile import check_input
from winbook.io.results.csv_reader import read_csv
from winbook.io.results.history import guess_stage, guess_year, history_row
from winbook.io.results.model import (
    CancelFn,
    Cancelled,
    CandidateResult,
    Contest,
    PlaceResult,
    ProgressFn,
    ResultsFile,
)
from winbook.io.results.output import contest_json, results_json, results_text, seat_warnings
from winbook.io.results.rows import Filter
from winbook.io.results.sniff import OLE_MAGIC, ZIP_MAGIC, csv_encoding, sniff
from winbook.io.results.workbook import PASSWORD_SENTENCE, read_xlsx

__all__ = [
    "Cancelled",
    "CandidateResult",
    "Contest",
    "PlaceResult",
    "ResultsFile",
    "contest_json",
    "guess_stage",
    "guess_year",
    "history_row",
    "read_results",
    "results_json",
    "results_text",
    "seat_warnings",
]


def read_results(
    path: str | Path,
    *,
    office: str | None = None,
    district: str | None = None,
    county: str | None = None,
    exact: bool = False,
    precincts: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ResultsFile:
    """Read a precinct results CSV or XLSX file and add it up by contest.

    ``county`` keeps rows whose county contains the text (case-insensitive). ``office`` and
    ``district`` pick contests: the exact name first, else the first words, else whole words,
    else any part (see :mod:`.match`; ``exact`` keeps only exact names); when nothing matches,
    ``closest`` names the nearest. ``precincts`` also keeps each contest's sums per
    (county, precinct) in `Contest.places`.
    ``progress(bytes_read, total_bytes)`` is called now and then; ``cancel()`` returning True
    stops the read with :class:`Cancelled`. The file is only read.
    """
    path = Path(path)
    check_input(path, InputFileError)  # a regular file below 500 MB: no pipe, no device
    head = sniff(path)
    flt = Filter(office or None, district or None, county or None, exact, precincts)
    if head.startswith(OLE_MAGIC):
        raise InputFileError(PASSWORD_SENTENCE.format(name=path.name))
    if head.startswith(ZIP_MAGIC):
        result = read_xlsx(path, flt, progress, cancel)
        return _note_extension(result, path, ".xlsx")
    if not head:
        raise InputFileError(f"{path.name} is empty.")
    encoding = csv_encoding(head, path.name)
    try:
        result = read_csv(path, encoding, flt, progress, cancel)
    except UnicodeDecodeError:
        if encoding not in ("utf-8", "cp1252"):
            raise InputFileError(f"{path.name} is not text in a known encoding.") from None
        result = read_csv(path, "latin-1", flt, progress, cancel)
        result.warnings.insert(0, f"{path.name} is not valid UTF-8; it was read as Latin-1.")
        return _note_extension(result, path, ".csv")
    if encoding == "cp1252":
        result.warnings.insert(0, f"{path.name} is not UTF-8; it was read as Windows-1252.")
    return _note_extension(result, path, ".csv")


def _note_extension(result: ResultsFile, path: Path, real: str) -> ResultsFile:
    suffix = path.suffix.casefold()
    if (
        suffix in (".csv", ".xlsx", ".txt", ".xlsm")
        and suffix != real
        and not (real == ".csv" and suffix == ".txt")
    ):
        what = "CSV text" if real == ".csv" else "an XLSX workbook"
        result.warnings.insert(0, f"{path.name} is named {suffix} but is {what}; read as such.")
    return result
