"""A document-sharing site splits a plan over pages and names each page after it with its page
number ("X 第2页", "X(第2页)", "X_第2页_某某文库", "X 第3/5页"): the title stays as printed, the plan
title is X (invented pages in several layouts)."""

from __future__ import annotations

import pytest

from transform.document import parse_document

ITEMS = (
    "三、新增城区停车位500个。(牵头单位:县城管局)\n"
    "四、新建公厕20座。(牵头单位:县城管局)\n"
    "五、改造农村公路30公里。(牵头单位:县交通局)\n"
)
NAME = "青禾县2024年民生实事项目实施方案"


def _doc(page: str) -> dict:
    return parse_document(page.encode(), source="t.txt", is_text=True).document


@pytest.mark.parametrize("marker", [" 第2页", "(第2页)", "_第2页_某某文库", " 第3/5页", "—第12页"])
def test_the_page_marker_is_no_part_of_the_plan_title(marker):
    doc = _doc(NAME + marker + "\n" + ITEMS)
    assert doc["title"] == NAME + marker
    assert doc["plan_title"] == NAME


def test_a_traditional_page_marker():
    doc = _doc("嶺東縣2023年重點工作任務 第4頁\n三、新建幼兒園2所。\n四、改造老舊小區12個。\n五、新增停車位500個。\n")
    assert doc["plan_title"] == "嶺東縣2023年重點工作任務"


def test_a_page_number_inside_a_name_stays():
    doc = _doc("关于第2页内容的说明工作方案\n" + ITEMS)
    assert doc["plan_title"] == "关于第2页内容的说明工作方案"


def test_a_page_marker_does_not_decide_whether_a_page_is_a_plan():
    # a page holding only its name is judged by the name, marker or not
    assert _doc("实施方案编制指南 第4页")["is_plan"] is _doc("实施方案编制指南")["is_plan"] is False
    assert _doc(NAME + " 第2页")["is_plan"] is _doc(NAME)["is_plan"] is True
