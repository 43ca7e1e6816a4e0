"""Round 40i: units, third batch (集团化办学, 医共体, 文旅 责任表, 四好农村路, 供水保障, 消费提振,
稳就业, 养老服务, 自然灾害防治, 国企改革).

- a table's unit cell that names its bodies by their fields alone, with no 等部门 after them
  ("文旅", "交通、农业农村"): each field as printed, no department suffix completed and no list kept
  whole (lexicon units_field_words.txt). A cell of department stems alone ("市场监管") is still
  completed (市场监管局), as the seed gold reads "发展改革".
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.unit_names import split_units
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- fields named alone in a unit cell -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("交通、农业农村", ["交通", "农业农村"]),
        ("文旅", ["文旅"]),
        ("发改、财政、住建", ["发改", "财政", "住建"]),
        ("卫健，医保", ["卫健", "医保"]),
        ("自然资源、生态环境、水利", ["自然资源", "生态环境", "水利"]),
    ],
)
def test_fields_named_alone_are_split_as_printed(value: str, names: list[str]) -> None:
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("市场监管局", ["市场监管局"]),
        ("市场监管", ["市场监管局"]),
        ("生态环境、发展改革", ["生态环境局", "发展改革局"]),
        ("县交通运输局、农业农村局", ["县交通运输局", "农业农村局"]),
        ("全县新能源、新材料产业专班成员单位", ["全县新能源、新材料产业专班成员单位"]),
        ("市场监管、税务、人社等部门", ["市场监管", "税务", "人社"]),
    ],
)
def test_whole_names_and_other_lists_are_untouched(value: str, names: list[str]) -> None:
    assert split_units(value) == names


def test_field_cells_in_a_table() -> None:
    text = (
        "北岭市文旅融合项目责任表\n"
        "序号\t项目名称\t建设内容\t责任单位\t配合单位\n"
        "1\t乡村旅游线路\t完善标识系统\t文旅\t交通、农业农村\n"
        "2\t文创产品开发\t开发特色产品\t文旅、商务\t市场监管\n"
    )
    p = parse_document(text, source="t", is_text=True)
    got = [(t["lead_units"], t["participating_units"]) for t in p.tasks]
    assert got == [(["文旅"], ["交通", "农业农村"]), (["文旅", "商务"], ["市场监管局"])]


# --- institutions of one kind (各医疗机构) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("扩大签约服务覆盖面，县卫生健康局牵头，各医疗机构配合。", ["县卫生健康局"], ["各医疗机构"]),
        ("开展专项检查，由县卫生健康局负责，各医疗卫生机构具体落实。", ["县卫生健康局"], ["各医疗卫生机构"]),
        ("推进医养结合，市民政局牵头，各养老机构配合。", ["市民政局"], ["各养老机构"]),
        ("规范托育服务。县卫生健康局牵头，各托育机构配合。", ["县卫生健康局"], ["各托育机构"]),
    ],
)
def test_institutions_of_one_kind_are_units(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("引导金融机构加大信贷投放，县金融办牵头，县财政局配合。", ["县金融办"], ["县财政局"]),
        ("推动医疗机构检查结果互认。县卫生健康局牵头。", ["县卫生健康局"], []),
    ],
)
def test_institutions_without_ge_are_no_units(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("value", "names"),
    [("发改 财政", ["发改", "财政"]), ("卫健　医保", ["卫健", "医保"]), ("人社  编办", ["人社", "编办"])],
)
def test_fields_separated_by_spaces(value: str, names: list[str]) -> None:
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("保障防控物资供应。县工信局牵头，县属国有企业配合。", ["县工信局"], ["县属国有企业"]),
        ("推进城乡公交一体化，市交通运输局牵头，市属国企配合。", ["市交通运输局"], ["市属国企"]),
        (
            "做好疫苗接种。县卫生健康局牵头，各级医疗机构、各镇卫生院配合。",
            ["县卫生健康局"],
            ["各级医疗机构", "各镇卫生院"],
        ),
        ("完善现代企业制度。区国资委牵头，各区属国有企业配合。", ["区国资委"], ["各区属国有企业"]),
    ],
)
def test_owned_companies_and_every_level_institutions_are_units(
    text: str, lead: list[str], part: list[str]
) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("深化国有企业改革，推动国有企业做强做优。县国资委牵头。", ["县国资委"], []),
        ("鼓励民营企业参与。县工商联牵头，县财政局配合。", ["县工商联"], ["县财政局"]),
    ],
)
def test_companies_named_as_a_topic_are_no_units(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)
