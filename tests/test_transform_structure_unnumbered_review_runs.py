"""A report whose review of the past and work ahead sit under unnumbered heading lines, each over a
list numbered from 1 ("2023年工作回顾 / 1.… 2.… / 2024年工作展望 / 1.… 2.…"): the reviewed items report
work done, no tasks; the items under the heading of work ahead are the tasks (as under numbered
review sections, tests/test_transform_structure_review_sections.py)."""
from __future__ import annotations

import pytest

from transform.structure import parse_structure
from transform.titles import task_title


def _titles(text: str) -> list[str]:
    return [task_title(t.heading).split("，")[0] for t in parse_structure(text).tasks]


_PAST = "1.经济发展稳中向好，地区生产总值增长6%。\n2.基础设施建设稳步推进，新建公路30公里。\n"
_AHEAD = "1.提高经济发展质量，加快产业结构调整。\n2.加强基础设施建设，提升城市承载能力。\n"


@pytest.mark.parametrize("review,ahead", [
    ("2023年工作回顾", "2024年工作展望"),
    ("过去一年工作回顾", "今年工作安排"),
    ("2023年主要成效", "2024年工作计划"),
    ("一年来工作开展情况", "2024年重点工作"),
])
def test_a_review_run_before_a_run_of_work_ahead_holds_no_tasks(review, ahead):
    text = f"某市2024年政府工作报告\n各位代表：\n现在，我代表市人民政府作报告。\n{review}\n{_PAST}{ahead}\n{_AHEAD}"
    assert _titles(text) == ["提高经济发展质量", "加强基础设施建设"]


def test_traditional_characters():
    text = ("某縣2024年工作報告\n各位代表：\n2023年工作回顧\n1.經濟發展穩中向好，地區生產總值增長6%。\n"
            "2.基礎設施建設穩步推進。\n2024年工作展望\n1.提高經濟發展質量。\n2.加強基礎設施建設。\n")
    assert _titles(text) == ["提高經濟發展質量", "加強基礎設施建設"]


# near misses
def test_a_review_alone_keeps_its_items():
    text = f"某镇2023年工作总结\n2023年工作回顾\n{_PAST}"
    assert len(_titles(text)) == 2


def test_two_runs_of_work_keep_all_items():
    text = f"某县2024年重点工作\n产业发展\n{_AHEAD}城市建设\n1.推进老旧小区改造。\n2.新建停车场5座。\n"
    assert len(_titles(text)) == 4


def test_a_progress_run_keeps_the_tasks_it_reports_on():
    text = ("某县2024年重点工作推进情况\n重点项目推进情况\n1.新建学校3所。目前已完成主体。\n"
            "2.改造道路10公里。已完成6公里。\n下步工作安排\n1.加快学校建设进度。\n")
    assert len(_titles(text)) == 3
