"""Round 44g: structure, second batch.

- A measure word cut in two by a PDF line break after its figure ("…6000 立方" / "米/日，…", "…3万" /
  "亩，…"), and a figure with its measure word that ends a clause opening the next line ("…新增公交线路" /
  "3条。…"), read on as one line (`transform.wrapped_figures`).
- A closing heading "经费保障" (traditional "經費保障" too) names no work (lexicon
  `structure_closing_headings`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.wrapped_figures import cut_figure


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


# --- a measure word cut in two, a figure cut from the words before it ------------------------------


@pytest.mark.parametrize(
    ("prev", "line"),
    [
        ("1.新建集中供水工程 8 处，新增供水能力 6000 立方", "米/日，普及率提高到 92%。"),
        ("（二）实施老旧小区改造，改造面积120万平方", "米。（牵头单位：区住建局）"),
        ("3.扩建污水处理厂一座，处理规模达到每日2万立方", "米。"),
        ("2.推进高标准农田建设，全年新建高标准农田3万", "亩，完成投资2亿元。"),
        ("2.推进义务教育优质均衡发展，改造薄弱学校校舍，新增校舍面积1.2万", "平方米。（责任单位：县教育局）"),
        ("4.新建光伏电站两座，新增装机容量合计达到5000千", "瓦。（责任单位：县发改局）"),
        ("2.新改建农村公路85公里，实施危桥改造6座，新增公交线路", "3条。（责任单位：区交通运输局）"),
        ("1.实施城乡供水一体化工程，农村自来水普及率达到", "95%，水质达标率100%。"),
        ("五、扎实推进农村人居环境整治，新建农村公厕", "12座，改造户厕500户。"),
        ("3.加快建设普惠金融服务站，全年新增普惠小微贷款", "10亿元；惠及市场主体3000户。"),
    ],
)
def test_cut_figure_reads_on(prev: str, line: str) -> None:
    assert cut_figure(prev, line)


@pytest.mark.parametrize(
    ("prev", "line"),
    [
        # a heading over a line that opens with words after its figure
        ("一、加快推进重点项目建设，今年全县共安排项目", "12个重点项目分三批推进"),
        # a row's number after a space
        ("序号 项目名称 建设内容 责任单位 完成时限 备注说明", "3 新建垃圾转运站1座 镇环卫所"),
        # a tail after the figure that no measure word completes
        ("2.培育壮大市场主体，全年新增规模以上企业5家", "庭农场30家。"),
        ("1.全力推进项目建设，新开工项目不少于20个", "体工商户帮扶。"),
        # too short for prose
        ("新增容量5000千", "瓦。"),
        # a year opens the line
        ("（三）完善公共服务设施，推动城乡基本公共服务均等化，到", "2025年全面完成。"),
        # a decimal point with nothing after it
        ("2.推进城区绿化提升工程建设，新增城市绿地面积", "3.新建公园2个。"),
    ],
)
def test_cut_figure_stays(prev: str, line: str) -> None:
    assert not cut_figure(prev, line)


def test_unit_cut_page_titles_whole() -> None:
    page = (
        "东岭县2025年供水设施建设计划\n一、供水保障\n"
        "1.新建城南水厂一座，新增日供水能力2万立方\n米，改造老旧管网12公里。（牵头单位：县住建局）\n"
        "2.新建农村公路30公里，新增公交线路\n4条。（牵头单位：县交通运输局）\n"
    )
    assert _tasks(page) == [
        (("一", "1"), "新建城南水厂一座，新增日供水能力2万立方米，改造老旧管网12公里"),
        (("一", "2"), "新建农村公路30公里，新增公交线路4条"),
    ]


# --- 经费保障 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "某县2025年全民健身工作方案\n一、主要任务\n（一）新建健身点30个。（责任单位：县体育局）\n"
        "二、经费保障\n县财政要将工作经费纳入年度预算。\n",
        "某縣2025年全民健身工作實施方案\n一、主要任務\n（一）新建社區健身點30個。（責任單位：縣體育局）\n"
        "二、組織領導\n各鄉鎮要加強統籌。\n三、經費保障\n縣財政要將全民健身工作經費納入年度預算。\n",
        "某镇2025年人居环境整治方案\n一、整治任务\n1.完成户厕改造300户。（牵头单位：镇农办）\n"
        "2.新建垃圾收集点20个。（牵头单位：镇环卫所）\n三、强化经费保障\n镇财政统筹安排整治经费。\n",
    ],
)
def test_jingfei_baozhang_is_no_task(page: str) -> None:
    tasks = _tasks(page)
    assert tasks and all("经费" not in title and "經費" not in title for _, title in tasks)


@pytest.mark.parametrize(
    "page",
    [
        # a numbered item under it stays a task
        "某县2025年工作方案\n一、经费保障\n1.安排专项资金500万元。（牵头单位：县财政局）\n",
        # a heading that names work on its funds
        "某县2025年工作方案\n一、加大经费投入力度，全年安排资金800万元。（牵头单位：县财政局）\n",
    ],
)
def test_jingfei_work_stays_task(page: str) -> None:
    assert len(_tasks(page)) == 1


# --- a tab table whose row numbers sit on the middle line of their rows ---------------------------


def _tab_page(*rows: str) -> str:
    return "某镇2025年重点项目计划表\n序号\t项目名称\t建设内容\t责任单位\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # two-line cells, the number on the lower line
            _tab_page(
                "\t石岭镇卫生院\t新建门诊楼一栋，",
                "1\t综合楼建设项目\t建筑面积3500平方米\t镇社会事务办",
                "\t石岭大道\t改造道路2.8公里，",
                "2\t提质改造工程\t新建人行道5公里\t镇城建办",
                "3\t垃圾转运站建设\t新建转运站1座\t镇环卫所",
            ),
            [("1", "石岭镇卫生院综合楼建设项目"), ("2", "石岭大道提质改造工程"), ("3", "垃圾转运站建设")],
        ),
        (  # three-line cells, the number on the middle line
            _tab_page(
                "\t北湖镇污水处理厂\t新建日处理能力",
                "1\t提标改造工程\t5000吨污水处理设施\t镇村镇建设办",
                "\t\t及配套管网8公里",
                "\t北湖中学教学楼\t新建教学楼一栋，",
                "2\t建设项目\t建筑面积6000平方米\t镇社会事务办",
            ),
            [("1", "北湖镇污水处理厂提标改造工程"), ("2", "北湖中学教学楼建设项目")],
        ),
        (  # traditional characters, the number on the lower line of each row
            _tab_page(
                "\t東關社區\t改造老舊小區3個，",
                "1\t老舊小區改造\t惠及居民800戶\t鎮城建辦",
                "\t西河村\t新建水塘2座，",
                "2\t水利設施建設\t新增灌溉面積500畝\t鎮水利站",
            ),
            [("1", "東關社區老舊小區改造"), ("2", "西河村水利設施建設")],
        ),
    ],
)
def test_centred_tab_rows(page: str, expected: list[tuple[str, str]]) -> None:
    assert [(p[-1], title) for p, title in _tasks(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # the usual layout: a row's cells go on below its number line
            _tab_page(
                "1\t城南污水处理厂改造\t新建日处理能力5000吨设施，\t镇城建办",
                "\t\t配套管网8公里",
                "2\t农贸市场改造工程\t改造市场1个\t镇市场监管所",
            ),
            [("1", "城南污水处理厂改造"), ("2", "农贸市场改造工程")],
        ),
        (  # a line above the first row only: no centred rows
            _tab_page(
                "\t（单位：万元）",
                "1\t城南污水处理厂改造\t新建日处理能力5000吨设施\t镇城建办",
                "2\t农贸市场改造工程\t改造市场1个\t镇市场监管所",
            ),
            [("1", "城南污水处理厂改造"), ("2", "农贸市场改造工程")],
        ),
    ],
)
def test_tab_rows_not_centred(page: str, expected: list[tuple[str, str]]) -> None:
    assert [(p[-1], title) for p, title in _tasks(page)] == expected


# --- a 一是… run inside a rectification block's field ---------------------------------------------


def _targets(text: str) -> list[tuple[str, float]]:
    return [(str(t["task_id"]).split("/", 1)[-1], float(t["value"])) for t in _doc(text).targets]


_BLOCK = (
    "关于巡察反馈问题整改方案\n一、整改任务\n（一）关于{a}的问题\n整改目标：{goal}\n{label}：一是{one}；二是{two}。\n"
    "责任单位：{unit}\n二、保障措施\n加强组织领导。\n"
)


@pytest.mark.parametrize(
    ("page", "targets"),
    [
        (
            _BLOCK.format(
                a="医疗服务能力不足",
                goal="卫生院达标率达到90%。",
                label="整改措施",
                one="招聘医学毕业生40名",
                two="完成5所卫生院改造",
                unit="县卫健局",
            ),
            [90.0, 40.0, 5.0],
        ),
        (
            _BLOCK.format(
                a="河道垃圾清理不及时",
                goal="河道保洁覆盖率达到100%。",
                label="整治措施",
                one="配备保洁员120名",
                two="新建垃圾打捞点15个",
                unit="县水利局",
            ),
            [100.0, 120.0, 15.0],
        ),
        (
            _BLOCK.format(
                a="農村飲水保障不到位",
                goal="農村自來水普及率達到95%。",
                label="整改措施",
                one="新建改造管網60公里",
                two="每季度開展水質檢測1次",
                unit="縣水利局",
            ),
            [95.0, 60.0, 1.0],
        ),
    ],
)
def test_field_run_stays_in_its_block(page: str, targets: list[float]) -> None:
    tasks = _tasks(page)
    assert [p for p, _ in tasks] == [("一", "(一)")]
    assert sorted(v for _, v in _targets(page)) == sorted(targets)
    assert {p for p, _ in _targets(page)} == {"一/(一)"}


@pytest.mark.parametrize(
    "page",
    [
        # 一是… under a section heading: items (the corpus convention)
        "某镇2025年工作要点\n一、聚力产业发展\n一是抓招商引资，引进项目3个；二是抓园区建设，新建厂房2万平方米。（责任单位：镇经发办）\n",
        # a run after a sentence, not after a field label
        "某县2025年整改工作要点\n一、全面落实整改要求\n各部门要对标整改。一是完成问题整改12项；二是建立长效机制5项。（责任单位：县纪委）\n",
        # a field label not of a rectification block
        "某县2025年工作要点\n一、优化营商环境\n主要举措：一是压减审批时限，压缩至5个工作日；二是新增集成服务8项。（责任单位：县政务中心）\n",
    ],
)
def test_other_runs_stay_items(page: str) -> None:
    assert [p[-1] for p, _ in _tasks(page)] == ["一是", "二是"]
