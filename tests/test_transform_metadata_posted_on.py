"""Mirrors and document-sharing sites print the page's date as "发表于：2022-08-06 10:46" or
"发布于：2024-03-05" (traditional 發表於 / 發佈於): a page date field like 发布时间, so it is the
publish_date, ahead of the date under the signature. A 发表于/发布于 naming a place ("发布于江西",
no colon) is no date field."""

from __future__ import annotations

from datetime import date

from transform.metadata import extract_metadata, label_pairs


def _date(page: str) -> date | None:
    return extract_metadata(page, {}, page, page_has_body=True)["publish_date"]


def test_posted_on_after_a_category_label():
    page = (
        "(某省)青禾县国民经济和社会发展十四五规划\n\n"
        "[规划计划] 发表于:2022-08-06 10:46:17\n收藏\n前言\n\n"
        "青禾县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
        "根据县委建议编制,主要阐明县委、县政府战略意图。\n"
    )
    assert _date(page) == date(2022, 8, 6)


def test_posted_on_beats_the_signature_date():
    page = (
        "文档分类:政府文件 | 发布于：2024-03-05\n"
        "松溪县人民政府办公室关于印发松溪县2024年为民办实事项目的通知\n"
        "各乡镇人民政府,县直各部门:\n现将项目印发给你们,请认真贯彻落实。\n"
        "松溪县人民政府办公室\n2024年2月28日\n"
    )
    assert _date(page) == date(2024, 3, 5)


def test_traditional_label():
    page = (
        "論壇首頁 > 政策文件\n"
        "樓主 發表於：2023-11-20 09:12\n"
        "某縣人民政府關於印發某縣2024年重點工作任務的通知\n"
        "各鄉鎮人民政府：\n現將任務印發給你們。\n某縣人民政府\n2023年11月15日\n"
    )
    assert _date(page) == date(2023, 11, 20)


def test_pairs_read_the_label():
    assert label_pairs("[规划计划] 发表于:2022-08-06 10:46:17")["publish_date"].startswith("2022-08-06")


def test_a_place_after_the_word_is_no_date_field():
    page = (
        "松溪县人民政府关于印发松溪县2024年重点工作任务的通知\n"
        "2024-03-05 10:31 · 发布于江西\n"
        "各乡镇人民政府：\n现将任务印发给你们。\n松溪县人民政府\n2024年3月1日\n"
    )
    assert _date(page) == date(2024, 3, 5)
    assert "publish_date" not in label_pairs("2024-03-05 10:31 · 发布于江西")


def test_a_higher_ranked_label_wins():
    page = "发布时间:2024-03-06\n发表于:2024-03-01\n某县2024年工作要点\n一、总体要求\n"
    assert _date(page) == date(2024, 3, 6)


def test_traditional_forms_of_the_other_date_labels():
    for label in ("發表時間", "發佈時間", "更新時間", "公開日期", "上傳時間"):
        page = (
            f"首頁 > 政務公開\n來源:某縣政府 瀏覽量:12 {label}:2023-01-05 15:22\n"
            "某縣人民政府辦公室關於印發某縣2023年工作要點的通知\n各鄉鎮人民政府:\n現將要點印發給你們。\n"
            "某縣人民政府辦公室\n2022年12月30日\n"
        )
        assert _date(page) == date(2023, 1, 5), label
