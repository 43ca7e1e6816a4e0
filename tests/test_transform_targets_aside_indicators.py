"""An aside in brackets after one item's value ("城区学校10所(含幼儿园4所)、乡镇学校15所",
"污水管网12公里(雨污分流)、提升泵站2座") belongs to that item: the next item's indicator starts
after it; a count inside the aside ("(其中主干道2条)") names what it counts without the bracket."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _indicators(text: str) -> dict[float, str]:
    return {r["value"]: r["indicator"] for r in extract_targets(text, default_year=2024)}


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("其中城区学校10所(含幼儿园4所)、乡镇学校15所(含幼儿园5所)。", 15.0, "乡镇学校"),
        ("新建污水管网12公里(雨污分流)、提升泵站2座。", 2.0, "提升泵站"),
        ("完成造林绿化3000亩(含补植补造)、森林抚育5000亩。", 5000.0, "森林抚育"),
        ("改造道路5条(其中主干道2条)、桥梁3座。", 2.0, "主干道"),
        ("改造道路5条(其中主干道2条)、桥梁3座。", 3.0, "桥梁"),
    ],
)
def test_the_aside_stays_with_its_item(text, value, indicator):
    assert _indicators(text)[value] == indicator


def test_a_bracketed_name_in_the_indicator_stays():
    assert _indicators("细颗粒物(PM2.5)平均浓度控制在30微克/立方米以下。")[30.0] == "细颗粒物(PM2.5)平均浓度"
