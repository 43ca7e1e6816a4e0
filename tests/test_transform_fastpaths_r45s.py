"""Round 45s speed-ups give exactly what the plain code gives.

Each fast path is compared with its plain version, kept here as the reference, on hand-picked
cases (several that take the fast path, several that must not) and on random inputs built from
the characters that matter (see also tests/test_transform_fastpaths*.py). No test times anything:
the large inputs only guard against a hang (pytest-timeout).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch import markup as PM
from transform import texttables as TT

# ------------------------------------------------------------------ markup._long_run_starts


def _long_run_reference(page: str) -> list[int]:
    return [m.start() for m in PM._LONG_RUN.finditer(page)]


_RUN_FIRES = [
    "<div " + "a" * 600 + ">",  # a tag of 600 characters
    "<p>" + "某" * 700,  # a long paragraph
    "x" * 300 + "<p>" + "某" * 513,
    "<" * 300 + "<b" + "y" * 512,  # the "<" right before the free block
    ("<br>" + "文" * 520) * 3,  # three runs
    "<a" + "z" * 254 + "<i" + "q" * 1000,  # the second "<" starts it
]
_RUN_NOT = [
    "",
    "<p>" + "某" * 510,  # one short (the ">" counts)
    "</p>" + "某" * 900,  # no letter after "<"
    "<1" + "某" * 900,
    ("<p>" + "某" * 400) * 5,
    "某" * 5000,  # no "<" at all
    "<" * 3000,
]


def test_long_run_starts_equal_the_regex():
    for page in _RUN_FIRES:
        assert PM._long_run_starts(page) == _long_run_reference(page) != [], page[:20]
    for page in _RUN_NOT:
        assert PM._long_run_starts(page) == _long_run_reference(page) == [], page[:20]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["<", "<a", "</", "<p>", "x" * 100, "某" * 255, "y" * 257, "z" * 511, "w" * 512, " "]
        ),
        max_size=20,
    )
)
def test_long_run_starts_on_random_pages(pieces):
    page = "".join(pieces)
    assert PM._long_run_starts(page) == _long_run_reference(page)


def test_cap_attributes_unchanged_where_it_reads_runs():
    flood = "<div " + " ".join(f"a{i}=1" for i in range(PM.MAX_ATTRIBUTES + 40)) + ">正文</div>"
    page = "<p>" + "某" * 800 + "</p>" + flood
    capped = PM.cap_attributes(page)
    assert capped != page and "正文" in capped and f"a{PM.MAX_ATTRIBUTES + 39}=1" not in capped
    plain = "<p>" + "某" * 800 + "</p>"
    assert PM.cap_attributes(plain) is plain


# ------------------------------------------------------------------ texttables._CSV_COMMA

_CSV_COMMA_REFERENCE = re.compile(r"(?<!\d),|,(?!\d)")

_CSV_SPLITS = [
    "序号,重点任务,牵头单位,完成时限",  # each comma splits
    "1,建设标准化厂房1,200平方米,县工信局,2025年底",  # the thousands comma stays
    ",开头的逗号,",
    "2024,2025",  # a digit on both sides: no split
    "a,1",
    "1,a",
    ",,",
]


def test_csv_comma_splits_as_before():
    for line in _CSV_SPLITS:
        assert TT._CSV_COMMA.split(line) == _CSV_COMMA_REFERENCE.split(line), line
    assert TT._comma_cells("1,建设厂房1,200平方米,县工信局") == ["1", "建设厂房1,200平方米", "县工信局"]
    assert TT._comma_cells("2024,2025") == ["2024,2025"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="1,9a，、 ,某\u0660", max_size=30))
def test_csv_comma_on_random_lines(line):
    # (\u0660, an Arabic-Indic zero, is a \d as well)
    assert TT._CSV_COMMA.split(line) == _CSV_COMMA_REFERENCE.split(line)


def test_csv_comma_on_a_long_line():
    line = "1,2," * 20_000 + "某" * 1000 + ",x"
    assert TT._CSV_COMMA.split(line) == _CSV_COMMA_REFERENCE.split(line)
