"""Round 40j: structure on whole plans, third batch.

- A decimal figure wrapped to a line's start ("…人工造林\n2.5万亩，…") right before the item of the
  same number ("2.加强…") is prose, not item 2 (`transform.tree._dot_counts`).
- A signer alone on the last line of a page, with no date under it ("某街道安全生产委员会"), is
  the page's signature, not a unit of the last item (`transform.tree`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


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


# --- a decimal figure wrapped to a line's start, right before the item of the same number ----------

_WRAP_COUNTY = """某县2024年林业工作要点
一、国土绿化
1.推进造林绿化。全年完成人工造林
2.5万亩，封山育林1万亩。（牵头单位：县林业局）
2.加强森林抚育。完成森林抚育3万亩。（牵头单位：县林业局）
"""

_WRAP_CITY = """某市2025年城市更新工作要点
（一）老旧小区改造
1.改造老旧小区。改造老旧小区120个，惠及居民
3.2万户。（责任单位：市住建局）
2.加装电梯。加装电梯200部。（责任单位：市住建局）
3.推进完整社区。建设完整社区试点，面积达到
4.5平方公里。（责任单位：市住建局）
4.整治背街小巷。整治背街小巷30条。（责任单位：市城管局）
"""

_WRAP_TOWN = """某镇2024年农业工作要点
1.稳定粮食生产。粮食播种面积稳定在
2．3万亩以上。责任单位：镇农业服务中心
2.发展特色产业。新增茶园500亩。责任单位：镇农业服务中心
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        (_WRAP_COUNTY, [("一", "1"), ("一", "2")]),
        (_WRAP_CITY, [("(一)", "1"), ("(一)", "2"), ("(一)", "3"), ("(一)", "4")]),
        (_WRAP_TOWN, [("1",), ("2",)]),
    ],
)
def test_wrapped_decimal_before_the_same_number_is_prose(text, expected):
    assert _paths(text) == expected


def test_wrapped_decimal_keeps_its_value():
    values = sorted(t["value"] for t in _doc(_WRAP_COUNTY).targets)
    assert 2.5 in values


_COUNT_ITEMS = """某县2024年农村厕所革命工作要点
一、重点任务
1.推进户厕改造。全面摸排农户需求。（牵头单位：县农业农村局）
2.800户农村户厕完成改造。（牵头单位：县农业农村局）
3.建设公共厕所。新建农村公厕20座。（牵头单位：县农业农村局）
"""

_COUNT_LAST = """某县2024年工作要点
1.推进户厕改造。（牵头单位：县农业农村局）
2.1.5万亩高标准农田建设。（牵头单位：县农业农村局）
3.建设公共厕所。（牵头单位：县农业农村局）
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        (_COUNT_ITEMS, [("一", "1"), ("一", "2"), ("一", "3")]),
        (_COUNT_LAST, [("1",), ("2",), ("3",)]),
    ],
)
def test_items_opening_with_a_count_stay_items(text, expected):
    assert _paths(text) == expected
