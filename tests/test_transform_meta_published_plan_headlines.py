"""A news headline reporting that a place made its plan public ("浙江某市公布2025年度十大民生实事
项目", "区人大代表票决出区本级2025年10大民生实事项目", "某县票选产生2025年民生实事") reports on
the plan: it is the title, never the plan's own name. A headline that is the plan's name, or a
notice publishing one (关于公布…的通知), is unchanged."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_BODY = """1月23日，某市第十四届人民代表大会第五次会议举行全体会议，票决产生2025年度十大民生实事项目。
2025年，某市将新增自动化视力检测设备230台，新建儿童友好试点单元50个，新增公办普通高中学位2000个。
"""


@pytest.mark.parametrize(
    "headline",
    [
        "浙江某州公布2025年度十大民生实事项目",
        "区人大代表票决出区本级2025年10大民生实事项目",
        "某县票选产生2025年十件民生实事",
        "某市政府公布2025年为民办实事项目",
    ],
    ids=["place-publishes", "voted-out", "voted-produced", "government-publishes"],
)
def test_a_headline_reporting_a_plan_made_public_names_no_plan(headline):
    doc = parse_document(headline + "\n来源：某市委宣传部\n" + _BODY, source="p.txt", is_text=True).document
    assert doc["title"] == headline
    assert doc["plan_title"] is None


@pytest.mark.parametrize(
    "headline",
    ["某市2025年度十大民生实事项目", "某县2025年民生实事项目实施方案"],
    ids=["plan-name", "plan-programme"],
)
def test_a_headline_naming_the_plan_stays_its_name(headline):
    doc = parse_document(headline + "\n来源：某市委宣传部\n" + _BODY, source="p.txt", is_text=True).document
    assert doc["plan_title"] == headline
