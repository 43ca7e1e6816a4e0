"""Byline fields printed without a space between them, the label glued to the time stamp of the
field before it ("发布时间:2022-11-02 10:36:00来源: 央视新闻"): the second label still starts a field,
so the source names the issuer and the date stays the first field's (transform/metadata._PAIR_RE)."""

from __future__ import annotations

from datetime import date

from transform.document import parse_document
from transform.metadata import label_pairs


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def test_a_source_glued_to_the_time_before_it():
    pairs = label_pairs("发布时间:2022-11-02 10:36:00来源: 央视新闻")
    assert pairs["issuer"] == "央视新闻"
    assert pairs["publish_date"].startswith("2022-11-02")


def test_a_date_glued_to_an_index_number_and_a_doc_number_after_a_date():
    pairs = label_pairs("索引号:1234/2024-00031发布日期:2024-03-05文号:某政办发〔2024〕3号")
    assert pairs["index_no"] == "1234/2024-00031"
    assert pairs["publish_date"] == "2024-03-05"
    assert pairs["doc_number"] == "某政办发〔2024〕3号"


def test_a_news_page_with_glued_byline_fields():
    text = (
        "某省印发《“十四五”乡村绿化美化行动方案》\n"
        "发布时间:2022-11-02 10:36:00来源: 某省日报\n"
        "近日，省林业局、省农业农村厅联合印发《“十四五”乡村绿化美化行动方案》。\n"
        "方案提出，到2025年，全省村庄绿化覆盖率达到35%，乡村“四旁”植树1亿株以上。\n"
    )
    doc = _doc(text)
    assert doc["issuer"] == "某省日报"
    assert doc["publish_date"] == date(2022, 11, 2)
    assert doc["title"] == "某省印发《“十四五”乡村绿化美化行动方案》"


def test_a_label_word_inside_prose_after_a_number_is_no_field():
    # "…3个来源" has no colon after it: no field starts there
    pairs = label_pairs("标题：某县2024年水利工作要点\n全年争取资金来自3个来源，其中中央资金占60%。")
    assert "issuer" not in pairs
    assert pairs["title"] == "某县2024年水利工作要点"
