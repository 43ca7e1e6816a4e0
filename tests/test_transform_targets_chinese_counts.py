"""Counts written in Chinese numerals (round 34A): EXTRACTION.md reads 一 as 1, so a count in
Chinese numerals is a target wherever its Arabic form is one, but Chinese numerals also write
names and slogans (一批, 一村一品, 三个一批, 四个不摘, 两个维护, 十四五, 二十大, 一站式).
Read like digits, with a count measure word (个 所 家 条 座 户 …):
- a count that closes its clause after the thing counted (打通断头路十二条。);
- a count closing a list of names after 等 (A、B等十五条道路);
- a later item of a 、 list whose first item is a count of work (开办二十六个…、十个…);
- a count right after 成 of a verb (建成四十所): 成 is indefinite only before 百/千/万 (成千上万);
- a single one (一家, 一所) right after a verb of building or closing its clause.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # plan items: the count closes the clause after the thing counted
        ("打通城区断头路十二条。", [(12.0, "条")]),
        ("力争全年盘活低效闲置企业十家，盘活存量土地300亩。", [(10.0, "家"), (300.0, "亩")]),
        ("育成具有自主知识产权的小麦新品种二个。", [(2.0, "个")]),
        ("优化调整城乡公交线路三条；", [(3.0, "条")]),
        ("新建公共厕所120座、旅游厕所八座，", [(120.0, "座"), (8.0, "座")]),
        # a table row rendered as text
        ("献血屋建设\t建设献血屋一个\t区卫健局", [(1.0, "个")]),
        ("其中：东城街道八十户，西城街道十九户。", [(80.0, "户"), (19.0, "户")]),
    ],
)
def test_count_closing_its_clause(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("完工友谊大道、和平大道等十五条重点道路。", [(15.0, "条")]),
        ("年内启动东岭、西山等六个乡镇供水管网建设。", [(6.0, "个")]),
        ("着力推进城关中学、河口中学等五所农村学校改扩建，", [(5.0, "所")]),
        ("实施教育、养老等四个领域补短板项目162个。", [(162.0, "个")]),
        ("建成三个一号旅游公路连接线120公里。", [(120.0, "公里")]),  # 三个一号…: a name
    ],
)
def test_count_closing_a_list_of_names(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("开办二十六个小学生爱心暑托班、十个寒托班。", [(26.0, "个"), (10.0, "个")]),
        ("新建二家社区康复中心、二家中医药特色服务站。", [(2.0, "家"), (2.0, "家")]),
        ("新增400个公共充电桩、十个共享充电示范小区。", [(400.0, "个"), (10.0, "个")]),
        ("推出5处以上文化好去处、十八个公共文化服务示范点。", [(5.0, "处"), (18.0, "个")]),
    ],
)
def test_later_items_of_a_list_of_counts(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("完成老城小学迁建工程，建成四十所标准化学校。", [(40.0, "所")]),
        ("年内建成十五座新能源汽车充电站。", [(15.0, "座")]),
        ("新建一家公办普惠托育机构。", [(1.0, "家")]),
        ("引入社会资金2亿元，建成一所九年一贯制学校。", [(2.0, "亿元"), (1.0, "所")]),
        ("城区再新建一个农贸市场（牵头单位：县商务局）", [(1.0, "个")]),
        ("新开办幼儿园一所，新增普惠学位270个。", [(1.0, "所"), (270.0, "个")]),
        ("开设三十五个爱心暑托班，", [(35.0, "个")]),
        ("提升改造一个未成年人保护工作站；", [(1.0, "个")]),
        ("拆除危房后翻建一幢教学楼。", [(1.0, "幢")]),
    ],
)
def test_counts_after_a_verb_of_building(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("对二十八所中小学校食堂安装数字化验收平台。", [(28.0, "所")]),
        ("为六十二户困难残疾人家庭实施无障碍改造，", [(62.0, "户")]),
        ("新建、改建三个一级农副产品批发市场。", [(3.0, "个")]),
    ],
)
def test_counts_of_what_work_is_done_on(text, expected):
    assert _vu(text) == expected


def test_traditional_counts():
    """Traditional characters: read in the simplified working copy, copied as printed."""
    text = "某縣2024年民生實事項目\n1.新建幼兒園十六所。\n2.打通斷頭路十二條。\n3.新建一家托育機構。\n"
    got = [(t["value"], t["unit"]) for t in parse_document(text, source="n.txt", is_text=True).targets]
    assert got == [(16.0, "所"), (12.0, "條"), (1.0, "家")]


@pytest.mark.parametrize(
    "text",
    [
        "新建一批中小学校。",
        "推进一村一品示范村建设。",
        "落实三个一批要求，",
        "坚持四个不摘。",
        "实施五大行动，",
        "做到两个维护。",
        "推动两个毫不动摇落地见效。",
        "实施十大工程。",
        "第三个五年规划。",
        "实施三年行动。",
        "编制十四五规划。",
        "学习二十大精神。",
        "推进一网通办。",
        "打造一站式服务平台。",
        "打造一个全国领先的数字经济高地。",
        "建设一个美丽宜居的新城区。",
        "深入实施一号工程。",
        "统一部署，",
        "守住两条底线，",
        "打造一个中心、两个基地、三个平台的发展格局。",
        "带动成千上万家农户增收。",
        "吸引上百家企业入驻。",
        "培育数十个特色品牌。",
        "落实好这两个。",
        "抓住两个关键，",
        "建成一流的营商环境。",
        "每个乡镇新建一个文化广场。",  # one for each: read as before
        "为两个维护提供坚强保障。",
        "对三个一批工作进行部署。",
        "落实三个一流要求。",
    ],
)
def test_names_and_slogans_stay_out(text):
    assert _vu(text) == []
