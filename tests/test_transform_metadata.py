"""Metadata: 信息公开 block forms, dates, 索引号 traps, plan title and years, signature."""
from __future__ import annotations

from datetime import date

from transform.metadata import extract_metadata, label_pairs, parse_date, plan_title_from, plan_years


def test_several_pairs_per_line_with_inner_spaces_in_labels():
    text = ("索 引 号: 113717230044875813/2023-07021 分  类: 政府办公室文件\n"
            "发布机构: 成武县人民政府办公室 成文日期: 2023 年 07 月 31 日\n"
            "文  号: 成政办字〔2023〕9号")
    p = label_pairs(text)
    assert p["index_no"] == "113717230044875813/2023-07021"
    assert p["category"] == "政府办公室文件"
    assert p["issuer"] == "成武县人民政府办公室"
    assert p["doc_number"] == "成政办字〔2023〕9号"
    assert parse_date(p["written_date"]) == date(2023, 7, 31)


def test_table_rows_with_and_without_colons():
    p = label_pairs("索引号 | 1137/2024-00031 | 分类 | 政府文件\n| 标 题: | 关于印发《甲》的通知 | ||")
    assert p["index_no"] == "1137/2024-00031" and p["category"] == "政府文件"
    assert p["title"] == "关于印发《甲》的通知"


def test_every_date_form():
    for s in ("2023-07-31", "2023年07月31日", "2023 年 07 月 31 日", "2023/7/31", "2023.7.31",
              "二〇二三年七月三十一日", "2023-07-31 10:21:00"):
        assert parse_date(s) == date(2023, 7, 31), s


def test_index_numbers_are_never_dates():
    assert parse_date("113717230044875813/2023-07021") is None
    assert parse_date("2026-02-00018") is None
    meta = extract_metadata("索引号：2026-02-00018\n标题：关于印发《甲方案》的通知", {}, "正文")
    assert meta["publish_date"] is None and meta["index_no"] == "2026-02-00018"


def test_plan_title_forms():
    assert plan_title_from("关于印发《单县2024年任务》的通知", "") == "单县2024年任务"
    assert plan_title_from("成武县人民政府办公室关于印发成武县2023年重点工作任务的通知", "") == "成武县2023年重点工作任务"
    assert plan_title_from("关于做好防汛工作的通知", "现将《防汛工作方案》印发给你们") == "防汛工作方案"
    assert plan_title_from("曹县数字乡村建设实施方案", "") == "曹县数字乡村建设实施方案"


def test_plan_years_forms():
    assert plan_years("三年行动计划(2023—2025年)") == (2023, 2025)
    assert plan_years("三年行动计划（2023-2025年）") == (2023, 2025)
    assert plan_years("行动方案(2023—2025)") == (2023, 2025)
    assert plan_years("2023年重点工作任务") == (2023, 2023)
    assert plan_years("“十四五”规划") == (2021, 2025)
    assert plan_years("重点工作") == (None, None)


def test_meta_tags_and_signature_date_fallbacks():
    meta = extract_metadata("", {"articletitle": "关于印发《甲计划》的通知", "pubdate": "2024-03-05 10:21",
                                 "contentsource": "某县人民政府"}, "正文")
    assert meta["title"] == "关于印发《甲计划》的通知" and meta["publish_date"] == date(2024, 3, 5)
    assert meta["issuer"] == "某县人民政府"
    body = "各单位：\n现将《甲计划》印发给你们。\n中共某县委\n某县人民政府\n2023年8月22日\n甲计划"
    meta = extract_metadata("标题：关于印发《甲计划》的通知", {}, body)
    assert meta["publish_date"] == date(2023, 8, 22)


def test_doc_number_only_from_the_head_not_from_citations():
    body = "某政办字〔2024〕5号\n各单位：\n为落实《意见》（国发〔2022〕18号），制定本方案。"
    assert extract_metadata("", {}, body, head_text=body)["doc_number"] == "某政办字〔2024〕5号"
    body = "各单位：\n为落实《意见》（国发〔2022〕18号），制定本方案。"
    assert extract_metadata("", {}, body, head_text=body)["doc_number"] is None


def test_site_name_is_dropped_from_the_title_tag():
    meta = extract_metadata("", {}, "正文", title_tag="关于印发《甲方案》的通知_单县人民政府")
    assert meta["title"] == "关于印发《甲方案》的通知"
