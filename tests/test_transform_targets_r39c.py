"""Round 39c: targets, fifth pass (phrasing).

- a day count after an event (受理后15日内, 自受理之日起10日内) or right after a limit word
  (审批不超过15日, 压缩至7日) is a time limit in 日, no date; a date (3月15日内), a notice's
  请于10日内 and a notice period (公告时间压缩至20日) stay out;
- people counted after 为/给/向 and a whole place (为全区1.8万名中小学生免费开展视力筛查), or after
  为 in Chinese numerals (为一万名农村妇女开展筛查), with a verb of service later in the clause, are
  the people a measure is done for: a target named by the work; about so many (1.6万余名) or the
  base of a rate in the sentence (…，体检率达到95%) stays scope;
- a distance glued to a rate or a radius (公交站点500米覆盖率, 500米服务半径覆盖率, 300米见绿) is part
  of the rate's name, no target; 新建绿道500米 and 打造30个生活圈 stay targets; 公吨 (公噸) is a unit;
- a capacity or an output word closing a 分别 list (新增风电、光伏装机分别为…, 粮食、油料产量分别…) is
  shared by the items before it, as 排放总量 is, and whole (工业、服务业产值 gave 工业业产值);
- a Chinese count that is the value of a `名称：N` row naming work (新增义务教育学位：四千个。) is read
  like its digits; a label naming no work (主要任务：三项。, 工作目标：一个中心。) stays out;
- 缩短至/缩短到/压缩至/压缩到 name a level (公屋轮候时间缩短至4.5年以内: a length in 年); 分钟 after
  后 opens a time limit (接警后5分钟内出动), as 个工作日 did;
- an incentive word right after 新增/新建/增设/提供, before a count, names the kind of what is added
  (新增资助安老宿位300个); 给予补贴5万元 stays an incentive;
- 外出, 走访, 上门, 赴 after 至少 (每季度至少外出招商1次) read >=;
- a line break inside the unit after a figure (PDF text: 6000 立方\n米/日, 3.5 平方\n公里) is mended in
  the working copy (same length): the unit is read whole; a break after a one-character unit or
  before the next word (5 座\n水厂) is left as it is;
- 幅 counts plots and pictures (完成3幅共12公顷用地平整工程, 出让土地10幅); 幅度 is no unit;
- 完成 before a count of a task (完成15个城中村改造任务) is no part of the indicator: the task names the
  work (城中村改造任务); 完成10个重点项目建设 keeps its verb;
- a share after 其中 whose words are a verb and what is reached (…，其中30%以上达到完整社区建设标准) is
  the share of what the figure before it counts (城中村改造任务达到完整社区建设标准比例);
- a count after 对 whose clause goes on with 进行 and an incentive word (对新建的8个村级老年食堂进行补助)
  counts what the aid goes to: a target; an amount given (给予20万元奖励) stays an incentive.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets
from transform.targets.spans import unwrapped


def _rows(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["comparator"]) for r in extract_targets(text, **kw)]


# --- 日 as a time limit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("临时救助申请在受理后15日内审批完毕。", 15.0),
        ("社会投资小型低风险项目审批不超过15日。", 15.0),
        ("惠企资金在申请后20日内兑现到位。", 20.0),
        ("企业投资项目备案自受理之日起3日以内办结。", 3.0),
        ("建设工程消防验收时限压缩至7日。", 7.0),
    ],
)
def test_a_day_count_as_a_time_limit_is_a_target(text, value):
    assert (value, "日", "<=") in _rows(text, annual_year=2025)


@pytest.mark.parametrize(
    "text",
    [
        "请于3月15日内完成自查。",  # a date
        "请各单位于10日内反馈意见。",  # a notice's deadline, no limit word, no event
        "每月15日前报送进度。",
        "简易注销公告时间压缩至20日。",  # a notice period
        "2025年1月1日起施行，有效期至2027年12月31日。",
    ],
)
def test_a_date_or_a_notice_deadline_in_days_is_none(text):
    assert [r for r in extract_targets(text, annual_year=2025) if r["unit"] == "日"] == []


# --- people a measure serves


@pytest.mark.parametrize(
    ("text", "value", "unit", "indicator"),
    [
        ("为全区1.8万名中小学生免费开展视力筛查。", 1.8, "万名", "视力筛查"),
        ("为一万名农村妇女开展“两癌”免费筛查。", 1.0, "万名", "筛查"),
        ("给全市3000名环卫工人发放防暑用品。", 3000.0, "名", "防暑用品"),
        (
            "通过电子胃肠镜为全镇4000名40-70岁的群众分批开展早期消化道肿瘤筛查,提高患者的生存率。",
            4000.0,
            "名",
            "早期消化道肿瘤筛查",
        ),
        ("为三千名老年人提供上门服务。", 3000.0, "名", "上门服务"),
    ],
)
def test_people_a_measure_serves_are_a_target(text, value, unit, indicator):
    rows = [r for r in extract_targets(text, annual_year=2025) if r["value"] == value and r["unit"] == unit]
    assert len(rows) == 1
    assert indicator in rows[0]["indicator"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("为全镇1.6万余名60周岁以上老年人开展免费健康体检,体检率达到百分之九十五以上。", 1.6),
        ("为全镇1.6万名老年人开展免费健康体检,体检率达到95%以上。", 1.6),
        ("全县13个供电所开展安全检查。", 13.0),
        ("为全县12个乡镇开展培训。", 12.0),
        ("为五位老人祝寿。", 5.0),
    ],
)
def test_scope_or_the_base_of_a_rate_stays_out(text, value):
    assert value not in [r["value"] for r in extract_targets(text, annual_year=2025)]


# --- a distance in the name of a rate; 公吨


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("公交站点500米覆盖率达到100%。", "公交站点500米覆盖率"),
        ("公园绿地500米服务半径覆盖率达到90%以上。", "公园绿地500米服务半径覆盖率"),
        ("城区实现300米见绿、500米见园。", None),
        ("社区卫生服务中心1公里覆盖率提高到85%。", "社区卫生服务中心1公里覆盖率"),
    ],
)
def test_a_distance_in_a_rate_name_is_no_target(text, indicator):
    rows = extract_targets(text, annual_year=2025)
    assert [r for r in rows if r["unit"] in ("米", "公里")] == []
    if indicator:
        assert [r["indicator"] for r in rows] == [indicator]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("新建绿道500米。", 500.0, "米"),
        ("打造30个生活圈。", 30.0, "个"),
        ("稻米产量不低于9万公吨。", 9.0, "万公吨"),
        ("粮食进口量控制在120公吨以内。", 120.0, "公吨"),
    ],
)
def test_distances_counts_and_metric_tons_stay_targets(text, value, unit):
    assert (value, unit) in [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


# --- 装机, 产量, 产值 shared by a 分别 list


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("新增风电、光伏装机分别为60万千瓦、80万千瓦。", ["新增风电装机", "光伏装机"]),
        ("粮食、油料产量分别稳定在50万吨、8万吨以上。", ["粮食产量", "油料产量"]),
        ("水电、风电装机容量分别达到120万千瓦、45万千瓦。", ["水电装机容量", "风电装机容量"]),
        ("工业、服务业产值分别增长8%、10%。", ["工业产值", "服务业产值"]),
        ("茶叶、中药材产值分别达到20亿元、8亿元。", ["茶叶产值", "中药材产值"]),
        ("工业、农业总产值分别增长9%、4%。", ["工业总产值", "农业总产值"]),
    ],
)
def test_a_capacity_or_output_word_is_shared_by_a_list(text, indicators):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2025)] == indicators


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("粮食总产量、油料产量分别稳定在50万吨、8万吨以上。", ["粮食总产量", "油料产量"]),
        ("森林覆盖率、风电装机分别达到45%、60万千瓦。", ["森林覆盖率", "风电装机"]),
        ("城、乡居民人均可支配收入分别增长8%、9%。", ["城居民人均可支配收入", "乡居民人均可支配收入"]),
    ],
)
def test_an_item_with_a_measure_of_its_own_shares_none(text, indicators):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2025)] == indicators


# --- a Chinese count as the value of a labelled row


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("新增义务教育学位：四千个。", 4000.0),
        ("改造老旧小区：十二个。", 12.0),
        ("新建村级养老服务站：五个；", 5.0),
    ],
)
def test_a_chinese_count_after_a_label_of_work_is_read(text, value):
    assert value in [r["value"] for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize("text", ["主要任务：三项。", "工作目标：一个中心。", "分解情况：二十个。"])
def test_a_chinese_count_after_a_label_of_no_work_stays_out(text):
    assert extract_targets(text, annual_year=2025) == []


# --- levels after 缩短至, limits in 分钟, places of a subsidised kind, 至少 before more verbs


@pytest.mark.parametrize(
    ("text", "value", "unit", "cmp"),
    [
        ("公屋轮候时间缩短至4.5年以内。", 4.5, "年", "<="),
        ("平均办理时间缩短到2.5年。", 2.5, "年", "="),
        ("城区应急救援队伍接警后5分钟内出动。", 5.0, "分钟", "<="),
        ("确保火情发生后30分钟内到达现场。", 30.0, "分钟", "<="),
        ("新增资助安老宿位300个。", 300.0, "个", "="),
        ("增设补贴岗位50个。", 50.0, "个", "="),
        ("每个乡镇每季度至少外出招商1次。", 1.0, "次", ">="),
        ("每月至少走访企业2次。", 2.0, "次", ">="),
    ],
)
def test_levels_limits_and_kinds_read(text, value, unit, cmp):
    assert (value, unit, cmp) in _rows(text, annual_year=2025)


@pytest.mark.parametrize(
    "text",
    [
        "对新增企业给予补贴5万元。",  # an incentive
        "给予奖励20万元。",
        "排名后5分钟。",  # no limit (no 内)
        "竣工后3年。",
    ],
)
def test_incentives_and_times_after_an_event_without_a_limit_stay_out(text):
    assert extract_targets(text, annual_year=2025) == []


# --- a unit broken by a line wrap


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("新增供水能力 6000 立方\n米/日，农村自来水普及率提高到 92%。", 6000.0, "立方米/日"),
        ("建成城市绿地 3.5 平方\n公里。", 3.5, "平方公里"),
        ("新增污水处理能力 2 万立方\n米/日。", 2.0, "万立方米/日"),
        ("新建城市道路 12 公\n里。", 12.0, "公里"),
    ],
)
def test_a_unit_broken_by_a_line_wrap_is_read_whole(text, value, unit):
    assert (value, unit) in [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    "text",
    [
        "新增 5 座\n水厂",
        "新增 12 万\n亩",
        "完成 12 座小型水库除险加固，病险水库\n数量减少到 5 座以内",
        "到 2025 年\n底",
    ],
)
def test_a_break_after_a_whole_unit_or_a_word_stays(text):
    assert unwrapped(text) == text


# --- 幅


@pytest.mark.parametrize(
    ("text", "value"),
    [("出让土地10幅。", 10.0), ("完成3幅共12公顷用地平整工程。", 3.0), ("创作主题宣传画20幅。", 20.0)],
)
def test_fu_counts_plots_and_pictures(text, value):
    assert (value, "幅", "=") in _rows(text, annual_year=2025)


@pytest.mark.parametrize("text", ["绘制3幅度图。", "增长幅度5个百分点以上。"])
def test_fudu_is_no_unit(text):
    assert [r for r in extract_targets(text, annual_year=2025) if r["unit"] == "幅"] == []


# --- 完成 N个…任务


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("完成15个城中村改造任务。", "城中村改造任务"),
        ("完成17处镇街卫生院提升改造任务。", "镇街卫生院提升改造任务"),
        ("年内完成8个老旧小区改造任务。", "老旧小区改造任务"),
    ],
)
def test_wancheng_before_a_task_is_dropped(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2025)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [("完成10个重点项目建设。", "完成重点项目建设"), ("新建15个城中村改造安置点。", "新建城中村改造安置点")],
)
def test_other_verbs_and_nouns_keep_theirs(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2025)] == [indicator]


# --- 其中 N% 达到…


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "完成15个城中村改造任务，其中30%以上达到完整社区建设标准。",
            "城中村改造任务达到完整社区建设标准比例",
        ),
        ("新建村卫生室40个，其中60%达到甲级标准。", "村卫生室达到甲级标准比例"),
        ("培育家庭农场100家，其中30%以上创建为示范家庭农场。", "家庭农场创建为示范家庭农场比例"),
    ],
)
def test_a_share_of_the_counted_things_that_reach_a_standard(text, indicator):
    assert extract_targets(text, annual_year=2025)[-1]["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("全市养老床位达到3600张，其中护理型床位占比不低于60%。", "护理型床位占比"),
        ("其中30%以上达到社区医院标准。", "达到社区医院标准"),  # no figure before it
    ],
)
def test_a_share_with_its_own_subject_or_none_before_keeps_its_words(text, indicator):
    assert extract_targets(text, annual_year=2025)[-1]["indicator"] == indicator


# --- 对 N个… 进行补助


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("计划对新建的8个村级老年食堂进行补助。", 8.0),
        ("对20家企业进行奖励。", 20.0),
        ("对验收合格的12个村进行奖补。", 12.0),
    ],
)
def test_a_count_of_what_the_aid_goes_to_is_a_target(text, value):
    assert value in [r["value"] for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    "text",
    ["对新认定的国家高新技术企业给予20万元奖励。", "对20家企业给予奖励。", "每村奖补5万元。"],
)
def test_an_amount_given_or_a_count_given_to_stays_out(text):
    assert extract_targets(text, annual_year=2025) == []
