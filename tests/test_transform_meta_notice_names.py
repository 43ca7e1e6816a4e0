"""A page that names the notice issuing a plan instead of the plan ("印发了《<X>的通知》",
"《关于印发〈X〉的通知》"): the plan title is the name inside the notice's title, X; and a page
explaining a plan printed without its headline ("…，现将主要内容解读如下") is explained, not issued
(transform/metadata._inner_of_notice, transform/plan_judging.explains_opening)."""

from __future__ import annotations

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def test_an_interpretation_without_its_headline_names_the_plan_inside_the_notice():
    text = (
        "2025年3月10日，某县人民政府印发了《<2025年政府工作报告重点任务分工方案>的通知》（某政字〔2025〕6号，"
        "以下简称《通知》），现将主要内容解读如下：\n"
        "一、出台背景\n"
        "为确保县政府工作报告提出的各项任务落实到位，县政府办公室对各项任务进行细化分解，形成了《通知》。\n"
        "二、主要内容\n"
        "《通知》采用表格形式，分为任务内容、牵头领导、责任单位等内容，共计120项。\n"
        "三、保障措施\n"
        "县政府办公室将每季度汇总一次工作进展。\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] == "2025年政府工作报告重点任务分工方案"
    assert doc["is_plan"] is False


def test_a_news_report_naming_the_issuing_notice_in_full():
    text = (
        "某市农村人居环境整治有了时间表\n"
        "来源：某市日报 发布时间：2024-05-06 08:30\n"
        "近日，市政府办公室印发《关于印发〈某市农村人居环境整治提升五年行动实施方案〉的通知》，"
        "明确到2025年，全市农村卫生厕所普及率达到90%以上。\n"
        "方案提出，年内新建农村公厕120座。\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] == "某市农村人居环境整治提升五年行动实施方案"


def test_other_interpretation_openings_without_a_headline():
    for opening in ("现就有关情况解读如下", "现对主要内容解读如下"):
        text = (
            f"近日，某区印发《某区2024年优化营商环境工作要点》，{opening}：\n"
            "一、起草依据\n根据上级部署，结合本区实际制定。\n"
            "二、主要内容\n1.深化政务服务改革。\n2.优化法治环境。\n3.提升要素保障水平。\n"
        )
        doc = _doc(text)
        assert doc["is_plan"] is False, opening
        assert doc["plan_title"] == "某区2024年优化营商环境工作要点", opening


def test_a_plan_without_its_headline_and_a_plan_title_naming_a_plan_stay_as_they_were():
    # a notice's own title with no inner name keeps it; a plan page with no explaining opening is a plan
    text = (
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县2025年重点工作任务清单》印发给你们，请认真抓好落实。\n"
        "某县人民政府办公室\n2025年2月8日\n"
        "某县2025年重点工作任务清单\n"
        "1.新建高标准农田2万亩。牵头单位：县农业农村局\n"
        "2.新增城镇就业1800人。牵头单位：县人社局\n"
        "3.完成造林5000亩。牵头单位：县林业局\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] == "某县2025年重点工作任务清单"
    assert doc["is_plan"] is True
