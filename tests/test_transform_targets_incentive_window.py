"""An incentive word (补助, 补贴, 奖励 …) drops a figure as a policy incentive only inside the
figure's own clause: one in the next clause or sentence ("…大学生创业240人；开展职业技能补贴
培训10000人次", "县级财政安排资金5000万元。争取上级补助资金…") says nothing of it."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,value", [
    ("县级财政安排资金5000万元。省级补助资金由省里下达。", 5000),
    ("支持大学生创业240人；开展职业技能补贴培训10000人次", 240),
    ("县财政安排500万元，用于奖补新型经营主体", 500),
])
def test_an_incentive_word_of_the_next_clause_drops_nothing(text, value):
    assert value in [t["value"] for t in extract_targets(text)]


@pytest.mark.parametrize("text", [
    "对新建的养老机构给予补助资金10万元",
    "对新认定企业一次性给予20万元奖励",
])
def test_an_incentive_in_its_own_clause_still_goes(text):
    assert extract_targets(text) == []
