"""Whether a 来源 (source) field names the issuing body, or only the website or desk that posted
the page ("来源:电子政务网", "来源:信息公开办", "来源:本网原创稿", the themed site "来源:信用某市"): the
latter is no issuer. A value without any Chinese character ("来源: sp20241101", "来源:admin", a
domain) is a mirror's upload code, account or address, and a value that is only a date
("来源: 2025年01月22日", an e-paper's page line) is the page's date: no issuer either, nor is a value that opens with the page's toolbar words
(an empty 来源 field read into "字体大小 打印本页 关闭本页").

A news page may print its source only at its bottom, after the text ("（来源：某县农业农村局）",
"供稿：某市发展和改革委员会"): `bottom_source` reads that line when nothing above names the issuer."""

from __future__ import annotations

import re

from transform.lexicons import table, words
from transform.normalize import working_copy

_LEX = table("source_not_issuer")
_ENDINGS: tuple[str, ...] = tuple(_LEX["endings"])
_NAMES: tuple[str, ...] = tuple(_LEX["names"])
_WHOLE: frozenset[str] = frozenset(_LEX["whole"])
_KEPT: tuple[str, ...] = tuple(_LEX["kept_endings"])
_BRANDS: tuple[str, ...] = tuple(_LEX["brand_prefixes"])
_BODY_ENDINGS: tuple[str, ...] = tuple(_LEX["body_endings"])
_TOOLBAR: tuple[str, ...] = tuple(_LEX["toolbar_openers"])
_CJK = re.compile(r"[\u3400-\u9fff]")


def posting_source(value: str | None) -> bool:
    """'电子政务网', '某市政府门户网站', '信息公开办', '本网原创稿' -> True; '某县人民政府办公室',
    '县农业农村局', '某县融媒体中心' -> False; 'sp20241101', 'admin', 'www.example.com' (no Chinese
    character: a mirror's code, account or domain) -> True."""
    if not value:
        return False
    name = value.strip()
    copy = working_copy(name)  # a traditional name ("某某新聞網", "嶺東發布") is read simplified
    name = copy.text if copy is not None else name
    if name and not _CJK.search(name):
        return True
    if name.startswith(_TOOLBAR):  # an empty field read into the toolbar after it ("字体大小 打印本页")
        return True
    if name.endswith(_ENDINGS) and not name.endswith(_KEPT):
        return True
    # a site's name then its own blurb ("某某文档网 本文已影响 某某文档网手机站"): its first word
    first = name.split(maxsplit=1)[0] if name else name
    if first != name and first.endswith(_ENDINGS) and not first.endswith(_KEPT):
        return True
    return name in _WHOLE or name.startswith(_NAMES) or _site_brand(name)


def _site_brand(name: str) -> bool:
    """'信用青禾', '信用中国(松溪)', '文明南坪' (a themed site's brand) -> True; '信用办', '信用社' -> False."""
    bare = name.rstrip(")）").split("(")[0].split("（")[0]
    return name.startswith(_BRANDS) and not bare.endswith(_BODY_ENDINGS)


# a value that is only a date ("版次:01 来源: 2025年01月22日", an e-paper's page line): the page's date
_DATE_ONLY = re.compile(
    r"^\s*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$"
)


# a reporter's byline after the body that printed the page: "某某日报(记者张三、李四)", "某某日报记者
# 张三", "某某晚报 記者 張三" (a person is never part of a body's name)
_REPORTER_BYLINE = re.compile(
    r"\s*[（(]?\s*(?:本报|本台|特约|通讯)?(?:记者|記者|通讯员|通訊員)(?!站)[^（）()]*[）)]?\s*$"
)


def issuing_body(value: str | None) -> str | None:
    """The value, unless it names only the website or desk that posted the page, or is only a date;
    a reporter's byline after the body is no part of it ("某某日报(记者张三)" -> "某某日报"), and a
    reporter alone ("记者 张三") names none."""
    if value and _DATE_ONLY.match(value) is not None:
        return None
    if value and (m := _REPORTER_BYLINE.search(value)) is not None:
        value = value[: m.start()] or None  # (a reporter alone names no body)
    return None if posting_source(value) else value


_BOTTOM_LABELS = "|".join(sorted(words("byline_bottom_source_labels"), key=len, reverse=True))
# "（来源：某县农业农村局）", "供稿：某市发展和改革委员会", "【来源：某区融媒体中心】", an account's
# "来源｜某区民政局": the whole line
_BOTTOM_SOURCE = re.compile(
    r"^[（(【\[]?\s*(?:" + _BOTTOM_LABELS + r")\s*[:：｜|]\s*([\u3400-\u9fff（）()]{3,30}?)\s*[）)】\]]?"
    r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,4}\s*[:：].*)?$"  # credits after it: "来源：某县发改局　编辑：张三"
)
_BOTTOM_LINES = 8  # lines at the end of the text a source line may stand on (credits, a date after it)


def bottom_source(lines: list[str]) -> str | None:
    """The body a source line at the bottom of a news page names ("（来源：某县农业农村局）" ->
    "某县农业农村局"), unless it names a website or desk (`issuing_body`); else None."""
    for line in reversed(lines[-_BOTTOM_LINES:]):
        m = _BOTTOM_SOURCE.match(line.strip())
        if m is not None:
            return issuing_body(m.group(1))
    return None


# a flattened page's last line ends with its signature after spaces: "…责任单位：县农机中心 某县人民政府办公室
# 2026年2月9日" (the issuer's name ends with a body's ending; the date in digits or in 〇一二…)
_FLAT_SIGNED = re.compile(
    r"[ \t\u3000]([^\s。，；;：:、（）()]{2,30})[ \t\u3000]+"
    r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*$"
)
_FLAT_TAIL = 80  # characters at the end of a flattened line the signature is looked for in


def flat_signature(text: str) -> tuple[str | None, str | None]:
    """(issuer, date text) signed at the end of a page flattened onto one line, else (None, None)."""
    tail = text.rstrip()[-_FLAT_TAIL:]
    if not tail.endswith("日") or "\n" in tail:
        return None, None
    m = _FLAT_SIGNED.search(tail)
    if m is None or not m.group(1).endswith(_signer_endings()):
        return None, None
    return m.group(1), m.group(2)


def _signer_endings() -> tuple[str, ...]:
    return tuple(words("byline_issuer_endings"))
