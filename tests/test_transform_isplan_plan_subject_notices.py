"""A notice whose subject is a plan is no plan: it buys the plan's drawing-up (…规划编制服务项目
中标结果公告), publishes a land-use decision (…控制性详细规划批前公示, …规划许可公示), assesses the
plan's environmental effect (…规划环境影响评价第一次公示), repeals it (关于废止《…方案》的通知) or
answers a deputy about it (…的答复); nor are statistics, accounts, budgets and disclosure reports
(…统计公报, …决算（草案）的报告, …预算草案的报告, …政府信息公开工作年度报告), whose figures are
results. Plans whose titles use the same words (an 实施方案 about procurement, a work plan for a
plan's drawing-up, a plan's progress report) stay plans."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_LAND_USE_BODY = """发布日期：2025-03-18
一、项目概况
（一）地块位于新城片区滨河路以东，用地面积8.6公顷。
（二）用地性质为二类居住用地，容积率不大于2.2，绿地率不小于35%，建筑限高60米。
二、公示时间
2025年3月18日至4月17日，共30日。
三、意见反馈
（一）书面意见寄至县自然资源局规划股。
（二）联系电话：0000-7654321。
"""

_PROCUREMENT_BODY = """发布时间：2024-08-02
一、项目编号：HX-2024-031
二、项目名称：乡村振兴专项规划编制服务
三、中标信息
（一）中标供应商：某规划设计研究院有限公司
（二）中标金额：人民币48.5万元
四、公告期限
自本公告发布之日起1个工作日。
"""

_REPLY_BODY = """王某某代表：
您提出的建议收悉，现答复如下：
一、关于规划编制。我局已委托专业机构开展前期研究，计划2025年完成规划初稿。
二、关于资金保障。县财政将积极争取上级资金支持。
三、关于项目建设。待规划批复后，将分期实施，力争三年内建成游客服务中心1处。
感谢您对我县工作的关心和支持。
某县文化和旅游局
2024年6月20日
"""

_STATISTICS_BODY = """一、综合
初步核算，全年地区生产总值312.5亿元，比上年增长6.1%。其中，第一产业增加值40.2亿元，增长3.5%；第二产业增加值118.7亿元，增长7.2%。
二、农业
全年粮食总产量28.6万吨，比上年增长1.2%。全年造林面积1.5万亩。
三、工业和建筑业
全年规模以上工业增加值增长8.3%。年末规模以上工业企业156家。
"""

_ACCOUNTS_BODY = """主任、副主任、各位委员：
受县人民政府委托，现报告决算情况，请予审议。
一、一般公共预算收支决算情况
（一）收入决算。全县一般公共预算收入12.36亿元，完成预算的103.2%，增长5.8%。
（二）支出决算。全县一般公共预算支出45.71亿元，完成调整预算的98.6%，增长2.1%。
二、政府性基金预算收支决算情况
政府性基金收入8.05亿元，下降12.4%；支出9.32亿元，下降6.7%。
"""

_BUDGET_BODY = """各位代表：
一、2024年预算执行情况
（一）一般公共预算收入完成23.4亿元，增长4.6%。
（二）民生支出占一般公共预算支出的80.2%。
二、2025年预算草案
（一）一般公共预算收入安排24.6亿元，增长5%左右。
（二）一般公共预算支出安排58.1亿元，增长2%。
（三）安排乡村振兴资金3.2亿元。
"""

_DISCLOSURE_BODY = """一、总体情况
2024年，我局主动公开政府信息356条，其中政策文件28件。
二、主动公开政府信息情况
（一）规章制度类信息12条。
（二）行政许可类信息154条。
三、收到和处理政府信息公开申请情况
全年收到申请9件，均按期答复。
四、存在的主要问题及改进情况
（一）公开内容不够全面。2025年将完善公开目录。
"""

_REPEAL_BODY = """各乡镇人民政府，县政府各部门：
经县政府研究，决定废止下列文件：
一、《某县城区建设三年行动方案》（某政办发〔2021〕12号）
二、《某县农村人居环境整治工作方案》（某政办发〔2020〕35号）
三、《某县2022年重点项目建设实施计划》（某政办发〔2022〕6号）
自本通知印发之日起，上述文件停止执行。
"""


@pytest.mark.parametrize(
    "title,body",
    [
        ("城东片区控制性详细规划（修编）批前公示", _LAND_USE_BODY),
        ("滨河路安置小区建设工程规划许可批后公布", _LAND_USE_BODY),
        ("新城片区04号地块规划条件公示", _LAND_USE_BODY),
        ("某县国土空间总体规划（2021-2035年）环境影响评价第一次公示", _LAND_USE_BODY),
        ("某县乡村振兴专项规划编制服务项目中标结果公告", _PROCUREMENT_BODY),
        ("某县“十五五”发展规划编制服务采购项目竞争性磋商公告（第二次）", _PROCUREMENT_BODY),
        ("关于对县政协第45号提案《关于加快编制全域旅游发展规划的建议》的答复", _REPLY_BODY),
        ("对县十八届人大三次会议第12号建议《关于实施老旧小区改造计划的建议》的答复函", _REPLY_BODY),
        ("2024年某县国民经济和社会发展统计公报", _STATISTICS_BODY),
        ("某县2024年财政决算（草案）的报告", _ACCOUNTS_BODY),
        ("关于2024年县本级财政决算和2025年上半年预算执行情况的报告", _ACCOUNTS_BODY),
        ("关于某县2024年预算执行情况和2025年预算草案的报告", _BUDGET_BODY),
        ("某县交通运输局2024年政府信息公开工作年度报告", _DISCLOSURE_BODY),
        ("关于废止《某县城区建设三年行动方案》等3件文件的通知", _REPEAL_BODY),
        ("某县人民政府关于宣布失效一批行政规范性文件的决定", _REPEAL_BODY),
        ("某县国土空间总体规划编制服务项目竞争性磋商文件", _PROCUREMENT_BODY),
        ("某县乡村振兴规划编制项目废标公告", _PROCUREMENT_BODY),
        ("某县综合交通规划编制服务采购合同公告", _PROCUREMENT_BODY),
        ("某县农业农村局2025年部门整体支出绩效目标", _BUDGET_BODY),
    ],
    ids=[
        "detailed-plan-publicity", "permit-publicity", "plot-conditions", "plan-eia-publicity",
        "procurement-award", "procurement-call-retried", "reply-to-proposal", "reply-letter",
        "statistics-bulletin", "final-accounts", "accounts-and-budget-progress", "budget-report",
        "disclosure-report", "repeal-notice", "lapse-decision", "procurement-documents",
        "procurement-void", "procurement-contract", "performance-targets",
    ],
)
def test_a_notice_whose_subject_is_a_plan_is_no_plan(title, body):
    r = parse_document(title + "\n" + body, source="n.txt", is_text=True)
    assert r.document["is_plan"] is False
    assert r.tasks == [] and r.targets == []


_PLAN_BODY = """一、工作目标
到2025年底，全县政府采购电子化交易率达到100%，中小企业合同份额不低于40%。
二、主要任务
1.推行电子化采购。全面推行网上招标投标和电子合同。（牵头单位：县财政局）
2.规范采购程序。2025年6月底前修订采购内控制度3项。（牵头单位：县财政局；配合单位：县公共资源交易中心）
3.加强监督检查。每年开展专项检查2次以上。（牵头单位：县财政局）
"""

_DRAFTING_PLAN_BODY = """一、工作目标
2025年9月底前形成规划初稿，12月底前报批。
二、工作任务
1.开展基础调查。完成现状调查和专题研究8项。（责任单位：县发展改革局）
2.编制规划文本。形成规划纲要和文本。（责任单位：县发展改革局、县自然资源局）
3.组织征求意见。召开座谈会不少于5场。（责任单位：县发展改革局）
"""

_PROGRESS_BODY = """一、经济发展
1.新引进亿元以上项目20个，已完成16个。（牵头单位：区投促局）
2.新增规上工业企业15家，已完成11家。（牵头单位：区工信局）
3.改造老旧小区12个，已完工9个。（牵头单位：区住建局）
"""


@pytest.mark.parametrize(
    "title,body",
    [
        ("某县优化政府采购营商环境实施方案", _PLAN_BODY),
        ("关于印发《某县政府采购领域公平竞争专项整治行动方案》的通知", _PLAN_BODY),
        ("某县“十五五”规划编制工作方案", _DRAFTING_PLAN_BODY),
        ("2025年某县国民经济和社会发展计划执行情况", _PROGRESS_BODY),
        ("关于2024年区政府重点工作推进情况的报告", _PROGRESS_BODY),
        ("关于印发《某县全面实施预算绩效管理实施方案》的通知", _PLAN_BODY),
        ("某县2025年预决算公开工作实施方案", _PLAN_BODY),
    ],
    ids=[
        "procurement-plan", "procurement-plan-notice", "drafting-work-plan", "plan-execution", "progress-report",
        "performance-management-plan", "disclosure-work-plan",
    ],
)
def test_plans_with_the_same_words_stay_plans(title, body):
    r = parse_document(title + "\n" + body, source="p.txt", is_text=True)
    assert r.document["is_plan"] is True
    assert r.tasks
