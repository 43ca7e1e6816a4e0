"""The denominator of a rate unit set off by a space, as the text layer of a PDF or a table gives
it ("800 亿立方米 / 年", "740 万平方米/ 年", "5 万吨 /日"), is part of the unit as written, as it is
without the space ("800亿立方米/年"): EXTRACTION.md, unit as written right after the number."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _units(text: str) -> list[tuple[float, str]]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize(
    "text, found",
    [
        # a provincial energy plan in the text of its PDF
        ("到 2025 年，天然气供应能力达 800 亿立方米 / 年，炼油能力达到 3000 万吨 / 年。",
         [(800, "亿立方米/年"), (3000, "万吨/年")]),
        # a news report quoting the plan
        ("《规划》提出，到2025年全市印制电路板产能达到 740 万平方米/ 年。", [(740, "万平方米/年")]),
        # a county work list
        ("2.提升污水处理能力。新建污水处理厂1座，日处理能力达到 5 万吨 /日。", [(1, "座"), (5, "万吨/日")]),
    ],
)
def test_a_spaced_rate_denominator_stays_in_the_unit(text, found):
    assert _units(text) == found


def test_a_traditional_page_keeps_the_denominator():
    text = "某省能源發展規劃\n一、主要目標\n到2025年,天然氣供應能力達 800 億立方米 / 年。\n"
    rows = [(t["value"], t["unit"]) for t in parse_document(text, source="t.txt", is_text=True).targets]
    assert (800, "億立方米/年") in rows


@pytest.mark.parametrize(
    "text, found",
    [
        # unspaced rates read as before
        ("到2025年，天然气供应能力达800亿立方米/年，炼油能力达到1000万吨/年。",
         [(800, "亿立方米/年"), (1000, "万吨/年")]),
        # a slash between two counts is no rate
        ("建成 10 个 / 2 个。", [(10, "个"), (2, "个")]),
    ],
)
def test_near_misses_stay(text, found):
    assert _units(text) == found
