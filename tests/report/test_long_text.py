"""A section pasted as one huge paragraph: laid out in pieces cut at sentence ends (else at
spaces), with nothing lost or reordered."""

from __future__ import annotations

import io
import random
import re

import pypdf

from winbook.paths import samples_dir
from winbook.report.layout import PIECE, pieces
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan


def _paragraph(words: int, seed: int = 7, sentences: bool = True) -> str:
    """``words`` distinct words (w1 w2 …), a sentence ending after about one word in 12."""
    rnd = random.Random(seed)
    out = []
    for i in range(1, words + 1):
        w = f"w{i}"
        if sentences and rnd.random() < 1 / 12:
            w += rnd.choice((".", "!", "?", '."'))
        out.append(w)
    return " ".join(out)


def test_pieces_keep_every_character_but_the_spaces_at_the_cuts() -> None:
    text = _paragraph(3000)
    parts = pieces(text)
    assert len(parts) > 1
    assert all(len(p) <= PIECE for p in parts)
    assert " ".join(parts) == text
    # every cut is after a sentence end: the piece ends in . ! ? or a closing quote
    assert all(re.search(r"[.!?]\"?$", p) for p in parts[:-1])


def test_without_sentences_pieces_are_cut_at_spaces() -> None:
    text = _paragraph(3000, sentences=False)
    parts = pieces(text)
    assert len(parts) > 1 and all(len(p) <= PIECE for p in parts)
    assert " ".join(parts) == text
    assert all(re.fullmatch(r"(w\d+ )*w\d+", p) for p in parts)


def test_one_token_longer_than_a_piece_is_cut_where_the_piece_ends() -> None:
    text = "x" * (PIECE * 2 + 10)
    parts = pieces(text)
    assert [len(p) for p in parts] == [PIECE, PIECE, 10]
    assert "".join(parts) == text


def test_a_short_paragraph_is_one_piece() -> None:
    assert pieces("Two short sentences. Nothing to cut.") == [
        "Two short sentences. Nothing to cut."
    ]


def test_the_packet_prints_every_word_of_a_long_paragraph_in_order() -> None:
    plan = load_plan(samples_dir() / "school-board.json")
    text = _paragraph(6000)
    plan.sections[0].text = text
    data = render_packet(plan, PacketOptions(reproducible=True))
    printed = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    found = [int(n) for n in re.findall(r"\bw(\d+)\b", printed)]
    assert found == list(range(1, 6001))  # every word once, in order
