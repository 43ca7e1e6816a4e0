"""An audit's published findings (…预算执行和其他财政收支审计结果公告, …专项资金审计结果报告) report
results, not work to do: no plan unless they list work ahead (下一步工作安排)."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_FINDINGS = """发布日期：2025-08-20
根据审计法规定，县审计局对2024年度县级预算执行和其他财政收支情况进行了审计。
一、总体情况
县级一般公共预算收入和支出分别增长5.2%、3.8%，民生支出占比达到81%。
二、审计发现的主要问题
（一）预算编制不够完整，3个部门未将结转资金编入预算，涉及金额620万元。
（二）专项资金拨付不及时，滞留资金1150万元。
三、审计处理及整改情况
已整改问题9个，整改金额1480万元。
"""

_WITH_WORK_AHEAD = _FINDINGS + """四、下一步工作安排
（一）持续跟踪整改。2025年12月底前全部完成整改。（牵头单位：县财政局）
（二）健全长效机制。出台专项资金管理办法2项。（牵头单位：县审计局）
"""


@pytest.mark.parametrize(
    "title,body,expected",
    [
        ("某县2024年度县级预算执行和其他财政收支审计结果公告", _FINDINGS, False),
        ("某县乡村振兴衔接资金审计结果报告", _FINDINGS, False),
        ("某县2024年度县级预算执行和其他财政收支审计结果公告", _WITH_WORK_AHEAD, True),
    ],
    ids=["findings-notice", "findings-report", "findings-with-work-ahead"],
)
def test_audit_findings_are_a_plan_only_with_work_ahead(title, body, expected):
    assert parse_document(title + "\n" + body, source="a.txt", is_text=True).document["is_plan"] is expected
