"""Pages whose paragraphs lost their line breaks: a document viewer's numbered chunks, and pages
whose paragraphs are kept apart by spaces only (transform/flattened.py). Texts are invented."""
from __future__ import annotations

from transform.document import parse_document
from transform.flattened import join_viewer_chunks, split_flattened


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _paths(text: str) -> list[list[str]]:
    return [t["path"] for t in _tasks(text)]


# --- a document viewer's chunks -------------------------------------------------------------

_VIEWER = (
    "1、青山镇2024年工作要点 2024年是实施发展规划的关键之年。全镇将围绕产业兴旺、生态宜居的总要求，"
    "扎实推进各项工作，力争全年经济指标稳中有进。 一、壮大特色产业 1.提升茶叶产业。新建标准化茶园500亩，"
    "培育茶叶加工企业2家，推动茶叶品牌建设，提高茶叶附加值，带动茶农持续增收，引导茶农科学施肥，严格控制农药\n"
    "2、使用，确保茶叶质量安全。 2.发展林下经济。发展林下种植1000亩，新增养殖大户10户。 "
    "同时加强茶园管护，推广绿色防控技术，建立茶叶质量追溯体系，拓宽线上线下销售渠道。 "
    "二、改善人居环境 3.推进村庄绿化。完成道路绿化12公里，新建口袋公园3个，持续开展清洁行动，巩固"
    "提升村容村貌，完善长效管护机制，做到垃圾日产日清，督促各村落实门前三包责任，着力打造宜居乡\n"
    "3、村。 4.完善基础设施。硬化村组道路8公里，新建便民桥2座。"
)


def test_a_viewers_chunk_numbers_are_no_items():
    lines = join_viewer_chunks(_VIEWER.split("\n"))
    assert len(lines) == 1 and "严格控制农药使用" in lines[0] and "宜居乡村" in lines[0]
    assert _paths(_VIEWER) == [["一", "1"], ["一", "2"], ["二", "3"], ["二", "4"]]
    assert [t["title"] for t in _tasks(_VIEWER)][:2] == ["提升茶叶产业", "发展林下经济"]


def test_long_items_numbered_1_2_that_end_their_sentences_are_items():
    text = "\n".join(
        f"{i}、" + "加快推进重点项目建设，完善项目推进机制，强化要素保障，确保项目按期开工建设。" * 6
        for i in (1, 2, 3)
    )
    assert join_viewer_chunks(text.split("\n")) == text.split("\n")
    assert _paths(text) == [["1"], ["2"], ["3"]]


def test_a_viewers_chunk_numbers_run_into_one_line_are_no_items():
    # the same chunks with their line breaks lost: "…严格控制农药2、使用…" (a number mid-sentence)
    text = _VIEWER.replace("\n", "")
    lines = join_viewer_chunks([text])
    assert len(lines) == 1 and "严格控制农药使用" in lines[0] and "宜居乡村" in lines[0]
    assert _paths(text) == [["一", "1"], ["一", "2"], ["二", "3"], ["二", "4"]]


def test_numbered_items_of_one_paragraph_are_no_chunks():
    text = ("1、加快推进重点项目建设，完善项目推进机制，强化要素保障。" * 4 + "2、持续优化营商环境，深化审批制度改革。" * 4
            + "3、加强生态环境保护，推进污染防治。" * 4)
    assert join_viewer_chunks([text]) == [text]


def test_short_numbered_lines_are_never_chunks():
    lines = ["1、新建公办幼儿园2所", "2、改造农贸市场3个", "3、新增公共停车位500个"]
    assert join_viewer_chunks(lines) == lines


# --- paragraphs kept apart by spaces ----------------------------------------------------------

def test_a_flattened_page_is_read_as_its_paragraphs():
    text = (
        "某县农村人居环境整治实施方案 为改善农村人居环境，结合我县实际，制定本方案。 一、总体目标 到2025年，"
        "全县农村卫生厕所普及率达到95%以上，生活垃圾得到有效治理。 二、重点任务 （一）推进厕所革命 "
        "1.新建改建农村卫生厕所。全年新建改建户厕3000座。（责任单位：县农业农村局） 2.建设公共厕所。"
        "新建农村公厕20座。（责任单位：县住建局） （二）治理生活污水 1.建设污水处理设施。新建污水处理站"
        "5座。（责任单位：县生态环境分局） 2.整治黑臭水体。完成整治8处。（责任单位：县水利局）"
    )
    assert _paths(text) == [["二", "(一)", "1"], ["二", "(一)", "2"], ["二", "(二)", "1"], ["二", "(二)", "2"]]
    tasks = _tasks(text)
    assert [t["lead_units"] for t in tasks] == [["县农业农村局"], ["县住建局"], ["县生态环境分局"], ["县水利局"]]
    assert tasks[0]["title"] == "新建改建农村卫生厕所"


