"""A page that is an indicator table ("指标 | 单位 | 2025年 | 2030年 | 属性") and holds no task
states its targets like a goals section does (transform/targets/tables.indicator_tables)."""

from __future__ import annotations

from transform.document import parse_document
from transform.targets.tables import indicator_tables

TABLE = (
    "某区“十五五”时期主要发展指标\n"
    "指标名称 | 单位 | 2025年 | 2030年 | 属性\n"
    "社会消费品零售总额 | 亿元 | 210 | 280 | 预期性\n"
    "城镇居民人均可支配收入 | 元 | 52000 | 68000 | 预期性\n"
    "PM2.5平均浓度 | 微克/立方米 | 31 | 28 | 约束性\n"
)


def _targets(content, **kw):
    doc = parse_document(content, source=kw.pop("source", "t.txt"), is_text=kw.pop("is_text", True))
    return doc, {t["indicator"]: t for t in doc.targets}


def test_a_text_page_that_is_an_indicator_table():
    doc, by = _targets(TABLE)
    assert set(by) == {"社会消费品零售总额", "城镇居民人均可支配收入", "PM2.5平均浓度"}
    assert (by["社会消费品零售总额"]["value"], by["社会消费品零售总额"]["unit"]) == (280.0, "亿元")
    assert all(t["year"] == 2030 and t["task_id"] is None for t in doc.targets)
    assert doc.document["is_plan"]


def test_an_html_page_with_only_an_indicator_table():
    rows = [r.split(" | ") for r in TABLE.strip().split("\n")[1:]]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    page = (
        "<html><head><title>某区“十五五”时期主要发展指标</title></head><body><div id='zoom'>"
        f"<p>某区“十五五”时期主要发展指标</p><table>{cells}</table></div></body></html>"
    )
    doc, by = _targets(page, source="p.html", is_text=False)
    assert by["城镇居民人均可支配收入"]["value"] == 68000.0 and by["PM2.5平均浓度"]["value"] == 28.0


def test_a_traditional_character_indicator_table():
    text = (
        "某縣主要發展指標\n"
        "指標 | 單位 | 2025年 | 2028年 | 屬性\n"
        "森林覆蓋率 | % | 40.5 | 42 | 約束性\n"
        "糧食總產量 | 萬噸 | 30 | 32 | 約束性\n"
    )
    doc, _ = _targets(text)
    assert sorted(t["value"] for t in doc.targets) == [32.0, 42.0]
    assert all(t["year"] == 2028 for t in doc.targets)


def test_a_table_in_a_goals_section_is_read_once():
    text = "某县国民经济和社会发展第十五个五年规划纲要\n一、主要目标\n" + TABLE.split("\n", 1)[1]
    doc, _ = _targets(text)
    assert len(doc.targets) == 3


def test_tables_without_an_indicator_column_or_year_columns_are_not_indicator_tables():
    roster = "序号 | 企业名称 | 所在镇街 | 2024年 | 2025年\n1 | 某某食品有限公司 | 城关镇 | 12 | 15\n"
    one_year = "指标 | 单位 | 2024年\n地区生产总值 | 亿元 | 320\n"  # (a year's figures: no plan's)
    assert indicator_tables(roster) == [] and indicator_tables(one_year) == []
    # one year column beside a 属性 column (预期性/约束性) is a plan's table (round 7C: a 附表)
    planned = "指标 | 单位 | 2025年 | 属性\n地区生产总值 | 亿元 | 320 | 预期性\n"
    assert indicator_tables(planned) == [planned.strip()]
    assert indicator_tables(TABLE) == ["\n".join(TABLE.strip().split("\n")[1:])]
