"""Metadata of pages without a 信息公开 block: titles, plan titles, dates and 文号 from the lines
of the page (text renderings, mirrors, news reposts, document viewers)."""
from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document
from transform.headings import clean_title
from transform.metadata import extract_metadata


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


# ------------------------------------------------------------------ titles


@pytest.mark.parametrize("raw,expected", [
    ("关于印发《某县乡村振兴实施方案》的通知-某省人民政府门户网站", "关于印发《某县乡村振兴实施方案》的通知"),
    ("某市2024年重点工作任务_某市人民政府", "某市2024年重点工作任务"),
    ("某区民生实事项目 | 某区政务网", "某区民生实事项目"),
    ("标题|某镇2023年工作计划|||", "某镇2023年工作计划"),
    ("信息名称: | 区政府关于印发2025年目标任务的通知 | ||", "区政府关于印发2025年目标任务的通知"),
    ("某政办发〔2019〕7号《某市人民政府办公室关于印发2019年民生工作的通知》",
     "某市人民政府办公室关于印发2019年民生工作的通知"),
    ("2024年某区为民办实事项目公布 发布时间:2024-01-18", "2024年某区为民办实事项目公布"),
    ("<span>某县2024年<b>农业</b>重点工作任务</span>", "某县2024年农业重点工作任务"),
])
def test_clean_title_drops_labels_sites_numbers_and_bylines(raw, expected):
    assert clean_title(raw) == expected


def test_headline_above_a_byline_after_navigation():
    d = _doc("首页 > 政务公开 > 工作动态\n某县2022年十件民生实事出炉\n时间：2022-03-01 09:30 来源：某县融媒体中心\n"
             "3月1日，县人大会议票决产生2022年十件民生实事。\n一、新建城区学校2所。\n二、改造老旧小区12个。")
    assert d["title"] == "某县2022年十件民生实事出炉"
    assert d["publish_date"] == date(2022, 3, 1)
    assert (d["plan_start_year"], d["plan_end_year"]) == (2022, 2022)


def test_red_header_spread_over_lines():
    d = _doc("发文机关 某县人民政府\n发文字号 某政〔2021〕6号 发布日期 2021-4-9\n某县人民政府\n"
             "关于印发2021年某县重点民生\n实事的\n通 知\n各乡镇人民政府，县政府有关部门：\n"
             "现将2021年重点民生实事印发给你们。\n一、新建农村公路50公里\n实施道路提升工程。\n"
             "二、改造农村危房300户\n做好危房改造。")
    assert d["title"] == "某县人民政府关于印发2021年某县重点民生实事的通知"
    assert d["plan_title"] == "2021年某县重点民生实事"
    assert d["doc_number"] == "某政〔2021〕6号"
    assert d["publish_date"] == date(2021, 4, 9)
    assert (d["plan_start_year"], d["plan_end_year"]) == (2021, 2021)


def test_notice_without_title_line_takes_the_annex_heading():
    d = _doc("各区县人民政府，市府各部门：\n《2023年政府工作报告重点工作责任分解》已经市政府同意，现印发给你们。\n"
             "附件：1.2023年政府工作报告重点工作责任分解\n2.十件民生实事责任分解\n某市人民政府办公室\n2023年3月2日\n"
             "附件1\n2023年政府工作报告重点工作责任分解\n一、稳定经济增长\n1.地区生产总值增长6%。\n责任单位：市发改委")
    assert d["title"] == "2023年政府工作报告重点工作责任分解"
    assert d["plan_title"] == "2023年政府工作报告重点工作责任分解"
    assert d["publish_date"] == date(2023, 3, 2)            # the signature: the page shows no date
    assert (d["plan_start_year"], d["plan_end_year"]) == (2023, 2023)


def test_plan_heading_under_the_signature_wins_over_the_notice_wording():
    d = _doc("某省卫生健康委关于印发2024年某省卫生健康工作要点的通知\n发布日期：2024-04-25 信息来源：省卫生健康委\n"
             "公开日期：2024-04-20\n各市卫生健康委：\n现将2024年某省卫生健康工作要点印发给你们。\n某省卫生健康委\n"
             "2024年4月20日\n（此件主动公开）\n2024年全省卫生健康工作要点\n一、总体要求\n二、重点任务\n"
             "1.推进医院建设。新建县级医院3家。")
    assert d["title"] == "某省卫生健康委关于印发2024年某省卫生健康工作要点的通知"
    assert d["plan_title"] == "2024年全省卫生健康工作要点"
    assert d["publish_date"] == date(2024, 4, 25)           # 发布日期 over 公开日期


def test_a_heading_printed_over_two_lines_is_joined():
    d = _doc("各街道办事处：\n现将有关方案印发给你们。\n某区人民政府\n2023年5月6日\n某区推动制造业高质量发展\n"
             "三年行动方案\n一、总体目标\n到2025年，规上工业产值达到500亿元。\n二、重点任务\n1.培育龙头企业。")
    assert d["plan_title"] == "某区推动制造业高质量发展三年行动方案"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2023, 2025)   # issued 2023, horizon 到2025年


def test_a_place_note_before_a_mirrored_heading_is_not_the_plan_title():
    d = _doc("（湖南省）某市2023年政府工作报告目标任务分解方案\n导航菜单\n"
             "（湖南省）某市2023年政府工作报告目标任务分解方案\n1.地区生产总值增长6%。（牵头单位：市发改委）")
    assert d["plan_title"] == "某市2023年政府工作报告目标任务分解方案"


