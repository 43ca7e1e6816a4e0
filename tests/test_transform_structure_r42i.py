"""Round 42i: structure, second batch (committed misses and new layouts).

- A 整改台账 printed as cards: 序号：1 / 问题描述：… / 整改措施：… / 责任单位：… — the problem names the
  task (`transform.table_cards`, lexicon `table_card_names`).
"""

from __future__ import annotations

from transform.document import parse_document


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


# --- problem cards of a 整改台账 -----------------------------------------------------------------

_CARDS_TOWN = """松山镇2025年巡察反馈问题整改台账
序号：1
问题描述：农村集体资产台账不健全
整改措施：开展集体资产清查。
责任单位：镇农经站
整改时限：2025年9月底

序号：2
问题描述：便民服务窗口办事效率不高
整改措施：推行一窗受理。
责任单位：镇便民服务中心（牵头）、各村委会
整改时限：2025年6月底
"""

_CARDS_COUNTY = """临江县环保督察反馈问题整改清单
序号：1
问题：城区黑臭水体反弹
整改措施：完成截污纳管改造。
责任单位：县住建局
整改时限：2025年10月底
序号：2
问题：工业园区扬尘管控不力
整改措施：落实六个百分百。
责任单位：县生态环境局
整改时限：长期坚持
序号：3
问题：矿山生态修复滞后
整改措施：完成废弃矿山修复。
责任单位：县自然资源局
整改时限：2025年12月底
"""

_CARDS_NUMBER_ALONE = """河湾街道审计整改问题清单
1
反馈问题：专项资金拨付滞后
整改措施：建立资金拨付台账。
责任单位：街道财政所
2
反馈问题：政府采购程序不规范
整改措施：完善内控制度。
责任单位：街道党政办
"""


def test_problem_cards_read_as_tasks() -> None:
    assert _tasks(_CARDS_TOWN) == [(("1",), "农村集体资产台账不健全"), (("2",), "便民服务窗口办事效率不高")]
    assert [t for _p, t in _tasks(_CARDS_COUNTY)] == [
        "城区黑臭水体反弹",
        "工业园区扬尘管控不力",
        "矿山生态修复滞后",
    ]
    assert _tasks(_CARDS_NUMBER_ALONE) == [(("1",), "专项资金拨付滞后"), (("2",), "政府采购程序不规范")]


def test_problem_card_units() -> None:
    tasks = _doc(_CARDS_TOWN).tasks
    assert tasks[1]["lead_units"] == ["镇便民服务中心"]
    assert tasks[1]["participating_units"] == ["各村委会"]


def test_problem_label_inside_an_item_is_no_card() -> None:
    text = """青山县2025年安全生产工作要点
一、强化隐患整改
1.问题：部分企业隐患整改不到位，开展专项督查。（责任单位：县应急局）
2.问题：部分场所消防通道堵塞，开展集中清理。（责任单位：县消防救援大队）
"""
    assert [p for p, _t in _tasks(text)] == [("一", "1"), ("一", "2")]


def test_one_problem_card_alone_is_no_run() -> None:
    text = """某县整改情况说明
序号：1
问题描述：档案管理不规范
整改措施：完善档案制度。
"""
    assert _tasks(text) == []
