"""A call for proposals printed without a headline that names a plan kind (a mirror lost the
headline, or shows a paper's name instead) opens by asking the public for the year's projects or
ideas ("现面向社会公开征集2026年民生实事候选项目意见建议", "决定公开征集2026年市政府民生实事
项目"): it is no plan and its 征集要求/征集方式 items are no tasks (audit round 12A). A plan or a news
report that says how its list was made ("经公开征集、代表票决，确定…") stays a plan."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="c.txt", is_text=True)


_ITEMS = ("一、征集时间\n自发布之日起至11月20日止。\n"
          "二、征集要求\n1.建议项目应受益面广，群众关注度高。\n2.建议项目应当年能够实施完成。\n"
          "3.建议项目应一事一议，内容简明。\n"
          "三、征集方式\n（一）电子邮件：发送至某某邮箱。\n（二）信函：寄至某区发展改革局。\n")


@pytest.mark.parametrize("opening", [
    "为提高民生实事决策的科学化水平，现面向社会公开征集2026年民生实事候选项目意见建议。有关事项公告如下：\n",
    "“某市日报”\n近年来，市政府实施了一大批民生实事，现决定公开征集2027年市政府民生实事项目。\n",
    "为增强群众参与度，某县人民政府面向社会各界公开征集2026年度惠民实事建议项目。\n",
    "為傾聽民聲，現面向社會公開徵集某鎮2026年民生實事項目。具體如下：\n",
], ids=["notice", "paper-name", "no-xian", "traditional"])
def test_a_headless_call_for_proposals_is_no_plan_and_has_no_tasks(opening):
    parsed = _parse(opening + _ITEMS)
    assert parsed.document["is_plan"] is False
    assert parsed.tasks == []


def test_a_plan_made_by_a_call_stays_a_plan():
    text = ("经公开征集、人大代表票决，确定2026年民生实事项目如下：\n"
            "1.新建城区公办幼儿园2所，新增学位540个。（牵头单位：县教育局）\n"
            "2.改造老旧小区12个，惠及居民1800户。（牵头单位：县住建局）\n"
            "3.新增城市停车泊位600个。（牵头单位：县城管局）\n")
    parsed = _parse(text)
    assert parsed.document["is_plan"] is True
    assert len(parsed.tasks) == 3


def test_a_plan_titled_for_running_the_call_stays_a_plan():
    text = ("某区2026年民生实事项目征集工作方案\n为做好工作，现面向社会公开征集2026年民生实事项目，制定本方案。\n"
            "一、工作安排\n1.区发展改革局负责汇总建议，10月底前完成。\n2.各街道组织群众提出建议不少于20条。\n"
            "3.区政府办公室负责审核，11月底前完成。\n")
    assert _parse(text).document["is_plan"] is True


@pytest.mark.parametrize("opening", [
    "今年以来，我区通过多种途径向社会公开征集2026年民生实事项目建议，经人大代表票决，确定以下项目：\n",
    "经面向社会公开征集2026年民生实事项目建议、人大代表票决，现将项目公布如下：\n",
], ids=["through", "after"])
def test_a_headless_plan_recounting_its_call_stays_a_plan(opening):
    text = (opening + "1.新建城区公办幼儿园2所，新增学位540个。（牵头单位：县教育局）\n"
            "2.改造老旧小区12个，惠及居民1800户。（牵头单位：县住建局）\n"
            "3.新增城市停车泊位600个。（牵头单位：县城管局）\n")
    parsed = _parse(text)
    assert parsed.document["is_plan"] is True
    assert len(parsed.tasks) == 3
