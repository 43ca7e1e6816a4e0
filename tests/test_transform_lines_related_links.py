"""A list of links to other pages after a plan's text ("相关推荐", "推荐阅读", "猜你喜欢",
"- 相关文章", "相关新闻>>"), as news portals, aggregators and mirrors print it, ends the body: its
numbered headlines are no tasks, their numbers no targets, and an article repeated under it
is not parsed twice (invented pages in several layouts)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.page import text_body

PLAN = (
    "青禾县2024年民生实事项目实施方案\n"
    "发布时间:2024-03-02 来源:青禾县人民政府 浏览次数:356\n"
    "为切实办好民生实事,制定本方案。\n"
    "一、新建幼儿园2所。(牵头单位:县教育局)\n"
    "二、改造老旧小区12个。(牵头单位:县住建局)\n"
    "三、新增城区停车位500个。(牵头单位:县城管局)\n"
)
LINKS = "1.青禾县召开2024年民生实事推进会\n2.我县新建3所幼儿园投入使用\n3.县住建局部署老旧小区改造工作\n"


def _parsed(page: str):
    return parse_document(page.encode(), source="t.txt", is_text=True)


@pytest.mark.parametrize("heading", ["相关推荐", "推荐阅读:", "猜你喜欢", "热门推荐", "- 相关文章", "相关新闻>>", "· 精彩推荐"])
def test_numbered_links_after_the_plan_are_no_tasks(heading):
    p = _parsed(PLAN + heading + "\n" + LINKS)
    assert [t["path"] for t in p.tasks] == [["一"], ["二"], ["三"]]
    assert sorted(g["value"] for g in p.targets) == [2, 12, 500]


def test_an_article_previewed_under_its_related_list_is_read_once():
    preview = "青禾县2024年民生实事项目实施方案\n为切实办好民生实事,制定本方案。\n一、新建幼儿园2所。\n"
    p = _parsed(PLAN + "- 标签:本站\n- 编辑:兰心\n- 相关文章\n-\n" + preview)
    assert len(p.tasks) == 3
    assert len(p.targets) == 3


def test_a_plan_heading_named_like_a_list_is_kept():
    # a heading of the plan that only starts with such a word is no link list
    body = text_body("某县2024年工作要点\n一、推荐阅读进校园活动\n1.开展读书月活动20场。\n二、相关推荐工作\n1.完成评估。\n")
    assert "一、推荐阅读进校园活动" in body and "1.完成评估。" in body
