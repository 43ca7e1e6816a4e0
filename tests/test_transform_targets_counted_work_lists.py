"""A news report of the year's 民生实事 may open the list with its count instead of a verb: "40项
民生实事项目包括：A；B；C", "十件民生实事是：…": the list after the cue is the work the report
commits to, and its figures are targets, like "办好十件民生实事，分别是：…" (audit round 12A: a
市 民生实事 news). A count with no work noun and colon before the list is no cue."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return [t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets]


@pytest.mark.parametrize("text, values", [
    ("某市确定2025年政府民生实事项目30项\n"
     "经大会投票表决，确定并公布2025年政府民生实事项目30项。\n"
     "30项民生实事项目包括：新建城区公办幼儿园2所；开设爱心暑托班15个；新增停车泊位800个；改造老旧小区9个。\n",
     [2.0, 15.0, 800.0, 9.0]),
    ("某县十件民生实事出炉\n会议票决产生了今年的十件民生实事。\n"
     "十件民生实事是：完成农村公路提档升级60公里；新建社区助餐点12个；为困难老人适老化改造300户。\n",
     [60.0, 12.0, 300.0]),
    ("某區公佈2025年為民辦實事\n"
     "20件為民辦實事項目分別是：新增公辦學位1200個；新建口袋公園6個。\n",
     [1200.0, 6.0]),
], ids=["items-include", "ten-is", "traditional"])
def test_a_list_after_a_counted_cue_gives_targets(text, values):
    got = _values(text)
    assert all(v in got for v in values)


def test_a_count_without_a_work_list_cue_gives_no_list():
    text = ("某区民生实事推进会召开\n会议通报了2024年12项民生实事项目完成情况，12项已全部完成。\n"
            "会议要求，各单位总结经验，做好下一步工作。\n")
    assert _values(text) == []
