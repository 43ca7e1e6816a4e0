"""Round 40e speed-ups give exactly what the plain code gives.

Each fast path is compared with its plain version, kept here as the reference, on hand-picked
cases (several that take the fast path, several that must not) and on random inputs built from
the characters that matter (see also tests/test_transform_fastpaths*.py). No test times anything:
the large inputs only guard against a hang (pytest-timeout).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform import long_plans as LP
from transform import memo
from transform import numerals as NU
from transform import page as PG
from transform import unit_clauses as UC
from transform import unit_combined as UCB
from transform import unit_persons as UP
from transform.targets import goals as GO
from transform.targets import words as TW
from transform.targets import work_lists as WL

# ------------------------------------------------------------------ numerals._may_hold_cn_year


def _may_hold_cn_year_reference(text: str) -> bool:
    return any(s in text for s in NU._CN_YEAR_STARTS)


_CN_YEAR_FIRES = [
    "行动方案（二〇二四—二〇二六年）",
    "一九九八年",
    "二○二五年",
    "二零二五",
    "二O二四",
    "二Ｏ二四",
    "二0二三",
    "三二〇",
]
_CN_YEAR_NOT = ["", "二", "九", "二二二", "一 九", "二o二四", "二十二", "第二年", "二\n〇", "一二九"]


def test_may_hold_cn_year_past_the_twos_read_one_by_one():
    many = "第二条、" * (NU._TWOS_READ + 10)  # more 二 than are read one by one: the searches take over
    for text in (many, many + "二〇二五年", "二〇" + many, many + "一九九八", many[:-4] + "二0"):
        assert NU._may_hold_cn_year(text) == _may_hold_cn_year_reference(text), text[-8:]
    assert NU._may_hold_cn_year(many) is False
    assert NU._may_hold_cn_year(many + "二〇二五年") is True


def test_may_hold_cn_year_equals_the_substring_searches():
    for text in _CN_YEAR_FIRES:
        assert NU._may_hold_cn_year(text) is True, text
    for text in _CN_YEAR_NOT:
        assert NU._may_hold_cn_year(text) is False, text
    for text in _CN_YEAR_FIRES + _CN_YEAR_NOT:
        assert NU._may_hold_cn_year(text) == _may_hold_cn_year_reference(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="二一九〇○零0OＯo十年县 \n", max_size=40))
def test_may_hold_cn_year_random(text):
    assert NU._may_hold_cn_year(text) == _may_hold_cn_year_reference(text)


@pytest.mark.timeout(30)
def test_may_hold_cn_year_large():
    text = "第二十二条县二级" * 8000  # every 二 read, none before a zero
    assert NU._may_hold_cn_year(text) is False
    assert NU._may_hold_cn_year(text + "二〇二五年") is True


# ------------------------------------------------------------------ unit_persons.name_end (memo)


def test_name_end_memo_gives_the_plain_answer():
    pieces = [
        "镇林业站—刘洋",
        "县民政局李明",
        "县发改局 2024年底前",
        "县发改局",
        "县住建局—县水务集团",
        "镇林业站—刘洋",
    ]
    memo.new_document()
    for p in pieces:
        assert UP.name_end(p) == UP.name_end.__wrapped__(p), p
    assert UP.name_end("镇林业站—刘洋") == 4
    assert UP.name_end("县发改局") == len("县发改局")
    memo.new_document()
    assert "镇林业站—刘洋" not in UP.name_end.memo  # a new document forgets the last one's pieces


# ------------------------------------------------------------------ unit_clauses._after_topic_dash


def _after_topic_dash_reference(view: str, s: int, e: int) -> int:
    k = max(view.rfind(ch, s, e) for ch in UC._DASHES)
    if k < 0:
        return s
    j = k
    while j > s and view[j - 1] in UC._DASHES:
        j -= 1
    if j <= s or UC.is_unit_like(view[s:j]):
        return s
    while k < e and view[k] in UC._DASHES:
        k += 1
    return k if view.startswith((*UC.BODY_LEVELS, "各"), k, e) else s


_DASHED = [
    "生态环保——县生态环境分局牵头",  # a topic and a long dash: the names after it
    "产业发展—县发改局牵头",
    "产业发展–县发改局牵头",
    "产业发展－县发改局牵头",
    "县住建局—县水务集团",  # units on both sides: from the start
    "中国—东盟博览会秘书处牵头",  # no level after the dash
    "县发改局牵头",  # no dash
    "—县发改局",
    "",
]


def test_after_topic_dash_equals_the_plain_scan():
    for view in _DASHED:
        for s in range(0, len(view) + 1, 2):
            assert UC._after_topic_dash(view, s, len(view)) == _after_topic_dash_reference(view, s, len(view))
    assert UC._after_topic_dash("产业发展—县发改局牵头", 0, 11) == len("产业发展—")


# ------------------------------------------------------------------ unit_clauses._verb_at_end


def _verb_at_end_reference(view: str, s: int, e: int) -> str | None:
    for n in UC._VERB_LENGTHS:
        if e - n > s and view[e - n] in UC._VERB_FIRST and view[e - n : e] in UC.VERB_KIND:
            return view[e - n : e]
    return None


_VERB_VIEWS = [
    "县发改局牵头",
    "县财政局配合",
    "县农业农村局负责",
    "县发改局",
    "牵头",
    "",
    "县发改局牵头、县财政局配合",
    "a",
]


def test_verb_at_end_equals_the_plain_loop():
    for view in _VERB_VIEWS:
        for s in range(len(view) + 1):
            for e in range(s, len(view) + 1):
                assert UC._verb_at_end(view, s, e) == _verb_at_end_reference(view, s, e), (view, s, e)
    assert UC._verb_at_end("县发改局牵头", 0, 6) == "牵头"
    assert UC._verb_at_end("县发改局", 0, 4) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="县局牵头配合负责协助参与、 ", max_size=16), st.integers(0, 16), st.integers(0, 16))
def test_verb_at_end_random(view, s, e):
    e = min(e, len(view))
    assert UC._verb_at_end(view, s, e) == _verb_at_end_reference(view, s, e)


# ------------------------------------------------------------------ unit_persons.has_phone


_PHONES = ["县发改局 13907451234", "联系电话：0745-6231100", "电话：12345678", "手机13800001111", "1234567"]
_NO_PHONES = ["县发改局", "123456", "电话：123-45", "2024年底前", "", "0745－6"]


def test_has_phone_equals_the_labelled_search():
    for view in _PHONES:
        assert UP.has_phone(view) is True, view
    for view in _NO_PHONES:
        assert UP.has_phone(view) is False, view
    for view in _PHONES + _NO_PHONES:
        assert UP.has_phone(view) == (UP._PHONE.search(view) is not None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789-－—联系电话手机:：县 ", max_size=24))
def test_has_phone_random(view):
    assert UP.has_phone(view) == (UP._PHONE.search(view) is not None)


# ------------------------------------------------------------------ long_plans: a worded year heading


_WORDED = ["2020年基数  2025年目标", "指标 2025年目标值　属性", "2025年（预期） 属性", "1998年基数\t2000年"]
_NOT_WORDED = ["2025年 目标", "到2025年，", "2025年目标值", "3025年目标 ", "二〇二五年目标 ", "", "年目标 "]


def test_worded_year_heading_equals_the_year_first_search():
    for text in _WORDED:
        assert LP._WORDED_YEAR_AT.search(text) is not None, text
    for text in _NOT_WORDED:
        assert LP._WORDED_YEAR_AT.search(text) is None, text
    for text in _WORDED + _NOT_WORDED:
        assert (LP._WORDED_YEAR_AT.search(text) is None) == (LP._WORDED_YEAR_HEAD.search(text) is None)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="1902５年目标值（）( )\u3000\t县", max_size=24))
def test_worded_year_heading_random(text):
    assert (LP._WORDED_YEAR_AT.search(text) is None) == (LP._WORDED_YEAR_HEAD.search(text) is None)


@pytest.mark.timeout(30)
def test_worded_year_heading_large():
    text = "2025年目标值" * 8000  # a year before 年 everywhere, never a space after the word
    assert LP._WORDED_YEAR_AT.search(text) is None
    assert LP._WORDED_YEAR_AT.search(text + "2025年目标 ") is not None


# ------------------------------------------------------------------ unit_combined.has_combined_opener


_COMBINED = [
    "牵头（配合）单位：县发改局（县财政局）",
    "牵头单位（协办单位）",
    "主办/协办单位",
    "主责部门（配合部门）",
    "牵头 /配合单位",
]
_NOT_COMBINED = ["牵头单位：县发改局", "主要任务（一）", "县发改局牵头，县财政局配合", "主管（配合）", ""]


def test_has_combined_opener_equals_the_opener_search():
    for text in _COMBINED:
        assert UCB.has_combined_opener(text) is True, text
    for text in _NOT_COMBINED:
        assert UCB.has_combined_opener(text) is False, text
    for text in _COMBINED + _NOT_COMBINED:
        assert UCB.has_combined_opener(text) == (UCB.COMBINED_OPENER.search(text) is not None)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="牵头主办责单位部门（(/／ 县", max_size=20))
def test_has_combined_opener_random(text):
    assert UCB.has_combined_opener(text) == (UCB.COMBINED_OPENER.search(text) is not None)


@pytest.mark.timeout(30)
def test_has_combined_opener_large():
    text = "牵头单位：县发改局；主办：县政府。" * 8000
    assert UCB.has_combined_opener(text) is False
    assert UCB.has_combined_opener(text + "主责部门（县财政局）") is True


# ------------------------------------------------------------------ targets: work-list cues gated by their nouns


def test_anchors_are_the_words_no_other_stands_in():
    assert TW.anchors(("民生实事", "实事", "实事项目", "民生工程", "惠民工程", "民生项目")) == (
        "实事",
        "民生工程",
        "惠民工程",
        "民生项目",
    )
    assert TW.anchors(("a", "a")) == ("a",)
    assert TW.holds_any("今年办好十件民生实事：", ("实事",)) is True
    assert TW.holds_any("推进民生项目", ("实事", "民生项目")) is True
    assert TW.holds_any("建设重点工程和项目", ("实事", "民生工程")) is False


_WORK_BODIES_FIRE = [
    "今年将办好15件民生实事：新建口袋公园10个；改造老旧小区20个。",
    "今年将接续办好10件重点民生实事。具体包括：\n建设口袋公园100个\n新增停车位2000个",
    "实施好8项惠民工程：\n新建学校2所\n改造道路5公里",
    "推进民生项目如下：\n新建养老机构3家",
]
_WORK_BODIES_NOT = [
    "一、实施重点工程。建设产业项目30个，完成投资50亿元。\n（牵头单位：县发改局）",  # 工程 and 项目, no cue noun
    "推进重点项目建设：新开工项目20个",
    "",
]


def test_work_list_gates_are_exact():
    for body in _WORK_BODIES_FIRE:
        assert GO.work_list_paragraphs(body, []) or WL.listed_below_cues(body, []), body
    for body in _WORK_BODIES_NOT:
        assert GO.work_list_paragraphs(body, []) == []
        assert WL.listed_below_cues(body, []) == []
        assert GO._WORK_LIST_RE.search(body) is None and WL._CUE_CLOSING_RE.search(body) is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="办好实施推进件项民生实惠工程目事：:\n 10个", max_size=40))
def test_work_list_cue_needs_an_anchor(text):
    if not TW.holds_any(text, WL._NOUN_ANCHORS):
        assert WL._CUE_CLOSING_RE.search(text) is None
        assert GO._WORK_LIST_RE.search(text) is None


# ------------------------------------------------------------------ page.trim_chrome: one scan for traditional characters


def _trim_chrome_reference(lines: list[str]) -> str:
    out: list[str] = []
    n = len(lines)
    head_end = max(60, n // 4)
    for i, raw in enumerate(lines):
        line = raw.strip(" \t\u3000")
        if not line:
            continue
        probe = PG.simplified(line)
        probe = probe if probe is line else PG.as_mainland(probe)
        if i < head_end and PG.metadata_line(probe):
            continue
        if (
            PG._is_chrome_line(probe)
            or PG._only_chrome_words(probe)
            or PG._file_item(line)
            or PG._viewer_line(probe)
        ):
            continue
        if (i > n // 2 and PG._footer_starts(probe)) or PG._link_box(probe, lines, i):
            break
        tabbed = raw.count("\t") >= 2 or (raw[:1] == "\t" and i > 0 and lines[i - 1].count("\t") >= 2)
        out.append(raw.strip(" \u3000").rstrip("\t") if tabbed else line)
    return "\n".join(out)


_CHROME_PAGES = [
    ["首页 > 政务公开 > 正文", "打印本页", "一、总体要求", "（一）加快建设。", "返回顶部"],
    [
        "首頁 > 政務公開 > 正文",
        "打印本頁",
        "一、總體要求",
        "（一）加快建設。",
        "返回頂部",
    ],  # traditional: read simplified
    ["索引號：113717230044875813/2023-07021", "一、总体要求", "关闭窗口", "网站标识码：3717230001"],
    ["一、总体要求", "\t\t\t局、各区政府", "1.任务清单.docx", "部门网站", "县发改局", "鲁ICP备05002281号"],
    ["", "  ", "一、總體要求∶加快建設", "【打印】【关闭】"],
]


def test_trim_chrome_equals_the_line_by_line_probe():
    for lines in _CHROME_PAGES:
        assert PG.trim_chrome(lines) == _trim_chrome_reference(lines), lines
    assert PG.trim_chrome(_CHROME_PAGES[1]) == "一、總體要求\n（一）加快建設。"