def test_a_flattened_work_plan_numbered_on_across_sections():
    text = (
        "2024年工作计划 一、做优产业 1.扩大蔬菜种植，新增大棚50个。 2.培育合作社3家，带动农户增收。 "
        "二、建设美丽乡村 3.完成村庄亮化工程，安装路灯200盏。 4.新建文化广场2处，丰富群众文化生活。"
    )
    assert _paths(text) == [["一", "1"], ["一", "2"], ["二", "3"], ["二", "4"]]


def test_a_heading_that_ran_into_its_paragraph_is_cut_from_it():
    line = ("三、保障措施 各单位要高度重视，加强组织领导，明确责任分工，确保各项任务落到实处。 "
            "四、工作要求 各单位要按时报送进展情况，接受督查考核。")
    assert split_flattened(line) == [
        "三、保障措施", "各单位要高度重视，加强组织领导，明确责任分工，确保各项任务落到实处。",
        "四、工作要求", "各单位要按时报送进展情况，接受督查考核。",
    ]


def test_spaces_inside_a_paragraph_are_no_cuts():
    # one marker after a space, numbers spaced by a PDF conversion, and a short line
    for line in (
        "推进城乡环境整治，全年建成 2 座污水处理站、 3 座垃圾中转站，完成 12 个村的道路硬化和绿化亮化，"
        "改善群众生产生活条件，持续巩固提升整治成效，确保群众满意度达到90%以上。",
        "加快项目建设，确保全年完成投资5亿元。 1.新建标准厂房，完善园区配套设施，提升园区承载能力，"
        "加快推进招商引资，力争引进亿元以上项目3个，培育规上企业2家，带动就业500人。",
        "一、总体要求 坚持稳中求进。 二、重点任务",
    ):
        assert split_flattened(line) == [line]


def test_table_cells_with_circled_items_stay_whole():
    cell = ("①新建小学1所，可提供学位1080个，完善配套设施。 ②改扩建初中2所，新增学位900个，改善办学条件。 "
            "③新建幼儿园3所，新增学位540个。 |")
    assert split_flattened(cell) == [cell]


def test_a_flattened_page_cuts_markers_after_sentence_ends_too():
    # the page rendered without its line breaks: "…意见。一、… （一）… （二）… 二、…"
    text = ("为加快建设农业强县，现提出如下意见。一、提升粮食生产能力 （一）稳定粮食面积。全年粮食播种面积"
            "稳定在80万亩以上。 （二）建设高标准农田。新建高标准农田5万亩。二、发展乡村产业 （一）培育龙头企业。"
            "新增省级龙头企业3家。")
    assert _paths(text) == [["一", "(一)"], ["一", "(二)"], ["二", "(一)"]]


def test_items_numbered_by_bare_numbers_in_a_flattened_page():
    text = ("2024年区政府为民办实事项目 1 新增养老床位200张 2 新建社区食堂10家 3 改造老旧电梯50台 "
            "4 新增公共停车泊位1000个")
    assert _paths(text) == [["1"], ["2"], ["3"], ["4"]]


def test_two_bare_numbers_in_spaced_prose_are_no_items():
    line = ("推进城乡供水一体化，今年新建 1 座水厂、改造 2 座泵站，完成管网改造12公里，"
            "保障群众饮水安全，提升供水保障能力，全面完成年度任务。")
    assert split_flattened(line) == [line]


def test_nested_lists_that_start_after_spaces_show_a_flattened_page():
    # one item of each level, each after a space: the first items of nested lists
    text = ("某镇2024年工作思路 总体上坚持稳中求进。 一、产业发展 （一）壮大特色农业。新发展食用菌500亩，培育家庭农场10家。"
            "（责任单位：镇农业服务中心）")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["一", "(一)"]]
    assert tasks[0]["lead_units"] == ["镇农业服务中心"]


def test_one_marker_after_a_space_in_prose_is_no_cut():
    line = ("会议强调，要抓好以下工作：一是压实责任，二是强化督导。 （一）项工作由县政府办牵头，持续推进，"
            "确保各项任务按期完成，取得实效。")
    assert split_flattened(line) == [line]
