"""A division notice (…主要目标和任务工作分工的通知) opens with the principles of its division
("一、分工原则 （一）明确政府职责和市场功能 （二）落实责任主体", also "一是…二是…"): principles, not
tasks, as under 基本原则 (lexicons/structure_topic_headings.txt); the division below them keeps its
tasks."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="d.txt", is_text=True).tasks


_HEAD = ("某自治区人民政府关于落实“十四五”规划纲要主要目标和任务工作分工的通知\n"
         "各盟行政公署、市人民政府，自治区各委、办、厅、局：\n"
         "为确保《纲要》顺利实施，现将主要目标和任务分解落实到各地区、各部门。现就有关事宜通知如下：\n")


@pytest.mark.parametrize("heading", ["一、分工原则", "一、分解原则"])
@pytest.mark.parametrize("items", [
    "（一）明确政府职责和市场功能。对需要政府履行职责的目标和任务进行分解。\n"
    "（二）落实责任主体。依据各部门职责分工，将目标和任务分解落实到部门。\n",
    "一是正确处理政府与市场的关系。重点明确政府责任。\n二是合理划分市里和县（市）区的责任。\n",
])
def test_the_principles_of_a_division_are_no_tasks(heading, items):
    text = (_HEAD + heading + "\n" + items +
            "二、主要任务分工\n（一）新建高标准农田100万亩。（自治区农牧厅牵头，各盟市配合）\n"
            "（二）新增城镇就业20万人。（自治区人力资源社会保障厅负责）\n")
    assert [t["path"] for t in _tasks(text)] == [["二", "(一)"], ["二", "(二)"]]


def test_a_flattened_notice_with_its_principles():
    text = ("某州人民政府关于落实规划纲要主要目标和任务工作分工的通知 现就有关事项通知如下： 一、分工原则 "
            "（一）明确区分政府职责和市场功能。充分体现政府与市场的不同功能。 （二）落实责任主体。依据各部门的职责分工落实到部门。"
            " 二、责任主体及工作分工 （一）新建保障性住房2000套。（州住建局负责） （二）改造农村公路300公里。（州交通运输局负责）\n")
    assert [t["lead_units"] for t in _tasks(text)] == [["州住建局"], ["州交通运输局"]]
