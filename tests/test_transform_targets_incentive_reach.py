"""A rate of how far a subsidy reaches ("困难残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率达100%")
is a target of the plan, not a policy incentive: a reach word (覆盖) after the last incentive word
before the number makes the number measure the reach (lexicons/targets_exclusions.toml
incentive_reach). An amount the plan gives stays an incentive (EXTRACTION.md: the plan commits
to reach the number)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _found(text: str) -> list[tuple[float, str]]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize(
    "text, found",
    [
        # a public-service plan
        ("到2025年，困难残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率达到100%。", [(100, "%")]),
        # a news report of a disability plan
        ("《规划》明确，残疾人两项补贴目标人群覆盖率保持100%，残疾儿童康复救助覆盖率达到95%以上。",
         [(100, "%"), (95, "%")]),
        # a county work list
        ("3.落实惠民补贴政策。城乡低保、特困供养补助资金发放覆盖率达到100%。", [(100, "%")]),
    ],
)
def test_a_rate_of_a_subsidys_reach_is_a_target(text, found):
    assert _found(text) == found


def test_a_traditional_page_keeps_the_reach_rate():
    text = (
        "某市公共服務規劃\n弱有所扶\n"
        "到2025年,困難殘疾人生活補貼和重度殘疾人護理補貼目標人群覆蓋率達100%。\n"
    )
    values = [t["value"] for t in parse_document(text, source="t.txt", is_text=True).targets]
    assert 100 in values


@pytest.mark.parametrize(
    "text, found",
    [
        # the amounts given stay incentives
        ("对新认定的高新技术企业给予一次性奖励20万元。", []),
        ("对覆盖率达到90%的村给予奖励5万元。", []),
        ("对覆盖全镇的农村客运线路给予补贴30万元。", []),
        ("给予每户补贴3000元，覆盖全县农户。", []),
        # a payment rate was a target before (发放: the plan pays the money) and stays one
        ("城乡居民基本养老保险待遇补贴发放率达到100%。", [(100, "%")]),
    ],
)
def test_near_misses_stay(text, found):
    assert _found(text) == found
