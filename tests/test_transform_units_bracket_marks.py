"""A role mark after a unit in a 责任单位 list, in any bracket, says who leads and who takes
part: "县商务局〔牵头〕、县发改局", "县商务局【牵头】", "县商务局（牵头部门）", "（主责）",
"縣商務局（牽頭）"; "县发改局（配合）" takes part. The mark is never part of a name, and a
bracketed label before the names ("【牵头单位：县发改局】") keeps reading as a label."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        ("责任单位：县商务局〔牵头〕，县发改局，各乡镇", ["县商务局"], ["县发改局", "各乡镇"]),
        ("（责任单位：区住建局【牵头】、区城管局、各街道）", ["区住建局"], ["区城管局", "各街道"]),
        ("责任单位：旗农牧局[牵头]、旗财政局", ["旗农牧局"], ["旗财政局"]),
        ("责任部门：市生态环境局（牵头部门）、市水务局", ["市生态环境局"], ["市水务局"]),
        ("责任单位：州文旅局（主责）、各县市人民政府", ["州文旅局"], ["各县市人民政府"]),
        ("责任单位：县教体局（牵头）、县卫健局（配合）", ["县教体局"], ["县卫健局"]),
        ("責任單位：縣商務局〔牽頭〕、縣發改局（配合）", ["縣商務局"], ["縣發改局"]),
        ("責任單位：縣住建局（牽頭）、縣財政局", ["縣住建局"], ["縣財政局"]),
        ("责任单位：县民政局、县残联（配合）", ["县民政局"], ["县残联"]),
    ],
)
def test_a_marked_unit_leads_or_takes_part(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        ("推进改革。【牵头单位：县发改局】", ["县发改局"], []),
        ("（牵头单位：县发改局；配合单位：县财政局）", ["县发改局"], ["县财政局"]),
        ("责任单位：县红十字会、县发改局", ["县红十字会", "县发改局"], []),
        ("责任单位：县农业农村局（县乡村振兴局）、县财政局", ["县农业农村局（县乡村振兴局）", "县财政局"], []),
    ],
)
def test_unmarked_lists_and_bracketed_labels_unchanged(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


def test_a_table_with_marked_units():
    text = (
        "某县2024年重点任务清单\n"
        "序号 | 重点任务 | 责任单位 | 完成时限\n"
        "1 | 新建污水管网12公里 | 县住建局〔牵头〕、县水务局、各乡镇 | 2024年11月\n"
        "2 | 改造老旧小区8个 | 县住建局【牵头】、县财政局 | 2024年12月\n"
    )
    doc = parse_document(text, source="t.txt", is_text=True)
    tasks = {tuple(t["path"]): t for t in doc.tasks}
    assert tasks[("1",)]["lead_units"] == ["县住建局"]
    assert tasks[("1",)]["participating_units"] == ["县水务局", "各乡镇"]
    assert tasks[("2",)]["lead_units"] == ["县住建局"]
    assert tasks[("2",)]["participating_units"] == ["县财政局"]
