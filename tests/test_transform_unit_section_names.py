"""A county bureau's 股 (文化宣传股, 旅游股, 广电事业股) is a unit name of its own: in a list it is split
from the next name (文化宣传股、文化馆 -> two units) and not read as the head of a shared name
(lexicon `units_endings`). Names that share a suffix still join (各乡、镇人民政府)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _units(line: str, title: str = "某县2024年文化旅游工作要点") -> list[tuple[list[str], list[str]]]:
    doc = parse_document(f"{title}\n{line}\n", source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in doc.tasks]


@pytest.mark.parametrize(
    ("line", "lead", "part"),
    [
        ("1.推进文化惠民。（责任单位：文化宣传股、文化馆、图书馆）", ["文化宣传股", "文化馆", "图书馆"], []),
        ("1.推进文物保护。（牵头单位：文物股；配合单位：博物馆、文化馆）", ["文物股"], ["博物馆", "文化馆"]),
        ("1.建设应急广播系统。牵头单位：广电事业股，配合单位：各乡镇", ["广电事业股"], ["各乡镇"]),
    ],
)
def test_a_bureau_section_is_a_unit_of_its_own(line, lead, part):
    assert _units(line) == [(lead, part)]


def test_traditional_characters():
    assert _units("1.推進文化惠民。（責任單位：文化宣傳股、文化館）", "某縣2024年文化旅遊工作要點") == [
        (["文化宣傳股", "文化館"], [])
    ]


def test_names_that_share_a_suffix_still_join():
    assert _units("1.推进农村环境整治。（责任单位：各乡、镇人民政府）") == [(["各乡、镇人民政府"], [])]
