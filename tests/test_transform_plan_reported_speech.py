"""Commentary on a report or a plan: an article most of whose numbered items (3 or more) open by
attributing their content to it ("报告强调，…", "人大报告提出，…", "《某规划》指出，…", "根据人大报告，…")
reports what the report says and states no work: no plan, no rows (lexicons/reported_speech.txt).
A plan quoting its source in an item or two stays a plan. A page's chrome word ("正文") above an
article's headline does not hide the headline. Invented pages in several layouts."""

from __future__ import annotations

from transform.document import parse_document
from transform.plan_judging import reports_on_a_report


def _parse(text: str):
    return parse_document(text, source="c.txt", is_text=True)


_ARTICLE = (
    "正文\n读懂省人代会报告:勾勒未来五年发展图景\n## 引言\n"
    "省人民代表大会每年召开一次会议,会议期间发布的报告备受关注。本文将深入解析这份报告。\n"
    "## 一、经济领域\n### 1. 增速目标\n根据人代会报告,全省未来五年经济增长目标设定为6%左右。\n"
    "### 2. 产业升级\n报告强调,要加快构建现代化产业体系,推动传统产业转型升级。\n"
    "## 二、社会领域\n### 1. 教育改革\n人代会报告提出,要深化教育改革,推进教育公平。\n"
    "### 2. 医疗保障\n报告指出,要加强医疗保障体系建设,提高医疗服务水平。\n"
)


def test_an_article_reporting_what_a_report_says_is_no_plan():
    r = _parse(_ARTICLE)
    assert r.document["is_plan"] is False
    assert r.tasks == [] and r.targets == []
    assert r.document["title"] == "读懂省人代会报告:勾勒未来五年发展图景"


def test_items_quoting_a_named_plan_in_plain_numbering():
    text = (
        "东坪市“十四五”规划亮点一览\n东坪市“十四五”规划近日出台,以下是其中的几个亮点。\n"
        "1.产业发展。《东坪市“十四五”规划》提出,到2025年,全市工业总产值达到1000亿元。\n"
        "2.生态环境。《规划》明确,到2025年,空气质量优良天数比例达到95%。\n"
        "3.民生保障。规划强调,要新增城镇就业5万人,持续增进民生福祉。\n"
        "4.城乡建设。全面提升城市品质,建设宜居城市。\n"
    )
    r = _parse(text)
    assert r.document["is_plan"] is False and r.tasks == []


def test_a_plan_quoting_its_source_in_one_item_stays_a_plan():
    text = (
        "南坪县2024年政府工作报告重点任务分解方案\n"
        "1.地区生产总值增长6%。(牵头单位:县发展改革局)\n"
        "2.报告提出,新建高标准农田2万亩。(牵头单位:县农业农村局)\n"
        "3.新增城镇就业3000人。(牵头单位:县人社局)\n"
        "4.改造老旧小区12个。(牵头单位:县住建局)\n"
    )
    r = _parse(text)
    assert r.document["is_plan"] is True
    assert len(r.tasks) == 4


def test_the_count_needs_most_items_and_at_least_three():
    said = {"title": "产业升级", "body": "产业升级\n报告强调,要加快产业升级。"}
    plain = {"title": "新建农田", "body": "新建农田\n新建高标准农田2万亩。"}
    assert reports_on_a_report([said, said, said, plain])
    assert not reports_on_a_report([said, said, plain, plain])
    assert not reports_on_a_report([said, said])
