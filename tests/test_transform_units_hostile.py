"""Hostile unit blocks: huge, repetitive or unbalanced text gives a sane answer in linear work.

No wall-clock assertions (speed lives in benchmarks/): the inputs are sized so that quadratic
work, which these shapes once triggered, would take minutes instead of milliseconds.
"""
from __future__ import annotations

import pytest

from transform.memo import new_document
from transform.unit_tables import table_columns
from transform.units import extract_units, split_units


@pytest.mark.parametrize("text, lead, part", [
    ("县发改局牵头，" * 20000, ["县发改局"], []),
    ("（" + "县发改局牵头，县财政局配合，" * 10000 + "）", ["县发改局"], ["县财政局"]),
    ("牵头单位：" * 20000 + "县发改局", ["县发改局"], []),
    ("牵头单位：" + "县发改局、" * 20000, ["县发改局"], []),
    ("（牵头单位：县发改局；配合单位：县财政局）" * 3000, ["县发改局"], ["县财政局"]),
    ("牽頭單位：" + "縣發改局、" * 20000, ["縣發改局"], []),
    ("由" * 50000 + "县发改局牵头", ["县发改局"], []),
])
def test_repeated_blocks(text, lead, part):
    new_document()
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


@pytest.mark.parametrize("text", [
    "牵头单位：" + "县发改局" * 20000,                 # one "name" of 80 000 characters
    "牵头单位：" + "甲、" * 30000 + "乙区人民政府",      # fragments without end
    "（" * 20000 + "责任单位" + "）" * 20000,
    "，牵头单位" * 20000,
    "县发改局，" * 20000 + "县财政局配合",
    "责任单位：" + "（列第一位者为牵头单位，下同）" * 5000,
])
def test_garbage_gives_no_absurd_names(text):
    new_document()
    u = extract_units(text, heading=True)
    assert all(len(name) <= 80 for name in u.lead + u.participating)


def test_long_table_rows_and_headers():
    header = "序号 " + "牵头单位 " * 5000
    assert table_columns(header + "\n") == ()           # not a header: too many cells
    row = "x " + "县发改局 " * 5000
    new_document()
    assert extract_units(row, columns=(("lead",),)).lead == ["县发改局"]


def test_split_units_of_a_huge_list_is_capped():
    names = split_units("、".join(f"第{i}工作组" for i in range(20000)))
    assert 0 < len(names) < 20000
