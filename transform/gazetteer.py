"""Department names of Chinese county/city governments: splitting glued unit names and canonical names.

Two uses:
- `split_glued` cuts a unit string whose separators were lost in extraction
  ("发展改革工业和信息化局" -> 发展改革局 + 工业和信息化局) at boundaries where a known department
  name (or a 县/市/各 prefix) starts right after a complete unit name;
- `canonical` maps the many printed forms of one department to one name
  (县发展和改革局 = 发展改革局 = 发改局 -> 发展和改革局) so analysts can compare counties.

The data is a list of canonical names with their aliases: add rows, not code.
"""
from __future__ import annotations

import re
from functools import lru_cache

# canonical name -> aliases as printed in plans (without 县/市/区 prefixes).
DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "发展和改革局": ("发展改革局", "发改局", "发展和改革委员会", "发展改革委", "发改委", "发展和改革委", "发展改革委员会"),
    "工业和信息化局": ("工业和信息局", "工信局", "工业信息化局", "经济和信息化局", "经信局", "工业和信息化委员会",
                       "经济和信息化委员会", "经信委", "工信委"),
    "科学技术局": ("科技局", "科学技术委员会", "科委", "科技和工业信息化局"),
    "教育和体育局": ("教体局", "教育体育局", "教育局", "教育委员会", "教委"),
    "公安局": ("公安分局",),
    "民政局": (),
    "司法局": (),
    "财政局": (),
    "人力资源和社会保障局": ("人力资源社会保障局", "人社局", "人力资源局"),
    "自然资源和规划局": ("自然资源局", "自然资源规划局", "国土资源局", "规划局"),
    "生态环境局": ("生态环境分局", "环保局", "环境保护局"),
    "住房和城乡建设局": ("住房城乡建设局", "住建局", "城乡建设局", "建设局", "住房和城乡建设委员会", "住建委"),
    "交通运输局": ("交通局",),
    "水务局": ("水利局", "水利和渔业局"),
    "农业农村局": ("农业局", "农业农村委员会", "农委", "农业和农村局"),
    "商务局": ("商务和投资促进局",),
    "文化和旅游局": ("文化旅游局", "文旅局", "文化广电和旅游局", "文化广电旅游局", "文化和旅游体育局"),
    "卫生健康局": ("卫健局", "卫生和健康局", "卫生健康委员会", "卫健委", "卫生计生局", "卫生局"),
    "退役军人事务局": ("退役军人局",),
    "应急管理局": ("应急局",),
    "审计局": (),
    "市场监督管理局": ("市场监管局", "市监局", "市场监管分局"),
    "统计局": (),
    "医疗保障局": ("医保局",),
    "信访局": (),
    "大数据局": ("大数据中心", "大数据发展局", "大数据服务中心"),
    "行政审批服务局": ("行政审批局", "审批服务局", "行政审批服务中心"),
    "综合行政执法局": ("综合执法局", "城市管理局", "城管局", "城市管理行政执法局", "城市管理综合行政执法局"),
    "林业局": ("林业和草原局",),
    "能源局": (),
    "粮食和物资储备局": ("粮食局",),
    "税务局": ("税务分局",),
    "气象局": (),
    "地震局": (),
    "人民防空办公室": ("人防办",),
    "国有资产监督管理局": ("国资局", "国资委", "国有资产和金融中心", "国有资产服务中心"),
    "金融服务中心": ("金融办", "地方金融监督管理局", "金融局", "金融工作办公室"),
    "政府办公室": ("政府办", "人民政府办公室"),
    "委员会办公室": ("委办", "委办公室"),
    "机构编制委员会办公室": ("编办", "委编办"),
    "宣传部": ("委宣传部",),
    "组织部": ("委组织部",),
    "统战部": ("委统战部",),
    "政法委": ("委政法委", "政法委员会"),
    "党校": ("委党校",),
    "网信办": ("委网信办",),
    "文明办": (),
    "团委": ("共青团委员会",),
    "妇联": ("妇女联合会",),
    "总工会": ("工会",),
    "残联": ("残疾人联合会",),
    "科协": ("科学技术协会",),
    "工商联": (),
    "社科联": (),
    "供销合作社": ("供销联合社", "供销社"),
    "融媒体中心": (),
    "畜牧服务中心": ("畜牧局", "畜牧兽医局", "畜牧发展中心"),
    "房产服务中心": ("房产管理局",),
    "公路事业发展中心": ("公路服务中心", "公路局", "公路发展中心"),
    "农机服务中心": (),
    "水产服务中心": (),
    "招商服务中心": ("招商局", "投资促进局", "投资促进中心"),
    "乡村振兴局": (),
    "中药材管委会": (),
    "经济开发区管委会": ("经济开发区", "开发区", "开发区管委会", "经济技术开发区", "高新区", "高新技术产业开发区"),
    "化工产业园管理服务中心": (),
    "返乡创业服务中心": (),
    "人民银行": ("人行", "中国人民银行"),
    "供电公司": ("电力公司", "供电中心"),
    "移动公司": (),
    "联通公司": (),
    "电信公司": (),
    "人民法院": ("法院",),
    "人民检察院": ("检察院",),
    "消防救援大队": ("消防大队", "消防救援局"),
    "交警大队": (),
    "档案馆": (),
    "红十字会": (),
}

