"""One label or column for the lead and the other units: "牵头（配合）单位：A（B、C）" and a table
column "牵头（协办）单位" whose cells read "A（B、C）". The names before the bracket lead, the bracketed
ones take part; a value without a bracket names the lead only (transform/unit_combined.py)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_cells import is_units
from transform.unit_combined import split_combined, uncombined_labels


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _units(tasks: list[dict]) -> list[tuple]:
    return [(t["path"], t["lead_units"], t["participating_units"]) for t in tasks]


@pytest.mark.parametrize(
    "label", ["牵头（配合）单位", "牵头(配合)单位", "牵头（协办）单位", "主办（协办）单位"]
)
def test_an_inline_combined_label(label):
    text = (
        "某镇2026年人居环境整治工作要点\n一、垃圾治理\n"
        f"1.新建垃圾中转站2座。（{label}：镇村建办（镇财政所、各村））\n"
        f"2.配置保洁员40名。（{label}：镇农业中心）\n"
    )
    assert _units(_tasks(text)) == [
        (["一", "1"], ["镇村建办"], ["镇财政所", "各村"]),
        (["一", "2"], ["镇农业中心"], []),
    ]


def test_a_combined_column_of_a_tab_table():
    text = (
        "某市2026年交通重点项目任务表\n"
        "序号\t项目名称\t牵头（配合）单位\t完成时限\n"
        "1\t新建城市快速路8公里\t市交通运输局（市自然资源局、市财政局）\t2026年12月\n"
        "2\t改造公交站台60个\t市公交集团（市城管局）\t2026年10月\n"
        "3\t开通定制公交线路5条\t市交通运输局\t2026年6月\n"
    )
    assert _units(_tasks(text)) == [
        (["1"], ["市交通运输局"], ["市自然资源局", "市财政局"]),
        (["2"], ["市公交集团"], ["市城管局"]),
        (["3"], ["市交通运输局"], []),
    ]


def test_a_combined_column_of_a_piped_table():
    text = (
        "某县2026年教育民生实事清单\n"
        "| 序号 | 实事项目 | 牵头(协办)部门 |\n| --- | --- | --- |\n"
        "| 1 | 新建城区幼儿园2所 | 县教体局(县住建局、县自然资源局) |\n"
        "| 2 | 改造农村学校食堂10个 | 县教体局(县市场监管局) |\n"
    )
    assert _units(_tasks(text)) == [
        (["1"], ["县教体局"], ["县住建局", "县自然资源局"]),
        (["2"], ["县教体局"], ["县市场监管局"]),
    ]


def test_split_and_rewrite_helpers():
    assert split_combined("县住建局（县生态环境分局、县发改局）") == ("县住建局", "县生态环境分局、县发改局")
    assert split_combined("县水利局") == ("县水利局", "")
    assert uncombined_labels("（牵头（配合）单位：县医保局（县卫健局）；完成时限：6月底）") == (
        "（牵头单位：县医保局；配合单位：县卫健局；完成时限：6月底）"
    )


def test_a_cell_of_a_lead_and_bracketed_units_is_a_unit_cell():
    assert is_units("县住建局（县生态环境分局、县发改局）")
    assert not is_units("新建污水管网（含雨污分流、管网修复）")


def test_other_bracketed_labels_stay():
    line = "1.推进改革。（责任单位：县发改局（县委改革办））"
    assert uncombined_labels(line) == line


@pytest.mark.parametrize(
    "label", ["牵头单位（配合单位）", "牵头单位(协办单位)", "牵头部门（配合部门）", "牵头(协同)部门"]
)
def test_a_combined_label_that_names_the_kind_twice(label):
    text = (
        "某区2026年城市更新重点任务\n一、老旧小区改造\n"
        f"1.改造老旧小区15个。（{label}：区住建局（各街道、区财政局））\n"
    )
    assert _units(_tasks(text)) == [(["一", "1"], ["区住建局"], ["各街道", "区财政局"])]


def test_a_column_that_names_the_kind_twice():
    text = (
        "某县2026年优化营商环境任务清单\n"
        "序号\t任务\t牵头单位（配合单位）\t完成时限\n"
        "1\t压减企业开办时间至1个工作日\t县市场监管局（县税务局、县人社局）\t2026年6月\n"
        "2\t推行承诺制审批事项20项\t县行政审批局\t2026年12月\n"
    )
    assert _units(_tasks(text)) == [
        (["1"], ["县市场监管局"], ["县税务局", "县人社局"]),
        (["2"], ["县行政审批局"], []),
    ]


def test_a_slashed_column_lead_then_participating():
    text = (
        "某县2026年重点工作任务分工表\n"
        "序号\t重点任务\t牵头/配合单位\t完成时限\n"
        "1\t新建农村公路30公里\t县交通运输局/县财政局、各乡镇\t2026年11月\n"
        "2\t改造农村危房100户\t县住建局/各乡镇\t2026年10月\n"
        "3\t建设县级物流中心1个\t县商务局\t2026年12月\n"
    )
    assert _units(_tasks(text)) == [
        (["1"], ["县交通运输局"], ["县财政局", "各乡镇"]),
        (["2"], ["县住建局"], ["各乡镇"]),
        (["3"], ["县商务局"], []),
    ]


def test_an_inline_slashed_label():
    text = "某镇2026年工作要点\n一、农业生产\n1.完成小麦播种3万亩。（牵头/配合单位：镇农业中心/各村；完成时限：10月底）\n"
    assert _units(_tasks(text)) == [(["一", "1"], ["镇农业中心"], ["各村"])]
