"""A section whose heading names the period's work as a list ("四、2026年部分工作任务") over
unnumbered lines is a topic, not a task (EXTRACTION.md: a heading that only names a topic is
not a task); the budgets and counts its lines commit to are targets of no task."""

from __future__ import annotations

from transform.document import parse_document


def _parse(text: str) -> tuple[list[str], list[tuple[float, str | None]]]:
    doc = parse_document(text, source="x.txt", is_text=True)
    tasks = [t["title"] for t in doc.tasks]
    targets = [(t["value"], t["task_id"]) for t in doc.targets]
    return tasks, targets


NEWS_DIGEST = """某市政府工作报告要点
一、2025年工作回顾
地区生产总值增长5.2%
二、2026年主要预期目标
地区生产总值增长5%左右
三、2026年部分工作任务
消费：安排专项资金3亿元支持以旧换新
投资：计划实施重点项目120个，完成投资450亿元
民生：新建普惠托育机构15家
"""


def test_a_news_digest_lists_the_years_work_unnumbered():
    tasks, targets = _parse(NEWS_DIGEST)
    assert tasks == []
    values = {v for v, _ in targets}
    assert {3, 120, 450, 15} <= values
    assert 5.2 not in values  # the review stays a review
    assert all(task is None for _, task in targets)


def test_traditional_characters():
    text = (
        "某縣政府工作報告摘要\n一、2026年主要目標\n地區生產總值增長6%左右\n"
        "二、2026年重點工作\n投資：擬安排縣級財政資金2億元用於城鄉道路\n"
        "民生：新建社區食堂8個\n"
    )
    tasks, targets = _parse(text)
    assert tasks == []
    assert {2, 8} <= {v for v, _ in targets}


def test_a_plan_heading_named_key_tasks_over_prose():
    text = (
        "某区2026年优化营商环境工作方案\n一、总体要求\n坚持问题导向，持续优化营商环境。\n"
        "二、重点任务\n全年新增市场主体5000户，办理时限压减至3个工作日。\n"
        "三、保障措施\n各部门要加强组织领导。\n"
    )
    tasks, targets = _parse(text)
    assert tasks == []
    assert {5000, 3} <= {v for v, _ in targets}


def test_numbered_items_under_the_heading_stay_tasks():
    text = (
        "某县2026年重点工作任务\n一、2026年重点工作\n1.新建污水管网30公里。（牵头单位：县住建局）\n"
        "2.改造老旧小区12个。（牵头单位：县住建局）\n"
    )
    tasks, targets = _parse(text)
    assert tasks == ["新建污水管网30公里", "改造老旧小区12个"]
    assert all(task is not None for _, task in targets)


def test_beside_numbered_sections_the_list_is_no_task():
    text = (
        "某镇2026年工作计划\n一、基础设施\n1.新建村道8公里。（责任单位：镇建设办）\n"
        "二、下半年重点工作\n全年新建应急避难场所3处。\n"
    )
    tasks, targets = _parse(text)
    assert tasks == ["新建村道8公里"]
    assert (3, None) in targets


def test_a_review_of_last_years_work_is_no_goal():
    text = (
        "某区政府工作报告摘要\n一、2025年重点工作完成情况\n安排专项资金3亿元，新建学校5所\n"
        "二、2026年主要目标\n地区生产总值增长5%左右\n"
    )
    tasks, targets = _parse(text)
    assert {v for v, _ in targets} == {5}
