"""Assessment rules (考核办法, 评分细则) state scores and weights, not targets: a total score (总分120
分), shares counted into a score (分别按20%、30%、50%计入考核分值), and the kinds of indicators
counted next to them (5类40项考核指标, 6个类别52项指标). A score reached by the work (测评得分达到90
分以上) stays a target."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize("text", [
    "考核内容包括经济发展、民生保障等5个类别48项指标，总分150分。",
    "设置经济发展、社会事业等4类36项考核指标，总分120.5分。",
    "季度考核分四个报告期进行，分别按20%、20%、25%、35%计入年度考核相应指标分值。",
    "群众满意度调查结果按30%折算为考核得分，并计入部门总分。",
])
def test_scores_weights_and_indicator_kinds_are_no_targets(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, kept", [
    ("营商环境测评得分达到90分以上。", [90]),
    ("全年开展考核培训3次，考核优秀率达到30%。", [3, 30]),
    ("新建标准化考场5个，培训考评员120人。", [5, 120]),
])
def test_scores_and_shares_the_work_reaches_stay(text, kept):
    assert _values(text) == kept
