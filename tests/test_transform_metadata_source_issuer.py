"""A 来源 field that names the website or desk posting the page is not the issuer: the issuer
comes from the notice title or the signature (invented pages in several layouts)."""

from __future__ import annotations

from transform.metadata import extract_metadata
from transform.metadata_issuer import posting_source


def _issuer(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["issuer"]


def test_portal_site_as_source_gives_way_to_the_title_issuer():
    page = (
        "青禾县人民政府办公室关于印发青禾县2025年为民办实事工作方案的通知\n"
        "来源:青禾县政府门户网 发布时间:2025-03-02\n"
        "各乡镇人民政府,县直各部门:\n现将方案印发给你们,请认真贯彻执行。\n"
        "青禾县人民政府办公室\n2025年2月28日\n"
    )
    assert _issuer(page) == "青禾县人民政府办公室"


def test_posting_desk_as_source_gives_way_to_the_title_issuer():
    page = (
        "松溪市人民政府关于下达2024年重点项目建设计划的通知\n来源:信息公开办\n发布日期:2024-02-10\n"
        "各区县人民政府:\n现将计划下达给你们。\n松溪市人民政府\n2024年2月6日\n"
    )
    assert _issuer(page) == "松溪市人民政府"


def test_site_byline_without_title_issuer_falls_back_to_the_signature():
    page = (
        "岭北区2023年优化营商环境工作要点\n来源:本网原创稿 更新时间:2023-05-04\n"
        "各街道办事处,区直各单位:\n《工作要点》已经区政府同意,现印发给你们。\n"
        "岭北区人民政府办公室\n2023年4月28日\n"
    )
    assert _issuer(page) == "岭北区人民政府办公室"


def test_traditional_news_site_source_is_dropped():
    page = "嶺東縣2022年民生實事項目計劃\n來源:嶺東新聞網\n發布日期:2022-01-20\n一、新建幼兒園2所。\n"
    assert _issuer(page) != "嶺東新聞網"


def test_a_body_named_as_source_stays_the_issuer():
    page = "关于做好春耕备耕工作的通知\n信息来源:南坪县农业农村局 发布时间:2024-03-01\n各乡镇:\n"
    assert _issuer(page) == "南坪县农业农村局"
    page = "2024年民生实事进展\n来源:南坪县融媒体中心\n发布时间:2024-07-01\n"
    assert _issuer(page) == "南坪县融媒体中心"


def test_which_sources_only_posted_the_page():
    for name in ["电子政务网", "某市人民政府门户网站", "某某新闻网", "某日报客户端", "信息公开办", "本站原创"]:
        assert posting_source(name), name
    for name in ["某县人民政府办公室", "国家电网", "某省电力公司", "某县融媒体中心", "市发展改革委", None]:
        assert not posting_source(name), name
