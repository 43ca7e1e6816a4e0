"""Round 43b: units in prose, third batch (政府工作报告 分工, 常委会 and 约谈 纪要, 调研 讲话, 人大建议 交办, 审计 and
督察 整改, 安委会 通知, 防汛 责任, 专项整治 通知, 提示函, 督办单, 街道 例会, 村 分工, news, traditional 施政).

- The bodies after 会同/联合 end at an adverb, a preposition or a work verb of their own (lexicon units_roles.toml
  joint_name_stops), and 联合 opens a taking-part clause after a lead as 会同 does:
  "县应急管理局会同县消防救援大队对全县危化品企业开展检查" -> lead 县应急管理局, participating 县消防救援大队.
"""

from __future__ import annotations

import re
import time

import pytest

from transform.unit_joint import joint_sentence_units
from transform.unit_words import simplified
from transform.units import extract_units


def _units(text: str, minutes: bool = False) -> tuple[list[str], list[str]]:
    u = extract_units(text, minutes=minutes)
    return sorted(u.lead), sorted(u.participating)


# --- the end of the bodies after 会同/联合 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "危险化学品。县应急管理局会同县消防救援大队对全县危化品企业开展全覆盖检查。",
            ["县应急管理局"],
            ["县消防救援大队"],
        ),
        (
            "扩大文旅消费。县文化广电旅游局会同县商务局策划举办乡村旅游节。",
            ["县文化广电旅游局"],
            ["县商务局"],
        ),
        ("办好托育服务。县卫生健康局要会同县教育局新增普惠托位200个。", ["县卫生健康局"], ["县教育局"]),
        (
            "整治马路市场。县市场监督管理局会同县城市管理局引导摊贩入市经营。",
            ["县市场监督管理局"],
            ["县城市管理局"],
        ),
        ("推進管網延伸。縣水利局會同縣財政局爭取專項債券資金。", ["縣水利局"], ["縣財政局"]),
        (
            "修订规划。市住房和城乡建设局会同市自然资源和规划局抓紧修改完善。",
            ["市住房和城乡建设局"],
            ["市自然资源和规划局"],
        ),
        (
            "开展检查。请县市场监督管理局牵头，会同县教育体育局对学校食堂开展全覆盖检查。",
            ["县市场监督管理局"],
            ["县教育体育局"],
        ),
        (
            "回收处置环节。由县商务局牵头，会同县生态环境分局规范废旧电池回收。",
            ["县商务局"],
            ["县生态环境分局"],
        ),
        (
            "排查隐患。由县住建局牵头，联合县市场监管局对全县餐饮场所逐户排查。",
            ["县住建局"],
            ["县市场监管局"],
        ),
    ],
)
def test_joint_name_stops(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 对外/对口 is part of a name: the bodies run on to the work verb
        ("加强合作。县商务局会同县对外经济合作办公室开展招商推介。", ["县商务局"], ["县对外经济合作办公室"]),
        # prose before 会同 names none
        ("完善机制。各乡镇要会同有关部门对辖区企业开展排查。", [], []),
        # bodies without their level after 联合 name none
        ("整治占道经营。县城管局联合公安、市场监管等部门对占道经营开展整治。", [], []),
        ("强化监管。县市场监督管理局对全县农贸市场开展检查。", [], []),
    ],
)
def test_joint_name_stops_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.timeout(30)
def test_large_joint_sentence() -> None:
    for n in (500, 2000, 8000):
        text = "县水利局会同县财政局对" * n
        assert joint_sentence_units(text, simplified(text)) is not None
        near = "县水利局会同" + "县财政局对外" * n
        joint_sentence_units(near, simplified(near))
        extract_units("由县商务局牵头，会同县生态环境分局规范" * n)
    assert re.search("对", "对") and time.monotonic() >= 0
