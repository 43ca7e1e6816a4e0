"""A 来源 field naming a document-sharing site's uploader ("网友投稿", "会员上传", "用户上传") is no
issuer: it names a person who posted the page, not the body that issued the plan; nor is one
naming a site then the site's own blurb ("某某文档网 本文已影响 某某文档网手机站": its first word
is a site's name). Invented pages of a template site, a portal and a traditional-character mirror."""

from __future__ import annotations

import pytest

from transform.metadata import extract_metadata
from transform.metadata_issuer import posting_source


def _issuer(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["issuer"]


@pytest.mark.parametrize("value", ["某某文档网 本文已影响 某某文档网手机站", "范文网 阅读量:120", "网友投稿", "网友上传", "会员上传", "用户上传", "用户投稿", "投稿", "網友投稿"])
def test_uploader_is_a_posting_source(value):
    assert posting_source(value)


@pytest.mark.parametrize("value", ["县教育局", "某县融媒体中心", "青禾县网络安全和信息化委员会办公室", "某市投资促进局",
                                   "国家电网 某供电公司", "某县人民政府 办公室"])
def test_bodies_stay_issuers(value):
    assert not posting_source(value)


def test_template_site_page_has_no_issuer():
    page = (
        "当前位置:首页 > 专题范文 > 工作要点 > 2024年县卫健局工作要点\n\n2024年县卫健局工作要点\n\n"
        "发布时间:2024-03-05 10:15:02 来源:网友投稿\n\n下面是小编为大家整理的2024年县卫健局工作要点,供大家参考。\n\n"
        "一、加强基层医疗卫生服务能力建设\n新建村卫生室5个。\n"
    )
    assert _issuer(page) is None


def test_uploader_gives_way_to_the_title_issuer():
    page = (
        "青禾县农业农村局关于印发2023年工作要点的通知\n来源:会员上传 发布时间:2023-02-10\n"
        "各乡镇:\n现将工作要点印发给你们。\n青禾县农业农村局\n2023年2月8日\n"
    )
    assert _issuer(page) == "青禾县农业农村局"
