"""A field value keeps a bracket pair it prints itself (a column label before a title) and loses
only the brackets of the chrome around its field (invented blocks in several layouts)."""

from __future__ import annotations

from transform.metadata import extract_metadata, label_pairs


def test_a_title_value_keeps_its_leading_column_label():
    pairs = label_pairs("名称: 【稳就业】江口市人民政府关于2025年实施十项民生工程的通知 文号:")
    assert pairs["title"] == "【稳就业】江口市人民政府关于2025年实施十项民生工程的通知"


def test_a_title_value_in_a_table_row_keeps_its_bracket():
    pairs = label_pairs("标 题:【乡村振兴】东岭县2024年重点工作任务分工方案 | 发布日期:2024-02-01")
    assert pairs["title"] == "【乡村振兴】东岭县2024年重点工作任务分工方案"


def test_the_page_title_from_a_text_block_keeps_the_bracket():
    page = (
        "索引号: 1234/2024-00012 组配分类: 政策文件\n发布机构: 北川市人民政府\n"
        "名称: 【保民生】北川市人民政府办公室关于2024年为民办实事的通知\n发布日期: 2024-03-01\n"
        "各县区人民政府:\n1.新建幼儿园5所。\n"
    )
    meta = extract_metadata(page, {}, page, page_has_body=True)
    assert meta["title"] == "【保民生】北川市人民政府办公室关于2024年为民办实事的通知"


def test_chrome_brackets_around_fields_are_still_dropped():
    pairs = label_pairs("【来源:县政府办】【发布时间:2024-01-02】")
    assert pairs["issuer"] == "县政府办" and pairs["publish_date"] == "2024-01-02"
    assert label_pairs("发布机构:【南河县人民政府】")["issuer"] == "南河县人民政府"
    assert label_pairs("标题:【专项整治】某县2023年工作要点】")["title"] == "【专项整治】某县2023年工作要点"


def test_an_empty_bracketed_field_gives_no_value():
    pairs = label_pairs("【信息来源:【信息时间:2023-05-06 09:10 阅读次数: 】")
    assert "issuer" not in pairs and pairs["publish_date"] == "2023-05-06 09:10"
