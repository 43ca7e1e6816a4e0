"""Other ways a portal prints a text excerpt: the corpus harness's rendering modes.

An evaluator building a portal around a plain-text excerpt has many plausible ways to print it.
``RENDERINGS`` names each one the corpus sites can build (``testbed.sites.corpus``,
``python -m benchmarks.bench_corpus --mode NAME`` or ``--modes all``); every mode is a *body*
style (how the blocks of ``testbed.sites.excerpts.body_blocks`` become HTML) plus *page*
settings (where the 信息公开 fields, the title and the date stand; which container holds the
body; which charset is declared; whether the text is on the page or only in an attachment).

Body styles (``body_html``):
- ``p``: a ``<p>`` per line, tables as ``<table>`` with a ``<th>`` header row (the default);
- ``thead``: tables with ``<thead>``/``<tbody>``, headers in ``<th>``, the caption line above
  a table in its ``<caption>``;
- ``rowspan``: a table's caption line as a first row of one spanning cell, and equal cells
  stacked in a column (a category, a lead unit) merged with ``rowspan``; every cell ``<td>``;
- ``word``: Word/WPS "save as HTML": ``<p class=MsoNormal>`` with ``<span>`` runs, ``&nbsp;``
  indents, ``<o:p>`` marks, empty paragraphs between, tables of ``<p>`` cells;
- ``spans``: every line cut into ``<span>``/``<font>`` runs at arbitrary characters;
- ``divbr``: the text directly in one ``<div>`` with ``<br>`` breaks and ``&nbsp;`` indents;
- ``textbr``: the same lines straight in the container (an old layout cell), no ``<div>``;
- ``pre``: the text as printed in one ``<pre>`` ("|" table lines stay text).

Deterministic: the same blocks give the same HTML.
"""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass
from typing import Any

esc = html.escape

Blocks = list[tuple[str, Any]]


@dataclass(frozen=True)
class Rendering:
    """One rendering mode: the body style and the page settings (see the module doc)."""

    body: str = "p"
    blocks: str = "lines"  # excerpts.body_blocks mode: lines, br, or raw (the text lines as printed)
    fields: str = "xxgk"  # where the 信息公开 fields stand: xxgk (a table), body, meta, none
    heading: bool = True  # the title as the page's heading (h1/h2)
    head_title: str = "site"  # <title>: "site" (title and site name, as each CMS does), "name"
    # (the site name only), "dash" ("title - site name")
    container: str = "cms"  # cms (#zoom / div.TRS_Editor), ueditor, ucap, layout (nested tables)
    charset_lie: bool = False  # GBK pages declaring charset=utf-8
    attachment: str = ""  # docx, pdf, xls: the text only in an attachment, a short notice body
    linked: bool = False  # a notice page linking to the plan on a detail page of its own
    doc: str = ""


