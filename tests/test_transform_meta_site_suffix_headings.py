"""A text rendering that opens with the page's <title> ("X_某县人民政府门户网站", "X-某某新闻网",
"X | 某某网") right above the plan's own heading X: the plan title is X, not the two lines
joined as one heading printed over two lines (invented pages in several layouts)."""

from __future__ import annotations

import pytest

from transform.document import parse_document

ITEMS = (
    "一、新建幼儿园2所。(牵头单位:县教育局)\n"
    "二、改造老旧小区12个。(牵头单位:县住建局)\n"
    "三、新增城区停车位500个。(牵头单位:县城管局)\n"
)


def _doc(page: str) -> dict:
    return parse_document(page.encode(), source="t.txt", is_text=True).document


@pytest.mark.parametrize("suffix", ["_青禾县人民政府门户网站", "-青禾新闻网", " | 青禾县人民政府", "_青禾县政府"])
def test_the_page_title_line_is_not_joined_to_the_heading(suffix):
    name = "青禾县2024年民生实事项目实施方案"
    doc = _doc(name + suffix + "\n当前位置:首页 > 政务公开\n" + name + "\n发布时间:2024-03-02\n" + ITEMS)
    assert doc["plan_title"] == name
    assert doc["title"] == name


def test_a_heading_printed_over_two_lines_is_still_joined():
    doc = _doc("岭北区2023年城市更新\n重点项目实施方案\n发布时间:2023-04-02\n" + ITEMS)
    assert doc["plan_title"] == "岭北区2023年城市更新重点项目实施方案"
