"""Round 41c: targets in new genres (营商环境, 就业, 生态, 医疗, 财政, 城建, 文旅, 招商).

- a clause that is its verb alone ("，达到1200个", "，增加至3500个") takes its indicator from the
  noun phrase of the clause before ("长者日间护理中心服务名额，达到1200个");
- 瓦 is a capacity unit after a scale word (再生能源装置容量达到120百万瓦);
- a period of the year right before 完成 ("上半年完成全年任务的50%") sets a milestone: the sentence
  is no progress measured against the plan;
- in an annual plan, a bare completion rate (新开工项目开工率100%) in a sentence whose earlier clause
  looks ahead (全年实施重点项目120个，…) is a target;
- a preamble line of an annual plan that reviews last year and then opens a sentence with the plan's
  year ("2025年，…。2026年，全县城镇新增就业5500人以上，…") keeps that sentence's goals;
- a sentence opening with the day it reports and an event held ("4月1日，某区举行…签约活动，现场签约
  项目32个") gives the event's results, no targets.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _recs(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator"]) for r in extract_targets(text, **kw)]


def _page(text: str) -> list[tuple]:
    res = parse_document(text, source="p.txt", is_text=True)
    rows = [t if isinstance(t, dict) else t.__dict__ for t in res.targets]
    return sorted((t["value"], t["unit"], t["indicator"], t["year"]) for t in rows)


# --- 瓦 after a scale word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("再生能源装置容量达到120百万瓦。", [(120.0, "百万瓦", "再生能源装置容量")]),
        ("分布式光伏装机容量达到50万瓦。", [(50.0, "万瓦", "分布式光伏装机容量")]),
        ("新增储能装置容量300千瓦。", [(300.0, "千瓦", "储能装置容量")]),
    ],
)
def test_wa_is_a_capacity_unit(text, expected):
    assert _recs(text, annual_year=2026) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("屋顶铺设瓦片3000平方米。", [(3000.0, "平方米")]),
        ("改造危旧瓦房35户。", [(35.0, "户")]),
    ],
)
def test_wa_in_words_is_no_unit(text, expected):
    assert [(v, u) for v, u, _ in _recs(text, annual_year=2026)] == expected
