"""A traditional rendering of a portal page keeps the portal's chrome in traditional characters
(返回頂部, 打印本頁, 【字體：大 中 小】, 索引號 …): the body is trimmed of it as of its simplified
form, and keeps its printed characters."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.page import text_body


@pytest.mark.parametrize("chrome", [
    "返回頂部",
    "打印本頁 關閉窗口",
    "【字體：大 中 小】 打印本頁 關閉窗口",
    "當前位置：首頁 > 政務公開 > 政策文件",
    "瀏覽次數：",
    "分享到：",
])
def test_traditional_chrome_lines_leave_the_body(chrome):
    text = f"{chrome}\n某某縣2024年為民辦實事項目\n一、教育\n1.新建幼兒園2所。（牽頭單位：縣教育局）\n"
    assert text_body(text) == "某某縣2024年為民辦實事項目\n一、教育\n1.新建幼兒園2所。（牽頭單位：縣教育局）"


def test_traditional_metadata_lines_of_the_head_leave_the_body():
    text = (
        "某某市2024年為民辦實事項目\n發佈時間：2024-02-01\n索引號：0000/2024-001\n"
        "一、教育\n1.新建幼兒園2所。（牽頭單位：市教育局）\n"
    )
    assert text_body(text) == "某某市2024年為民辦實事項目\n一、教育\n1.新建幼兒園2所。（牽頭單位：市教育局）"


def test_a_mixed_page_reads_its_chrome_too():
    # a simplified page whose portal template is in traditional characters
    text = "返回頂部\n某某县2024年重点工作\n一、经济发展\n1.新建厂房5万平方米。（牵头单位：县工信局）\n打印本頁\n"
    assert text_body(text) == "某某县2024年重点工作\n一、经济发展\n1.新建厂房5万平方米。（牵头单位：县工信局）"


def test_the_document_body_of_a_traditional_portal_page():
    text = (
        "當前位置：首頁 > 政務公開 > 政策文件\n某某市2024年為民辦實事項目\n"
        "發佈時間：2024-02-01 瀏覽次數：\n【字體：大 中 小】 打印本頁 關閉窗口\n"
        "一、教育\n1.新建幼兒園2所。（牽頭單位：市教育局）\n2.改造老舊小區10個。（牽頭單位：市住建局）\n"
    )
    r = parse_document(text.encode(), source="x", is_text=True)
    assert r.document["body_text"] == (
        "某某市2024年為民辦實事項目\n一、教育\n1.新建幼兒園2所。（牽頭單位：市教育局）\n"
        "2.改造老舊小區10個。（牽頭單位：市住建局）"
    )
    assert [t["title"] for t in r.tasks] == ["新建幼兒園2所", "改造老舊小區10個"]


def test_a_title_after_traditional_chrome():
    text = (
        "返回頂部\n\n某某縣人民政府工作規則\n\n  • 索引號:\n\n    0000/2024-001\n"
        "  • 發文字號:\n\n    某政發〔2024〕7號\n\n某某縣人民政府工作規則\n\n第一章 總則\n"
        "一、根據有關法律法規，制定本規則。\n"
    )
    assert parse_document(text.encode(), source="x", is_text=True).document["title"] == "某某縣人民政府工作規則"


def test_body_lines_that_only_look_like_chrome_stay():
    text = "某某縣2024年重點工作\n一、打造關閉礦山生態修復示範區\n1.完成修復面積500畝。（牽頭單位：縣自然資源局）\n"
    assert text_body(text) == text.strip()


def test_a_taiwan_login_link_is_chrome():
    text = "無障礙版 長者助手 登入\n某某街道2026年工作計劃\n一、黨建\n1.新建黨群服務站2個。（牽頭單位：街道黨工委）\n"
    assert text_body(text).split("\n")[0] == "某某街道2026年工作計劃"


def test_taiwan_metadata_labels_of_the_head_leave_the_body():
    # OpenCC s2twp writes 釋出 for 发布 and 資訊 for 信息: the labels are read as the mainland ones
    text = (
        "某某市2024年為民辦實事項目\n釋出機構: | 市政府辦公室\n資訊來源：市政府辦公室\n"
        "一、教育\n1.新建幼兒園2所。（牽頭單位：市教育局）\n"
    )
    assert text_body(text) == "某某市2024年為民辦實事項目\n一、教育\n1.新建幼兒園2所。（牽頭單位：市教育局）"
