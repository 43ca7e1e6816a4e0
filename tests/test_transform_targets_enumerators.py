"""An enumerator opening a clause (一是、二是…, 首先、其次) is no part of the indicator: "二是建成
标准化卫生室12个" measures what "建成标准化卫生室12个" measures (lexicon targets_indicators.toml,
lead_fillers)."""

from __future__ import annotations

import re

import pytest

from transform.targets import extract_targets

_ENUM = re.compile(r"[一二三四五六七八九十]是|首先，|其次，")


@pytest.mark.parametrize(
    "text",
    [
        "加快补齐短板。一是新建标准化卫生室12个；二是改造乡镇卫生院3所。",
        "重点抓好三件事，一是培育省级龙头企业5家，二是建设冷链仓储中心2个。",
        "首先，新增公共停车泊位800个；其次，新增充电桩200个。",
        "三是打造特色产业基地3个；四是发展家庭农场40家。",
        "五是全年完成造林1.2万亩，六是森林覆盖率达到45%以上。",
    ],
)
def test_an_enumerator_is_not_part_of_the_indicator(text):
    rows = extract_targets(text, annual_year=2025)
    plain = extract_targets(_ENUM.sub("", text), annual_year=2025)
    assert len(rows) == len(plain) >= 2
    assert [r["indicator"] for r in rows] == [r["indicator"] for r in plain]
    assert not any(_ENUM.match(r["indicator"]) for r in rows)
