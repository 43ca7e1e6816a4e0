"""A news headline saying what a report or plan sets its sights on ("新疆两会：政府工作报告锚定新
目标 民生改善成亮点", "规划纲要擘画未来五年发展蓝图", "方案描绘…路线图") reports on it, like
"报告提出" or "规划明确": no plan title. A plan's own name that holds such a word is unchanged."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_BODY = (
    "中新网1月21日电 自治区人民政府新闻发言人20日说，今年的报告全面安排了政府全年工作，列出了施工图和任务清单。\n"
    "报告进一步明确了2025年加快民生改善步伐的目标，提出了十件民生实事。\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "新疆“两会”：政府工作报告锚定新目标 民生改善成亮点",
        "某市“十五五”规划纲要擘画未来五年发展蓝图",
        "某省行动方案描绘数字经济发展路线图",
        "某省政府工作報告錨定新目標",
    ],
    ids=["anchors", "sketches", "depicts", "traditional"],
)
def test_a_headline_on_what_a_report_aims_at_names_no_plan(headline):
    doc = parse_document(headline + "\n来源：中新网\n" + _BODY, source="r.txt", is_text=True).document
    assert doc["title"] == headline
    assert doc["plan_title"] is None


def test_a_plan_name_with_such_a_word_stays_its_name():
    headline = "某县锚定“双碳”目标推进绿色低碳发展实施方案"
    doc = parse_document(headline + "\n来源：某县人民政府\n" + _BODY, source="r.txt", is_text=True).document
    assert doc["plan_title"] == headline
