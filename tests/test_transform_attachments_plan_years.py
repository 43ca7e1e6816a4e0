"""A short 印发 notice whose plan is only in an attached file (issue 15, round 7C): where the
notice names no plan years (its title names none: "…实施方案"), the years the attached plan
states (its heading wrapped over two lines, 到2028年 in its goals, the signature date) are the
document's. Every text here is invented."""

from __future__ import annotations

from planwatch.records import AttachedFile
from testbed.sites import attachfiles as af
from transform.document import parse_document

_NOTICE = (
    "<html><head><title>关于印发《某市推动小微企业梯度培育实施方案》的通知</title></head><body>"
    "<h1>关于印发《某市推动小微企业梯度培育实施方案》的通知</h1><div id='zoom'>"
    "<p>各区县人民政府，市政府各部门：</p>"
    "<p>现将《某市推动小微企业梯度培育实施方案》印发给你们，请认真贯彻执行。</p>"
    "<p>某市人民政府办公室</p></div></body></html>"
)


def _plan_pdf(lines: list[str]) -> bytes:
    return af.pdf_bytes([("p", line) for line in lines])


def test_the_years_of_an_attached_plan_whose_heading_wraps():
    data = _plan_pdf(
        [
            "某市人民政府办公室",
            "2024年5月20日",
            "某市推动小微企业梯度",
            "培育实施方案",
            "一、总体目标",
            "到2028年，全市小微企业数量达到12万户，培育专精特新企业300家。",
            "二、重点任务",
            "（一）强化创业服务。建设创业孵化基地5个。（牵头单位：市市场监管局）",
        ]
    )
    doc = parse_document(_NOTICE, source="n.html", attachments=[AttachedFile("plan.pdf", data)]).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2024, 2028)


def test_an_annual_plan_in_a_word_file_gives_its_year():
    data = af.docx_bytes(
        [
            ("p", "某县2023年农村人居环境整治工作要点"),
            ("p", "一、完成农村户厕改造800户。（牵头单位：县农业农村局）"),
            ("p", "二、新建污水处理站3座。（牵头单位：县生态环境分局）"),
        ]
    )
    page = _NOTICE.replace("某市推动小微企业梯度培育实施方案", "农村人居环境整治工作要点")
    doc = parse_document(page, source="n.html", attachments=[AttachedFile("a.docx", data)]).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2023, 2023)


def test_years_the_notice_names_stay():
    data = _plan_pdf(["某市推动小微企业梯度培育实施方案", "一、到2030年，培育专精特新企业500家。"])
    page = _NOTICE.replace("梯度培育实施方案", "梯度培育实施方案（2024—2026年）")
    doc = parse_document(page, source="n.html", attachments=[AttachedFile("plan.pdf", data)]).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2024, 2026)


def test_a_form_attached_to_a_plan_on_the_page_gives_no_years():
    page = _NOTICE.replace(
        "<p>某市人民政府办公室</p>",
        "<p>一、强化创业服务。建设创业孵化基地5个。（牵头单位：市市场监管局）</p>"
        "<p>二、优化融资服务。新增贷款投放10亿元。（牵头单位：市金融局）</p><p>某市人民政府办公室</p>",
    )
    form = af.docx_bytes([("p", "2023年度创业孵化基地申报表"), ("p", "单位名称：")])
    doc = parse_document(page, source="n.html", attachments=[AttachedFile("form.docx", form)]).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (None, None)
