"""is_plan: plans of every kind are plans (news reports listing a plan's work, 民生实事 lists,
task lists of a work report, progress tables, goals-only plans, attachment-only notices); other
notices are not."""
from __future__ import annotations

from pathlib import Path

import pytest

from transform.document import parse_document

NEWS_REPORT = """某县今年将办好十件民生实事
时间：2023-02-20 10:15 来源：某县融媒体中心
2月18日，某县第十届人民代表大会第三次会议票决产生2023年十件民生实事。分别是：
（1）新建城区幼儿园2所，新增学位540个。
（2）改造老旧小区15个，惠及居民3200户。
（3）新建农村公路60公里。
（4）新增城区停车位800个以上。
"""

PROGRESS_TABLE = """2022年县政府重点工作推进情况（1-9月）
序号 | 工作任务 | 牵头单位 | 进展情况
1 | 新建污水处理厂1座 | 县住建局 | 主体完工
2 | 新增城镇就业3000人 | 县人社局 | 已完成2400人
3 | 改造农村公路80公里 | 县交通运输局 | 完成60公里
"""

GOALS_ONLY = """某市2024年空气质量改善工作方案
为持续改善空气质量，制定本方案。
工作目标：到2024年底，全市细颗粒物（PM2.5）平均浓度控制在35微克/立方米以下，优良天数比例达到85%以上，
重污染天数控制在3天以内。
"""

ATTACHMENT_ONLY = """某县人民政府办公室关于印发《某县2024年农村人居环境整治提升实施方案》的通知
各乡镇人民政府，县政府各部门：
现将《某县2024年农村人居环境整治提升实施方案》印发给你们，请认真贯彻落实。
附件：某县2024年农村人居环境整治提升实施方案.pdf
"""

WORK_REPORT_LIST = """2024年区政府工作报告重点任务分工
一、主要预期目标
1.地区生产总值增长6%左右。（牵头单位：区发改局）
2.一般公共预算收入增长5%。（牵头单位：区财政局）
二、重点任务
3.新引进亿元以上项目20个。（牵头单位：区投促局）
"""

MEETING = """某县人民政府办公室关于召开全县防汛工作会议的通知
各乡镇人民政府：
一、会议时间
2024年5月6日上午9:00。
二、参会人员
各乡镇分管负责同志。
三、有关要求
请准时参会。
"""

PUBLICITY = """关于2024年度县级示范家庭农场拟认定名单的公示
经乡镇推荐、县级审核，拟认定以下12家为县级示范家庭农场，现予公示。
1.某某家庭农场
2.某某种植家庭农场
3.某某养殖家庭农场
"""

UNRELATED_NEWS = """县农业农村局召开党组理论学习中心组会议
时间：2024-03-12 来源：县农业农村局
3月11日，县农业农村局召开党组理论学习中心组会议，传达学习有关会议精神，研究部署下一阶段工作。
"""


@pytest.mark.parametrize("text,expected", [
    (NEWS_REPORT, True), (PROGRESS_TABLE, True), (GOALS_ONLY, True), (ATTACHMENT_ONLY, True),
    (WORK_REPORT_LIST, True), (MEETING, False), (PUBLICITY, False), (UNRELATED_NEWS, False),
], ids=["news-report-of-民生实事", "progress-table", "goals-only-plan", "attachment-only-notice",
        "work-report-task-list", "meeting-notice", "publicity-list", "unrelated-news"])
def test_is_plan(text, expected):
    d = parse_document(text, source="doc.txt", is_text=True).document
    assert d["is_plan"] is expected


def test_goals_only_plan_keeps_its_targets_and_year():
    p = parse_document(GOALS_ONLY, source="g.txt", is_text=True)
    assert p.document["is_plan"] and p.tasks == [] and len(p.targets) >= 2
    assert (p.document["plan_start_year"], p.document["plan_end_year"]) == (2024, 2024)


def test_attachment_only_notice_is_a_plan_without_tasks_and_says_why():
    p = parse_document(ATTACHMENT_ONLY, source="a.txt", is_text=True)
    assert p.document["plan_title"] == "某县2024年农村人居环境整治提升实施方案"
    assert p.tasks == [] and p.document["is_plan"]


def _site_notices() -> list[Path]:
    from testbed.sites import built_root

    pages = []
    for path in sorted(built_root().glob("*/www/**/*.html")):
        if "/col/" in str(path) or path.name == "index.html":
            continue
        pages.append(path)
    return pages


def test_sample_site_notices_keep_their_kind():
    """The bundled portals' notices: only the pages that issue a plan are plans."""
    plans, others = [], []
    for path in _site_notices():
        d = parse_document(path.read_bytes(), source=str(path)).document
        (plans if d["is_plan"] else others).append(d["title"] or "")
    assert plans and others
    assert all("印发" in t or "工作的通知" in t for t in plans), plans
    assert not any(w in t for t in plans for w in ("公示", "公告", "任免", "放假", "会议"))


COMMENTARY = """《某县2024年重点工作任务分工方案》政策解读
发布日期:2024-04-02
一、起草背景
为推动目标任务落实，县政府办公室对报告的目标任务进行了细化分解。
二、主要内容
《分工方案》将报告分解为五个方面68项重点工作任务，每项工作均列出牵头单位及完成时限。
1.在“扩大有效投资”方面（分解任务15项）。
2.在“保障改善民生”方面（分解任务12项）。
"""


@pytest.mark.parametrize("title", [
    "《某县2024年重点工作任务分工方案》政策解读",
    "解读《某市数字经济发展三年行动方案》",
    "市发改委负责人就《某市2024年民生实事实施方案》答记者问",
])
def test_a_page_commenting_on_a_plan_is_no_plan(title):
    p = parse_document(COMMENTARY.replace(COMMENTARY.split("\n")[0], title), source="c.txt", is_text=True)
    assert not p.document["is_plan"]
    assert p.targets == []


@pytest.mark.parametrize("title", [
    "某县人民政府关于分解落实政府工作报告目标任务的通知",
    "某区人民政府关于下达2024年民生实事项目计划的通知",
])
def test_an_attachment_only_notice_that_allocates_named_work_is_a_plan(title):
    text = title + "\n各乡镇人民政府，县直各单位：\n现将有关任务予以分解下达，请认真抓好落实。\n附件：任务分解表.xlsx\n"
    assert parse_document(text, source="n.txt", is_text=True).document["is_plan"]


def test_a_notice_naming_no_plan_kind_stays_no_plan():
    text = "某县人民政府关于公布2023年度考核结果的通知\n各乡镇：\n现将考核结果予以公布。\n"
    assert not parse_document(text, source="n.txt", is_text=True).document["is_plan"]
