"""A person printed beside a unit in a unit list: in brackets after it ("区工信局（张三）",
"县住建局（局长赵六）", "旗农牧局(李四副局长)"), or after a space in a 责任单位（责任人） cell
("区工信局 张三"). The unit stays, the person is dropped (EXTRACTION.md: person names are never
units). A bracket that names a unit or a place (县发改局（粮食局）, 各县（市、区）) is kept."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("新建标准厂房10万平方米。（责任单位：区工信局（张三）、区发改局（李四））", ["区工信局", "区发改局"], []),
    ("改造农村公路50公里。(牵头单位:县交通运输局(局长赵六);配合单位:各镇)", ["县交通运输局"], ["各镇"]),
    ("完成人工种草2万亩。（责任单位：旗农牧局(李四副局长)）", ["旗农牧局"], []),
    ("建成污水管网20公里。（责任单位：县住建局（欧阳明）、县水利局（林涛））", ["县住建局", "县水利局"], []),
])
def test_a_bracketed_person_after_a_unit_is_dropped(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


@pytest.mark.parametrize("text, lead", [
    ("储备粮轮换。（责任单位：县发改局（粮食局））", ["县发改局（粮食局）"]),
    # one short untitled word in brackets may be an alias, not a person
    ("开展森林防火。（责任单位：县自然资源局（林业））", ["县自然资源局（林业）"]),
    ("推进撤并建制村通客车。（责任单位：各县（市、区）人民政府）", ["各县（市、区）人民政府"]),
])
def test_a_bracketed_unit_or_place_stays(text, lead):
    assert extract_units(text).lead == lead


def test_a_unit_and_person_column():
    text = (
        "某镇2024年重点工作任务清单\n"
        "序号 | 重点任务 | 责任单位（责任人） | 完成时限\n"
        "1 | 新建村级文化广场3个 | 镇文化站（王强） | 10月底\n"
        "2 | 改造农村危房20户 | 镇村建办（刘洋） | 12月底\n"
    )
    r = parse_document(text.encode(), source="t.txt", is_text=True)
    assert [(t["lead_units"], t["participating_units"]) for t in r.tasks] == [
        (["镇文化站"], []),
        (["镇村建办"], []),
    ]
