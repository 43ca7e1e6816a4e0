"""A red header that prints its issuers and 印发/转发 on a line of their own, above a 关于 line:
"某市人民政府 某市中级人民法院印发" / "关于完善…机制的意见的通知". The title is the two lines
joined, as a reader sees it. A line above that is no issuer line (a 文件 header, a sentence, a
文号), or a title that already names its issuer, stays as it was."""

from __future__ import annotations

from transform.metadata import extract_metadata
from transform.notice_titles import with_issuing_line


def _title(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["title"]


_BODY = (
    "各县(区)人民政府,市政府各部门:\n"
    "《青禾市人民政府 青禾市中级人民法院关于完善“府院联动”机制的意见》已经审议通过,现印发给你们。\n"
    "青禾市人民政府 青禾市中级人民法院\n2025年4月30日\n"
)


def test_joint_issuers_above_the_title():
    page = "青政发〔2025〕4号\n青禾市人民政府 青禾市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n" + _BODY
    assert _title(page) == "青禾市人民政府 青禾市中级人民法院印发关于完善“府院联动”机制的意见的通知"


def test_one_issuer_forwarding_with_a_blank_line():
    page = (
        "松溪县人民政府办公室转发\n\n关于做好2024年春耕生产工作的意见的通知\n松政办发〔2024〕6号\n"
        "各乡镇人民政府:\n县农业农村局《关于做好2024年春耕生产工作的意见》已经县政府同意,现转发给你们。\n"
        "松溪县人民政府办公室\n2024年3月1日\n"
    )
    assert _title(page) == "松溪县人民政府办公室转发关于做好2024年春耕生产工作的意见的通知"


def test_traditional_header():
    page = (
        "青禾縣人民政府辦公室 青禾縣人民檢察院聯合印發\n關於建立公益訴訟協作機制的意見的通知\n"
        "各鄉鎮人民政府：\n現將意見印發給你們。\n青禾縣人民政府辦公室\n2024年5月6日\n"
    )
    assert _title(page) == "青禾縣人民政府辦公室 青禾縣人民檢察院聯合印發關於建立公益訴訟協作機制的意見的通知"


def test_a_document_header_line_is_no_issuing_line():
    page = (
        "青禾市人民政府文件\n青政发〔2025〕4号\n关于印发青禾市2025年重点工作任务的通知\n"
        "各县(区)人民政府:\n现将任务印发给你们。\n青禾市人民政府\n2025年3月1日\n"
    )
    assert _title(page) == "关于印发青禾市2025年重点工作任务的通知"


def test_a_sentence_above_is_no_issuing_line():
    lines = ["经市政府同意,现由市政府办公室印发", "关于做好防汛工作的通知"]
    assert with_issuing_line("关于做好防汛工作的通知", lines) == "关于做好防汛工作的通知"
    lines = ["现将有关事项印发", "关于做好防汛工作的通知"]
    assert with_issuing_line("关于做好防汛工作的通知", lines) == "关于做好防汛工作的通知"


def test_a_title_naming_its_issuer_stays():
    lines = ["青禾市人民政府办公室印发", "青禾市人民政府关于做好防汛工作的通知"]
    assert with_issuing_line("青禾市人民政府关于做好防汛工作的通知", lines) == "青禾市人民政府关于做好防汛工作的通知"


def test_a_labelled_title_stays_as_labelled():
    page = (
        "标题:关于完善府院联动机制的意见的通知\n发布日期:2025-05-06\n"
        "青禾市人民政府 青禾市中级人民法院印发\n关于完善府院联动机制的意见的通知\n" + _BODY
    )
    assert _title(page) == "关于完善府院联动机制的意见的通知"
