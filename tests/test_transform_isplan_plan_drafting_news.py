"""News of a plan being drawn up that gathers the public's ideas ("“十四五”规划广纳民意", "某市“十五五”
规划编制汇聚民智", traditional "規劃廣納民意") is a call for ideas: no plan, no plan title. A plan
named for such work ("…广纳民意工作方案") is unchanged."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_BODY = (
    "【本报讯】记者从市发展改革委获悉，规划编制工作开展网上征求意见，广大人民群众踊跃参与，"
    "留言一万多条，有关方面从中整理出一百余条建议。\n"
    "市发展改革委表示，将认真研究吸收各方面意见建议，切实把社会期盼、群众智慧吸收到规划中来。\n"
)


@pytest.mark.parametrize(
    "headline",
    ["“十四五”规划广纳民意", "某市“十五五”规划编制汇聚民智", "“十四五”規劃廣納民意"],
    ids=["gathers", "pools", "traditional"],
)
def test_news_of_ideas_gathered_for_a_plan_names_no_plan(headline):
    doc = parse_document(headline + "\n" + _BODY, source="c.txt", is_text=True).document
    assert doc["plan_title"] is None
    assert doc["is_plan"] is False


def test_a_plan_for_that_work_keeps_its_name():
    headline = "某市“十五五”规划编制广纳民意工作方案"
    doc = parse_document(headline + "\n" + _BODY, source="c.txt", is_text=True).document
    assert doc["plan_title"] == headline
