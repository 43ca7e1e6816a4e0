"""Round 42k: metadata and plan judging, the tail of round 42.

- a table's title printed again over its next page with a continuation mark ("X（续表）", "X(续)",
  "X 续表2") names the same plan: the plan title is X (`metadata.without_continued_mark`);
- a 版记's print line under the title ("某镇党委办公室  2024年3月4日印发") gives way to a signature
  and date at the text's end: the office printed the page, the signing bodies issued it
  (`metadata._byline_unless_signed`);
- a year's work laid out as "一张表" and a rectification's 整改台账 at a title's end name a plan
  (`lexicons/plan_title_kinds.txt`, `lexicons/plan_kinds.txt`);
- a plan whose own numbered items stand above its annexes keeps its heading as the plan's: a plan
  printed in an annex (附件2 / 和美乡村建设行动计划) is a part of it (`headings.plan_heading`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import plan_heading
from transform.metadata import without_continued_mark

ITEMS = "一、开展排查整治。（牵头单位：县应急管理局）\n二、加强宣传引导。（牵头单位：县委宣传部）\n"


def _doc(text: str, source: str = "k.txt") -> dict:
    return parse_document(text, source=source, is_text=True).document


# ---- a continuation mark after a table's title


@pytest.mark.parametrize(
    "name, plan",
    [
        ("苏仙区2026年排水口巡查任务表（续表）", "苏仙区2026年排水口巡查任务表"),
        ("某县2025年重点项目推进计划表(续表2)", "某县2025年重点项目推进计划表"),
        ("某镇2024年民生实事任务分解表【续】", "某镇2024年民生实事任务分解表"),
        ("某市2026年为民办实事项目清单 续表", "某市2026年为民办实事项目清单"),
    ],
)
def test_continued_mark_dropped(name, plan):
    assert without_continued_mark(name) == plan


@pytest.mark.parametrize(
    "name",
    [
        "某市2024年续建项目计划表",  # 续建 is part of the name
        "某县2025年持续推进营商环境优化工作方案",
        "某区2026年重点工作任务（第二批）",
        None,
    ],
)
def test_continued_mark_not_dropped(name):
    assert without_continued_mark(name) == name


def test_continued_table_page_plan_title():
    text = "某县2026年河湖巡查任务表（续表）\n序号  巡查任务  责任单位\n31  巡查东河  县水利局\n32  巡查西河  县水利局\n"
    doc = _doc(text)
    assert doc["plan_title"] == "某县2026年河湖巡查任务表"
    assert doc["title"] == "某县2026年河湖巡查任务表（续表）"


# ---- a 版记 print line under the title and a signature at the end


SIGNED = "中共某镇委员会\n某镇人民政府\n2024年3月1日\n"


@pytest.mark.parametrize(
    "line",
    [
        "某镇党委办公室  2024年3月4日印发",
        "中共某镇委员会办公室　2024年3月6日印发",
        "某镇党政综合办公室 2024-03-05印发",
    ],
)
def test_print_line_gives_way_to_signature(line):
    doc = _doc(f"某镇2024年和美乡村示范创建任务清单\n{line}\n" + ITEMS + SIGNED)
    assert str(doc["publish_date"]) == "2024-03-01"
    assert doc["issuer"] == "中共某镇委员会 某镇人民政府"


@pytest.mark.parametrize(
    "line, when",
    [
        ("某镇党委办公室  2024年3月4日印发", "2024-03-04"),  # no signature at the end
        ("某镇人民政府办公室　2024年3月4日", "2024-03-04"),  # a byline, no print line
    ],
)
def test_print_line_kept(line, when):
    tail = "" if line.endswith("印发") else SIGNED
    doc = _doc(f"某镇2024年和美乡村示范创建任务清单\n{line}\n" + ITEMS + tail)
    assert str(doc["publish_date"]) == when


# ---- "一张表" and 整改台账 name a plan


ROWS = "序号 目标任务 责任单位\n1 新建省级研发平台5个 区科技局\n2 培育科技型企业30家 区科技局\n"
CARDS = "序号：1\n问题描述：村级财务管理不规范\n整改措施：开展专项清理。\n责任单位：乡财政所\n整改时限：2025年9月底\n"


@pytest.mark.parametrize(
    "title, body",
    [
        ("金沙区2025年科技创新工作“一张表”", ROWS),
        ('某县2026年项目建设"一张表"', ROWS),
        ("长岭乡巡察反馈问题整改台账", CARDS),
        ("某县环保督察反馈问题整改工作台账", CARDS),
    ],
)
def test_table_and_ledger_titles_name_the_plan(title, body):
    doc = _doc(f"{title}\n{body}")
    assert doc["title"] == title
    assert doc["plan_title"] == title


@pytest.mark.parametrize(
    "title",
    [
        "某县巡察反馈问题整改台账销号情况",  # how it came out
        "一张表管到底 某县推进基层减负",  # news words, not the title's end
    ],
)
def test_table_and_ledger_words_elsewhere(title):
    doc = _doc(f"{title}\n{CARDS}")
    assert doc["plan_title"] != title


# ---- a plan in a plan: the annex's plan below the main plan's own items


ANNEX_PLAN = "附件2\n和美乡村建设行动计划\n1.实施村庄绿化。（牵头单位：县林业局）\n2.开展农房整治。（牵头单位：县住建局）\n"


@pytest.mark.parametrize(
    "top, items",
    [
        ("桂阳县2026年乡村振兴重点工作安排", "一、巩固脱贫成果。（牵头单位：县乡村振兴局）\n二、发展乡村产业。（牵头单位：县农业农村局）\n"),
        ("某市2025年城市更新工作方案", "一、改造老旧小区。（牵头单位：市住建局）\n二、完善公共设施。（牵头单位：市城管局）\n"),
        ("某镇2026年重点工作任务清单", "1.修缮村道。（责任单位：镇建设办）\n2.整治河塘。（责任单位：镇农业办）\n"),
    ],
)
def test_own_items_above_annex_keep_the_plan(top, items):
    lines = f"{top}\n{items}附件：1.重点村名单\n2.和美乡村建设行动计划\n{ANNEX_PLAN}".split("\n")
    assert plan_heading(lines) == top


@pytest.mark.parametrize(
    "top, items",
    [
        # a notice issuing the plan: its own requirements come after the annex's plan
        ("某县人民政府办公室关于印发和美乡村建设行动计划的通知", "各乡镇人民政府，县直各单位：\n现将《和美乡村建设行动计划》印发给你们，请认真贯彻执行。\n"),
        # a notice with numbered requirements above the annex: no plan heading of its own
        ("某县人民政府办公室关于做好乡村建设工作的通知", "一、提高思想认识。\n二、加强组织领导。\n"),
    ],
)
def test_annex_plan_kept_under_a_notice(top, items):
    lines = f"{top}\n{items}{ANNEX_PLAN}".split("\n")
    assert plan_heading(lines) == "和美乡村建设行动计划"


@pytest.mark.timeout(30)
def test_continued_mark_large_name():
    name = "某县任务表" + " " * 50_000 + "续x"
    assert without_continued_mark(name) == name
    assert without_continued_mark("某县任务表" * 10_000 + "（续表）") == "某县任务表" * 10_000
