"""A column of the body that scores or oversees a task (评分部门, 考核单位, 督办单位) names units,
but none that carries the task: its cells stay out of the task's units, also where the
responsible column lists its units one per line and the table prints one cell a line."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _units(text: str) -> list[list[str]]:
    return [t["lead_units"] + t["participating_units"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


@pytest.mark.parametrize("head", ["评分部门", "考核单位", "督办单位"])
def test_one_cell_a_line(head):
    text = ("2026年某县乡村振兴任务清单\n序号\n考核指标\n年度目标\n责任部门\n" + head + "\n"
            "1\n粮食播种面积\n5万亩\n县农业农村局\n县粮食和物资储备局\n市农业农村局\n"
            "2\n农村生活污水治理率\n85%\n县生态环境分局\n市生态环境局\n")
    assert _units(text) == [["县农业农村局", "县粮食和物资储备局"], ["县生态环境分局"]]


def test_piped_rows():
    text = ("2026年某县乡村振兴任务清单\n序号 | 考核指标 | 年度目标 | 责任部门 | 评分部门\n"
            "1 | 粮食播种面积 | 5万亩 | 县农业农村局 | 市农业农村局\n"
            "2 | 农村生活污水治理率 | 85% | 县生态环境分局 | 市生态环境局\n")
    assert _units(text) == [["县农业农村局"], ["县生态环境分局"]]
