"""A page that shows only the notice issuing a plan (the plan is in a separate file): its numbered
sections are the notice's requirements, not tasks — where the notice issues something (现将…印发
给你们), announces its requirements (提出以下工作要求, 就有关事项通知如下), has at most five
sections and names no unit. A plan printed under its notice keeps its tasks."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="n.txt", is_text=True).tasks


_HEAD = "某县人民政府办公室关于印发2024年县政府工作报告目标任务分解方案的通知\n各乡镇人民政府，县直各部门：\n"


@pytest.mark.parametrize("preamble, sections", [
    ("《分解方案》已经县政府同意，现印发给你们，并提出以下工作要求，请认真贯彻执行。",
     "一、高度重视，抓好落实。各单位要把目标任务落实到人。\n二、加强统筹，压实责任。各单位要建立工作台账。\n"
     "三、强化督查，严格考核。县政府督查室定期通报进展。\n"),
    ("现将《分解方案》印发给你们，并就有关事项通知如下：",
     "一、提高认识。\n二、加强协作。一是建立联络机制；二是定期会商。\n三、严格督办。\n"),
])
def test_the_requirements_of_a_notice_without_its_plan_are_no_tasks(preamble, sections):
    assert _tasks(_HEAD + preamble + "\n" + sections + "某县人民政府办公室\n2024年2月1日\n") == []


def test_a_notice_whose_sections_name_units_keeps_them():
    text = (_HEAD + "现将《分解方案》印发给你们，并提出以下工作要求。\n"
            "一、新建城区学校2所。（牵头单位：县教育局）\n二、改造老旧小区10个。（牵头单位：县住建局）\n")
    assert [t["path"] for t in _tasks(text)] == [["一"], ["二"]]


def test_a_plan_without_an_announcement_keeps_its_sections():
    text = ("某镇2024年人居环境整治工作方案\n为改善农村人居环境，制定本方案。\n"
            "一、推进厕所革命。完成户厕改造200户。\n二、治理生活垃圾。新建垃圾收集点20个。\n"
            "三、整治村容村貌。拆除危旧房30处。\n")
    assert len(_tasks(text)) == 3


def test_a_plan_under_its_notice_keeps_its_tasks():
    text = (_HEAD + "现将《分解方案》印发给你们，并提出以下工作要求。\n"
            "一、高度重视。\n二、压实责任。\n某县人民政府办公室\n2024年2月1日\n"
            "2024年县政府工作报告目标任务分解方案\n一、经济发展\n1.地区生产总值增长6%。（牵头单位：县发改局）\n"
            "2.新增规上企业10家。（牵头单位：县工信局）\n")
    assert [t["path"][-1] for t in _tasks(text)] == ["1", "2"]


@pytest.mark.parametrize("preamble, sections", [
    # requirements numbered 1. 2. 3. instead of 一、二、三、
    ("现将《分解方案》印发给你们，并就抓好方案确定的工作任务落实通知如下：",
     "1.明确任务，压实责任。各牵头单位要建立任务清单，于3月5日前报送县政府。\n"
     "2.统筹协调，形成合力。各相关单位要加强配合。\n3.加强督查，狠抓落实。年底逐项对账。\n"),
    ("《实施方案》已经市政府同意，现印发给你们，并提出以下要求：",
     "1、高度重视。各地要把任务落实到岗。\n2、强化调度。每月25日前报送进展。\n"),
])
def test_requirements_numbered_with_arabic_numbers_are_no_tasks(preamble, sections):
    assert _tasks(_HEAD + preamble + "\n" + sections + "某县人民政府办公室\n2024年2月1日\n") == []


@pytest.mark.parametrize("preamble", [
    # the work is divided in an annex the page only names (详见附件), without 现将…印发
    "结合县政府班子成员分工，将各项工作任务进行分解（详见附件），现就有关事宜通知如下：",
    "各项目标任务已分解到各责任单位，任务分解表见附件，现将有关要求通知如下：",
])
def test_requirements_of_a_notice_whose_work_is_in_an_annex_are_no_tasks(preamble):
    text = (
        "关于做好2024年县政府重点工作落实的通知\n各乡镇人民政府，县直各部门：\n" + preamble + "\n"
        "一、落实责任，确保质量。各责任单位要年初公布、年底兑现。\n"
        "二、密切配合，各负其责。各相关单位要全力支持。\n"
        "附件：1.2024年县政府重点工作任务分解表\n某县人民政府办公室\n2024年3月1日\n"
    )
    assert _tasks(text) == []


def test_numbered_plan_items_without_an_announcement_stay_tasks():
    text = ("某县2024年为民办实事项目计划\n现将有关项目公布如下。\n"
            "1.新建城区幼儿园2所。\n2.改造农村公路50公里。\n3.新增停车位800个。\n")
    assert len(_tasks(text)) == 3


def test_requirements_without_an_announcement_whose_headings_ask_for_follow_through():
    text = (_HEAD + "经县政府同意，现将主要目标任务分解下发，请认真抓好落实。\n"
            "一、强化责任意识，以讲政治高度抓落实。各单位要增强责任感。\n"
            "二、强化工作统筹，以系统思维抓落实。各牵头单位要加强协调，年底前全面完成任务。\n"
            "三、强化督查考核，以严实作风抓落实。县政府督查室每季度通报进展。\n")
    assert _tasks(text) == []


def test_a_plan_printed_after_its_notice_without_an_announcement_keeps_its_sections():
    text = (_HEAD + "现将《某县2024年全民健身工作要点》印发给你们，请认真贯彻落实。\n"
            "一、新建体育公园2个。年底前建成。\n二、改造社区健身路径50条。\n三、举办全民健身赛事20场。\n")
    assert len(_tasks(text)) == 3


# A notice's requirements followed at once by its plan, the plan's heading lost (a portal that
# prints the plan's title as an image, a repost that drops it): the numbering restarts at 一、 —
# the plan starts there, and the requirements before it are no tasks.
@pytest.mark.parametrize("notice, plan, expected", [
    ("现将《某县2026年农村人居环境整治提升工作方案》印发给你们，并提出以下要求，请认真贯彻落实。\n"
     "一、提高思想认识。各单位要把整治工作摆上重要日程。\n二、强化督查考核。县委督查室定期通报。\n",
     "一、总体要求\n以乡村振兴为统领，全面提升农村人居环境。\n二、重点任务\n"
     "（一）推进农村厕所革命。完成户厕改造500户。（牵头单位：县农业农村局）\n"
     "（二）治理生活垃圾。新建垃圾中转站3座。（牵头单位：县城管局）\n",
     [["二", "(一)"], ["二", "(二)"]]),
    ("《行动方案》已经区政府同意，现印发给你们，请结合实际认真组织实施。\n"
     "一、加强组织领导\n二、严格责任落实\n三、抓好宣传引导\n",
     "一、工作目标\n到2027年，建成智慧社区20个。\n二、主要任务\n"
     "1.完善社区服务设施。责任单位：区民政局\n2.推进数据共享。责任单位：区数据局\n"
     "三、保障措施\n1.强化资金保障。\n",
     [["二", "1"], ["二", "2"], ["三", "1"]]),
    ("现将2026年全市优化营商环境重点任务清单印发给你们，请抓好落实。\n"
     "一、高度重视。二、压实责任。\n".replace("二、", "\n二、"),
     "一、提升政务服务效能\n（一）推行一件事一次办。（市政务服务局牵头）\n"
     "二、优化市场环境\n（一）清理隐性壁垒。（市市场监管局牵头）\n",
     [["一", "(一)"], ["二", "(一)"]]),
])
def test_a_plan_right_after_the_requirements_restarts_the_numbering(notice, plan, expected):
    text = _HEAD + notice + plan + "某县人民政府办公室\n2026年2月1日\n"
    assert [t["path"] for t in _tasks(text)] == expected


def test_a_plan_whose_numbering_restarts_without_a_notice_keeps_both_runs():
    # no 印发 cue: a plan printing two lists (its tasks, then its projects) keeps them all
    text = ("某镇2026年乡村振兴工作计划\n一、发展特色产业。新建大棚50座。\n二、建设美丽乡村。改造村道10公里。\n"
            "一、实施道路硬化工程。硬化村道8公里。\n二、实施饮水安全工程。新建水厂1座。\n")
    assert len(_tasks(text)) == 4


# Without an announcement, a section whose heading holds no requirement word (细化工作方案,
# 加深工作谋划, 强化监测调度) is still a requirement where its text speaks to the units that carry
# the plan ("各责任单位要…", "牵头单位要…", "各乡镇各部门要…").
@pytest.mark.parametrize("preamble, sections", [
    ("《2026年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。",
     "一、强化责任落实。县政府分管领导对领办的任务牵头抓总。\n"
     "二、细化工作方案。各主要责任单位要对照目标任务，制订具体实施方案。\n"
     "三、严格督查考核。重点工作完成情况列入绩效评估。\n"),
    ("现将2026年度重点工作任务分解下达，请认真组织实施。",
     "一、加深工作谋划，科学制定推进方案。各责任单位要制定工作方案，细化分解各项任务。\n"
     "二、压实工作责任，统筹抓好贯彻落实。牵头单位要做好统筹调度。\n"
     "三、强化监测调度，确保完成目标任务。各乡镇各部门要定期开展监测调度，以月保季。\n"),
])
def test_requirements_that_speak_to_the_responsible_units_are_no_tasks(preamble, sections):
    assert _tasks(_HEAD + preamble + "\n" + sections + "某县人民政府办公室\n2026年2月1日\n") == []


def test_plan_sections_that_do_work_after_a_notice_stay_tasks():
    # the sections do work themselves; only one of them speaks to the units
    text = (_HEAD + "现将《某县2026年城乡环境整治工作要点》印发给你们，请认真贯彻落实。\n"
            "一、新建污水管网20公里。年底前建成。\n二、改造农贸市场3个。\n"
            "三、整治背街小巷。各责任单位要在6月底前完成30条背街小巷整治。\n")
    assert len(_tasks(text)) == 3


# The plan's own items right after the requirements, numbered 1. (or （一）) with their units, the
# plan's heading lost: they start the plan, they are no sub-items of the last requirement.
@pytest.mark.parametrize("items, expected", [
    ("1.建成省级绿色低碳示范园区1个。（牵头单位：市发展改革委）\n"
     "2.新增规上工业企业30家。（牵头单位：市工业和信息化局；配合单位：各县区政府）\n",
     [["1"], ["2"]]),
    ("（一）推进城区污水管网改造。责任单位：市住建局\n（二）实施农村饮水安全巩固提升工程。责任单位：市水利局\n",
     [["(一)"], ["(二)"]]),
])
def test_plan_items_with_units_right_after_the_requirements_start_the_plan(items, expected):
    text = (_HEAD + "现将《某市绿色低碳发展分工落实方案》印发给你们，请认真贯彻实施。\n"
            "一、高度重视，认真研究政策。各县区、各部门要强化组织领导。\n"
            "二、压实责任，推动工作落实。各牵头单位要制定工作推进方案。\n"
            "三、加强督导，健全推进机制。市发展改革委负责统一督导调度。\n" + items)
    assert [t["path"] for t in _tasks(text)] == expected


def test_requirement_sub_items_without_units_stay_under_it():
    text = (_HEAD + "现将《分解方案》印发给你们，并提出以下工作要求。\n"
            "一、高度重视。各单位要把任务落实到人。\n二、严格督查。有关要求如下：\n"
            "1.每月25日前报送进展情况。\n2.年底前报送全年完成情况。\n")
    assert _tasks(text) == []
