"""The heading line of a text whose heading names no kind of document ("某县2024年经济社会发展主要
指标", "…惠民项目一览", "…重点项目名单") is still its title, and its plan years come from it
(transform/headings.top_heading). Prose, navigation, an issuer's name and a table header are none."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str, name: str = "page.txt") -> dict:
    return parse_document(text, source=name, is_text=name.endswith(".txt")).document


@pytest.mark.parametrize(
    "heading",
    [
        "某县2024年经济社会发展主要指标",
        "某镇2024年惠民项目一览",
        "某县2025年重点项目名单",
        "某区2023年度考核指标及分值",
    ],
)
def test_a_heading_without_a_document_kind_is_the_title(heading):
    text = (
        f"{heading}\n"
        "1.新建幼儿园3所。牵头单位：县教育局\n"
        "2.新增学位1200个。牵头单位：县教育局\n"
        "3.改造农村公路30公里。牵头单位：县交通局\n"
    )
    d = _doc(text)
    assert d["title"] == heading
    year = int(heading.split("年")[0][-4:])
    assert (d["plan_start_year"], d["plan_end_year"]) == (year, year)


def test_the_heading_after_navigation_and_before_a_preamble():
    text = (
        "首页 > 信息公开 > 计划规划\n"
        "某市2026年城市建设重点项目安排\n"
        "为加快补齐城市功能短板，现将今年重点项目安排如下。\n"
        "一、市政道路\n"
        "1.新建城市主干道8公里。牵头单位：市住建局\n"
        "2.改造背街小巷40条。牵头单位：市城管局\n"
    )
    d = _doc(text)
    assert d["title"] == "某市2026年城市建设重点项目安排"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2026, 2026)


def test_a_heading_over_a_table_of_items():
    text = (
        "某县2025年农村饮水安全提升项目汇总\n"
        "序号 | 项目名称 | 建设内容 | 责任单位\n"
        "1 | 城乡供水一体化 | 新建水厂1座 | 县水利局\n"
        "2 | 管网延伸 | 铺设供水管网60公里 | 县水务公司\n"
    )
    d = _doc(text)
    assert d["title"] == "某县2025年农村饮水安全提升项目汇总"
    assert d["plan_start_year"] == 2025


@pytest.mark.parametrize(
    "first",
    [
        "为进一步改善群众生活条件，经研究，今年安排以下项目",  # prose, no heading
        "某县人民政府",  # an issuer's name
        "序号 | 工作任务 | 牵头单位",  # a table header
    ],
)
def test_prose_an_issuer_or_a_header_is_no_title(first):
    text = f"{first}\n1.新建幼儿园3所。牵头单位：县教育局\n2.新增学位1200个。牵头单位：县教育局\n"
    assert _doc(text)["title"] is None


def test_an_html_body_opening_with_its_heading():
    page = (
        "<html><head><title>首页</title></head><body><div id='zoom'>"
        "<p>某区2024年社区服务提升项目一览</p>"
        "<p>1.新建社区食堂6个（责任单位：区民政局）</p>"
        "<p>2.改造社区服务中心10个（责任单位：区民政局）</p>"
        "</div></body></html>"
    )
    d = _doc(page, "p.html")
    assert d["title"] == "某区2024年社区服务提升项目一览"
    assert d["plan_start_year"] == 2024


def test_a_red_header_above_the_heading():
    text = (
        "某县人民政府办公室\n"
        "某政办发〔2025〕6号\n"
        "某县2025年“我为群众办实事”项目一览\n"
        "1.新建便民服务点20个。牵头单位：县商务局\n"
        "2.改造农贸市场3个。牵头单位：县商务局\n"
    )
    d = _doc(text)
    assert d["title"] == "某县2025年“我为群众办实事”项目一览"
    assert d["plan_start_year"] == 2025


@pytest.mark.parametrize(
    "heading_row",
    [
        "2025年某镇政府主要工作安排和任务分解 | ||",
        "| 某街道2024年重点工作安排 |",
        "某县2026年农业农村工作要点 |||",
    ],
)
def test_a_heading_in_a_cell_of_the_page_table_keeps_its_text(heading_row):
    text = (
        "索引号: | 1234567/2025-00012 | 公开方式: | 主动公开 |\n"
        "发布单位: | 某镇 |\n"
        f"{heading_row}\n"
        "今年全镇经济社会发展的主要预期目标是：财政总收入增长8%。\n"
        "1.新引进亿元以上项目3个。\n"
        "2.完成农村改厕500户。\n"
    )
    d = _doc(text)
    assert d["title"] == heading_row.strip("| ")


def test_a_heading_naming_no_kind_under_the_page_table():
    text = (
        "索引号: | 1234567/2025-00012 | 公开方式: | 主动公开 |\n"
        "发布单位: | 某街道 |\n"
        "某街道2025年惠民项目一览 | ||\n"
        "1.新建社区食堂2个。\n"
        "2.改造老旧小区4个。\n"
    )
    assert _doc(text)["title"] == "某街道2025年惠民项目一览"


def test_a_sentence_ending_with_an_ascii_full_stop_is_no_plan_heading():
    text = (
        "某市发展和改革委员会 某市住房和城乡建设局 关于印发某市社区服务设施建设实施方案的通知\n"
        "各区(市)县政府,市级有关部门:\n"
        "经市政府同意,现将《某市社区服务设施建设实施方案》印发给你们,请认真贯彻落实.\n"
        "一、主要目标\n"
        "到2026年底前,建成社区服务综合体80个.\n"
        "二、重点任务\n"
        "1.完善设施布局。牵头单位：市住建局\n"
    )
    d = _doc(text)
    assert d["plan_title"] == "某市社区服务设施建设实施方案"


@pytest.mark.parametrize("line", ["——2026年1月9日在区第五届人民代表大会第三次会议上", "—在县十八届人大四次会议上"])
def test_the_subtitle_of_a_report_is_no_title(line):
    text = (
        f"{line}\n"
        "区发改委主任 某某\n"
        "各位代表：\n"
        "一、2026年计划草案\n"
        "1.地区生产总值增长6%左右。\n"
        "2.新增城镇就业5000人。\n"
    )
    assert _doc(text)["title"] != line


@pytest.mark.parametrize("credit", ["某某日报记者 张某某 通讯员 李某", "记者 王某某 实习生 赵某", "本报记者 刘某某"])
def test_a_reporters_credit_line_is_no_title(credit):
    text = (
        "2025年，某街道将实施“新建社区食堂、改造老旧楼院”等十件惠民实事。\n"
        f"{credit}\n"
        "[编辑：某某]\n"
    )
    assert _doc(text)["title"] != credit


def test_a_joint_notice_keeps_all_its_issuers_in_the_title():
    title = "某市发展和改革委员会 中共某市委社会工作部 某市规划和自然资源局 某市住房和城乡建设局 关于印发某市社区服务设施建设实施方案的通知"
    text = (
        f"{title}\n"
        "各区(市)县政府,市级有关部门:\n"
        "现将《某市社区服务设施建设实施方案》印发给你们,请认真贯彻落实。\n"
        "一、重点任务\n"
        "1.完善设施布局。牵头单位：市住建局\n"
    )
    assert _doc(text)["title"] == title


def test_a_plan_of_phases_without_a_page_date_runs_from_its_first_phase():
    from transform.planyears import years_in_text

    text = "一、主要目标\n到2026年底前，建成示范社区50个。\n到2028年底前，建成社区服务综合体200个。\n"
    assert years_in_text(text, None) == (2026, 2028)
    assert years_in_text("到2029年，建成示范区3个。", None) == (None, 2029)  # one horizon alone: unknown start
