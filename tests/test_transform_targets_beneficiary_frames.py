"""After 对/为 the people served and the verb of the work (开展, 实施, 提供, 发放 …) frame what is
counted: "对辖区老年人开展免费体检2万人次" measures 免费体检, not 辖区老年人开展免费体检."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a 民生实事 list
        ("对50-74周岁户籍居民开展结直肠癌筛查5万人以上。", "结直肠癌筛查"),
        ("为困难群众提供法律援助500件。", "法律援助"),
        ("对辖区老年人开展免费体检2万人次。", "免费体检"),
        ("为全县适龄女生实施HPV疫苗接种3000人。", "HPV疫苗接种"),
        # a plan's measure, a news report
        ("全年对重点企业开展安全检查200家次。", "安全检查"),
        ("今年将为农户发放补贴500万元。", "发放补贴"),
    ],
)
def test_beneficiary_and_verb_are_no_part_of_indicator(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # the verb opens the phrase: a qualifier of the people, unchanged
        ("为开展活动的社区配备设备30台。", "开展活动的社区配备设备"),
        # no 对/为 before: unchanged
        ("开展免费体检2万人次。", "免费体检"),
    ],
)
def test_near_misses_unchanged(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator
