"""Metadata and notice-title patterns are written in simplified characters only: a traditional
page (a Big5 mirror, a Taiwan or Hong Kong repost) is matched in its simplified working copy
(`transform.normalize`) and every field is printed as the page prints it."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.html_parts import first_label as _first_label

FIELDS = ("title", "plan_title", "issuer", "doc_number", "publish_date")


def _doc(text: str, name: str) -> dict:
    d = parse_document(text, source=name, is_text=not name.endswith(".html")).document
    return {k: d.get(k) for k in FIELDS} | {"is_plan": d.get("is_plan")}


BIG5_MIRROR = """<html><head><title>關於印發某縣2025年民生實事項目實施方案的通知_某縣人民政府</title></head><body>
<div class="info">{label}：2025-03-12　　文號：某政辦發〔2025〕8號</div>
<h1>關於印發某縣2025年民生實事項目實施方案的通知</h1>
<p>各鄉鎮人民政府，縣直各單位：</p>
<p>現將《某縣2025年民生實事項目實施方案》印發給你們，請認真貫徹執行。</p>
<p>某縣人民政府辦公室</p><p>2025年3月10日</p>
<p>一、新建公辦幼兒園3所，新增學位1200個。（牽頭單位：縣教育局）</p>
</body></html>"""


@pytest.mark.parametrize("label", ["發佈日期", "發布日期", "发佈日期", "發佈時間"])
def test_a_big5_mirror_reads_its_labelled_fields(label):
    d = _doc(BIG5_MIRROR.format(label=label), "m.html")
    assert d["title"] == "關於印發某縣2025年民生實事項目實施方案的通知"
    assert d["plan_title"] == "某縣2025年民生實事項目實施方案"
    assert d["doc_number"] == "某政辦發〔2025〕8號"
    assert str(d["publish_date"]) == "2025-03-12"
    assert d["issuer"] == "某縣人民政府辦公室"


def test_the_info_block_opens_at_a_traditional_publish_label():
    assert _first_label("<p>首頁</p><span>發佈日期：2024-01-02</span>") == 15
    assert _first_label("<span>發佈機構：某縣人民政府</span>") == 6
    assert _first_label("<p>公佈欄</p><p>佈置工作</p>") == -1  # near miss: no label


def test_simplified_mirror_reads_the_same_fields():
    html = BIG5_MIRROR.format(label="发布日期")
    import opencc

    d = _doc(opencc.OpenCC("t2s").convert(html), "s.html")
    assert d["doc_number"] == "某政办发〔2025〕8号"
    assert str(d["publish_date"]) == "2025-03-12"
    assert d["plan_title"] == "某县2025年民生实事项目实施方案"


JOINT = """某市人民政府 某市中級人民法院聯合印發
關於完善矛盾糾紛多元化解機制的實施方案的通知
某政發〔2024〕3號
各區縣人民政府：
一、建立調解中心10個。（牽頭單位：市司法局）
二、培訓調解員500名。（牽頭單位：市司法局）
"""


def test_a_traditional_issuing_line_joins_the_title():
    d = _doc(JOINT, "j.txt")
    assert d["title"] == "某市人民政府 某市中級人民法院聯合印發關於完善矛盾糾紛多元化解機制的實施方案的通知"
    assert d["doc_number"] == "某政發〔2024〕3號"


@pytest.mark.parametrize(
    "head,issuer,plan",
    [
        (
            "某縣人民政府辦公室轉發縣發展和改革局關於2024年重點項目建設計劃的通知",
            "某縣人民政府辦公室",
            "縣發展和改革局關於2024年重點項目建設計劃",
        ),
        ("某縣農業農村局關於印發2024年鄉村振興工作要點的通知", "某縣農業農村局", "2024年鄉村振興工作要點"),
        ("某縣人民政府頒佈《某縣2023年重點工作任務分解方案》", None, "某縣2023年重點工作任務分解方案"),
    ],
)
def test_traditional_notice_titles_give_issuer_and_plan(head, issuer, plan):
    text = (
        head
        + "\n發佈時間：2024年02月05日\n一、完成投資50億元。（牽頭單位：縣發改局）\n二、新開工項目30個。\n"
    )
    d = _doc(text, "n.txt")
    assert d["title"] == head
    assert d["issuer"] == issuer
    assert d["plan_title"] == plan
    assert str(d["publish_date"]) == "2024-02-05"
    assert d["is_plan"] is True


def test_simplified_near_misses_stay():
    d = _doc(
        "某县人民政府关于做好2024年春节假期安排的通知\n发布时间：2024年02月05日\n一、放假时间。\n", "h.txt"
    )
    assert d["title"] == "某县人民政府关于做好2024年春节假期安排的通知"
    assert d["issuer"] == "某县人民政府"
    assert d["is_plan"] is False
    # the same notice in both scripts gives the same fields, each printed in its own script
    simple = _doc(
        "关于印发某县2024年工作要点的通知\n文号：某政发〔2024〕1号\n一、完成投资5亿元。\n二、新建学校2所。\n",
        "d.txt",
    )
    trad = _doc(
        "關於印發某縣2024年工作要點的通知\n文號：某政發〔2024〕1號\n一、完成投資5億元。\n二、新建學校2所。\n",
        "d.txt",
    )
    assert simple["doc_number"] == "某政发〔2024〕1号" and trad["doc_number"] == "某政發〔2024〕1號"
    assert simple["plan_title"] == "某县2024年工作要点" and trad["plan_title"] == "某縣2024年工作要點"


@pytest.mark.parametrize("source", ["某某新聞網", "資訊公開辦", "本站原創", "網絡整理", "某某市發布"])
def test_a_traditional_posting_source_is_no_issuer(source):
    text = (
        "某縣農業農村局關於印發2024年鄉村振興工作要點的通知\n"
        f"發佈時間：2024-02-05 來源：{source}\n"
        "一、完成投資5億元。\n二、新建學校2所。\n"
    )
    assert _doc(text, "s.txt")["issuer"] == "某縣農業農村局"


def test_a_traditional_body_as_source_is_the_issuer():
    text = "2024年鄉村振興工作要點\n發佈時間：2024-02-05 來源：某縣農業農村局\n一、完成投資5億元。\n二、新建學校2所。\n"
    assert _doc(text, "s.txt")["issuer"] == "某縣農業農村局"
