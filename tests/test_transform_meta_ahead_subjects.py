"""A report's section of the work ahead may name its subject before the kind of work: "2026年政府
工作任务", "2026年全县重点工作", "2026年经济社会发展总体要求和主要目标", "2026年经济社会发展总体要求
和政策取向": the plan year is that year, not the reviewed one ("一、2025年工作回顾")."""

from __future__ import annotations

import pytest

from transform.planyears import years_in_text


@pytest.mark.parametrize(
    "ahead",
    [
        "四、2026年政府工作任务",
        "三、2026年全县重点工作",
        "二、2026年经济社会发展总体要求和主要目标",
        "三、2026年经济社会发展总体要求和政策取向",
        "二、2026年全区工作安排",
    ],
)
def test_a_section_ahead_with_a_subject_names_the_plan_year(ahead):
    text = (
        "各位代表：\n一、2025年工作回顧\n2025年是很不平凡的一年。全年地区生产总值增长5%。\n"
        "2025年，我们扎实推进各项工作。\n" + ahead + "\n做好今年工作，要坚持稳中求进。\n"
    )
    assert years_in_text(text.replace("顧", "顾"), None) == (2026, 2026)


def test_a_review_without_a_section_ahead_keeps_its_year():
    text = "一、2025年工作回顾\n2025年全市生产总值增长5%。\n2025年城镇新增就业1.2万人。\n"
    assert years_in_text(text, None) == (2025, 2025)
