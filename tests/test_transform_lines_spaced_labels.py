"""Role labels broken by a stray space of a PDF's text layer ("牵头单 位：", "配 合单位：", a full-width
space in "责任单\u3000位："): the label is read as printed without its spaces, so its units are found.
Only a whole label of the lexicon before its colon is mended (transform/lines.py `_unspaced_labels`)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.lines import _unspaced_labels, normalise_lines


def _task(line: str) -> dict:
    text = "某县2024年重点工作任务\n一、产业发展\n" + line + "\n"
    return parse_document(text, source="t.txt", is_text=True).tasks[0]


@pytest.mark.parametrize(
    "units",
    [
        "（牵头单 位：县工信局；配合单位：县发改局、县商务局）",
        "（牵 头单位：县工信局；配 合单位：县发改局、县商务局）",
        "（牵头单位 ：县工信局；配合单 位：县发改局、县商务局）",
        "(牵头单 位:县工信局;配合单 位:县发改局、县商务局)",
        "（牵头部 门：县工信局；参与部\u3000门：县发改局、县商务局）",
    ],
)
def test_a_broken_label_still_names_its_units(units):
    task = _task("1.壮大新能源汽车产业。全年新能源汽车产值达到80亿元。" + units)
    assert task["lead_units"] == ["县工信局"]
    assert task["participating_units"] == ["县发改局", "县商务局"]


def test_a_broken_responsibility_label_of_a_unit_line_below_the_item():
    text = "某市2023年重点工作责任分解\n一、主要目标\n1.生产总值增长6%以上。\n责任单 位：市发改委\n2.规上工业增加值增长8%。\n责 任单位：市经信局\n"
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [t["lead_units"] for t in tasks] == [["市发改委"], ["市经信局"]]


def test_a_spaced_word_that_is_no_label_before_its_colon_stays():
    assert _unspaced_labels("资金单 位：万元") == "资金单 位：万元"
    assert _unspaced_labels("由县发改局牵头 单位 负责推进") == "由县发改局牵头 单位 负责推进"


def test_a_person_label_is_never_mended_into_a_unit():
    task = _task("1.推进招商引资。引进亿元以上项目15个。（责任 人：张三；牵头单位：县商务局）")
    assert task["lead_units"] == ["县商务局"]
    assert all("张三" not in u for u in task["lead_units"] + task["participating_units"])


def test_lines_without_a_broken_label_are_unchanged():
    text = "某县重点任务\n1.新建 5G 基站 200 个。（牵头单位：县工信局）\n2.完成投资 25.5 亿元：县发改局负责。"
    assert normalise_lines(text) == normalise_lines(text.replace("牵头单位", "牵头单位"))
    assert "新建 5G 基站 200 个。（牵头单位：县工信局）" in normalise_lines(text)[1]