def test_news_report_names_the_notice_or_the_plan():
    d = _doc("某报讯 近日，某省人民政府发布关于2024年重点工作及责任分解的通知。\n通知指出，要确保完成全年目标。\n"
             "一、确保完成全年主要预期目标\n1.全省生产总值增长6%以上。\n牵头责任单位：省发展改革委。")
    assert d["title"] == "关于2024年重点工作及责任分解的通知"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)
    d = _doc("日前，某市印发《某市空气质量持续改善行动方案（2024-2025年）》。全文如下：\n"
             "为持续改善空气质量，制定本方案。\n一、工作目标\n到2025年，优良天数比例达到88%。")
    assert d["plan_title"] == "某市空气质量持续改善行动方案（2024-2025年）"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2025)


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize("line,expected", [
    ("发布时间：2023-06-01 10:21 来源：某县农业农村局", date(2023, 6, 1)),
    ("时间 : 2021-05-11 08:00:00 来源 : 本网", date(2021, 5, 11)),
    ("日期：2020年3月9日", date(2020, 3, 9)),
    ("来源：某市政务网 更新时间：2022-09-04", date(2022, 9, 4)),
    ("编辑：张某 2019-06-25", date(2019, 6, 25)),
    ("2023-01-05 10:00 某区人民政府办公室", date(2023, 1, 5)),
    ("【信息来源：某县政府【信息时间：2022-02-15 15:10 阅读次数：】", date(2022, 2, 15)),
])
def test_page_date_fields_bylines_and_stamps(line, expected):
    d = _doc(f"某县2023年重点工作任务\n{line}\n一、产业发展\n1.新建厂房2万平方米。\n某县人民政府\n2022年12月30日")
    assert d["publish_date"] == expected


def test_a_meeting_time_in_the_body_is_not_the_page_date():
    body = "\n".join(["一、会议安排"] + [f"{i}.做好第{i}项准备工作。" for i in range(1, 30)]
                     + ["时间：2024年3月5日上午", "某县人民政府办公室", "2024年3月1日"])
    d = _doc("某县2024年春季安全生产检查工作方案\n" + body)
    assert d["publish_date"] == date(2024, 3, 1)


# ------------------------------------------------------------------ 文号


@pytest.mark.parametrize("text,expected", [
    ("某市人民政府办公室文件 某政办发〔2018〕32号 市政府办公室关于分解落实2018年政府工作任务的通知 各镇人民政府：",
     "某政办发〔2018〕32号"),
    ("某县人民政府文件\n某政发〔2022〕3号\n某县人民政府关于印发某县2022年重点工作的通知", "某政发〔2022〕3号"),
    ("各单位：\n为落实《某省实施意见》（某政发〔2021〕18号），制定本方案。", None),
])
def test_doc_number_from_the_red_header_only(text, expected):
    assert extract_metadata(text, {}, text, head_text=text)["doc_number"] == expected
    if expected:
        assert _doc(text)["doc_number"] == expected


# ------------------------------------------------------------------ plan years


@pytest.mark.parametrize("text,years", [
    ("2024年某县农业农村重点工作任务分解\n一、粮食生产\n1.稳定播种面积。", (2024, 2024)),
    ("某市数字经济发展行动计划（2024—2026年）\n一、目标\n到2026年，数字经济规模达到300亿元。", (2024, 2026)),
    ("某县“十四五”生态环境保护规划\n一、目标\n到2025年，优良天数比例达到90%。", (2021, 2025)),
    ("某报讯 会上确定2016年县委县政府为民兴办10件实事。这十件实事是：1.新修农田10万亩。2.新建学校1所。", (2016, 2016)),
    ("序号 | 工作任务 | 完成时限\n1 | 新建污水管网20公里 | 2024年底前\n2 | 改造供水站5座 | 2024年底前", (2024, 2024)),
    ("各区县：\n到2020年，全市用水总量控制在12亿立方米以内，比2015年下降10%。\n某市河长办\n2018年7月9日", (2018, 2020)),
    (("某县推进乡村振兴实施方案\n2022年，全县粮食产量达到50万吨。\n到2025年，农村居民收入增长20%。\n"
      "某县人民政府\n2023年3月1日"), (2023, 2025)),
    (("某区制造业提质增效三年行动方案\n各街道：\n现将方案印发给你们。\n某区人民政府\n2024年5月8日\n"
      "一、重点任务\n1.培育规上企业20家。"), (2024, 2026)),
])
def test_plan_years_from_the_title_or_the_text(text, years):
    d = _doc(text)
    assert (d["plan_start_year"], d["plan_end_year"]) == years


def test_dates_past_years_and_baselines_are_not_plan_years():
    d = _doc("各乡镇：\n2021年以来，全县新建学校5所。比2020年增长10%。\n2023年6月1日起施行。\n一、任务\n1.新建学校2所。")
    assert (d["plan_start_year"], d["plan_end_year"]) == (None, None)


def test_a_report_on_a_plan_is_not_the_plan_title():
    d = _doc("2023年区政府民生实事进展情况\n序号 | 项目名称 | 进展情况\n1 | 新建学校2所 | 主体完工")
    assert d["title"] == "2023年区政府民生实事进展情况" and d["plan_title"] is None
    assert (d["plan_start_year"], d["plan_end_year"]) == (2023, 2023)


def test_notice_links_above_the_headline_are_another_pages_titles():
    d = _doc("相关文件\n关于做好春季森林防火工作的通知\n关于开展安全生产大检查的通知\n"
             "某镇2024年重点工作计划\n发布时间：2024-02-02 来源：某镇人民政府\n一、产业发展\n1.新建大棚50座。")
    assert d["title"] == "某镇2024年重点工作计划"
