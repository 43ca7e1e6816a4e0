"""A document-sharing site's or news portal's lines inside or under a plan's text ("展开全文",
"剩余80%未读,点击阅读全文", "下载文档 VIP专享 原价5.00元", "本文档由用户上传…") are no text of the plan:
no task body holds them and their numbers are no targets (invented pages in several layouts)."""

from __future__ import annotations

from transform.document import parse_document
from transform.page import text_body

HEAD = "青禾县2024年民生实事项目实施方案\n"
ITEMS = [
    "一、新建幼儿园2所。(牵头单位:县教育局)",
    "二、改造老旧小区12个。(牵头单位:县住建局)",
    "三、新增城区停车位500个。(牵头单位:县城管局)",
]


def _parsed(page: str):
    return parse_document(page.encode(), source="t.txt", is_text=True)


def test_viewer_lines_under_the_last_item_are_no_target():
    page = HEAD + "\n".join(ITEMS) + "\n本文档由用户上传,版权归作者所有,如有侵权请联系删除。\n下载文档 VIP专享 原价5.00元 开通VIP免费下载\n"
    p = _parsed(page)
    assert sorted(g["value"] for g in p.targets) == [2, 12, 500]
    assert "VIP" not in p.tasks[-1]["body"]


def test_read_more_lines_between_items_are_dropped():
    page = HEAD + ITEMS[0] + "\n" + ITEMS[1] + "\n展开全文\n剩余80%未读,点击阅读全文\n" + ITEMS[2] + "\n"
    p = _parsed(page)
    assert "全文" not in p.tasks[1]["body"] and "未读" not in p.tasks[1]["body"]
    assert len(p.tasks) == 3


def test_a_word_count_line_is_dropped():
    page = HEAD + "\n".join(ITEMS) + "\n全文共926字,仅供站内会员学习参考\n"
    p = _parsed(page)
    assert "926" not in p.tasks[-1]["body"]


def test_a_plan_line_that_merely_starts_alike_stays():
    body = text_body(HEAD + "继续阅读推广活动,全年开展读书会100场。\n下载文档资料的平台建设,由县数据局负责推进完成建设工作。\n")
    assert "继续阅读推广活动" in body and "下载文档资料的平台建设" in body
