"""Where a field's value ends in the 信息公开 block and bylines: at a label with no value after it on
a row printed without colons ("发布机构 某区 发文日期"), at a spaced unkept label ("主 题 词"), and
before a time stamp printed after the source ("来源:某县人民政府办公室   2020-05-20 09:54").
Invented pages in several layouts."""

from __future__ import annotations

from transform.metadata import extract_metadata, label_pairs
from transform.metadata_issuer import posting_source


def _meta(page: str) -> dict:
    return extract_metadata(page, {}, page, page_has_body=True)


def test_bare_row_value_ends_at_an_empty_label():
    page = (
        "索 引 号 0142671915/2024-00011 分 类 / 通知\n"
        "发布机构 青禾 发文日期\n"
        "标 题 区政府关于印发2024年重点任务分解方案的通知\n"
        "文 号 青政发〔2024〕3号 主 题 词\n"
        "区政府关于印发2024年重点任务分解方案的通知\n"
    )
    pairs = label_pairs(page)
    assert pairs["issuer"] == "青禾"
    assert pairs["doc_number"] == "青政发〔2024〕3号"


def test_bare_row_value_ends_at_a_spaced_unkept_label():
    pairs = label_pairs("发文字号 松政办〔2023〕12号 公 开 方 式 主动公开\n某县2023年工作要点\n")
    assert pairs["doc_number"] == "松政办〔2023〕12号"


def test_bare_row_with_values_after_each_label_is_unchanged():
    pairs = label_pairs("发布机构 岭北县人民政府办公室 发文日期 2022-03-01\n")
    assert pairs["issuer"] == "岭北县人民政府办公室"
    assert pairs["written_date"] == "2022-03-01"


def test_source_before_a_time_stamp():
    page = (
        "关于印发《南坪县河湖治理实施方案(2021—2025年)》的通知\n"
        "来源:南坪县人民政府办公室   2021-04-12 10:31\n"
        "各乡镇人民政府:\n现将方案印发给你们。\n"
    )
    assert _meta(page)["issuer"] == "南坪县人民政府办公室"


def test_newspaper_source_before_a_dated_stamp_with_seconds_or_a_dot():
    assert label_pairs("来源:江北日报 2019-08-17 11:05:24\n")["issuer"] == "江北日报"
    assert label_pairs("来源:东山晚报 • 2022-02-24 09:45:53\n")["issuer"] == "东山晚报"
    assert label_pairs("来源:青禾县农业农村局 2024年3月5日\n")["issuer"] == "青禾县农业农村局"


def test_a_date_inside_a_value_without_a_space_stays():
    # no space before the date: part of what is printed, left as it is
    assert label_pairs("文件名称:2024年工作要点\n")["title"] == "2024年工作要点"


def test_the_web_as_source_is_no_issuer():
    for name in ["网络", "网络整理", "网络作者:佚名", "互联网", "網絡"]:
        assert posting_source(name), name
    for name in ["网络安全和信息化委员会办公室", "县委网信办", "网络信息中心"]:
        assert not posting_source(name), name


def test_the_web_as_source_gives_way_to_the_signature():
    page = (
        "某镇2015年工作要点\n来源:网络 发布时间:2023-04-12\n"
        "一、抓好项目建设\n二、抓好民生保障\n东坪镇人民政府\n2015年2月1日\n"
    )
    assert _meta(page)["issuer"] != "网络"


def test_a_platform_or_official_site_after_the_title_is_dropped():
    from transform.headings import clean_title

    assert clean_title("东坪市人民政府关于2022年重点工作及责任分解的通知-某某网络平台") == (
        "东坪市人民政府关于2022年重点工作及责任分解的通知"
    )
    assert clean_title("南坪县2023年民生实事项目实施方案_南坪县官网") == "南坪县2023年民生实事项目实施方案"
    # a title that names a platform as its own work keeps it (no separator before it)
    assert clean_title("关于加快建设产业互联网平台的实施方案") == "关于加快建设产业互联网平台的实施方案"


def test_a_bracketed_doc_number_opening_the_headline():
    from transform.document import parse_document

    page = (
        "[松政办发〔2023〕7号]松江市人民政府办公室关于印发2023年为民办实事实施方案的通知\n\n"
        "发布日期: 2023-03-01 信息来源: 市政府办公室 浏览次数:\n\n"
        "各县区人民政府,市直有关部门:\n现将《2023年为民办实事实施方案》印发你们,请认真组织实施。\n"
    )
    doc = parse_document(page, source="b.txt", is_text=True).document
    assert doc["title"] == "松江市人民政府办公室关于印发2023年为民办实事实施方案的通知"
    assert doc["doc_number"] == "松政办发〔2023〕7号"


def test_a_masked_line_between_the_signature_and_its_date():
    from transform.metadata import _signature

    tail = "现予公告。\n**市**区第六届人民代表大会\n****\n2025年3月21日\n"
    who, d = _signature(tail)
    assert who == "**市**区第六届人民代表大会"
    assert str(d) == "2025-03-21"
    # an unmasked signature is read as before
    assert _signature("现予公告。\n东坪县人民政府\n2024年2月1日\n")[0] == "东坪县人民政府"
    # a line of only marks is never the issuer
    assert _signature("一、新建幼儿园2所。\n****\n2024年2月1日\n")[0] is None
