"""A report of results (…审计查出问题整改情况的报告, …审计工作报告, 述职报告) states what was done,
not work to do: it is no plan even when its title names a plan kind, unless it lists work ahead
(三、下一步工作安排 / 2025年工作打算). Progress reports on a plan's tasks stay plans."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_RECTIFIED = """某区审计局关于2023年度区本级预算执行和其他财政收支审计查出问题整改情况的报告
发布日期：2024-12-20
主任、副主任、各位委员：
现将整改情况报告如下：
一、整改工作部署情况
（一）加强组织领导。区政府召开专题会议，研究部署审计整改工作。
（二）压实整改责任。区财政局牵头，各主管部门按职责落实整改。
二、审计查出问题的整改情况
（一）财政管理方面。已整改问题9个，整改金额1.6亿元。
（二）部门预算执行方面。已整改问题14个，完善制度6项。
"""

_AUDIT_REPORT = """关于某县2024年度县级预算执行和其他财政收支的审计工作报告
一、县级财政管理审计情况
（一）预算编制不够精准。部分项目预算执行率低于50%。
（二）非税收入未及时缴库，涉及金额0.8亿元。
二、部门预算执行审计情况
（一）3个部门超范围支出，涉及金额560万元。
"""

_RECTIFIED_WITH_WORK_AHEAD = _RECTIFIED + """三、下一步工作安排
（一）持续跟踪整改。对尚未整改到位的问题，2025年6月底前全部完成整改。（牵头单位：区财政局）
（二）健全长效机制。出台预算绩效管理办法2项。（牵头单位：区审计局）
"""

_PROGRESS = """关于2024年区政府重点工作推进情况的报告
一、经济发展
1.新引进亿元以上项目20个，已完成16个。（牵头单位：区投促局）
2.新增规上工业企业15家，已完成11家。（牵头单位：区工信局）
3.改造老旧小区12个，已完工9个。（牵头单位：区住建局）
"""


@pytest.mark.parametrize("text,expected", [
    (_RECTIFIED, False), (_AUDIT_REPORT, False), (_RECTIFIED_WITH_WORK_AHEAD, True), (_PROGRESS, True),
], ids=["rectification-report", "audit-report", "rectification-with-work-ahead", "progress-report"])
def test_a_report_of_results_is_a_plan_only_with_work_ahead(text, expected):
    assert parse_document(text, source="r.txt", is_text=True).document["is_plan"] is expected
