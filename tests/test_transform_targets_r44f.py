"""Round 44f: targets, second batch (shapes the first wave of round 44 named).

- measure words: 头次 (doses given to livestock), 箱 (hives, boxes), 款 (product models), 届/屆
  (editions of a recurring event), 立方米每秒 (a flow written in words) are units;
- 届 is a unit only before a character that is no word character (or 以上 …): "举办博览会3届", but
  "2024届毕业生" and "区十五届人大" name a cohort and an assembly;
- a bound before a head and a period ("不低于每生每年720元") holds, and the head is no part of the
  indicator;
- after 分别, a bare value joined (和 、 与 及) to the next value that has a unit shares that unit
  ("分别不高于33和58微克/立方米": two targets); a bare value after 和 that closes a list of bare
  figures after a verb of level is the list's last item ("分别不高于0.50和0.45");
- a count of people with its bound right before 大班额/班额 says which classes are meant, no target
  ("56人以上大班额全部清零");
- 消除, 化解, 关闭, 取缔, 整改 before a number are verbs of work: what is counted is the noun after
  it ("全部消除32处易涝积水点": 易涝积水点, not the verb);
- a floor word before a verb and its object, then a count of times, holds: "每季度至少研究安全生产工作
  1次" is ">=".
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return sorted((r["value"], r["unit"]) for r in extract_targets(text, **kw))


def _one(text: str, value: float, **kw) -> dict:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert len(rows) == 1, extract_targets(text, **kw)
    return rows[0]


# --- measure words


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年完成牲畜口蹄疫强制免疫85万头次以上。", 85, "万头次"),
        ("春秋两季集中免疫注射家禽及家畜40万头次。", 40, "万头次"),
        ("全县中蜂养殖规模扩大到2.5万箱。", 2.5, "万箱"),
        ("新建标准化蜂场10个，蜂群达到6000箱。", 6000, "箱"),
        ("研发非遗文创衍生品80款以上。", 80, "款"),
        ("開發特色旅遊商品120款。", 120, "款"),
        ("每年举办农民丰收节1届。", 1, "届"),
        ("三年內舉辦國際茶業博覽會3屆。", 3, "屆"),
        ("城市应急供水能力达到8立方米每秒。", 8, "立方米每秒"),
        ("新建泵站设计抽排流量达到25立方米每秒。", 25, "立方米每秒"),
    ],
)
def test_measure_words_are_units(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "对2024届困难家庭高校毕业生实施精准帮扶，帮扶率达到100%。",
        "做好2025屆畢業生就業服務，就業率達到95%。",
        "组织2023届毕业生参加专场招聘会，签约率达到80%。",
        "根据县十八届人大四次会议部署，城镇化率达到60%。",
    ],
)
def test_a_year_before_jie_is_a_cohort(text: str) -> None:
    assert [u for _, u in _rows(text)] == ["%"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("举办第3届农民运动会，参赛选手500人。", [(500, "人")]),
        ("全县2024年开展免疫工作，完成免疫10万头。", [(10, "万头")]),
    ],
)
def test_not_these_units(text: str, rows: list) -> None:
    assert _rows(text) == rows


# --- a bound before a head and a period


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("学前教育生均财政拨款不低于每生每年8000元。", 8000, "学前教育生均财政拨款"),
        ("公用经费标准不低于每生每学年650元。", 650, "公用经费标准"),
        ("校舍维修经费不少于每生每年200元。", 200, "校舍维修经费"),
    ],
)
def test_bound_before_per_head_period(text: str, value: float, indicator: str) -> None:
    row = _one(text, value)
    assert (row["comparator"], row["indicator"]) == (">=", indicator)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每生每年安排公用经费800元。", 800),
        ("生均公用经费达到每生每年700元。", 700),
    ],
)
def test_no_bound_before_per_head_period(text: str, value: float) -> None:
    assert _one(text, value)["comparator"] == "="


# --- 分别 … A和B unit


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("小学、初中生均用房面积分别不低于4.5和5.8平方米。", [(4.5, "平方米"), (5.8, "平方米")]),
        ("PM2.5和PM10年均浓度分别不高于33和58微克/立方米。", [(33, "微克/立方米"), (58, "微克/立方米")]),
        ("两个园区产值分别达到30、45亿元。", [(30, "亿元"), (45, "亿元")]),
        ("氮氧化物排放浓度分别不高于50与30毫克/立方米。", [(30, "毫克/立方米"), (50, "毫克/立方米")]),
    ],
)
def test_each_shares_the_later_unit(text: str, rows: list) -> None:
    assert _rows(text) == rows


def test_each_bound_on_both() -> None:
    got = extract_targets("PM2.5和PM10年均浓度分别不高于33和58微克/立方米。")
    assert [(r["comparator"], r["indicator"]) for r in got] == [
        ("<=", "PM2.5年均浓度"),
        ("<=", "PM10年均浓度"),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("完成1和2号楼改造，新增车位30个。", [(30, "个")]),
        ("改造3和5号泵站，新增排涝能力20立方米每秒。", [(20, "立方米每秒")]),
        ("PM2.5和PM10浓度持续下降，优良天数达到300天。", [(300, "天")]),
    ],
)
def test_no_share_without_each(text: str, rows: list) -> None:
    assert _rows(text) == rows


# --- a class size is a qualifier


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("56人以上大班额全部清零，小学班额控制在45人以内。", [(45, "人")]),
        ("全面消除66人以上超大班额。", []),
        ("46人及以上的大班额全部化解，新增学位2000个。", [(2000, "个")]),
    ],
)
def test_class_size_qualifies(text: str, rows: list) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("初中班额控制在50人以下。", [(50, "人")]),
        ("新增教师300人以上，班额逐步下降。", [(300, "人")]),
    ],
)
def test_class_size_bound_stays(text: str, rows: list) -> None:
    assert _rows(text) == rows


# --- a floor word over a verb and its object before N次


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("镇党委、政府主要负责人每季度至少研究安全生产工作1次。", 1),
        ("各学校党组织每年至少专题研究清廉学校建设工作2次。", 2),
        ("每个村（社区）每半年至少开展1次应急演练。", 1),
        ("每学期不少于组织家长会2次。", 2),
        ("县委常委会每年至少专题听取意识形态工作汇报2次。", 2),
        ("每半年至少分析研判风险形势1次。", 1),
    ],
)
def test_floor_over_object(text: str, value: float) -> None:
    assert _one(text, value)["comparator"] == ">="


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("至少建设3个站点，开展业务培训10次。", 10),
        ("至少配备2名专干、召开联席会议4次。", 4),
        ("每季度研究安全生产工作1次。", 1),
    ],
)
def test_no_floor_over_a_break(text: str, value: float) -> None:
    assert _one(text, value)["comparator"] == "="


# --- a bare list closed by 和


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("小学、初中校际差异系数分别不高于0.50和0.45。", [0.45, 0.5]),
        ("城乡、区域基尼系数分别控制在0.38和0.32。", [0.32, 0.38]),
        ("综合差异系数分别不高于0.55、0.50和0.45。", [0.45, 0.5, 0.55]),
    ],
)
def test_bare_list_closed_by_he(text: str, values: list) -> None:
    assert [v for v, _ in _rows(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "完成1号和2号楼改造。",
        "对照2023和2024年度考核结果整改。",
    ],
)
def test_no_bare_list_without_level(text: str) -> None:
    assert _rows(text) == []


# --- verbs of removal before a number: the noun after it is counted


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("2026年底前全部消除32处易涝积水点。", 32, "易涝积水点"),
        ("年内化解3个信访积案。", 3, "信访积案"),
        ("依法关闭12家散乱污企业。", 12, "散乱污企业"),
        ("取缔非法码头5个。", 5, "非法码头"),
    ],
)
def test_removal_verb_counts_the_noun(text: str, value: float, noun: str) -> None:
    ind = _one(text, value)["indicator"]
    assert noun in ind and ind != "消除"


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("城市黑臭水体消除比例达到100%。", 100, "城市黑臭水体消除比例"),
        ("重大隐患整改率达到100%。", 100, "重大隐患整改率"),
    ],
)
def test_removal_word_inside_a_measure(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator
