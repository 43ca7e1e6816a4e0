"""Who commits and the modal before the measured phrase ("某省要实现人均体育场地面积达到3平方米",
"某市要完成…") frame the indicator, as "…将" does: the indicator starts after them.
要 inside a word (主要, 重要, 需要) is no such frame."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("到2027年，甲省要实现人均体育场地面积达到3.2平方米。", "人均体育场地面积"),
        ("到2026年，乙县要实现森林覆盖率达到45%。", "森林覆盖率"),
        ("丙市今年要完成老旧小区改造120个。", "老旧小区改造"),
        ("到2026年，丁区要确保农村自来水普及率达到95%。", "农村自来水普及率"),
    ],
)
def test_a_subject_and_its_modal_are_no_part_of_the_indicator(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found and found[-1]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("主要农作物耕种收综合机械化率达到88%。", "主要农作物耕种收综合机械化率"),
        ("重要水功能区水质达标率达到95%。", "重要水功能区水质达标率"),
        ("需要改造的危桥数量控制在20座以内。", "需要改造的危桥数量"),
    ],
)
def test_a_yao_or_jiang_inside_a_word_stays(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found and found[-1]["indicator"] == indicator
