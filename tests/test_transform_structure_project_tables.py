"""A project table (序号 项目名称 建设内容 总投资（万元） 建设年限) heads a task table although most
of its columns have no role of their own: the figure and period columns are kept in the row's
text as "header：value", each row is one task, and its content cell gives the targets (never a
figure glued to the next cell). Spaced (a PDF) and piped renderings alike."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_HEAD = "某市2026年城建工作计划\n一、重点工作\n持续推进城市更新。\n附表\n城建重点项目表\n"

_SPACED = (
    "序号 项目名称 建设内容 总投资（万元） 建设年限\n"
    "1 滨河公园提升工程 改造绿地12公顷 3600 2026\n"
    "2 老旧管网改造工程 改造供水管网35公里 5200 2026-2027\n"
)
_PIPED = (
    "序号 | 项目名称 | 建设规模及内容 | 计划投资(万元) | 建设年限\n"
    "1 | 滨河公园提升工程 | 改造绿地12公顷 | 3600 | 2026\n"
    "2 | 老旧管网改造工程 | 改造供水管网35公里 | 5200 | 2026-2027\n"
)


@pytest.mark.parametrize("table", [_SPACED, _PIPED])
def test_each_project_row_is_one_task_with_its_own_targets(table):
    r = parse_document(_HEAD + table, source="t.txt", is_text=True)
    rows = [t for t in r.tasks if t["path"][-1] in ("1", "2")]
    assert [t["title"] for t in rows] == ["滨河公园提升工程", "老旧管网改造工程"]
    got = {(g["value"], g["unit"]): g for g in r.targets}
    assert got[(12.0, "公顷")]["indicator"].endswith("绿地")
    assert got[(35.0, "公里")]["indicator"].endswith("供水管网")
    assert not any("工程" in (g["indicator"] or "") for g in r.targets)


def test_a_table_of_unknown_columns_stays_no_task_table():
    r = parse_document(
        _HEAD
        + "序号 项目名称 联系人 电话 地址\n1 滨河公园 王某 1234567 河东路\n2 人民公园 李某 1234568 河西路\n",
        source="t.txt",
        is_text=True,
    )
    assert not any(t["title"] in ("滨河公园", "人民公园") and t.get("lead_units") for t in r.tasks)
