"""The gold-preserving rewrites of `testbed.rewrites` and the robustness benchmark built on them."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from testbed import layout_rewrites, rewrites
from testbed.rewrites import REWRITES, rewrite_gold

PLAN = (
    "某县2024年重点工作任务\n"
    "一、稳增长\n"
    "1.加快建设新能源产业园，全年完成投资1330亿元，新建标准化厂房12万平方米，引进ABC2024项目3个以上。\n"
    "牵头单位：县发展改革局\n"
    "2.新建普惠性幼儿园5所，新增学位1,200个，幼儿园入园率达到95%。\n"
    "序号 | 工作任务 | 牵头单位\n"
    "3 | 打通断头路12条 | 县交通运输局\n"
)
_MARK = re.compile(r"^— \d+ —$")


def _unwrapped(text: str) -> str:
    return "".join(line for line in text.split("\n") if not _MARK.match(line))


def test_pdf_wrap_keeps_every_character_and_wraps_prose_only() -> None:
    long = PLAN + "\n".join(
        f"{i}.这是第{i}项工作任务的说明文字，" + "推进重点项目建设" * 6 + "。" for i in range(4, 30)
    )
    wrapped = rewrites.pdf_wrap(long)
    assert _unwrapped(wrapped) == long.replace("\n", "")
    lines = wrapped.split("\n")
    assert any(_MARK.match(line) for line in lines)  # a page number between pages
    assert "3 | 打通断头路12条 | 县交通运输局" in lines  # a table row is no prose
    prose = [line for line in lines if "|" not in line and not _MARK.match(line)]
    assert max(len(line) for line in prose) <= 40 < max(len(line) for line in long.split("\n"))
    assert not any(line[:1] in "，。、；：）" for line in prose)
    for number in ("1330", "2024", "1,200"):  # no Latin or digit run broken over two lines
        assert any(number in line for line in lines)


def test_pdf_wrap_is_deterministic_and_width_depends_on_the_text() -> None:
    assert rewrites.pdf_wrap(PLAN) == rewrites.pdf_wrap(PLAN)
    widths = {rewrites._seed(f"第{i}份文件" * 20) % 12 + 28 for i in range(40)}
    assert len(widths) > 3 and min(widths) >= 28 and max(widths) <= 39


def test_stray_spaces_fall_between_chinese_characters_only() -> None:
    long = PLAN * 20
    spaced = rewrites.stray_spaces(long)
    assert spaced != long and spaced.replace(" ", "") == long.replace(" ", "")
    added = [i for i, ch in enumerate(spaced) if ch == " " and spaced[i - 1] != "|" and spaced[i + 1] != "|"]
    assert added and all(rewrites._cjk(spaced[i - 1]) and rewrites._cjk(spaced[i + 1]) for i in added)
    assert 0.01 < len(added) / sum(rewrites._cjk(ch) for ch in long) < 0.05


def test_character_rewrites_change_writing_not_content() -> None:
    fw = rewrites.full_width_digits(PLAN)
    assert "２０２４年" in fw and "９５％" in fw and not re.search(r"[0-9]", fw)
    assert unicodedata.normalize("NFKC", fw) == unicodedata.normalize("NFKC", PLAN)
    nb = rewrites.no_break_spaces("牵头单位： 县 发改局\u3000县财政局")
    assert nb == "牵头单位：\u00a0县\u00a0发改局\u00a0县财政局"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("新建普惠性幼儿园5所", "新建普惠性幼儿园五所"),
        ("打通断头路12条", "打通断头路十二条"),
        ("建设20个示范村", "建设二十个示范村"),
        ("引进项目3个以上", "引进项目三个以上"),
        ("新建厂房120座", "新建厂房120座"),  # three digits stay
        ("完成1.5个百分点", "完成1.5个百分点"),  # a decimal stays
        ("2024年", "2024年"),
    ],
)
def test_chinese_counts(before: str, after: str) -> None:
    assert rewrites.chinese_counts(before) == after


def test_number_rewrites() -> None:
    assert rewrites.spelled_percent("入园率达到95%，增长8.5%") == "入园率达到百分之95，增长百分之8.5"
    assert rewrites.spaced_units("投资1330亿元") == "投资1330 亿元"
    assert rewrites.grouped_digits("新建14500座，2024年") == "新建14,500座，2024年"
    assert rewrites.chinese_dates("2023年7月31日") == "二〇二三年七月三十一日"


def test_table_and_line_rewrites() -> None:
    assert rewrites.tab_tables("序号 | 工作任务 | 牵头单位") == "序号\t工作任务\t牵头单位"
    assert rewrites.spaced_tables("序号 | 工作任务") == "序号   工作任务"
    assert rewrites.no_final_stops("一、任务。\n二、保障") == "一、任务\n二、保障"
    assert (
        rewrites.units_on_item_line("1.建设园区。\n牵头单位：县发改局") == "1.建设园区。 牵头单位：县发改局"
    )
    swapped = rewrites.other_item_marks("1.甲\n2.乙\n3、丙")
    assert [line[1] for line in swapped.split("\n")] != [".", ".", "、"]
    assert all(line[0].isdigit() for line in swapped.split("\n"))


def test_half_width_punctuation_and_other_role_labels() -> None:
    assert rewrites.half_width_punctuation("到2025年，产值（含税）达到418亿元；牵头单位：县发改局") == (
        "到2025年,产值(含税)达到418亿元;牵头单位:县发改局"
    )
    texts = [
        f"第{i}项\n牵头单位：县发改局\n配合单位：县财政局\n序号 | 任务 | 牵头单位 | 配合单位"
        for i in range(30)
    ]
    relabelled = [rewrites.other_role_labels(t) for t in texts]
    leads = {re.findall(r"\n(\S+?)：县发改局", t)[0] for t in relabelled}
    helpers = {re.findall(r"\n(\S+?)：县财政局", t)[0] for t in relabelled}
    assert len(leads) > 1 and leads <= set(layout_rewrites._LEAD_LABELS)
    assert len(helpers) > 1 and helpers <= set(layout_rewrites._HELP_LABELS)
    for t in relabelled:  # a table header is relabelled the same way as a labelled line
        header = t.split("\n")[-1].split(" | ")
        assert header[2] in leads and header[3] in helpers
    # a label word inside prose is no label: it stays
    assert rewrites.other_role_labels("由牵头单位负责协调") == "由牵头单位负责协调"


def test_table_layout_rewrites() -> None:
    table = "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n1 | 建设园区 | 县发改局 |  | 6月底前"
    assert rewrites.cells_on_lines("一、任务\n" + table) == (
        "一、任务\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n建设园区\n县发改局\n6月底前"
    )
    swapped = rewrites.swapped_columns("说明\n" + table + "\n二、保障")
    assert swapped.split("\n") == [
        "说明",
        "| 序号 | 工作任务 | 完成时限 | 配合单位 | 牵头单位 |",
        "| 1 | 建设园区 | 6月底前 |  | 县发改局 |",
        "二、保障",
    ]
    ragged = "序号 | 工作任务 | 牵头单位 | 完成时限\n1 | 建设园区"
    assert rewrites.swapped_columns(ragged).split("\n")[1] == "| 1 | 建设园区 |"  # rows of unequal width stay


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("到2025年，产值达到418亿元", "到二〇二五年，产值达到418亿元"),
        ("行动计划（2024—2026年）", "行动计划（二〇二四—二〇二六年）"),
        ("2024年底前完成", "二〇二四年底前完成"),
        ("2023年7月31日", "2023年7月31日"),  # a date with its month in digits keeps its year
        ("〔2024〕5号", "〔2024〕5号"),
        ("增长2025.5万元", "增长2025.5万元"),
    ],
)
def test_chinese_years(before: str, after: str) -> None:
    assert rewrites.chinese_years(before) == after


def test_spaced_headings_and_markers() -> None:
    assert rewrites.spaced_headings("一、工作目标\n（二）保障\n县发改局\n第三章 任务") == (
        "一、工 作 目 标\n（二）保  障\n县发改局\n第三章 任  务"
    )
    gaps = set()
    for i in range(20):
        text = f"{i}\n1.建设园区。\n（一）稳增长\n会议强调，一是抓项目；二是抓招商。\n2025年目标"
        spaced = rewrites.spaced_markers(text)
        gap = spaced.split("\n")[1][2]
        gaps.add(gap)
        assert spaced == text.replace("1.", "1." + gap).replace("（一）", "（一）" + gap).replace(
            "一是", "一是" + gap
        ).replace("二是", "二是" + gap)
    assert gaps == set(layout_rewrites._MARK_GAPS)


def test_other_date_forms_keep_the_date() -> None:
    forms = {rewrites.other_date_forms(f"{i}\n发布时间：2024-03-09 12:33") for i in range(30)}
    dates = {f.split("：")[1].split(" ")[0] for f in forms}
    assert dates == {"2024年3月9日", "2024/03/09", "2024.03.09", "2024年03月09日"}
    assert rewrites.other_date_forms("编号2024-03-09-01") == "编号2024-03-09-01"  # no date


def test_wrapped_title_splits_one_title_line_and_no_number() -> None:
    title = "某县人民政府办公室关于印发某县2024年重点工作任务分解方案的通知"
    wrapped = rewrites.wrapped_title(f"某县人民政府办公室文件\n{title}\n各乡镇人民政府：\n{title}")
    lines = wrapped.split("\n")
    assert lines[1] + lines[2] == title and lines[1] and lines[2]
    assert lines[4] == title  # only the first title line
    assert not (lines[1][-1].isdigit() and lines[2][0].isdigit()) and not lines[2].startswith("年")
    for kept in ("标题：某县人民政府办公室关于印发某县2024年重点工作任务分解方案的通知", "短标题的通知"):
        assert rewrites.wrapped_title(kept) == kept  # a field line, a short line


def test_role_clauses() -> None:
    assert rewrites.role_clauses(
        "1.建设园区。\n牵头单位：县发改局\n配合单位：县财政局、县住建局\n2.修路。"
    ) == ("1.建设园区。（县发改局牵头，县财政局、县住建局配合）\n2.修路。")
    assert (
        rewrites.role_clauses("2.修路（牵头单位：县交通局；责任单位：各乡镇）")
        == "2.修路（县交通局牵头，各乡镇配合）"
    )
    assert rewrites.role_clauses("3.治水。\n牵头单位：县水利局") == "3.治水。（县水利局牵头）"
    for kept in (
        "责任领导：张三\n牵头单位：县发改局",  # the line above is a field, not the item
        "1.建设。\n牵头单位：县发改局。以下任务均需各乡镇落实",  # a note stays as printed
        "1.建设。\n责任单位：县发改局",  # no lead label: the role depends on the task
        "序号 | 任务\n牵头单位：县发改局",
    ):
        assert rewrites.role_clauses(kept) == kept


def test_pdf_copy_is_the_three_converter_rewrites_at_once() -> None:
    text = PLAN * 3
    assert rewrites.pdf_copy(text) == rewrites.pdf_wrap(rewrites.stray_spaces(rewrites.spaced_units(text)))
    assert "1330 亿元" in rewrites.pdf_copy(text).replace("\n", "")


def test_rewrite_gold_converts_printed_strings_for_traditional_and_chinese_years_only() -> None:
    gold = {"doc": {"title": "县发展改革局", "publish_date": "2024-03-01"}, "tasks": [{"title": "建设园区"}]}
    assert rewrite_gold("pdfwrap", gold) is gold
    dated = {"doc": {"title": "2024年工作要点", "publish_date": "2024-03-01", "plan_years": [2024, 2024]}}
    cn = rewrite_gold("cnyear", dated)
    assert cn["doc"] == {
        "title": "二〇二四年工作要点",
        "publish_date": "2024-03-01",
        "plan_years": [2024, 2024],
    }
    trad = rewrite_gold("trad", gold)
    assert trad["doc"]["title"] == "縣發展改革局" and trad["tasks"][0]["title"] == "建設園區"
    assert trad["doc"]["publish_date"] == "2024-03-01"
    assert REWRITES["trad"].apply("县发展改革局") == "縣發展改革局"


SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_extraction.py"


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/tools/score_extraction.py")
def test_robustness_benchmark_scores_a_corpus_as_written_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.bench_robustness import measure

    # a rewrite that deletes what the targets say: its copies must score lower, proving they are parsed
    monkeypatch.setitem(
        REWRITES,
        "nodigits",
        rewrites.Rewrite("nodigits", "digits removed", lambda t: re.sub(r"(?<=[\u4e00-\u9fff])\d+", "", t)),
    )
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    text = (
        "某县2024年重点工作任务\n"
        "1.新建普惠性幼儿园5所。\n牵头单位：县教育局\n"
        "2.打通断头路12条。\n牵头单位：县交通运输局\n"
    )
    (corpus / "a01.txt").write_text(text, encoding="utf-8")
    task = {"lead_units": [], "participating_units": [], "has_targets": True}
    gold = {
        "doc": {
            "title": "某县2024年重点工作任务",
            "plan_title": "某县2024年重点工作任务",
            "issuer": None,
            "doc_number": None,
            "publish_date": None,
            "plan_years": [2024, 2024],
        },
        "tasks": [
            {**task, "path": ["1"], "title": "新建普惠性幼儿园5所", "lead_units": ["县教育局"]},
            {**task, "path": ["2"], "title": "打通断头路12条", "lead_units": ["县交通运输局"]},
        ],
        "targets": [
            {
                "task": ["1"],
                "value": 5,
                "unit": "所",
                "comparator": "=",
                "change": None,
                "year": 2024,
                "indicator": "新建普惠性幼儿园",
                "text": "新建普惠性幼儿园5所",
                "baseline_year": None,
                "ambiguous": False,
            },
            {
                "task": ["2"],
                "value": 12,
                "unit": "条",
                "comparator": "=",
                "change": None,
                "year": 2024,
                "indicator": "打通断头路",
                "text": "打通断头路12条",
                "baseline_year": None,
                "ambiguous": False,
            },
        ],
    }
    (corpus / "gold" / "a01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    scores = measure(corpus, ["numspace", "nodigits"], tmp_path / "work", misses=tmp_path / "misses")
    assert set(scores) == {"as written", "numspace", "nodigits"}
    assert scores["as written"] == {
        "tasks": 1.0,
        "lead-units": 1.0,
        "targets": 1.0,
        "targets-strict": 1.0,
        "metadata": 1.0,
    }
    assert scores["numspace"]["targets"] == 1.0  # `5 所` is still 5 所
    assert scores["nodigits"]["targets"] == 0.0 and scores["nodigits"]["tasks"] == 1.0
    assert "missed target" in (tmp_path / "misses" / "nodigits.txt").read_text(encoding="utf-8")


def test_renderings_print_the_text_in_a_file_the_attachment_readers_read() -> None:
    from transform.attachments import read_file

    wide = (
        PLAN
        + "序号 | 类别 | 项目 | 内容 | 牵头单位 | 配合单位 | 时限 | 备注\n"
        + "1 | 甲 | 乙 | 丙 | 县发改局 | 县财政局 | 2024年底 | 无\n"
    )
    pdf = rewrites.RENDERINGS["pdf"].render(wide)  # eight columns: too wide for natural widths on A4
    assert pdf.startswith(b"%PDF")
    read = read_file(pdf, "plan.pdf")
    assert read.status == "parsed" and "新建普惠性幼儿园5所" in read.text and "县交通运输局" in read.text
    docx = rewrites.RENDERINGS["docx"].render(PLAN)
    text = read_file(docx, "plan.docx").text
    assert "牵头单位：县发展改革局" in text and "打通断头路12条" in text
    assert [b[0] for b in rewrites._blocks("甲\n序号 | 任务\n1 | 乙\n丙")] == ["p", "t", "p"]
