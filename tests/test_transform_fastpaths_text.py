"""Speed-ups of the per-text work (numbers, units, rows) give exactly what the plain code gives.

Each fast path is compared with a reference written the straightforward way, on hand-picked
cases and on random strings built from the characters that matter (see also
tests/test_transform_fastpaths.py).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transform import gazetteer as G
from transform import lines as L
from transform import numerals as N
from transform import page as P
from transform import structure as S
from transform import unit_names as UN
from transform import unit_shared as US
from transform.targets import comparators as C


def _to_halfwidth_reference(text: str) -> str:
    """`transform.numerals.to_halfwidth` as first written: one replace per character found."""
    for ch in set(N._FULLWIDTH_RE.findall(text)):
        text = text.replace(ch, chr(N.FULLWIDTH[ord(ch)]))
    return text


_WIDTHS = ["，", "：", "；", "（", "）", "％", "１", "０", "Ａ", "ｚ", "～", "！", "\u3000", "\ufe52", "\u2236",
           ",", "1", "县", "达", "。", "、", " ", "a", "\uff5f", "\uff00"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WIDTHS), max_size=40).map("".join))
def test_to_halfwidth_equals_the_plain_version(text):
    assert N.to_halfwidth(text) == _to_halfwidth_reference(text)


def test_to_halfwidth_examples():
    for text in ("", "县", "到２０２５年，达到８０％（含）以上；", "ＡＢＣ　﹒∶！～", "（一）加强：县发改局"):
        assert N.to_halfwidth(text) == _to_halfwidth_reference(text)
    assert N.to_halfwidth("增长１５％，达到（约）３０家") == "增长15%,达到(约)30家"


# ------------------------------------------------------------------ unit names: _clean


_PIECE_BITS = ["县发改局", "科技局", "各镇街", "街道", "部门", "单位", "等", "8个", "负责", "牵头", "配合", "由", "及",
               "会同", "并由", "请", "（", "）", "(", ")", "【", "】", "：", ":", "。", " ", "\u3000", "·", "1",
               "配合单位", "牵头单位", "镇", "位", "门", "人民政府", "张三", "市级", "相关", "有关", "县直", "街"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECE_BITS), max_size=8).map("".join), st.integers(0, 3), st.integers(0, 3))
def test_clean_equals_the_plain_loop(piece, lo, hi):
    """The pieces `_clean` passes as they stand are those the loop (every rule) leaves as they stand."""
    view = "、" * lo + piece + "、" * hi
    s, e = lo, lo + len(piece)
    assert UN._clean(view, s, e) == UN._clean(view, s, e, fast=False)


def test_clean_examples():
    for piece in ("县发改局", "县发改局等", "县发改局等8个部门", "由县财政局", "配合单位：县统计局", "（县发改局",
                  "县发改局）", "：县发改局。", "", "负责", "县发改局负责", "1", "牵头单位"):
        view = "、" + piece + "、"
        assert UN._clean(view, 1, 1 + len(piece)) == UN._clean(view, 1, 1 + len(piece), fast=False), piece


# ------------------------------------------------------------------ structure: traditional, when asked


def _heading_words_reference(node, body: str) -> str:
    """`structure.heading_words` with the document's script read at once from its text."""
    title = S.task_title(node.heading)
    convert = S._to_simplified() if S._is_traditional(body) and title else None
    return convert(title) if convert else title


def _nodes(node):
    for ch in node.children:
        yield ch
        yield from _nodes(ch)


def test_heading_words_read_the_script_when_first_asked():
    bodies = (
        "一、總體目標\n到2025年，全縣建成示範點10個。\n二、重點任務\n（一）加強組織領導。縣發改局牽頭。",
        "一、总体目标\n到2025年，全县建成示范点10个。\n二、重点任务\n（一）加强组织领导。县发改局牵头。",
        "某縣人民政府辦公室關於印發工作方案的通知\n" * 40 + "一、工作目標\n二、保障措施",
        "",
    )
    for body in bodies:
        root = S.parse_tree(body)
        for node in _nodes(root):
            assert S.heading_words(node) == _heading_words_reference(node, body)
    root = S.parse_tree(bodies[0])
    assert S.heading_words(root.children[0]) == "总体目标"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=["?", "？", "县", "1", "\n", " "], max_size=12))
def test_lost_indent_pretest_equals_the_plain_test(text):
    assert L._may_have_lost_indent(text) == ("??" in text or "？？" in text)


def _merge_shared_reference(names, seps):
    """`transform.unit_shared.merge_shared` without its gates: every list goes through the loop."""
    out = []
    i = 0
    while i < len(names):
        k = US._shared_run_end(names, seps, i)
        out.append(("、".join(n[0] for n in names[i : k + 1]), "、".join(n[1] for n in names[i : k + 1])))
        i = k + 1
    return out


_NAMES = ["县发改局", "各乡", "镇人民政府", "江岸", "武昌区人民政府", "市直有关部门", "单位", "新能源", "新材料产业专班成员单位",
          "科技局", "各镇街", "县", "区政府"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(["、", "，", ""])), max_size=5))
def test_merge_shared_equals_the_loop(items):
    names = [(n, n) for n, _sep in items]
    seps = [sep for _n, sep in items]
    assert US.merge_shared(names, seps) == _merge_shared_reference(names, seps)


# ------------------------------------------------------------------ rows: the document's level


def _dominant_level_reference(units):
    counts: dict[str, int] = {}
    for u in units:
        lvl = G.level_of(u)
        if lvl:
            counts[lvl] = counts.get(lvl, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


_UNITS = ["县发改局", "市发改委", "县财政局", "区住建局", "市场监管局", "各镇街", "县委宣传部", "市生态环境局成武分局", "科技局",
          "省农业农村厅", "镇人民政府", "县发改局（牵头）", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_UNITS), max_size=12))
def test_dominant_level_equals_the_plain_count(units):
    assert G.dominant_level(units) == _dominant_level_reference(units)


# ------------------------------------------------------------------ page: is it HTML?


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["<", ">", "html", "HTML", "Div", "div", "p", "P", "span", "!doctype", "!DOCTYPE",
                                 "br", "x", " ", "İ", "Ⅰ", "Ⓐ", "县", "_", "1", "meta", "table"]), max_size=12).map("".join))
def test_looks_html_equals_the_lower_cased_search(text):
    assert P.looks_html(text) == (P._HTML_TAG.search(text[:2000].lower()) is not None)


def test_looks_html_examples():
    for text in ("<html><body>", "<HTML><BODY>", "<p>县</p>", "<pre>", "<br/>", "县" * 1998 + "<p", "县" * 1999 + "<p",
                 "<divİ", "<div>", "纯文本，没有标签"):
        assert P.looks_html(text) == (P._HTML_TAG.search(text[:2000].lower()) is not None), text


# ------------------------------------------------------------------ targets: the change word at a clause start


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["新增", "下降", "降低", "提高", "提升", "增长", "减少", "达到", "县", "到", "的", "亿"]),
                max_size=4).map("".join))
def test_change_words_are_tuples_tested_at_once(head):
    """`_change_at_start` tests each word list as one tuple before looking for its word."""
    for words in (C._NEW_WORDS, C._DEC_WORDS, C._INC_WORDS, C._RAISE_WORDS):
        assert isinstance(words, tuple)
        assert head.startswith(words) == any(head.startswith(w) for w in words)