RENDERINGS: dict[str, Rendering] = {
    "lines": Rendering(doc="a <p> per line, tables with a <th> row"),
    "br": Rendering(blocks="br", doc="every line in one <p>, <br /> breaks"),
    "thead": Rendering(body="thead", doc="tables with <caption>, <thead>/<tbody> and <th>"),
    "rowspan": Rendering(body="rowspan", doc="tables with a caption row and rowspan cells"),
    "word": Rendering(body="word", doc="Word/WPS HTML: MsoNormal paragraphs, span runs, &nbsp;, <o:p>"),
    "spans": Rendering(body="spans", doc="each line split across <span>/<font> runs"),
    "divbr": Rendering(body="divbr", doc="text directly in a <div> with <br>s"),
    "pre": Rendering(body="pre", blocks="raw", doc="the text as printed in a <pre>"),
    "meta-body": Rendering(fields="body", doc="信息公开 fields as lines atop the body, no table"),
    "meta-tags": Rendering(fields="meta", heading=False, doc="fields only in <meta> tags, no heading"),
    "title-name": Rendering(head_title="name", heading=False, doc="<title> the site name, no heading"),
    "title-dash": Rendering(head_title="dash", doc='<title> "title - site name"'),
    "bare": Rendering(fields="none", heading=False, head_title="name", doc="no header at all: body only"),
    "ueditor": Rendering(container="ueditor", doc="body in div.view.TRS_UEDITOR"),
    "ucap": Rendering(container="ucap", doc="body in #UCAP-CONTENT"),
    "layout": Rendering(container="layout", doc="body in nested layout tables, no known selector"),
    "layout-br": Rendering(
        body="textbr", container="layout", doc="text with <br>s straight in a layout cell"
    ),
    "attach-docx": Rendering(attachment="docx", doc="a short 印发 notice, the text in an attached DOCX"),
    "attach-pdf": Rendering(attachment="pdf", doc="a short 印发 notice, the text in an attached PDF"),
    "attach-xlsx": Rendering(
        attachment="xlsx", doc="a short 印发 notice, the text in an attached XLSX (one row a line)"
    ),
    "attach-wps": Rendering(
        attachment="wps", doc="a short 印发 notice, the text in an attached WPS/Word 97 file"
    ),
    "attach-xls": Rendering(
        attachment="xls", doc="a short 印发 notice, the text in an attached XLS (one row a line)"
    ),
    "linked": Rendering(linked=True, doc="a short notice in the list linking to the plan's own detail page"),
    "charset": Rendering(charset_lie=True, doc="GBK pages declaring charset=utf-8"),
}
ALL = tuple(RENDERINGS)


def rendering(name: str) -> Rendering:
    try:
        return RENDERINGS[name]
    except KeyError:
        raise ValueError(f"unknown rendering mode {name!r}; known: {', '.join(ALL)}") from None


