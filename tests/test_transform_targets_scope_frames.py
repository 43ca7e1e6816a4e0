"""Counts that frame the work rather than commit to it (lexicons/targets_exclusions.toml):
the people or things a plan takes as its object ("以全县3200名低保对象为重点", "以…为主要对象"),
and the number of the plan's own items it splits up ("将86项重点工作逐项分解到各单位")."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def vals(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("以全市4800多名登记失业人员为主要对象，新增就业岗位1200个。", [(1200, "个")]),
        ("以辖区内36个行政村为重点，完成改厕2000户。", [(2000, "户")]),
        ("以全县1.2万名脱贫人口为服务对象，开展技能培训3000人次。", [(3000, "人次")]),
        ("以56家规上企业为主体，推动技改投资增长10%。", [(10, "%")]),
        ("以120家企业为试点对象，建成数字化车间20个。", [(20, "个")]),
    ],
)
def test_the_object_a_plan_takes_is_scope(text, expected):
    assert vals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("以建成10个示范村为目标，打造美丽乡村。", [(10, "个")]),  # a goal is a target
        ("以新建5所学校为重点，新增学位3000个。", [(5, "所"), (3000, "个")]),  # work named as the focus
    ],
)
def test_a_goal_frame_stays_a_target(text, expected):
    assert vals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "现将86项区政府重点工作进行分解，请认真抓好落实。",
        "县政府办公室将52项重点任务逐项分解到各责任单位。",
        "将今年确定的30件民生实事分解落实到位。",
    ],
)
def test_the_plan_splitting_its_own_items_is_no_target(text):
    assert vals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "从9个方面对2035年远景目标进行展望。",
        "方案从产业、交通、生态等5个方面提出具体措施。",
    ],
)
def test_a_count_of_aspects_is_no_target(text):
    assert vals(text) == []
