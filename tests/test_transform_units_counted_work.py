"""A piece of work that ends with a count is no unit name, though its measure word is also a unit
ending: "新建卫生院1所" (所 as in 司法所), "开展宣讲50场" (场 as in 林场), "新增充电桩100台" (台 as
in 电视台), "整治黑臭水体5处" (处 as in 管理处). A unit name never ends with an Arabic number and
one character, so a clause "…1所，县卫健局牵头" names only 县卫健局, and the count stays a target."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import is_unit_like
from transform.units import extract_units


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        ("新建卫生院1所，县卫健局牵头", ["县卫健局"], []),
        ("新建公办幼儿园3所，县教体局牵头。", ["县教体局"], []),
        ("建设标准化村卫生室10所，县卫健局牵头，各乡镇配合。", ["县卫健局"], ["各乡镇"]),
        ("全年新建学校3所，由县教体局牵头", ["县教体局"], []),
        ("开展理论宣讲50场，区委宣传部牵头，各街道配合。", ["区委宣传部"], ["各街道"]),
        ("新增公共充电桩100台,市发改委牵头", ["市发改委"], []),
        ("整治黑臭水体5处，市生态环境局、市水务局负责。", ["市生态环境局", "市水务局"], []),
    ],
)
def test_a_counted_piece_of_work_before_a_clause_is_no_unit(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


@pytest.mark.parametrize("name", ["3所", "新建卫生院1所", "开展宣讲50场", "充电桩100台", "10校", "水体5处"])
def test_a_name_ending_with_a_count_is_not_unit_like(name):
    assert not is_unit_like(name)


@pytest.mark.parametrize(
    "name", ["县卫健局", "第38研究所", "县第二人民医院", "各乡镇（街道）", "镇司法所", "国营林场", "市12345热线办公室"]
)
def test_unit_names_stay_unit_like(name):
    assert is_unit_like(name)


def test_a_series_item_keeps_its_unit_and_its_count():
    text = (
        "某县2024年社会事业工作要点\n"
        "一、办好教育卫生\n"
        "（一）补齐设施短板。一是新建乡镇卫生院1所，县卫健局牵头；二是改扩建中小学校舍4所，县教体局牵头，县财政局配合。\n"
        "（二）提升服务水平。开展送医下乡活动30场。（县卫健局负责）\n"
    )
    doc = parse_document(text, source="t.txt", is_text=True)
    tasks = {tuple(t["path"]): t for t in doc.tasks}
    assert tasks[("一", "(一)", "一是")]["lead_units"] == ["县卫健局"]
    assert tasks[("一", "(一)", "二是")]["lead_units"] == ["县教体局"]
    assert tasks[("一", "(一)", "二是")]["participating_units"] == ["县财政局"]
    values = {(t["task_id"].split("/", 1)[1], t["value"], t["unit"]) for t in doc.targets}
    assert ("一/(一)/一是", 1, "所") in values
    assert ("一/(一)/二是", 4, "所") in values
