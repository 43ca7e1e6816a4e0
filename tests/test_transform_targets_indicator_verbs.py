"""Indicators: a verb alone before the number names no measure — the noun after the number does
("建设改善30间职工休息室" → 改善职工休息室, not 改善); 供应/适应/响应 keep their 应 (a modal 应 before
达到 is dropped): lexicon targets_indicators.toml (verbs_before_noun), transform/targets/indicators.py."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _ind(text: str) -> list[str]:
    return [r["indicator"] for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    "text, noun",
    [
        ("建设改善30间生产一线职工工间休息室。", "职工工间休息室"),
        ("完善26个乡镇卫生院医疗急救站。", "乡镇卫生院医疗急救站"),
        ("申请3个农产品地理标志认证。", "农产品地理标志认证"),
        ("在居民小区增配125台自动体外除颤器。", "自动体外除颤器"),
    ],
)
def test_a_verb_alone_before_the_number_takes_the_noun_after(text, noun):
    (ind,) = _ind(text)
    assert noun in ind and len(ind) > len(noun) - 1


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("新增筹措供应200张保障性租赁住房床位。", "供应"),
        ("城市生活垃圾无害化处理率应达到100%。", "城市生活垃圾无害化处理率"),
    ],
)
def test_the_ying_of_a_word_stays(text, indicator):
    (ind,) = _ind(text)
    if indicator == "供应":
        assert "供应" in ind
    else:
        assert ind == indicator
