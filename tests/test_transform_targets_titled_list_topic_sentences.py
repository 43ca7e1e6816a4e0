"""Under a headline naming the year's list of 实事 ("某区2025年十件民生实事出炉"), a news page may give
each item as a paragraph led by the item's name as a topic sentence ("实施青少年健康促进工程。免费为
1000名学生…") rather than by its field ("教育方面，…"): those paragraphs are the list's items too,
and their figures are targets of the list's year (audit round 24A: a 区 实事 page gave none).
Paragraphs about the past, and any under a headline that looks back (…全部完成), stay out."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


def _values(text: str) -> list[float]:
    return [t["value"] for t in _parse(text).targets]


_DISTRICT = (
    "2025某区十大民生实事出炉\n"
    "2025-02-03 16:58\n"
    "1月20日，某区人大代表票决选出2025年度十件民生实事项目。\n\n"
    "实施儿童健康促进工程。免费为800名学生开展视力筛查，开展健康讲座40场次。\n\n"
    "提升农村养老服务设施。新建农村幸福院12个。\n"
)

_TRADITIONAL = (
    "某市2026年民生實事項目公佈\n"
    "某市2026年民生實事項目日前確定。\n"
    "改善群眾出行條件。新增公共停車位3000個，改造背街小巷25條。\n"
)

_NEWS_PLAIN = (
    "某县2026年十件民生实事项目确定\n"
    "县人大代表票决确定了2026年十件民生实事。\n"
    "加强就业服务保障。开展职业技能培训2000人次，新增城镇就业1500人。\n"
)


@pytest.mark.parametrize(
    "text, values",
    [(_DISTRICT, [800.0, 40.0, 12.0]), (_TRADITIONAL, [3000.0, 25.0]), (_NEWS_PLAIN, [2000.0, 1500.0])],
    ids=["district", "traditional", "county"],
)
def test_topic_sentence_items_of_a_titled_list_give_targets(text, values):
    got = _values(text)
    assert all(v in got for v in values), got


def test_topic_sentence_item_targets_take_the_list_year():
    years = {t["value"]: t["year"] for t in _parse(_DISTRICT).targets}
    assert years[800.0] == 2025 and years[12.0] == 2025


def test_past_topic_sentence_paragraphs_stay_out():
    text = (
        "某区2026年民生实事项目公布\n"
        "某区2026年民生实事项目近日公布。\n"
        "改善群众出行条件。去年已新增公共停车位2600个。\n"
        "提升养老服务。截至目前已建成长者饭堂45个。\n"
    )
    got = _values(text)
    assert 2600.0 not in got and 45.0 not in got, got


def test_a_results_headline_reads_no_topic_sentence_items():
    text = (
        "某区2025年民生实事全部完成\n"
        "改善群众出行条件。新增公共停车位2600个。\n"
        "提升养老服务。建成长者饭堂45个。\n"
    )
    got = _values(text)
    assert 2600.0 not in got and 45.0 not in got, got


def test_a_headline_naming_no_list_reads_no_topic_sentences():
    text = "某区举行新春团拜会\n改善群众出行条件。新增公共停车位2600个。\n提升养老服务。建成长者饭堂45个。\n"
    got = _values(text)
    assert 2600.0 not in got and 45.0 not in got, got
