"""The issuing body printed on its own line above a red header whose 关于 title wraps over two
lines ("某市人民政府办公厅" / "关于印发2015年全市深化医药卫生" / "体制改革下步工作要点的通知"), under a
page headline that prints the title whole: the issuer is read from the red header, where the
signature is lost. Addressees (各…) and site lines above are never the issuer."""

from __future__ import annotations

from transform.metadata import extract_metadata


def _issuer(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["issuer"]


def test_issuer_above_a_wrapped_red_header():
    page = (
        "首页>政府信息公开目录>计划规划\n在线检阅: 搜索\n"
        "关于印发2024年全市深化医药卫生体制改革工作要点的通知\n访问量:\n"
        "青禾市人民政府办公室\n关于印发2024年全市深化医药卫生\n体制改革工作要点的通知\n"
        "各县(市、区)人民政府,市政府有关部门:\n《2024年全市深化医药卫生体制改革工作要点》已经市政府同意,现印发给你们。\n"
        "2024917\n(此件主动公开)\n"
    )
    assert _issuer(page) == "青禾市人民政府办公室"


def test_issuer_above_an_unwrapped_header_after_the_headline():
    page = (
        "当前位置:首页>文件\n关于做好2024年春耕生产工作的通知\n浏览次数:12\n"
        "松溪县人民政府\n关于做好2024年春耕生产工作的通知\n各乡镇人民政府:\n现就有关事项通知如下。\n"
    )
    assert _issuer(page) == "松溪县人民政府"


def test_addressees_are_never_the_issuer():
    page = (
        "关于印发2024年全县春耕生产工作要点的通知\n各乡镇人民政府\n关于印发2024年全县春耕\n生产工作要点的通知\n"
        "现将要点印发给你们。\n"
    )
    assert _issuer(page) is None

