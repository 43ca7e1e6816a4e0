"""Big fuzz campaign (slow): mutated real pages never crash the parser."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transform.document import parse_document
from transform.tables import build_tables

FIX = Path(__file__).parent / "fixtures" / "transform"
# `make fuzz` raises this (PLANWATCH_FUZZ_EXAMPLES=50000 here + 50000 for the target extractor).
CAMPAIGN = int(os.environ.get("PLANWATCH_FUZZ_EXAMPLES", "2000"))
PAGES = [p.read_bytes() for p in sorted(FIX.iterdir()) if p.is_file()]


def _mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for pos, length, insert in cuts:
        pos %= max(1, len(out))
        out[pos:pos + length] = insert
    return bytes(out)


@pytest.mark.slow
@settings(max_examples=CAMPAIGN, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(range(len(PAGES))),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 50), st.binary(max_size=20)), max_size=12),
       st.booleans())
def test_mutated_pages_never_raise(idx, cuts, is_text):
    p = parse_document(_mutate(PAGES[idx], cuts), source="m", is_text=is_text)
    assert not (p.document.get("parse_note") or "").startswith("parser error")
    build_tables([p])


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(range(len(PAGES))),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 50), st.binary(max_size=20)), max_size=6))
def test_mutated_pages_small_sample(idx, cuts):
    p = parse_document(_mutate(PAGES[idx], cuts), source="m")
    assert not (p.document.get("parse_note") or "").startswith("parser error")
