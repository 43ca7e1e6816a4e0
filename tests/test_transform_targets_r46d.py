"""Round 46d: targets, all fields right (the year first), on pages nobody tuned to.

- a task's own labelled deadline in prose (整改时限：2026年12月底前, 完成时限：2025年底) dates its
  targets that name no year, as a table row's deadline cell does (`years.labelled_deadline_year`);
- a later clause opening with a verb of one-off work after a clause whose recurring word of a period
  shorter than a year already says how often (每周开展1次集中清扫，清运陈年垃圾800吨) is no recurrence
  (`recurring.one_off_after_frequency`);
- a count of times after a recurring word (每季度召开1次分析会，…100%) is never the base of a later
  share (`framing.denominator`, `times_units`);
- 今年 dates what follows by the page's year when the page is dated, even with no other year in the
  text (a news report of a plan of several years: 今年该县将先行建设…8个);
- a figure after a verb alone opening its sentence, after a task's short heading alone on its line
  (村晚和广场舞展演。举办3场), counts what the heading names (`borrowed._title_before`);
- 列支 is a verb of a treasury's budget outside every task (镇财政每年列支…经费不少于150万元).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _years(text: str) -> dict[float, int | None]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {r["value"]: r["year"] for r in doc.targets}


def _one(text: str, value: float, **kw) -> dict:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert len(rows) == 1, extract_targets(text, **kw)
    return rows[0]


# --- a labelled deadline in an item's prose


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        (
            "某县督察反馈问题整改方案（2025—2026年）\n一、整改任务\n"
            "1.污水直排问题。整改目标：新增污水处理能力3万吨/日，新建管网20公里。整改时限：2026年12月底前。"
            "责任单位：县住建局。\n2.扬尘问题。整改目标：关停砂石料场5家。整改时限：2025年9月底前。责任单位：县住建局。\n",
            20,
            2026,
        ),
        (
            "某县督察反馈问题整改方案（2025—2026年）\n一、整改任务\n"
            "1.污水直排问题。整改目标：新增污水处理能力3万吨/日，新建管网20公里。整改时限：2026年12月底前。"
            "责任单位：县住建局。\n2.扬尘问题。整改目标：关停砂石料场5家。整改时限：2025年9月底前。责任单位：县住建局。\n",
            5,
            2025,
        ),
        (
            "某市背街小巷提升行动方案（2025—2027年）\n二、主要任务\n"
            "（一）提升道路。改造背街小巷60条（完成时限：2026年底；牵头单位：市城管局）。\n"
            "（二）完善照明。新增路灯800盏（完成时限：2025年底；牵头单位：市城管局）。\n",
            60,
            2026,
        ),
        (
            "某镇人居环境整治方案（2025—2027年）\n一、重点工作\n"
            "1.改厕。完成户厕改造300座，完成期限：2027年6月。责任单位：镇农业办\n"
            "2.治污。建设污水处理站2座，完成期限：2026年10月。责任单位：镇生态办\n",
            2,
            2026,
        ),
    ],
)
def test_labelled_deadline_dates_the_items_targets(text: str, value: float, year: int) -> None:
    assert _years(text)[value] == year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # standing work dates nothing
            "某县督察反馈问题整改方案（2025—2026年）\n一、整改任务\n"
            "1.养殖污染问题。整改目标：粪污综合利用率达到85%以上。整改时限：长期坚持。责任单位：县农业农村局。\n"
            "2.扬尘问题。整改目标：关停砂石料场5家。整改时限：2025年9月底前。责任单位：县住建局。\n",
            85,
        ),
        (  # work that starts then and goes on
            "某县督察反馈问题整改方案（2025—2026年）\n一、整改任务\n"
            "1.管护问题。整改目标：每月巡查河道不少于2次，河道保洁率达到95%。整改时限：2025年起持续推进。责任单位：县水利局。\n"
            "2.扬尘问题。整改目标：关停砂石料场5家。整改时限：2025年9月底前。责任单位：县住建局。\n",
            95,
        ),
        (  # a deadline with no year printed leaves a plan of several years' figure undated
            "某市背街小巷提升行动方案（2025—2027年）\n二、主要任务\n"
            "（一）提升道路。改造背街小巷60条（完成时限：12月底前；牵头单位：市城管局）。\n"
            "（二）完善照明。新增路灯800盏（牵头单位：市城管局）。\n",
            60,
        ),
    ],
)
def test_labelled_deadline_without_a_fixed_year_dates_nothing(text: str, value: float) -> None:
    assert _years(text)[value] is None


# --- a one-off clause after a frequency of a period shorter than a year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("各村每周组织开展1次集中清扫，清运陈年垃圾800吨。", 800),
        ("每季度召开1次安全生产形势分析会，与村（社区）、企业签订责任书100%。", 100),
        ("每月至少开展2次巡查，新建巡查台账50本。", 50),
        ("街道每半年开展1次联合检查，关停无证经营小作坊12家。", 12),
        ("社区每旬组织1次志愿服务，完成老旧楼道清理40栋。", 40),
    ],
)
def test_one_off_clause_after_a_frequency_takes_the_plans_year(text: str, value: float) -> None:
    assert _one(text, value, annual_year=2025)["year"] == 2025


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每月开展1次爱国卫生活动，参与群众不少于500人次。", 500),  # who takes part: each time
        ("每年开展1次评估，清运垃圾800吨。", 800),  # a year's recurrence: each year
        ("每月清运垃圾800吨，新建收集点20个。", 800),  # no frequency stated: the amount recurs
        ("每周开展1次巡查，每次清理垃圾不少于2吨。", 2),  # the later clause recurs itself
    ],
)
def test_clause_after_a_frequency_that_recurs_stays_undated(text: str, value: float) -> None:
    assert _one(text, value, annual_year=2025)["year"] is None


# --- a count of times after a recurring word is no base of a later share


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每季度召开1次安全生产形势分析会，与村（社区）、企业签订责任书100%。", 1),
        ("每月召开1次项目调度会，签约项目履约率达到85%。", 1),
        ("每周开展2场次集中宣讲，群众知晓率达到90%以上。", 2),
        ("每月通报1次工作进展，问题整改率达到95%。", 1),
        ("每月召開1次聯席會議，問題辦結率達到95%。", 1),
        ("每半月调度1次项目进度，开工率达到90%。", 1),
    ],
)
def test_times_after_a_recurring_word_are_kept_before_a_share(text: str, value: float) -> None:
    assert _one(text, value, annual_year=2026)["unit"] in ("次", "场次")


@pytest.mark.parametrize(
    "text",
    [
        "全港约600个黑点，目标于两年内消除至少75%。",  # a count of existing things before the share
        "全县现有120个行政村，力争80%建成美丽乡村。",
    ],
)
def test_a_count_of_things_before_a_share_stays_its_base(text: str) -> None:
    assert all(r["unit"] not in ("个",) for r in extract_targets(text, annual_year=2026))


# --- 今年 on a dated page with no other year in the text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("县商务局有关负责人表示，今年该县将先行建设乡镇冷链服务站8个。", 8),
        ("今年全区计划新建口袋公园12个，改造背街小巷30条。", 30),
        ("今年，全镇力争新增市场主体500户以上。", 500),
    ],
)
def test_this_year_on_a_dated_page(text: str, value: float) -> None:
    assert _one(text, value, first_year=2025, issued=2025)["year"] == 2025


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("今年全区计划新建口袋公园12个。", {"first_year": 2025}),  # no date: no year
        ("全区计划新建口袋公园12个。", {"first_year": 2025, "issued": 2025}),  # no 今年
    ],
)
def test_this_year_needs_the_word_and_a_date(text: str, kw: dict) -> None:
    assert _one(text, 12, **kw)["year"] is None


# --- a verb alone after the task's heading


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("村晚和广场舞展演。举办3场，覆盖全镇12个村。", 3, "村晚和广场舞展演"),
        ("乡土文化能人培训。培训120人次，评选“文化能人”10名。", 120, "乡土文化能人"),
        ("村级综合文化服务中心。提档升级5个，达标率达到100%。", 5, "村级综合文化服务中心"),
        ("农民丰收节系列活动。组织开展不少于8场。", 8, "农民丰收节系列活动"),
        ("重阳敬老活动。开展不少于6场。", 6, "重阳敬老活动"),
    ],
)
def test_verb_alone_counts_what_the_heading_names(text: str, value: float, indicator: str) -> None:
    assert _one(text, value, annual_year=2026)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("推进产业发展，壮大集体经济。举办3场。", 3, "举办"),  # the sentence before is no heading
        ("…举办乡村文化旅游活动。全年举办40场次以上。", 40, "乡村文化旅游活动"),  # its object, as before
        ("老旧小区改造。2026年开工改造50个。", 50, "改造"),  # a year opens the sentence
        ("加强宣传教育工作，营造良好氛围。举办培训班5期。", 5, "举办培训班"),  # the figure names its own
    ],
)
def test_verb_alone_without_a_heading_reads_as_before(text: str, value: float, indicator: str) -> None:
    assert _one(text, value, annual_year=2026)["indicator"] == indicator


# --- 列支 is a verb of a treasury's budget outside every task


_BUDGET_PLAN = (
    "某镇人居环境整治方案（2025—2027年）\n一、主要任务\n（一）厕所革命。改造提升农村户厕300座。"
    "责任单位：镇农业办\n（二）垃圾治理。建设垃圾分类示范村6个。责任单位：镇环卫所\n二、保障措施\n{tail}\n"
)


@pytest.mark.parametrize(
    ("tail", "value"),
    [
        ("镇财政每年列支人居环境整治经费不少于150万元。", 150),
        ("县财政每年列支农村环境整治专项资金500万元。", 500),
        ("区财政三年列支整治资金1200万元。", 1200),
    ],
)
def test_budget_listed_by_the_treasury(tail: str, value: float) -> None:
    doc = parse_document(_BUDGET_PLAN.format(tail=tail), source="t.txt", is_text=True)
    assert value in {r["value"] for r in doc.targets}


@pytest.mark.parametrize(
    ("tail", "value"),
    [
        ("2024年，镇财政已列支人居环境整治经费120万元。", 120),  # a review
        ("前期镇财政累计已列支经费80万元。", 80),
    ],
)
def test_budget_listed_in_a_review_is_no_target(tail: str, value: float) -> None:
    doc = parse_document(_BUDGET_PLAN.format(tail=tail), source="t.txt", is_text=True)
    assert value not in {r["value"] for r in doc.targets}
