"""What a unit bracket says after its units is no unit: a deadline ("…，6月底完成", "年底前完成",
"2026年9月底前", "长期坚持") and a note on the following tasks ("以下均需各县市区落实，不再逐一
列出") are kept out of the names (issue 15, point 4; the deadline is read as the task's)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import split_units


@pytest.mark.parametrize("listed, names", [
    ("州司法局、州委编办，各县市人民政府，6月底完成", ["州司法局", "州委编办", "各县市人民政府"]),
    ("各县市人民政府，9月底前完成", ["各县市人民政府"]),
    ("区住建局、区城管局；2026年12月底前", ["区住建局", "区城管局"]),
    ("各乡镇，年底前完成", ["各乡镇"]),
    ("市财政局，长期坚持", ["市财政局"]),
    ("县教育局、县人社局，2027年6月30日前完成", ["县教育局", "县人社局"]),
])
def test_a_deadline_after_the_units_is_no_unit(listed, names):
    assert split_units(listed) == names


@pytest.mark.parametrize("listed, names", [
    ("市政府有关部门，各县市区，以下均需各县市区落实，不再逐一列出", ["市政府有关部门", "各县市区"]),
    ("省直有关单位，以下各项均需各地落实，不再一一列出", ["省直有关单位"]),
])
def test_a_note_on_the_following_tasks_is_no_unit(listed, names):
    assert split_units(listed) == names


def test_a_bracket_with_units_and_a_deadline_in_a_plan():
    text = ("某州2026年优化营商环境工作计划\n一、提升政务服务效能\n"
            "1.推进相对集中行政许可权改革。实现“一枚印章管审批”。（牵头单位：州行政审批服务局；"
            "责任单位：州司法局、州委编办，各县市人民政府，6月底完成）\n"
            "2.推动政务服务标准化。（牵头单位：州政务服务中心；配合单位：各县市人民政府，9月底前完成）\n")
    tasks = parse_document(text, source="p.txt", is_text=True).tasks
    assert tasks[0]["participating_units"] == ["州司法局", "州委编办", "各县市人民政府"]
    assert tasks[0]["deadline_text"] is not None
    assert tasks[1]["participating_units"] == ["各县市人民政府"]
