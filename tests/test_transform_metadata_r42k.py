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
from transform.plan_judging import meeting_held_news, non_plan, publishes_work

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
        (
            "桂阳县2026年乡村振兴重点工作安排",
            "一、巩固脱贫成果。（牵头单位：县乡村振兴局）\n二、发展乡村产业。（牵头单位：县农业农村局）\n",
        ),
        (
            "某市2025年城市更新工作方案",
            "一、改造老旧小区。（牵头单位：市住建局）\n二、完善公共设施。（牵头单位：市城管局）\n",
        ),
        (
            "某镇2026年重点工作任务清单",
            "1.修缮村道。（责任单位：镇建设办）\n2.整治河塘。（责任单位：镇农业办）\n",
        ),
    ],
)
def test_own_items_above_annex_keep_the_plan(top, items):
    lines = f"{top}\n{items}附件：1.重点村名单\n2.和美乡村建设行动计划\n{ANNEX_PLAN}".split("\n")
    assert plan_heading(lines) == top


@pytest.mark.parametrize(
    "top, items",
    [
        # a notice issuing the plan: its own requirements come after the annex's plan
        (
            "某县人民政府办公室关于印发和美乡村建设行动计划的通知",
            "各乡镇人民政府，县直各单位：\n现将《和美乡村建设行动计划》印发给你们，请认真贯彻执行。\n",
        ),
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


# ---- news of a meeting held, listing the work ahead


MEETING_WORK = (
    "2月25日，会议召开。局长在会上表示，今年将重点抓好以下工作：\n"
    "1.提升市容环境。全年整治违规户外广告500处，市城市管理局负责。\n"
    "2.推进垃圾分类。新增垃圾分类示范小区30个。（牵头单位：市住建局）\n"
    "3.整治占道经营。由市城市管理局牵头，各区政府配合。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "我市召开2025年城市管理工作会议",
        "某县召开2026年农业农村工作会议",
        "区政府召开全区安全生产工作会议",
    ],
)
def testmeeting_held_news_read_by_its_work(title):
    assert not non_plan(title)
    parsed = parse_document(f"{title}\n{MEETING_WORK}", source="k.txt", is_text=True)
    assert parsed.document["is_plan"] is True
    assert len(parsed.tasks) == 3


@pytest.mark.parametrize(
    "title",
    [
        "关于召开2025年城市管理工作会议的通知",  # a notice calling it
        "某县召开2026年农业农村工作会议的通知",
        "关于召开全县安全生产工作会议暨表彰大会的通知",
    ],
)
def test_meeting_notice_stays_another_kind(title):
    assert non_plan(title)
    assert not meeting_held_news(title)


def test_meeting_convened_headline_keeps_its_targets():
    # "…会议召开" was never another kind of notice: its forward figures stay without numbered work
    text = (
        "某市水利工作会议召开\n发布时间：2026-02-10\n\n2026年全市水利投资力争完成45亿元，新建小型水库6座。\n"
    )
    assert not meeting_held_news("某市水利工作会议召开")
    assert len(parse_document(text, source="k.txt", is_text=True).targets) == 2


# ---- a 公示 putting a plan's work before the public


@pytest.mark.parametrize(
    "title, opening",
    [
        ("关于中央环保督察反馈问题整改落实情况的公示", "现将整改任务公示如下："),
        ("关于巡察反馈问题整改工作的公示", "我乡制定了整改方案，现将整改方案予以公示。"),
        ("某镇2026年重点工作任务清单公示", "经镇党委会议研究，现将2026年重点工作任务清单公示如下："),
    ],
)
def test_published_work_read(title, opening):
    assert publishes_work(title, f"{opening}\n问题一：村级财务管理不规范\n")


@pytest.mark.parametrize(
    "title, opening",
    [
        ("关于2023年度乡镇绩效考核结果的公示", "现将考核结果公示如下："),
        ("某小区项目规划设计方案公示", "现将该项目规划设计方案公示如下："),
        ("关于拟表彰先进集体的公示", "现将拟表彰名单公示如下："),
        ("某县2026年重点工作任务清单", "现将重点工作任务清单公示如下："),  # no 公示 in its title
    ],
)
def test_other_notices_not_published_work(title, opening):
    assert not publishes_work(title, opening)


def test_published_rectification_tasks_are_a_plan():
    text = (
        "关于环保督察反馈问题整改落实情况的公示\n现将整改任务公示如下：\n"
        "问题一：部分乡镇污水处理设施运行不正常\n整改措施：落实第三方运维。\n责任单位：县生态环境局\n"
        "问题二：露天焚烧秸秆现象时有发生\n整改措施：实行网格化巡查。\n责任单位：县农业农村局\n"
    )
    parsed = parse_document(text, source="k.txt", is_text=True)
    assert parsed.document["is_plan"] is True
    assert len(parsed.tasks) == 2


@pytest.mark.parametrize(
    "body",
    [
        "11月6日，全县安全生产工作会议召开。会议强调，要压紧压实安全生产责任。\n",
        "会议强调：\n1.加强应急值守。\n",  # one item, no unit, no target: no plan
    ],
)
def test_meeting_held_news_without_work_keeps_no_rows(body):
    parsed = parse_document(f"某县召开2024年第6次安全生产工作会议\n{body}", source="k.txt", is_text=True)
    assert parsed.document["is_plan"] is False
    assert parsed.tasks == []
