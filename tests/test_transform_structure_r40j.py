"""Round 40j: structure on whole plans, third batch.

- A signer alone on the last line of a page, with no date under it ("某街道安全生产委员会"), is
  the page's signature, not a unit of the last item (`transform.tree`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _units(text: str) -> dict[tuple[str, ...], tuple[list[str], list[str]]]:
    return {tuple(t["path"]): (t["lead_units"], t["participating_units"]) for t in _doc(text).tasks}


# --- a signer on the last line, no date ----------------------------------------------------------

_TOWN_PAREN = """城南街道2025年消防安全工作要点
一、隐患排查
1.排查高层建筑。全面排查消防设施。（责任单位：街道应急办）
2.整治电动自行车。查处飞线充电。（责任单位：街道城管办、街道派出所）
城南街道安全生产委员会
"""

_COUNTY_LINES = """青石县2025年安全生产重点工作安排
第一部分　行业整治
1.整治危化品储存。规范危险化学品仓储。
牵头单位：县应急管理局
配合单位：县公安局
2.推进安全文化建设。开展安全生产月活动。
牵头单位：县应急管理局
配合单位：县委宣传部
青石县安全生产委员会办公室
"""

_TRAD_CITY = """東江市2025年安全生產重點工作安排
一、行業整治
1.整治危化品儲存。規範危險化學品倉儲。
牽頭單位：市應急管理局
配合單位：市公安局
2.推進安全文化建設。開展安全生產月活動。
牽頭單位：市應急管理局
配合單位：市委宣傳部
東江市安全生產委員會辦公室
"""

_TWO_SIGNERS = """河口镇2025年防汛工作要点
一、工作任务
1.排查险工险段。（责任单位：镇水利站）
2.储备防汛物资。（责任单位：镇应急办）
中共河口镇委员会
河口镇人民政府
"""


@pytest.mark.parametrize(
    "text,path,lead,part",
    [
        (_TOWN_PAREN, ("一", "2"), ["街道城管办", "街道派出所"], []),
        (_COUNTY_LINES, ("第一部分", "2"), ["县应急管理局"], ["县委宣传部"]),
        (_TRAD_CITY, ("一", "2"), ["市應急管理局"], ["市委宣傳部"]),
        (_TWO_SIGNERS, ("一", "2"), ["镇应急办"], []),
    ],
)
def test_last_line_signer_is_not_a_unit(text, path, lead, part):
    assert _units(text)[path] == (lead, part)


# a unit cell wrapped onto the last line, and an item's own last sentence, stay in the item
_WRAPPED_UNIT = """某县2025年工作要点
一、任务
1.排查隐患。（责任单位：县应急局）
2.开展宣传。（责任单位：县委宣传部、
县安全生产委员会办公室）
"""

_ITEM_TEXT = """某县2025年工作要点
一、任务
1.排查隐患。（责任单位：县应急局）
2.开展宣传。组织宣传活动，
责任单位：县委宣传部、县安全生产委员会
"""

_MID_PAGE = """某县2025年工作要点
一、任务
1.排查隐患。（责任单位：县应急局）
2.开展宣传。组织宣传活动。（责任单位：县委宣传部、
县应急管理局
"""


def test_wrapped_unit_on_last_line_stays():
    assert _units(_WRAPPED_UNIT)[("一", "2")][0] == ["县委宣传部", "县安全生产委员会办公室"]


def test_unit_line_at_the_end_stays():
    assert _units(_ITEM_TEXT)[("一", "2")][0] == ["县委宣传部", "县安全生产委员会"]


def test_a_department_alone_on_the_last_line_stays():
    units = _units(_MID_PAGE)
    assert units[("一", "2")][0] == ["县委宣传部", "县应急管理局"]