# Stems printed without their final 局 when separators were lost ("发展改革工业和信息化局").
# Only long stems that are not ordinary words on their own.
BARE_STEMS: dict[str, str] = {
    "发展改革": "局", "发展和改革": "局", "卫生健康": "局", "工业和信息化": "局", "住房城乡建设": "局",
    "住房和城乡建设": "局", "自然资源和规划": "局", "人力资源社会保障": "局", "人力资源和社会保障": "局",
    "农业农村": "局", "文化和旅游": "局", "市场监管": "局", "综合行政执法": "局", "行政审批服务": "局",
    "交通运输": "局", "退役军人事务": "局", "应急管理": "局", "生态环境": "局",
}

# Prefixes that start a new unit: administrative level or a collective.
PREFIXES = ("中共", "县委", "县政府", "县", "市委", "市政府", "市", "区委", "区", "省", "州", "旗", "各", "全县", "全市",
            "镇", "乡", "街道")

# A complete unit name ends with one of these (used to decide "is this a unit?").
UNIT_ENDINGS = ("局", "中心", "办公室", "委员会", "管委会", "部", "部门", "院", "政府", "公司", "办", "队", "社",
                "联", "会", "所", "站", "校", "街道", "镇街", "镇", "乡", "乡镇", "单位", "委", "厅", "处", "室",
                "集团", "银行", "分行", "行", "馆", "台", "园区", "开发区", "高新区", "专班", "小组", "组", "科",
                "指挥部", "区", "村", "公署", "支行", "中队", "大队", "支队", "协会", "基地", "场", "行社")

# Endings after which a glued name may be cut (narrower: 委 and 行 also end 县委/人行 inside names).
SPLIT_ENDINGS = ("局", "中心", "办公室", "委员会", "管委会", "部", "院", "政府", "公司", "办", "队", "社", "联",
                 "会", "所", "站", "街道", "镇街", "集团", "分行", "银行", "馆", "开发区", "专班")

# A right-hand part that is a branch of the unit before it ("市生态环境局|成武分局"): never cut.
_BRANCH = re.compile(r"^[\u4e00-\u9fff]{1,6}?(分局|分行|分公司|分中心|分院|分所|调查队|支队|大队|中队|派出所|支行)")
# Generic unit names allowed on the right of a cut even when not in the gazetteer.
_GENERIC_RIGHT = re.compile(r"(服务中心|管理中心|事务中心|发展中心|保障中心|管委会|委员会|办公室|领导小组|工作专班|"
                            r"成员单位|管理局|服务局|指挥部)$")


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, str], tuple[str, ...]]:
    """alias -> canonical, and all names longest first (for prefix matching)."""
    index: dict[str, str] = {}
    for canon, aliases in DEPARTMENTS.items():
        index[canon] = canon
        for a in aliases:
            index.setdefault(a, canon)
    for stem, suffix in BARE_STEMS.items():
        full = stem + suffix
        if full in index:
            index.setdefault(stem, index[full])
    names = tuple(sorted(index, key=len, reverse=True))
    return index, names


@lru_cache(maxsize=1)
def _by_head() -> dict[str, tuple[str, ...]]:
    """Names grouped by their first two characters, longest first (prefix lookups in O(1))."""
    _, names = _alias_index()
    heads: dict[str, list[str]] = {}
    for n in names:
        heads.setdefault(n[:2], []).append(n)
    return {k: tuple(v) for k, v in heads.items()}


def known_prefix(text: str) -> str | None:
    """The longest gazetteer name (alias or bare stem) that `text` starts with."""
    for n in _by_head().get(text[:2], ()):
        if text.startswith(n):
            return n
    return None


