"""A goals list dated by the paragraph above it (transform/heading_years.py).

Plans state their horizon once, in the paragraph that opens the goals section, and list the
figures below it:

    （二）主要目标
    到2026年，全县新能源汽车产业集群基本形成，产业规模实现倍增。主要指标：
    1.产业规模。新能源汽车年产量达到30万辆。

The list's targets hold by 2026. Two printings used to leave them undated: a goals label
(`主要指标：`, `具体目标如下：`) after the sentence that names the year, where only the label's own
sentence was read; and a paragraph with no colon at all under a goals heading. A paragraph that
opens with its year now dates the list in both; outside a goals section, and in a review of the
past, nothing changes.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document

_HEAD = "某县新能源汽车产业发展三年行动方案（2024—2026年）\n\n一、总体要求\n"
_TASKS = "二、重点任务\n（一）壮大整车企业\n1.支持整车企业扩能。推动龙头企业新建生产线2条。（牵头单位：县工信局）\n"


def _years(text: str) -> dict[float, int | None]:
    doc = parse_document(text, source="plan.txt", is_text=True)
    return {t["value"]: t["year"] for t in doc.targets}


@pytest.mark.parametrize(
    "intro",
    [
        # a goals label after the sentence that names the year
        "到2026年，全县新能源汽车产业集群基本形成，产业规模实现倍增，创新能力明显增强。主要指标：",
        "到2026年，产业集群基本形成。具体目标如下：",
        "力争到2026年，产业规模实现倍增。主要目标是：",
        "至2026年末，全县产业发展迈上新台阶。发展指标:",
        # no colon: the paragraph under a goals heading opens with its year
        "到2026年，全县新能源汽车产业集群基本形成，产业规模实现倍增。",
        "到 2026 年，产业集群基本形成",
    ],
)
def test_a_goals_list_takes_the_year_its_paragraph_opens_with(intro):
    text = (
        _HEAD
        + "（一）主要目标\n"
        + intro
        + "\n1.产业规模。新能源汽车年产量达到30万辆，产业产值突破500亿元。\n"
        + "2.创新能力。建成省级以上研发平台10个以上。\n"
        + _TASKS
    )
    years = _years(text)
    assert years[30] == 2026 and years[500] == 2026 and years[10] == 2026
    assert years[2] is None  # a task's figure in a three-year plan names no year of its own


@pytest.mark.parametrize("heading", ["二、发展目标", "二、工作目标", "二、主要指标"])
def test_other_goals_headings_date_their_list_too(heading):
    text = (
        "某市养老服务体系建设实施方案（2023—2025年）\n\n一、指导思想\n坚持以人民为中心。\n"
        + heading
        + "\n到2025年，全市养老服务体系更加完善。\n"
        + "（一）养老床位。全市养老床位总数达到1.2万张。\n（二）护理型床位。护理型床位占比不低于60%。\n"
        + "三、保障措施\n（一）加强组织领导。各地要建立工作机制。\n"
    )
    years = _years(text)
    assert years[1.2] == 2025 and years[60] == 2025


def test_a_review_of_the_past_dates_nothing():
    text = (
        _HEAD
        + "（一）主要目标\n"
        + "到2023年底，全县已建成充电桩800个，取得明显成效。主要成效：\n"
        + "1.产业规模。新能源汽车年产量达到30万辆。\n"
        + _TASKS
    )
    assert _years(text)[30] is None


def test_a_work_section_intro_does_not_date_its_tasks():
    """Under 重点任务 the opening paragraph's horizon is no year of the tasks' own figures."""
    text = (
        _HEAD
        + "（一）指导思想\n坚持创新驱动。\n"
        + "二、重点任务\n到2026年，全县产业链条更加完善。\n"
        + "1.支持整车企业扩能。推动龙头企业新建生产线2条。（牵头单位：县工信局）\n"
        + "2.建设充电设施。新建公共充电桩500个。（牵头单位：县发改局）\n"
    )
    years = _years(text)
    assert years[2] is None and years[500] is None


def test_a_year_inside_the_paragraph_is_no_opening_year():
    """Only a paragraph that opens with 到/至…年 dates the list without a colon: a year cited inside
    it ("比2023年翻一番") is a baseline, not the horizon."""
    text = (
        _HEAD
        + "（一）主要目标\n"
        + "全县产业规模比2023年翻一番。\n"
        + "1.产业规模。新能源汽车年产量达到30万辆。\n"
        + _TASKS
    )
    assert _years(text)[30] is None
