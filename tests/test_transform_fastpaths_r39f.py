"""Round 39f speed-ups give exactly what the plain code gives.

Each fast path is compared with its plain version, kept here as the reference, on hand-picked
cases (several that take the fast path, several that must not) and on random inputs built from
the characters that matter (see also tests/test_transform_fastpaths*.py).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch import markup as PM
from transform import markup as TM
from transform import metadata as M
from transform import normalize as NZ
from transform import units as U

# ------------------------------------------------------------------ planwatch.markup.for_lexbor


def _for_lexbor_reference(html_text: str) -> str:
    return PM.cap_options(PM.cap_attributes(PM.cap_nesting(html_text)))


def test_for_lexbor_equals_the_three_caps():
    pages = [
        "<html><body><p>某县人民政府</p></body></html>",  # few tags: no nesting or option scan
        "<div>" * 2500 + "县" + "</div>" * 2500,  # deep: nesting capped
        "<select>" + "<option>县</option>" * 2100 + "</select>",  # many options: capped
        "<select>" + "<option>县" * 1999 + "</select>",  # options just under the cap
        "<p " + " ".join(f"a{i}=1" for i in range(600)) + ">县</p>",  # an attribute flood, few tags
        "<br>" * 2001 + "<option>县",  # many tags, few options
        "",
    ]
    for page in pages:
        assert PM.for_lexbor(page) == _for_lexbor_reference(page)
    plain = "<p>县</p>" * 10
    assert PM.for_lexbor(plain) is plain


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<option>", "<p>", "县", " x=1", ">", "<"]), max_size=60))
def test_for_lexbor_equals_the_three_caps_random(bits):
    page = "".join(bits)
    assert PM.for_lexbor(page) == _for_lexbor_reference(page)


# ------------------------------------------------------------------ transform.units._masked


def _masked_reference(s: str, spans: list[tuple[int, int]]) -> str:
    chars = list(s)
    for a, b in spans:
        chars[max(a, 0) : max(b, 0)] = "\n" * (max(b, 0) - max(a, 0))
    return "".join(chars)


def test_masked_examples():
    text = "（牵头单位：县发改局；配合单位：县财政局）加快建设"
    cases = [
        [],  # no span: the text as it is
        [(1, 10)],
        [(11, 20), (1, 10)],  # out of order
        [(1, 10), (5, 15), (12, 13)],  # overlapping, nested
        [(-3, 4)],  # before the start
        [(5, 3), (4, 4)],  # empty and inverted: nothing
        [(0, len(text))],
        # past the end: the plain version grows the text (the reference is taken there)
        [(20, len(text) + 5)],
        [(len(text) + 2, len(text) + 4), (1, 3)],
        [(-5, -1)],
    ]
    for spans in cases:
        assert U._masked(text, spans) == _masked_reference(text, spans), spans
    assert U._masked("", []) == ""


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="县局（）：、牵头ab", max_size=30),
    st.lists(st.tuples(st.integers(-4, 36), st.integers(-4, 36)), max_size=5),
)
def test_masked_equals_the_plain_version(text, spans):
    assert U._masked(text, spans) == _masked_reference(text, spans)


# ------------------------------------------------------------------ transform.markup.has_markup


def _has_markup_reference(text: str) -> bool:
    return (
        "#" in text
        or "**" in text
        or "- " in text
        or "* " in text
        or "> " in text
        or "+-" in text
        or "+=" in text
        or TM._HAS_BOX.search(text) is not None
    )


def test_has_markup_examples():
    fire = ["## 一、总体要求", "**1.加强组织领导。**", "- 4.推进", "* （一）", "> 1.开展", "+----+", "+====+", "┃1┃"]
    quiet = ["增长-5%", "实现**亿元", "到2025年，*号", ">70%", "1+1", "县发改局牵头", ""]
    for text in fire:
        assert TM.has_markup(text) and _has_markup_reference(text), text
    for text in quiet[1:2]:  # "**" alone is markup to the test (the pass decides)
        assert TM.has_markup(text) == _has_markup_reference(text)
    for text in quiet[:1] + quiet[2:]:
        assert not TM.has_markup(text) and not _has_markup_reference(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["#", "*", "-", ">", "+", "=", " ", "县", "┃", "—", "\u3000"]), max_size=12))
def test_has_markup_equals_the_plain_version(bits):
    text = "".join(bits)
    assert TM.has_markup(text) == _has_markup_reference(text)


# ------------------------------------------------------------------ without_format_marks


def _without_format_marks_reference(text: str) -> str:
    if not any(c in text for c in NZ._FORMAT_MARKS + NZ._LINE_SEPARATORS):
        return text
    return text.translate(NZ._NO_FORMAT_MARKS)


def test_without_format_marks_each_mark():
    for mark in NZ._FORMAT_MARKS + NZ._LINE_SEPARATORS:  # each one is looked for
        text = f"牵头{mark}单位：县发改局"
        out = NZ.without_format_marks(text)
        assert out == _without_format_marks_reference(text) and out != text
    for text in ("牵头单位：县发改局", "", "a\n\tb", "\u3000县"):  # none: the text itself
        assert NZ.without_format_marks(text) is text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="县a \n\x00\u00ad\u200b\u200c\u200d\u2060\ufeff\u2028\u2029\u200e", max_size=20))
def test_without_format_marks_equals_the_plain_version(text):
    assert NZ.without_format_marks(text) == _without_format_marks_reference(text)


# ------------------------------------------------------------------ metadata._colon_pairs


def _colon_pairs_reference(line: str, found: dict, head: bool) -> None:
    line = M._GLUED_DATE_FIELD.sub(r" \1", line)
    line = M._GLUED_UNKEPT.sub(r" \1", line)
    if M._PAIR_RE.match(line):
        line = M._GLUED_FIELD.sub(M._spaced_label, line)  # round 39g: a kept label glued in a row
    M._pairs_at(line, list(M._PAIR_RE.finditer(line)), found, head)


def test_colon_pairs_equals_the_template():
    lines = [
        "来源:某区发展和改革局发布时间:2023-03-10",  # a glued date label
        "信息来源:寿县人民政府文字大小:[ ]",  # a glued unkept label
        "来源:某县人民政府 发布日期：2024年5月6日",
        "发布机构：某县人民政府办公室",  # nothing glued
        "文号:某政办发〔2024〕8号",
    ]
    for line in lines:
        for head in (True, False):
            a: dict = {}
            b: dict = {}
            M._colon_pairs(line, a, head)
            _colon_pairs_reference(line, b, head)
            assert a == b, line
    assert re.sub(r"\s", "", M._GLUED_DATE_FIELD.sub(M._spaced_off, lines[0])) == re.sub(r"\s", "", lines[0])


# ------------------------------------------------------------------ metadata._table_pairs


def _table_pairs_reference(line: str, found: dict, head: bool) -> None:
    cells = [c.strip() for c in line.split("|")]
    for i, c in enumerate(cells[:-1]):
        key = M._CELL_KEY_RE.sub("", c)
        if key in M._LABEL_TO_FIELD and cells[i + 1] and M._CELL_KEY_RE.sub("", cells[i + 1]) not in M._LABEL_TO_FIELD:
            M._offer(key, cells[i + 1], found, head)


_CELLS = ["索引号", "[ 发布日期 ]", "【 文号 】", "发布机构", "某县人民政府", "2023年07月31日", "", " ", "分类", "县",
          "成文日期：", "标题", "某政办字〔2023〕9号"]


def test_table_pairs_examples():
    rows = [
        "索引号 | 113717230044875813/2023-07021 | 分类 | 政府办公室文件",  # label, value pairs
        "发布机构 | 某县人民政府办公室 | 成文日期 | 2023年07月31日",
        "[ 发布日期 ] | 2023-07-31",  # a label in brackets
        "索引号 | 分类 | 文号",  # labels only: no value
        "1 | 新建道路 | 县交通局",  # a task row: no label
        "文号 |",  # an empty last cell
        "标题 | 发布日期",  # the last cell a label: no value
    ]
    for row in rows:
        for head in (True, False):
            a: dict = {}
            b: dict = {}
            M._table_pairs(row, a, head)
            _table_pairs_reference(row, b, head)
            assert a == b, row


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CELLS), min_size=1, max_size=6), st.booleans())
def test_table_pairs_equals_the_plain_version(cells, head):
    row = " | ".join(cells)
    a: dict = {}
    b: dict = {}
    M._table_pairs(row, a, head)
    _table_pairs_reference(row, b, head)
    assert a == b


# ------------------------------------------------------------------ document._content_sha


def test_content_sha_equals_json_dumps():
    import hashlib
    import json
    from datetime import date

    from transform import document as DOC

    docs = [
        {"title": "某县关于印发“十四五”规划的通知", "publish_date": date(2023, 7, 31), "plan_start_year": 2021,
         "body_text": "一、总体要求\n（一）加强领导"},
        {"title": None, "body_text": None},
        {"title": 'a"b\\c\n\u2028', "issuer": "県", "validity": "有效", "body_text": "x"},
        {},
    ]
    for doc in docs:
        meta = {k: DOC._iso(doc.get(k)) for k in ("title", "plan_title", "issuer", "doc_number", "index_no",
                                                  "category", "validity", "summary", "written_date",
                                                  "publish_date", "plan_start_year", "plan_end_year")}
        text = json.dumps(meta, ensure_ascii=False, sort_keys=True) + "\n" + (doc.get("body_text") or "")
        assert DOC._content_sha(doc) == hashlib.sha256(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ lines.normalise_lines


def test_normalise_lines_reads_spaced_rows_as_before():
    """The pair tests behind one-character tests: a spaced table is still read as one."""
    from transform import lines as L

    spaced = "序号  重点任务  牵头单位\n1  新建道路  县交通局\n2  改造管网  县住建局"
    ideographic = spaced.replace("  ", "\u3000\u3000")
    single = "一、总体要求\n（一）加强 领导"
    calls = []
    real = L.piped_space_rows
    try:
        L.piped_space_rows = lambda raw: calls.append(1) or real(raw)
        for text in (spaced, ideographic):
            L.normalise_lines(text)
        assert len(calls) == 2
        L.normalise_lines(single)
        assert len(calls) == 2  # no run of two: no spaced rows looked for
    finally:
        L.piped_space_rows = real


# ------------------------------------------------------------------ targets.exclusions._Flags


def _flags_reference(t: str) -> dict[str, bool]:
    from transform.targets import exclusions as E

    return {
        "has_from": "由" in t or "从" in t,
        "has_compared": "年的" in t or "上年的" in t or "去年的" in t or "基期的" in t,
        "has_incentive": any(ch in t for ch in E._INCENTIVE_FIRST),
        "has_done": "已" in t,
        "has_le": "了" in t,
        "has_share": "占" in t or "完成" in t or "为年度" in t or "为全年" in t or "为本年度" in t,
        "has_paren": "(" in t,
        "has_bar": "|" in t,
        "has_as_of": (
            "截至" in t
            or "截止" in t
            or "为止" in t
            or "以来" in t
            or "统计" in t
            or "显示" in t
            or "来看" in t
            or any(w in t for w in E.PRESENT_OPENERS)
        ),
        "has_months": (
            ("月" in t and E.REPORT_MONTHS_RE.search(t) is not None)
            or any(w in t for w in E._PERIOD_HINTS)
            and E.REPORT_PERIOD_RE.search(t) is not None
        ),
    }


def _flags_of(t: str) -> dict[str, bool]:
    from transform.targets import exclusions as E

    f = E._Flags(t, t[::-1])
    return {k: getattr(f, k) for k in _flags_reference("")}


def test_flags_examples():
    from transform.targets import exclusions as E

    assert all(len(ch) == 1 for ch in E._INCENTIVE_FIRST)  # a character class of them
    texts = [
        "截至2023年底，全县已建成5G基站1200个",  # as of, done
        "目前，完成投资3.5亿元，占年度计划的60%",  # a present opener, a share
        "比上年的水平提高2个百分点",  # compared
        "与基期的数值相比下降5%",
        "1-6月，累计发放补贴120万元",  # months, incentive
        "过去三年，新增就业岗位3000个",  # a period hint
        "今年将新建幼儿园3所，为年度任务的一半",
        "从评估情况来看，(一)项 | 二项",
        "到2025年，全县地区生产总值达到418亿元左右",  # none of them
        "",
    ]
    for t in texts:
        assert _flags_of(t) == _flags_reference(t), t


_FLAG_BITS = ["截至", "截", "至", "目前", "当前", "年的", "上年", "基期的", "的", "补", "贴", "予", "占", "完成", "为",
              "年度", "全年", "本年度", "月", "1-6月", "季度", "半年", "年来", "过去", "去年", "已", "了", "(", "|",
              "统计", "显示", "来看", "以来", "为止", "县", "3", "个"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FLAG_BITS), max_size=10).map("".join))
def test_flags_equal_the_plain_tests(t):
    assert _flags_of(t) == _flags_reference(t)


# ------------------------------------------------------------------ numerals.cn_year_spans


def test_cn_year_gate_examples():
    from transform import numerals as N

    assert N._CN_YEAR_STARTS[0] == "一九" and all(s[0] == "二" for s in N._CN_YEAR_STARTS[1:])
    fire = ["二〇二五年", "一九九八年", "二O二四年", "至二0二三年"]
    quiet = ["二是加强", "九年一贯制", "到2025年", "", "一二三"]
    for text in fire:
        assert N._may_hold_cn_year(text) and any(s in text for s in N._CN_YEAR_STARTS)
    for text in quiet:
        assert not N._may_hold_cn_year(text) and not any(s in text for s in N._CN_YEAR_STARTS)
    assert N.cn_year_spans("二〇二五年") == [(0, "2025")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["一", "九", "二", "〇", "○", "零", "0", "O", "Ｏ", "年", "县"]), max_size=8).map("".join))
def test_cn_year_gate_equals_the_plain_search(text):
    from transform import numerals as N

    assert N._may_hold_cn_year(text) == any(s in text for s in N._CN_YEAR_STARTS)


# ------------------------------------------------------------------ work_lists.listed_below_cues


def _listed_below_cues_reference(body: str, covered: list[str]) -> list[str]:
    """The plain version: the holders of `covered` made before any cue is looked for."""
    from transform.targets import work_lists as WL

    if not body or ("实事" not in body and "工程" not in body and "项目" not in body):
        return []
    out: dict[str, None] = {}
    held = WL._Holders(covered)
    for cues, m in enumerate(WL._CUE_CLOSING_RE.finditer(body)):
        if cues == WL._CUES_MAX:
            break
        start = max(body.rfind("\n", 0, m.start()), body.rfind("。", 0, m.start())) + 1
        if WL._PAST_RE.search(body, start, m.end()) is not None:
            continue
        pos, left = m.end(), WL._listed_lines(m.group(0))
        while left > 0 and pos < len(body):
            end = body.find("\n", pos + 1)
            end = len(body) if end < 0 else end
            line = body[pos:end].strip()
            pos = end
            if not line:
                continue
            left -= 1
            if WL._ITEM_NUMBER_RE.match(line) is not None:
                continue
            if any(c.isdigit() for c in line) and line not in out and not held(line):
                out[line] = None
    return list(out)


def test_listed_below_cues_equals_the_plain_version():
    from transform.targets import work_lists as WL

    bodies = [
        "今年重点实施以下民生实事：\n新建幼儿园3所\n改造老旧小区12个\n1.新建道路\n",  # a cue, its lines
        "2024年十件民生实事项目如下：\n新增公办学位2000个\n完成农村改厕1500户",
        "今年我县重点工程包括：\n实施道路提升工程，新建道路5公里",
        "去年完成的民生实事如下：\n新建幼儿园3所",  # a past cue
        "加快推进项目建设，确保完成投资10亿元",  # a word, no cue
        "一、总体要求\n二、重点任务",  # none
        "",
    ]
    covered_lists = [[], ["新建幼儿园3所，改造老旧小区12个"], ["完成农村改厕1500户"], ["实施道路提升工程"]]
    for body in bodies:
        for covered in covered_lists:
            assert WL.listed_below_cues(body, covered) == _listed_below_cues_reference(body, covered), body


# ------------------------------------------------------------------ targets: word lists as one regex


_WORD_BITS = ["力争", "确保", "将", "序时", "进度", "推进", "惠及", "群众", "达到", "完成", "和", "、", "县", "5", "个", "。", ""]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_WORD_BITS[:-1]), max_size=4),
    st.lists(st.sampled_from(_WORD_BITS), max_size=10).map("".join),
    st.integers(0, 25),
    st.integers(0, 25),
)
def test_any_word_re_equals_any_find(words, s, a, b):
    from transform.targets.words import any_word_re

    rx = any_word_re(words)
    assert (rx.search(s, a, b) is not None) == any(s.find(w, a, b) >= 0 for w in words)
    assert (rx.search(s) is not None) == any(w in s for w in words)
    assert (rx.search(s, a) is not None) == any(w in s[a:] for w in words)


def test_any_word_re_no_words_never_matches():
    from transform.targets.words import any_word_re

    assert any_word_re(()).search("县发改局") is None
    assert any_word_re([]).search("") is None


def test_word_list_regexes_are_built_from_their_lists():
    """Each call site's regex holds exactly its word list (the test above shows it then finds
    what `any` over the list finds)."""
    from transform.targets import comparators as CO
    from transform.targets import exclusions as E
    from transform.targets import extract as X
    from transform.targets import indicators as I
    from transform.targets import progress as P
    from transform.targets import qualifiers as Q
    from transform.targets import years as Y
    from transform.targets.words import any_word_re

    pairs = [
        (X._BENEFICIARY_RE, X._BENEFICIARY_WORDS),
        (E._SELECTION_COMMIT_RE, E._SELECTION_COMMIT),
        (E._SELECTION_VERBS_RE, E._SELECTION_VERBS),
        (E._INCENTIVE_REACH_RE, E._INCENTIVE_REACH),
        (P._SCHEDULE_AFTER_FIRST_RE, P._SCHEDULE_AFTER_FIRST),
        (P._UNDER_WAY_RE, P._UNDER_WAY),
        (Y._SPAN_GATE_RE, Y._SPAN_GATE),
        (CO._LEAD_FIRSTS_RE, CO._LEAD_FIRSTS),
        (Q._REACHES_RE, Q._REACHES),
        (I._JOINT_MARKS_RE, I._JOINT_MARKS),
        (I._JOINT_WORD_RE, tuple("和及与、")),
    ]
    for rx, words in pairs:
        assert words and all(words)  # no empty list, no empty word: any() and the regex agree
        assert rx.pattern == any_word_re(words).pattern


def test_word_list_sites_examples():
    from transform.targets import extract as X
    from transform.targets import qualifiers as Q

    assert X._beneficiaries("惠及居民3200户", 4)  # fires: a beneficiary word right before
    assert X._beneficiaries("受益群众5万人", 4)
    assert not X._beneficiaries("新建幼儿园3所", 5)  # none
    assert not X._beneficiaries("惠及居民。新建3所", 7)  # the word in an earlier clause
    assert Q._bound_reaches("50平方公里以上建设用地面积达到海绵城市建设要求", 6)
    assert not Q._bound_reaches("50平方公里以上建设用地面积3处", 6)


# ------------------------------------------------------------------ long_plans._entry_like


def _entry_like_reference(line: str) -> bool:
    from transform import long_plans as LP

    ln = line.strip()
    return len(ln) <= LP._ENTRY_MAX and not any(ch in LP._SENTENCE_MARKS for ch in ln)


def test_entry_like_examples():
    from transform import long_plans as LP

    fire = ["第一章 总体要求", "第一篇 奠定基础，开启新征程", "一、发展目标 ……………… 3", " 目录 "]
    quiet = ["加快推进。", "是否完成？", "一、总体要求；二、重点任务", "x" * 41, "问题!"]
    for line in fire:
        assert LP._entry_like(line) and _entry_like_reference(line), line
    for line in quiet:
        assert not LP._entry_like(line) and not _entry_like_reference(line), line


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["。", "；", ";", "！", "!", "？", "?", "，", "县", " ", "a", "\u3000"]), max_size=45))
def test_entry_like_equals_the_plain_loop(bits):
    from transform import long_plans as LP

    line = "".join(bits)
    assert LP._entry_like(line) == _entry_like_reference(line)
