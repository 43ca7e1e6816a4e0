"""A task table whose 序号 column numbers its rows like a report ("1.1", "1.2", "2.1") keeps every
row as a task, with the compound number as its path label, in "|" and space-separated
renderings; a number row above them ("1 | 农业农村发展") is their heading. A figure such as "1.5"
outside the 序号 column never opens a row."""
from __future__ import annotations

import pytest

from transform.document import parse_document

_PIPED = (
    "某县2024年重点任务责任清单\n"
    "序号 | 重点任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限\n"
    "1.1 | 建设高标准农田2万亩 | 李明 | 县农业农村局 | 县财政局 | 2024年11月底\n"
    "1.2 | 新建村级光伏电站5座 | 张华 | 县发改局 | 各乡镇 | 2024年12月底\n"
    "2.1 | 改造农村公路50公里 | 王强 | 县交通运输局 | 各乡镇 | 2024年10月底\n"
)
_BORDERED_WITH_GROUPS = (
    "某区2025年重点工作台账\n"
    "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "| 1 | 产业发展 | | | |\n"
    "| 1.1 | 推进园区标准厂房建设 | 区工信局 | 区住建局 | 2025年9月 |\n"
    "| 1.2 | 引进规上工业企业10家 | 区商务局 | 各街道 | 2025年12月 |\n"
    "| 2 | 民生保障 | | | |\n"
    "| 2.1 | 改造老旧小区12个 | 区住建局 | 各街道办事处 | 2025年11月 |\n"
)
_SPACED = (
    "某旗2024年重点任务清单\n"
    "序号 重点任务 牵头单位 配合单位 完成时限\n"
    "1 农牧业发展\n"
    "1.1 新建标准化暖棚200座 旗农牧局 各苏木镇 2024年10月底\n"
    "1.2 推进肉牛产业提质 旗农牧局 旗财政局 2024年12月底\n"
    "2 基础设施\n"
    "2.1 改造农村牧区公路30公里 旗交通运输局 各苏木镇 2024年11月底\n"
)


def _tasks(text: str) -> dict[tuple[str, ...], dict]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]): t for t in doc.tasks}


def test_piped_rows_numbered_1_1():
    tasks = _tasks(_PIPED)
    assert list(tasks) == [("1.1",), ("1.2",), ("2.1",)]
    assert tasks[("1.1",)]["title"] == "建设高标准农田2万亩"
    assert tasks[("1.1",)]["lead_units"] == ["县农业农村局"]
    assert tasks[("1.1",)]["participating_units"] == ["县财政局"]
    assert tasks[("2.1",)]["deadline_text"] == "2024年10月底"


@pytest.mark.parametrize("text, first", [(_BORDERED_WITH_GROUPS, "区工信局"), (_SPACED, "旗农牧局")])
def test_compound_rows_under_their_number_rows(text, first):
    tasks = _tasks(text)
    assert list(tasks) == [("1", "1.1"), ("1", "1.2"), ("2", "2.1")]
    assert tasks[("1", "1.1")]["lead_units"] == [first]


def test_plain_numbers_and_figures_unchanged():
    text = (
        "某县2024年重点任务清单\n"
        "序号 | 重点任务 | 目标值 | 牵头单位 | 完成时限\n"
        "1 | 新增造林面积（万亩） | 1.5 | 县林业局 | 2024年12月\n"
        "2 | 森林覆盖率提高（个百分点） | 0.5 | 县林业局 | 2024年12月\n"
    )
    tasks = _tasks(text)
    assert list(tasks) == [("1",), ("2",)]
    assert tasks[("1",)]["lead_units"] == ["县林业局"]
