"""A short name a page declares ("（以下简称《三年行动》）") is a plan's when it is in 《》, follows a
name in 《》, or names a plan kind (“方案”); the short name of anything else (an award list, "…百强
县市（简称“百强县市”）") makes no news report a report of a plan, so the results it reports are no
targets (EXTRACTION.md: progress or achieved figures are not targets). Every text here is invented."""

from __future__ import annotations

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="p.txt", is_text=True)


_AWARD_NEWS = (
    "某县荣膺2022中国旅游百强县市\n"
    "11月20日，某智库在北京发布年度报告，揭晓了2022中国县域旅游综合竞争力百强县市（简称“2022旅游百强县市”），"
    "某县位列56位，荣膺“2022旅游百强县市”。\n"
    "2021年，全县旅游收入110亿元，增长18.2%，旅游总人数1300万人，增长17.5%。目前，有4A级景区3个、3A级景区5个。"
    "空气优良率93.1%。\n"
)


def test_an_award_short_name_makes_no_report_of_a_plan():
    r = _parse(_AWARD_NEWS)
    assert r.targets == []
    assert r.document["is_plan"] is False


def test_an_award_short_name_in_traditional_characters():
    r = _parse(
        "某縣榮膺2022中國旅遊百強縣市\n"
        "11月20日，某智庫在北京發布年度報告，揭曉了2022中國縣域旅遊綜合競爭力百強縣市（簡稱“2022旅遊百強縣市”），"
        "某縣位列56位，榮膺“2022旅遊百強縣市”。\n"
        "2021年，全縣旅遊收入110億元，增長18.2%，旅遊總人數1300萬人，增長17.5%。目前，有4A級景區3個、3A級景區5個。"
        "空氣優良率93.1%。\n"
    )
    assert r.targets == []


def test_a_plan_short_name_after_its_name_in_brackets_still_reports_the_plan():
    r = _parse(
        "我县出台新举措推动文旅发展\n"
        "近日，县政府印发《某县文旅融合发展三年攻坚》（以下简称“三年攻坚”）。\n"
        "“三年攻坚”明确，到2025年，全县接待游客1500万人次，旅游收入达到150亿元。\n"
        "“三年攻坚”还就项目建设作出部署。\n"
    )
    assert {t["value"] for t in r.targets} >= {1500.0, 150.0}


def test_a_short_name_naming_a_plan_kind_still_reports_the_plan():
    r = _parse(
        "我市出台新举措推动文旅发展\n"
        "近日，市政府印发文旅融合发展实施方案（简称“方案”）。\n"
        "“方案”明确，到2025年，全市接待游客3000万人次，旅游收入达到300亿元。\n"
        "“方案”还就项目建设作出部署。\n"
    )
    assert {t["value"] for t in r.targets} >= {3000.0, 300.0}
