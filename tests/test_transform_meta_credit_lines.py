"""A page's credit lines under its article ("编辑:…", "审核:张三 李四", "責任編輯:…") name the
people who edited or checked it: such a line is never the page's headline, even right above
another credit line; the headline at the top stays the title."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like

BODY = (
    "3月5日，某市中心城区民生工程实施情况新闻通报会召开，计划实施子项目120个，"
    "截至目前已完成80个子项目，其余子项目有序推进中。\n"
    "据了解，市住建局将广泛听取各方意见，再优选一批民生项目，切实把项目建设成民生品牌。\n"
)


def _title(text: str) -> str | None:
    return parse_document(text, source="p.txt", is_text=True).document["title"]


@pytest.mark.parametrize("line", [
    "审核:刘某某 林某",
    "校对：王某某",
    "终审 : 赵某某",
    "编辑:陈某 审核:李某",
    "审核人:叶某某",
    "责任校对：王某",
    "二审:李某某",
    "三审：王某 终审核发：董某",
])
def test_a_credit_line_is_no_heading(line):
    assert not heading_like(line)


@pytest.mark.parametrize("tail", [
    "来源:某东日报记者 陈某某\n编辑:陈某\n审核:刘某某 林某\n责任编辑:陈某\n",
    "來源:某東日報記者 陳某某\n編輯:陳某\n審核:劉某某 林某\n責任編輯:陳某\n",
    "校对：王某某\n责任编辑：赵某某\n",
])
def test_the_credit_lines_at_the_foot_give_no_title(tail):
    head = "某市持续推进“十个十”民生工程建设\n"
    assert _title(head + BODY + tail) in ("某市持续推进“十个十”民生工程建设", None)
    assert "审" not in (_title(head + BODY + tail) or "") and "審" not in (_title(head + BODY + tail) or "")


@pytest.mark.parametrize("line", [
    "某市审核审批制度改革实施方案",
    "关于做好2026年编辑出版工作的通知",
    "某县记者站2026年工作要点",
])
def test_headings_that_hold_these_words_stay_headings(line):
    assert heading_like(line)
