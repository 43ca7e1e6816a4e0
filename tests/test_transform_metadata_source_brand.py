"""A 来源 field that names a themed website by its brand ("信用某市", the local site of 信用中国;
"文明某县", the local site of 中国文明网) is no issuer: the issuer comes from the signature or the
notice title. A body whose name starts the same way but ends as a body ("信用办", "文明办") stays."""

from __future__ import annotations

from transform.metadata import extract_metadata
from transform.metadata_issuer import posting_source


def _issuer(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["issuer"]


def test_credit_site_brand_gives_way_to_the_signature():
    page = (
        "关于印发青禾市2024年度大气污染防治重点工作实施方案的通知\n"
        "来源 :信用青禾 浏览 : 发布 :2024-05-03\n"
        "青政办发〔2024〕9号\n青禾市人民政府办公室\n关于印发青禾市2024年度大气污染防治重点工作实施方案的通知\n"
        "各县(市)区人民政府,市政府各直属单位:\n经市政府同意,现将方案印发给你们,请认真贯彻执行。\n"
        "青禾市人民政府办公室\n2024年4月28日\n"
    )
    assert _issuer(page) == "青禾市人民政府办公室"


def test_credit_site_brand_gives_way_to_the_title_issuer():
    page = (
        "松溪县人民政府关于印发松溪县社会信用体系建设三年行动计划的通知\n来源:信用中国(松溪)\n"
        "发布日期:2023-06-12\n各乡镇人民政府,县直各部门:\n现将计划印发给你们。\n"
    )
    assert _issuer(page) == "松溪县人民政府"


def test_civilisation_site_brand_is_dropped():
    page = "嶺東縣2022年文明城市創建工作要點\n來源:文明嶺東\n發布日期:2022-03-20\n一、新建志願服務站10個。\n"
    assert _issuer(page) != "文明嶺東"


def test_brand_checks():
    for name in ["信用青禾", "信用中国(松溪)", "信用中国（松溪）", "文明南坪", "文明嶺東"]:
        assert posting_source(name), name
    for name in ["信用办", "某市信用办", "文明办", "南坪县文明办", "信用青禾建设领导小组办公室", "信用社"]:
        assert not posting_source(name), name
