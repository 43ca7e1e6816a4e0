"""Assessment rules (考核办法, 评分细则) state scores and weights, not targets: a total score (总分120
分), shares counted into a score (分别按20%、30%、50%计入考核分值), and the kinds of indicators
counted next to them (5类40项考核指标, 6个类别52项指标). A score reached by the work (测评得分达到90
分以上) stays a target. A parenthesised total of the items just named
(重点工作（共86项）) is no target either."""
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


@pytest.mark.parametrize("text", [
    "为抓好区政府工作报告所列重点工作的落实（共86项，此外所列重点项目另行调度），现印发如下。",
    "现将重点任务分解如下（共计45项）。",
    "全年实施民生实事（共12件）。",
])
def test_a_parenthesised_total_of_the_items_named_is_no_target(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, kept", [
    ("新建学校（共3所），新增学位3000个。", [3, 3000]),
    ("完成改造项目（共5项），总投资2亿元。", [5, 2]),
])
def test_a_parenthesised_total_of_work_stays(text, kept):
    assert _values(text) == kept


@pytest.mark.parametrize("text", [
    "完成年度任务计15分，不完成任务扣3分。",
    "基础分为10分，没有任务的单位计10分。",
    "累计回收率达95%以上的加5分，达不到95%的倒扣基础分2分。",
])
def test_scores_of_a_scoring_rule_and_its_thresholds_are_no_targets(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, kept", [
    ("农业总产值比上年增长8%，完成任务计10分。", [8]),
    ("新建公园5个，增加绿地面积12%。", [5, 12]),
])
def test_a_target_before_its_scoring_rule_stays(text, kept):
    assert _values(text) == kept
