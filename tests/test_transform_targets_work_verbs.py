"""A verb of upkeep or clearance before a count (清淤, 拆除, 整治, 修缮, 更换, 种植, 安置 …)
names the work, the noun after the number what is counted: "完成清淤13条河道" measures 清淤河道,
not the subject and plan words before the verb ("街道计划完成清淤")."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicator", [
    ("全年街道计划完成清淤13条河道", "清淤河道"),
    ("计划拆除34亩违章旧厂房", "拆除违章旧厂房"),
    ("年内镇里要修缮5处文物保护单位", "修缮文物保护单位"),
    ("全县计划更换800盏老旧路灯", "更换老旧路灯"),
    ("各乡镇统一种植2万株行道树", "种植行道树"),
    ("今年疏浚12公里灌溉渠道", "疏浚灌溉渠道"),
])
def test_the_work_verb_takes_the_noun_after_the_count(text, indicator):
    (t,) = extract_targets(text)
    assert t["indicator"] == indicator


def test_a_verb_phrase_without_a_noun_after_keeps_its_words():
    (t,) = extract_targets("完成河道清淤13公里")
    assert t["indicator"] == "河道清淤"
