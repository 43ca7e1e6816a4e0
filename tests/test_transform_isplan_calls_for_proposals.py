"""A call for proposals for a plan still to be drawn up (关于公开征集2026年民生实事项目建议的公告) asks
for ideas and states no work: it is no plan, though its title names a plan kind and its body has
numbered paragraphs (一、征集时间 二、征集内容 …); a plan for running such a call stays one."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _is_plan(text: str) -> bool:
    return parse_document(text, source="c.txt", is_text=True).document["is_plan"]


_BODY = ("为科学谋划明年民生工作，现面向社会公开征集项目建议，有关事项公告如下：\n"
         "一、征集时间\n自公告发布之日起至11月15日。\n"
         "二、征集范围\n（一）民生保障：就业、养老、托育等方面；\n（二）人居环境：老旧小区改造、园林绿化等方面；\n"
         "（三）公共安全：燃气安全、交通出行等方面。\n"
         "三、征集要求\n（一）普惠性。项目应惠及广大群众。\n（二）可量化性。项目应有量化的任务，原则上当年完成。\n"
         "四、提交方式\n（一）电子邮件：发送至某某邮箱。\n（二）信函：寄至区政府办公室。\n")


@pytest.mark.parametrize("title", [
    "关于公开征集2026年某区民生实事项目建议的公告",
    "某县人民政府办公室关于面向社会征集2027年重点民生实事意见建议的通告",
    "2026年为民办实事项目建议征集启事",
    "關於公開徵集2026年某市民生實事項目建議的公告",
    "某县人民政府关于公开征集2026年民生实事项目的公告",
], ids=["notice", "circular", "qishi", "traditional", "items-notice"])
def test_a_call_for_proposals_is_no_plan(title):
    assert _is_plan(title + "\n" + _BODY) is False


def test_a_plan_for_running_the_call_stays_a_plan():
    text = ("关于印发某区2026年民生实事项目征集工作方案的通知\n各街道：\n"
            "一、工作目标\n征集民生实事候选项目不少于30个。\n二、工作安排\n1.区发展改革局负责汇总建议，10月底前完成。\n"
            "2.各街道负责组织群众提出建议，11月10日前完成。\n3.区政府办公室负责审核，11月底前完成。\n")
    assert _is_plan(text) is True


@pytest.mark.parametrize("line", [
    "市政府向社会发布《关于征集某市2026年重点民生实事项目线索的公开信》，有效提升市民参与热情。",
    "區政府印發《關於公開徵集2027年為民辦實事項目建議的公告》，廣泛聽取意見。",
], ids=["open-letter", "traditional"])
def test_a_call_for_proposals_a_news_report_names_is_not_its_plan(line):
    text = ("某市2026年重点民生实事项目公布\n"
            "2025年，全市重点民生实事已全部完成。2026年，全市将继续实施20项重点民生实事项目。\n" + line + "\n")
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["plan_title"] is None
    assert doc["is_plan"] is False


def test_the_form_of_a_call_is_not_its_plan():
    text = ("某县人民政府关于公开征集2026年民生实事项目的公告\n" + _BODY
            + "附件：2026年度某县民生实事候选项目征集表\n某县人民政府\n2025年9月30日\n")
    doc = parse_document(text, source="c.txt", is_text=True).document
    assert doc["plan_title"] is None
    assert doc["is_plan"] is False
