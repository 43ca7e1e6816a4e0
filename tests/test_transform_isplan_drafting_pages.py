"""Pages about drawing a plan up are no plan: a call for ideas (诚邀您为…规划建言献策, …问计求策活动,
我为…规划献一策), its feedback (…建言献策活动意见征求情况的反馈) and a drafting note (关于《…方案》的
起草说明, …规划编制说明) set out no work, whatever plan they name, and their numbered items (the
questions asked, the steps of drafting) are no tasks. A plan for such a campaign, or the plan
itself, stays a plan."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_CALL = """为开门编规划，广泛汇聚民智，现面向社会开展活动，诚邀各界人士出谋划策。
一、活动时间
即日起至2025年8月31日。
二、建议方向
1.如何推动先进制造业集群发展，培育产值超百亿元企业3家？
2.如何加快县城城镇化建设，补齐公共服务短板？
3.如何发展乡村旅游，带动农民增收？
三、参与方式
1.电子邮件发送至县发展改革局。
2.信函寄至县发展改革局规划股。
"""

_FEEDBACK = """县发展改革局于2025年6月发布公告，诚邀社会各界为规划建言献策。
活动期间共收到意见建议126条，其中涉及产业发展的42条，涉及城乡建设的35条，涉及社会民生的49条。
对收到的意见建议，我局逐条梳理研究，将有建设性的内容吸纳到规划纲要中。
"""

_DRAFTING_NOTE = """一、起草背景
根据省、市有关文件要求，结合我县实际，起草了本方案。
二、起草过程
（一）调研论证。县工信局牵头，会同县发展改革局、县财政局开展专题调研。
（二）征求意见。2025年3月书面征求县直有关单位意见，收到意见15条，采纳12条。
（三）合法性审查。经县司法局审查，无违法内容。
三、主要内容
方案提出到2027年全县规上工业产值突破500亿元，培育专精特新企业30家。
"""

_CAMPAIGN_PLAN = """一、工作目标
2025年9月底前收集意见建议不少于200条。
二、工作任务
1.开设网上专栏。在县政府网站开设建言献策专栏。（牵头单位：县发展改革局；配合单位：县融媒体中心）
2.召开座谈会。分领域召开专家和群众座谈会6场。（牵头单位：县发展改革局）
3.梳理吸纳意见。9月底前形成意见采纳情况报告。（牵头单位：县发展改革局）
"""


@pytest.mark.parametrize(
    "title,body",
    [
        ("诚邀您为某县“十五五”规划建言献策", _CALL),
        ("关于开展“我为‘十五五’规划献一策”活动的公告", _CALL),
        ("某县“十五五”规划问计求策活动启动", _CALL),
        ("某縣“十五五”規劃問計求策活動收到建言126條", _FEEDBACK),
        ("某县发展和改革局关于“十五五”规划建言献策活动意见征求情况的反馈", _FEEDBACK),
        ("某县工业和信息化局关于《某县制造业高质量发展三年行动方案》的起草说明", _DRAFTING_NOTE),
        ("某县“十五五”国民经济和社会发展规划纲要编制说明", _DRAFTING_NOTE),
    ],
    ids=["call", "call-one-idea", "call-news", "call-news-traditional", "call-feedback", "drafting-note", "plan-drafting-note"],
)
def test_a_page_about_drawing_a_plan_up_is_no_plan(title, body):
    r = parse_document(title + "\n" + body, source="c.txt", is_text=True)
    assert r.document["is_plan"] is False
    assert r.tasks == [] and r.targets == []


@pytest.mark.parametrize(
    "title",
    [
        "某县“十五五”规划建言献策活动工作方案",
        "关于印发《某县“十五五”规划编制工作方案》的通知",
        "某县制造业高质量发展三年行动方案（2025-2027年）",
    ],
    ids=["campaign-work-plan", "drafting-work-plan-notice", "the-plan-itself"],
)
def test_the_plans_stay_plans(title):
    r = parse_document(title + "\n" + _CAMPAIGN_PLAN, source="p.txt", is_text=True)
    assert r.document["is_plan"] is True
    assert len(r.tasks) == 3