@lru_cache(maxsize=4096)
def strip_prefix(name: str) -> str:
    """Drop administrative prefixes (县/市/中共X县委…) to get the department part."""
    s = re.sub(r"^(中共)?[\u4e00-\u9fff]{0,6}?(县|市|区|旗)(委|人民政府|政府)?(?=[\u4e00-\u9fff]{2})", "", name)
    if s != name and known_prefix(s):
        return s
    for p in ("县委", "市委", "区委", "县", "市", "区", "省"):
        if name.startswith(p) and known_prefix(name[len(p):]):
            return name[len(p):]
    return name


@lru_cache(maxsize=4096)
def canonical(unit: str) -> str | None:
    """Canonical department name, or the unit without its prefix when unknown; None for empty input.

    县发展和改革局 / 发展改革局 / 发改局 / 发展改革 -> 发展和改革局.
    """
    if not unit:
        return None
    u = re.sub(r"[（(][^）)]*[）)]$", "", unit).strip() or unit
    index, _ = _alias_index()
    core = strip_prefix(u)
    for cand in (u, core, core.removeprefix("委")):
        if cand in index:
            return index[cand]
    # Branch offices: 市生态环境局成武分局 -> 生态环境局
    m = re.match(r"^(.+?局)[\u4e00-\u9fff]{1,6}分局$", core)
    if m:
        base = strip_prefix(m.group(1))
        if base in index:
            return index[base]
    return core


@lru_cache(maxsize=4096)
def is_unit_like(text: str) -> bool:
    """Does `text` look like a complete unit name (known department or ends with a unit ending)?"""
    if not text:
        return False
    index, _ = _alias_index()
    core = strip_prefix(text)
    if (core in index and core not in BARE_STEMS) or (text in index and text not in BARE_STEMS):
        return True
    return text.endswith(UNIT_ENDINGS)


_BARE_ENDING_START = ("办公室", "办", "部", "室", "局", "中心", "委", "会", "处", "队")


def _right_starts_unit(right: str) -> bool:
    if not right or not ("\u4e00" <= right[0] <= "\u9fff") or right.startswith(_BARE_ENDING_START):
        return False
    if _BRANCH.match(right):
        return False
    if known_prefix(right):
        return True
    for p in PREFIXES:
        if right.startswith(p) and len(right) > len(p) + 1:
            rest = right[len(p):]
            if known_prefix(rest) or _GENERIC_RIGHT.search(rest) or rest.endswith(SPLIT_ENDINGS):
                return True
    return bool(_GENERIC_RIGHT.search(right)) and len(right) >= 6


def _left_complete(left: str) -> bool:
    if len(left) < 2:
        return False
    if left.endswith(SPLIT_ENDINGS):
        return left not in PREFIXES
    return any(left.endswith(stem) for stem in BARE_STEMS)


def complete_bare(name: str) -> str:
    """发展改革 -> 发展改革局: a bare department stem gets its missing suffix."""
    for stem, suffix in sorted(BARE_STEMS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(stem):
            return name + suffix
    return name


def split_glued(piece: str) -> list[str]:
    return list(_split_glued(piece))


@lru_cache(maxsize=4096)
def _split_glued(piece: str) -> tuple[str, ...]:
    """Cut a unit string whose separators were lost into unit names, using the gazetteer.

    "政府办公室行政审批服务局" -> [政府办公室, 行政审批服务局];
    "市生态环境局成武分局县综合行政执法局" -> [市生态环境局成武分局, 县综合行政执法局];
    "全县新能源、新材料产业专班成员单位" is not touched (no cut inside a known name).
    """
    out: list[str] = []
    start = 0
    depth = 0
    i = 1
    n = len(piece)
    while i < n:
        ch = piece[i - 1]
        if ch in "（(【[":
            depth += 1
        elif ch in "）)】]":
            depth = max(0, depth - 1)
        if depth == 0 and i - start >= 2:
            left, right = piece[start:i], piece[i:]
            if _left_complete(left) and _right_starts_unit(right) and not _inside_known(piece, start, i):
                out.append(left)
                start = i
                i += 1
                continue
        i += 1
    out.append(piece[start:])
    return tuple(complete_bare(p) if not p.endswith(UNIT_ENDINGS) else p for p in out if p)


def _inside_known(piece: str, start: int, cut: int) -> bool:
    """True when a known name starting at or before `cut` runs across it (never cut a name in two)."""
    heads = _by_head()
    for s in range(start, cut):
        for name in heads.get(piece[s:s + 2], ()):
            if len(name) >= 3 and s + len(name) > cut and piece.startswith(name, s):
                return True
    return False
