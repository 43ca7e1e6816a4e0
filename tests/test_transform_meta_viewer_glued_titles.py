"""A document-sharing site prints a document's name as a file (name, extension, badges) and then
the name again; extraction may glue them, with a prompt of the site before, into one headline
("…快捷访问某镇工作总结.docxVIP专享VIP免费优质某镇工作总结"). The title is the name a reader sees
(EXTRACTION.md: the heading a reader would see), printed once. A headline that names a file
without printing its name again keeps its title. A closing formula (特此公示！) is never the
title; a share or copy button (微信扫一扫, 正文复制) is chrome. Every text here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import without_glued_file_name


def _title(text: str) -> str | None:
    return parse_document(text, source="p.txt", is_text=True).document["title"]


@pytest.mark.parametrize(
    ("glued", "name"),
    [
        (
            "安装后可以在桌面快捷访问某区工作总结及2024年工作安排.docxVIP专享VIP免费优质某区工作总结及2024年工作安排",
            "某区工作总结及2024年工作安排",
        ),
        ("某镇2025年工作计划.docVIP某镇2025年工作计划", "某镇2025年工作计划"),
        ("某市乡村振兴三年行动方案.wps优质某市乡村振兴三年行动方案", "某市乡村振兴三年行动方案"),
    ],
)
def test_a_file_name_and_badges_glued_before_the_name_again(glued, name):
    assert without_glued_file_name(glued) == name


@pytest.mark.parametrize(
    "title",
    [
        "某区工作总结及2024年工作安排.docx",  # a file name printed once: as printed
        "某镇2025年工作计划.docxVIP",  # badges: another rule drops them
        "关于印发某县2024年工作要点.doc说明的通知",  # no badge after the extension
        "某县工作方案.docxVIP某县另一份方案",  # the name after the badges is another one
        None,
        "",
    ],
)
def test_titles_that_print_the_name_once_stay(title):
    assert without_glued_file_name(title) == title


def test_a_viewer_page_with_the_glued_headline():
    text = (
        "电脑桌面\n"
        "添加某某范文网到电脑桌面\n"
        "安装后可以在桌面快捷访问\n\n"
        "某开发区工作总结及2024年工作安排.docxVIP专享VIP免费优质\n\n"
        "某开发区工作总结及2024年工作安排\n\n"
        "一、2023年以来工作开展情况\n\n"
        "今年以来，开发区聚焦争先进位，着力推进项目建设、园区拓展等各项工作，高质量发展稳中向好。\n"
        "二、2024年工作安排\n"
        "1.抓好项目建设。全年新开工项目20个以上。\n"
    )
    assert _title(text) == "某开发区工作总结及2024年工作安排"


def test_a_traditional_viewer_page_with_the_glued_headline():
    # (a traditional page is read in its simplified working copy; the title stays as printed)
    text = (
        "電腦桌面\n"
        "下載到桌面某縣2023年重點工作任務.pdf VIP專享 某縣2023年重點工作任務\n\n"
        "一、推進項目建設\n"
        "1.全年新開工項目20個以上。\n"
        "2.新建農村公路30公里。\n"
    )
    assert _title(text) == "某縣2023年重點工作任務"


@pytest.mark.parametrize("closing", ["特此公示!", "特此公示！", "特此公告。", "特此通知"])
def test_a_closing_formula_is_never_the_headline(closing):
    text = (
        "某区人民政府 2020-05-12 09:30 来源: 区生态环境分局\n"
        "关于某区生态环境保护督察反馈问题整改任务整改情况的公示情况说明\n"
        "根据有关要求，现对督察反馈问题整改完成情况进行公示。\n"
        "整改完成情况:\n"
        "1、定期召开任务推进会议，压实责任。\n"
        "2、每月调度预警，强化督查督办。\n"
        f"{closing}\n"
        "公示时间:2020年5月12日至2020年5月18日。\n"
        "某区生态环境分局\n"
        "2020年5月12日\n"
    )
    assert _title(text) == "关于某区生态环境保护督察反馈问题整改任务整改情况的公示情况说明"


@pytest.mark.parametrize("button", ["微信扫一扫", "正文复制", "微信掃一掃"])
def test_a_share_or_copy_button_is_no_title(button):
    text = (
        f"{button}\n"
        "今天，在某区人民代表大会上，代表们投票选出了10件2022年某区民生实事项目。\n"
        "01\n住房保障项目\n开工建设安置房40万平方米，回迁安置800户。\n"
    )
    assert _title(text) is None


def test_a_headline_naming_a_copy_stays():
    text = "正文复制件管理办法\n第一条 为规范档案复制工作，制定本办法。\n"
    assert _title(text) == "正文复制件管理办法"
