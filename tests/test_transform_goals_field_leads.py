"""Under a goal horizon ("到2025年，…") whose field leads head its paragraphs ("幼有所育" then its
figures), a paragraph with figures right under a field lead goes on with the horizon even without a
goal verb ("学前教育毛入园率大于90%", "参加职业技能培训1500万人次"): its figures are goals of that year,
like a bullet's. Past figures (已, 累计 …) and lines not under a field lead are not joined. Every text
here is invented."""

from __future__ import annotations

from transform.document import parse_document


def _targets(text: str) -> dict[float, int | None]:
    r = parse_document(text, source="p.txt", is_text=True)
    return {t["value"]: t["year"] for t in r.targets}


def test_field_leads_under_a_horizon_in_a_news_report():
    found = _targets(
        "某省发布“十四五”公共服务规划\n"
        "日前发布的《某省“十四五”公共服务规划》明确，到2025年，公共服务制度体系更加完善。\n"
        "幼有所育\n"
        "到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个。\n"
        "学有所教\n"
        "学前教育毛入园率大于90%，劳动年龄人口平均受教育年限达11.3年。\n"
        "劳有所得\n"
        "参加各类补贴性职业技能培训300万人次。\n"
    )
    assert found.get(90.0) == 2025
    assert found.get(300.0) == 2025


def test_field_leads_in_traditional_characters():
    found = _targets(
        "某省發布“十四五”公共服務規劃\n"
        "日前發布的《某省“十四五”公共服務規劃》明確，到2025年，公共服務制度體系更加完善。\n"
        "幼有所育\n"
        "到2025年，每千人口擁有3歲以下嬰幼兒托位數4.5個。\n"
        "學有所教\n"
        "學前教育毛入園率大於90%，勞動年齡人口平均受教育年限達11.3年。\n"
    )
    assert found.get(90.0) == 2025


def test_a_past_paragraph_under_a_field_lead_is_not_joined():
    found = _targets(
        "某省发布“十四五”公共服务规划\n"
        "日前发布的《某省“十四五”公共服务规划》明确，到2025年，公共服务制度体系更加完善。\n"
        "幼有所育\n"
        "到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个。\n"
        "学有所教\n"
        "全省已累计建成公办幼儿园1200所。\n"
    )
    assert 1200.0 not in found
