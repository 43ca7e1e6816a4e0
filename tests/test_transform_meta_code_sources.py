"""A 来源 field whose value carries no Chinese character at all ("sp20241101", "admin",
"www.example.com", "ABC-07") is a mirror's upload code, account or domain, never the issuing
body; nor is a repost's new-media account ("来源:青禾发布"): the issuer comes from the notice title
or the signature instead (invented pages in several layouts, simplified and traditional)."""

from __future__ import annotations

from transform.document import parse_document
from transform.metadata import extract_metadata
from transform.metadata_issuer import posting_source


def _issuer(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["issuer"]


def test_an_upload_code_as_source_gives_way_to_the_signature():
    page = (
        "发布时间:2024-10-02 21:09:52 来源: up20241002\n"
        "青禾县人民政府关于加快推进农业现代化的实施意见\n青政发〔2023〕11号\n"
        "各乡镇人民政府,县政府各部门:\n现提出如下意见。\n"
        "青禾县人民政府\n2023年6月1日\n"
    )
    assert _issuer(page) == "青禾县人民政府"


def test_an_account_name_as_source_is_no_issuer():
    page = (
        "岭北区2024年优化营商环境工作要点\n来源:admin 时间:2024-05-04\n"
        "一、提升政务服务效能\n1.企业开办时间压减至1个工作日以内。\n"
    )
    assert _issuer(page) is None


def test_a_domain_as_source_gives_way_to_the_title_issuer():
    page = (
        "松溪市人民政府办公室关于印发松溪市2025年民生实事实施方案的通知\n"
        "来源:www.songxi-info.com 发布日期:2025-02-10\n"
        "各区县人民政府:\n现将方案印发给你们。\n"
    )
    assert _issuer(page) == "松溪市人民政府办公室"


def test_a_traditional_page_with_a_code_source():
    page = (
        "發布時間:2023-08-12 來源: BJ-0812\n"
        "嶺東縣人民政府辦公室關于印發嶺東縣2023年民生實事項目的通知\n"
        "各鄉鎮人民政府:\n現將項目印發給你們。\n嶺東縣人民政府辦公室\n2023年8月1日\n"
    )
    doc = parse_document(page.encode(), source="t.txt", is_text=True).document
    assert doc["issuer"] == "嶺東縣人民政府辦公室"


def test_a_new_media_account_as_source_gives_way_to_the_signature():
    page = (
        "关于印发青禾县2024年民生实事项目实施方案的通知\n"
        "各乡镇人民政府,县直各单位:\n现将实施方案印发给你们,请认真组织实施。\n"
        "青禾县人民政府办公室\n2024年3月1日\n"
        "一、新建幼儿园2所。\n二、改造老旧小区12个。\n来源:青禾发布\n编辑:张三\n"
    )
    assert _issuer(page) == "青禾县人民政府办公室"
    assert posting_source("岭北微发布") and posting_source("嶺東發布")


def test_which_sources_are_codes():
    for name in ["sp20241101", "admin", "www.example.com", "ABC-07", "2024-11-01"]:
        assert posting_source(name), name
    for name in ["某县人民政府办公室", "县发改委", "某县融媒体中心", "国家电网", "CCTV新闻中心", None]:
        assert not posting_source(name), name
