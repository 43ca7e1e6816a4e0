"""The simplified working copy: traditional characters and pinyin noise are parsed as simplified
text, and every output string is printed as in the source."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.normalize import working_copy


def test_plain_simplified_text_needs_no_copy():
    assert working_copy("某县2024年重点工作任务\n一、产业发展\n1.新建厂房3万平方米。") is None
    assert working_copy("空气质量优良天数比例（AQI）达到90%，PM2.5浓度（μg/m³）下降") is None


def test_traditional_text_reads_simplified_and_maps_back():
    w = working_copy("到2025年，全縣糧食產量達到12萬噸，農業總產值突破30億元。")
    assert w.text == "到2025年，全县粮食产量达到12万吨，农业总产值突破30亿元。"
    assert w.printed("全县粮食产量达到12万吨") == "全縣糧食產量達到12萬噸"
    assert w.printed_chars("万吨") == "萬噸"


@pytest.mark.parametrize("printed,working,span,expected", [
    ("推動(dòng)產業發展", "推动产业发展", "推动产业发展", "推動(dòng)產業發展"),
    ("工作目標(biāo)\n一、交通", "工作目标\n一、交通", "工作目标", "工作目標(biāo)"),        # trailing noise kept
    ("落實（shí）責任", "落实责任", "落实", "落實（shí）"),                             # full-width brackets
    ("市交通運(yùn)輸局牽頭", "市交通运输局牵头", "市交通运输局", "市交通運(yùn)輸局"),
])
def test_pinyin_noise_is_dropped_from_the_copy_and_kept_in_print(printed, working, span, expected):
    w = working_copy(printed)
    assert w.text == working
    assert w.printed(span) == expected


def test_toneless_syllables_only_on_a_page_with_toned_noise():
    w = working_copy("召開(kāi)的(de)會議上，對(duì)新建的(de)8個食堂補助")
    assert w.text == "召开的会议上，对新建的8个食堂补助"
    # no toned syllable on the page: "(a)" "(de)" are text, and a unit in brackets stays
    assert working_copy("方案(a)部分的(de)说明") is None
    w = working_copy("達標率(%)達到95%，濃度(mg)下降")
    assert "(%)" in w.text and "(mg)" in w.text


def test_a_length_changing_conversion_keeps_positions():
    text = "乾隆年間的記錄；" * 3
    w = working_copy(text)
    assert len(w.text) == len(text)
    assert w.printed(w.text[8:16]) == text[8:16]


TRAD_PLAN = """某縣2024年民生實事工作方案
一、教育醫療
1.新建(jiàn)公辦幼兒園3所，新增學位1200個。（牽頭單位：縣教育局；配合單位：縣財政局、縣自然資源局）
2.改造鄉鎮衛生院5家，門診量達到10萬人次以上。（牽頭單位：縣衛生健康局）
二、城鄉建設
3.完成農村公路提升改造120公里，投資約1.5億元。（牽頭單位：縣交通運輸局）
"""


def test_traditional_plan_parses_like_simplified_and_prints_as_source():
    p = parse_document(TRAD_PLAN, source="trad.txt", is_text=True)
    d = p.document
    assert d["title"] == "某縣2024年民生實事工作方案" and d["plan_title"] == "某縣2024年民生實事工作方案"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)
    assert d["body_text"].startswith("某縣2024年民生實事工作方案")
    by = {tuple(t["path"]): t for t in p.tasks}
    assert set(by) == {("一", "1"), ("一", "2"), ("二", "3")}
    assert by[("一", "1")]["title"] == "新建(jiàn)公辦幼兒園3所，新增學位1200個"
    assert by[("一", "1")]["lead_units"] == ["縣教育局"]
    assert by[("一", "1")]["participating_units"] == ["縣財政局", "縣自然資源局"]
    assert by[("二", "3")]["lead_units"] == ["縣交通運輸局"]
    assert {u["unit"] for u in p.task_units} >= {"縣教育局", "縣衛生健康局"}
    values = {(t["value"], t["unit"]) for t in p.targets}
    assert {(3.0, "所"), (1200.0, "個"), (10.0, "萬人次"), (120.0, "公里"), (1.5, "億元")} <= values
    visits = next(t for t in p.targets if t["value"] == 10.0)
    assert visits["comparator"] == ">=" and visits["year"] == 2024
    assert "門診量達到10萬人次以上" in visits["text"]


def test_traditional_information_table_gives_printed_title_and_number():
    html = ("<html><head><title>市政府關於印發2023年十件實事的通知_某市人民政府</title></head><body>"
            "<table class='xxgk'><tr><td>索 引 號</td><td>k123/2023-00019</td><td>發布機構</td><td>市政府辦</td></tr>"
            "<tr><td>標 題</td><td>市政府關於印發2023年十件實事的通知</td></tr>"
            "<tr><td>文 號</td><td>某政發〔2023〕8號</td><td>發布日期</td><td>2023-02-10</td></tr></table>"
            "<div id='zoom'><p>各區人民政府：</p><p>現將2023年十件實事印發給你們。</p>"
            "<p>1.新建停車場20個。（牽頭單位：市住建局）</p><p>2.改造老舊小區30個。（牽頭單位：市住建局）</p>"
            "</div></body></html>")
    d = parse_document(html, source="t.html").document
    assert d["title"] == "市政府關於印發2023年十件實事的通知"
    assert d["doc_number"] == "某政發〔2023〕8號"
    assert str(d["publish_date"]) == "2023-02-10"
    assert d["issuer"] == "市政府辦"


def test_simplified_page_rows_are_untouched():
    text = "某县2024年重点任务\n一、产业\n1.新建园区1个。（牵头单位：县工信局）"
    p = parse_document(text, source="s.txt", is_text=True)
    assert p.tasks[0]["lead_units"] == ["县工信局"] and p.document["body_text"] == text