def _seed(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


# --- body styles -----------------------------------------------------------------------------


def body_html(blocks: Blocks, style: str) -> str:
    """The body of a page in one of the body styles (``p`` is ``testbed.sites.pages``' own)."""
    if style == "pre":
        lines = [line for kind, text in blocks for line in (text if kind in ("br", "raw") else [text])]
        return "<pre>" + esc("\n".join(lines)) + "</pre>"
    if style == "word":
        return _word(blocks)
    if style in ("divbr", "textbr"):
        return _divbr(blocks, wrap=style == "divbr")
    out: list[str] = []
    for i, (kind, text) in enumerate(blocks):
        if kind == "table":
            caption = None
            if style in ("rowspan", "thead") and i and _caption(blocks[i - 1]):
                out.pop()
                caption = blocks[i - 1][1]
            out.append(_table(text, style, caption))
        elif style == "spans":
            out.append(line_html(kind, _runs(text) if kind != "br" else "<br />".join(map(_runs, text))))
        else:
            out.append(line_html(kind, esc(text) if kind != "br" else "<br />".join(map(esc, text))))
    return "\n".join(out)


def _caption(block: tuple[str, Any]) -> bool:
    """A short line just above a table, read as its caption (附件1 …表, 重点任务清单)."""
    kind, text = block
    return kind in ("p", "c", "h") and len(text) <= 40 and not any(ch in text for ch in "。；;，,")


def line_html(kind: str, inner: str) -> str:
    """One body line as portal HTML: a bold heading, a centred or right-aligned line, or a paragraph."""
    if kind == "h":
        return f'<p style="text-indent:2em;"><strong>{inner}</strong></p>'
    if kind == "c":
        return f'<p style="text-align:center;">{inner}</p>'
    if kind == "r":
        return f'<p style="text-align:right;">{inner}</p>'
    return f'<p style="text-indent:2em;">{inner}</p>'


def _runs(text: str) -> str:
    """A line cut into inline runs at arbitrary characters (an editor's leftovers)."""
    seed, out, i = _seed(text), [], 0
    while i < len(text):
        n = 1 + seed % 7
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        part = esc(text[i : i + n])
        tag = seed % 4
        if tag == 0:
            out.append(f'<span style="font-family:仿宋_GB2312;font-size:16pt">{part}</span>')
        elif tag == 1:
            out.append(f'<font face="仿宋">{part}</font>')
        elif tag == 2:
            out.append(f"<span><span>{part}</span></span>")
        else:
            out.append(part)
        i += n
    return "".join(out)


def _cell(cell: str, style: str) -> str:
    parts = cell.split("\n")
    if style == "word":
        return "".join(f"<p class=MsoNormal align=center><span lang=EN-US>{esc(p)}</span></p>" for p in parts)
    return "<br>".join(esc(p) for p in parts)


def _table(rows: list[list[str]], style: str, caption: str | None = None) -> str:
    width = max((len(r) for r in rows), default=1)
    trs = []
    if caption is not None and style == "thead":
        trs.append(f"<caption>{esc(caption)}</caption>")
    elif caption is not None:
        trs.append(f'<tr><td colspan="{width}" align="center"><b>{esc(caption)}</b></td></tr>')
    spans = _rowspans(rows) if style == "rowspan" else {}
    for r, row in enumerate(rows):
        tag = "th" if r == 0 and style in ("thead", "p") else "td"
        cells = []
        for c, cell in enumerate(row):
            n = spans.get((r, c), 1)
            if n == 0:
                continue  # covered by a rowspan above
            attr = f' rowspan="{n}"' if n > 1 else ""
            cells.append(f"<{tag}{attr}>{_cell(cell, style)}</{tag}>")
        trs.append("<tr>" + "".join(cells) + "</tr>")
    if style == "thead" and len(trs) > 1:
        cap = trs.pop(0) if caption is not None else ""
        body = f"{cap}<thead>{trs[0]}</thead><tbody>{''.join(trs[1:])}</tbody>"
    else:
        body = "".join(trs)
    cls = " class=MsoNormalTable border=1 cellspacing=0 cellpadding=0" if style == "word" else ' border="1"'
    return f'<table{cls} style="border-collapse:collapse;width:100%">{body}</table>'


def _rowspans(rows: list[list[str]]) -> dict[tuple[int, int], int]:
    """(row, column) -> rowspan for runs of equal non-empty, non-numeric cells below the header
    in rows of the same width: the first cell of a run spans it, the others are 0 (left out)."""
    out: dict[tuple[int, int], int] = {}
    width = len(rows[0]) if rows else 0
    for c in range(width):
        r = 1
        while r < len(rows):
            end = r + 1
            cell = rows[r][c] if len(rows[r]) == width else ""
            while (
                cell
                and not cell.isdigit()
                and end < len(rows)
                and len(rows[end]) == width
                and rows[end][c] == cell
            ):
                end += 1
            if end - r > 1:
                out[(r, c)] = end - r
                out.update({(k, c): 0 for k in range(r + 1, end)})
            r = end
    return out


_MSO_P = "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
_MSO_EMPTY = "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"


def _word(blocks: Blocks) -> str:
    out = ['<div class=WordSection1 style="layout-grid:15.6pt">']
    for kind, text in blocks:
        if kind == "table":
            out.append(_table(text, "word"))
            continue
        for line in text if kind == "br" else [text]:
            runs = _runs_word(line)
            if kind == "h":
                out.append(f"{_MSO_P}<b><span style='font-family:黑体'>{runs}</span></b><o:p></o:p></p>")
            elif kind == "c":
                out.append(f"<p class=MsoNormal align=center style='text-align:center'>{runs}<o:p></o:p></p>")
            elif kind == "r":
                out.append(f"<p class=MsoNormal align=right style='text-align:right'>{runs}<o:p></o:p></p>")
            else:
                indent = "<span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>" if _seed(line) % 2 else ""
                out.append(f"{_MSO_P}{indent}{runs}<span lang=EN-US><o:p></o:p></span></p>")
        if _seed(str(text)) % 3 == 0:
            out.append(_MSO_EMPTY)
    out.append("</div>")
    return "\n".join(out)


def _runs_word(line: str) -> str:
    """Word's runs: a new ``<span>`` wherever the font changes (digits and Latin in lang=EN-US)."""
    out, cur, latin = [], "", None
    for ch in line:
        is_latin = ch.isascii()
        if latin is not None and is_latin != latin:
            out.append((latin, cur))
            cur = ""
        cur += ch
        latin = is_latin
    if cur:
        out.append((bool(latin), cur))
    return "".join(
        f"<span lang=EN-US style='font-family:\"Times New Roman\"'>{esc(t)}</span>"
        if lat
        else f"<span style='font-family:仿宋_GB2312'>{esc(t)}</span>"
        for lat, t in out
    )


def _divbr(blocks: Blocks, wrap: bool) -> str:
    """Lines with ``<br>`` breaks, in a ``<div>`` (``wrap``) or straight in the container."""
    out: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            text = "<br>\n".join(lines) + "<br>"
            out.append(f"<div>{text}</div>" if wrap else text)
            lines.clear()

    for kind, text in blocks:
        if kind == "table":
            flush()
            out.append(_table(text, "divbr"))
            continue
        for line in text if kind == "br" else [text]:
            pad = "&nbsp;&nbsp;&nbsp;&nbsp;" if kind in ("p", "br") else ""
            lines.append(pad + (f"<b>{esc(line)}</b>" if kind == "h" else esc(line)))
    flush()
    return "\n".join(out)


# --- containers --------------------------------------------------------------------------------


def container_html(inner: str, container: str, cms: str) -> str:
    """The body inside its container: ``cms`` is the CMS's own (given), the others as named."""
    if container == "ueditor":
        return f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{inner}</div>'
    if container == "ucap":
        return f'<div class="pages_content" id="UCAP-CONTENT">{inner}</div>'
    if container == "layout":
        return (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="bt_content">'
            '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="line-height:30px;font-size:16px">{inner}</td></tr></table></td></tr></table>'
        )
    return cms


# --- the text elsewhere: an attachment, a linked page ------------------------------------------


def notice_blocks(title: str, issuer: str | None, link: tuple[str, str] | None = None) -> Blocks:
    """The short 印发 notice around a plan printed elsewhere: ``link`` (href, text) when the plan
    is a page of its own (an attachment's link is the page's 附件 list)."""
    plan = title.split("关于印发", 1)[-1].removesuffix("的通知").strip("《》") or title
    blocks: Blocks = [
        ("p", "各乡镇人民政府、街道办事处，县政府各部门、各直属机构："),
        ("p", f"现将《{plan}》印发给你们，请结合实际，认真抓好贯彻落实。"),
    ]
    if link is not None:
        blocks.append(("a", link))
    blocks += [("r", issuer or "县人民政府办公室")]
    return blocks


def _pdf_lines(lines: list[tuple]) -> list[tuple]:
    """Tables as lines of their cells (what ReportLab cannot fit on a page)."""
    out: list[tuple] = []
    for b in lines:
        if b[0] == "t":
            out += [("p", "  ".join(c for c in r if c)) for r in b[1]]
        else:
            out.append(b)
    return out


def attachment_bytes(blocks: Blocks, kind: str) -> bytes:
    """The excerpt's blocks as a DOCX, a text PDF, a Word 97/WPS file, or an XLSX or XLS sheet
    (one row a line)."""
    from testbed.sites import attachfiles as af

    lines: list[tuple] = []
    for k, text in blocks:
        if k == "table":
            width = max(len(r) for r in text)
            lines.append(("t", [[c.replace("\n", " ") for c in r] + [""] * (width - len(r)) for r in text]))
        else:
            lines += [("p", t) for t in (text if k in ("br", "raw") else [text])]
    if kind == "docx":
        return af.docx_bytes(lines)
    if kind == "pdf":
        try:
            return af.pdf_bytes(lines)
        except ValueError:  # a table too wide for the page: its rows as lines
            return af.pdf_bytes(_pdf_lines(lines))
    if kind == "wps":
        return af.doc_bytes(lines)
    rows: list[list[str]] = []
    for block in lines:
        rows += block[1] if block[0] == "t" else [[block[1]]]
    if kind == "xls":
        return af.xls_bytes([("Sheet1", rows, [])])
    return af.xlsx_bytes([("Sheet1", rows, [])])
