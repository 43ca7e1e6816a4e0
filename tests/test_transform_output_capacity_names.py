"""A yearly output in pieces right after 年产 and glued to its product ("年产10万台电机项目", "年产120亿只
医疗级手套…等签约项目") names the plant, as "年产5万吨磷酸铁项目" (a capacity unit) already does: no target
(audit round 32A: a 招商引资 plan). The output the plan commits to (形成年产120亿只的生产能力, 年产手套120亿只)
and the count of plants stay targets."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's work item
    ("推动年产10万台电机项目投产，新增规上工业企业5家。", [(5.0, "家")]),
    # a project list in prose
    ("助推年产120亿只医疗级手套、休闲食品等签约项目开工建设。", []),
    # a count of lines after the named plant
    ("引进年产500万只轮胎生产线1条。", [(1.0, "条")]),
    # a news report
    ("该县将新建年产30万套汽车座椅项目，总投资5亿元。", [(5.0, "亿元")]),
    # a table row rendered as text
    ("1 | 年产2000辆新能源专用车项目 | 经开区 | 2025年", []),
])
def test_an_output_glued_to_its_product_names_the_plant(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("形成年产120亿只的生产能力。", [(120.0, "亿只")]),
    ("实现年产手套120亿只。", [(120.0, "亿只")]),
    ("到2025年，达到年产10万台。", [(10.0, "万台")]),
    # the amount of capacity added, or the output the work reaches
    ("新增年产10万台产能。", [(10.0, "万台")]),
    ("购置设备58台，形成年产20万台电机的能力。", [(58.0, "台"), (20.0, "万台")]),
    # 年产值 is money, as before
    ("年产值达到20亿元。", [(20.0, "亿元")]),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert _values(text) == expected


def test_traditional_rendering_reads_the_same():
    text = "招商引資工作方案\n一、重點任務\n1、推動年產10萬台電機項目投產，新增規上工業企業5家。\n"
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(5.0, "家")]
