"""A body a page holds out of sight and shows at run time: the markup of an `<iframe srcdoc>`, the
escaped markup in a hidden `<textarea>` a script copies into the page, or a script's string
(`var content = "<p>…</p>";`). A reader sees it as the page's body; the rendering drops iframes,
textareas and scripts, so `transform.html` reads these only when the page's own containers hold
no body (a density pick of the footer, a short text) and the held one says more.
"""

from __future__ import annotations

import re

from transform.lexicons import words

_VARS = tuple(words("site_script_body_vars"))
# one pattern a keyword, each opening with its literal: the regex engine then finds the keyword by a
# fast literal scan instead of trying the alternation at every position of the page
_SCRIPT_STRINGS = tuple(
    re.compile(kw + r"[ \t]+(?:" + "|".join(map(re.escape, _VARS)) + r")[ \t]*=[ \t]*(['\"])")
    for kw in ("var", "let", "const")
)
_MARKUP = ("<p", "<P", "<div", "<DIV", "<br", "<BR", "<table", "<span")
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_CHARS = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": ""}
_MIN_HELD = 40  # characters of markup: less is an empty form field or a placeholder


# a template's placeholder the page fills at run time ("文号：{{ info.wh }}"): its last key names the
# value, which the page's script data holds as `wh: "某政办〔2026〕9号"` or `"wh": "…"`
_PLACEHOLDER = re.compile(r"\{\{\s*(?:[A-Za-z_$][\w$]{0,30}\.){0,3}([A-Za-z_$][\w$]{0,30})\s*\}\}")
# Cheap tests run on every page: a two-character `in` over CJK text costs ~0.9 ns a character (50 µs on
# a portal page), a pattern opening with one literal character ~0.25 ns (the regex engine's
# single-character scan), a one-character `in` next to nothing (memchr)
_TWO_BRACES = re.compile(r"\{(?=\{)")
_JQUERY_CALL = re.compile(r"\$(?=\()")
_PLACEHOLDERS_MAX = 40  # placeholders filled on a page (a template's fields, not a list's loop)
_DATA_VALUE = r"""(?<![\w$])["']?{key}["']?[ \t]*:[ \t]*(["'])([^"'\\<>\n]{{1,200}})\1"""


def filled_placeholders(html_text: str) -> str:
    """The page with each template placeholder (`{{ info.wh }}`, `{{ title }}`) replaced by the
    value its key has in the page's script data (`data: {info: {wh: "…"}}`, `var info = {"wh": …}`);
    a placeholder whose key holds no quoted value stays. Only a page with "{{" is read."""
    if _TWO_BRACES.search(html_text) is None:
        return html_text
    values: dict[str, str | None] = {}
    out: list[str] = []
    last = 0
    for n, m in enumerate(_PLACEHOLDER.finditer(html_text)):
        if n >= _PLACEHOLDERS_MAX:
            break
        key = m.group(1)
        if key not in values:
            found = re.search(_DATA_VALUE.format(key=re.escape(key)), html_text)
            values[key] = found.group(2) if found else None
        if values[key] is not None:
            out += (html_text[last : m.start()], values[key] or "")
            last = m.end()
    return "".join(out) + html_text[last:] if out else html_text


# a script writing a text into an element by its id (`document.getElementById("artDate").innerHTML =
# "2026-03-02";`, `$("#fbrq").text('2026-03-02');`), never markup
_WRITTEN = (
    re.compile(
        r"getElementById\(\s*[\"']([\w-]{1,60})[\"']\s*\)\.(?:innerHTML|innerText|textContent)\s*=\s*"
        r"([\"'])([^\"'\\<>\n]{1,200})\2"
    ),
    re.compile(
        r"\$(?=\()\(\s*[\"']#([\w-]{1,60})[\"']\s*\)\s*\.(?:text|html)\(\s*([\"'])([^\"'\\<>\n]{1,200})\2\s*\)"
    ),
)
_WRITES_MAX = 20  # elements filled on a page


def filled_at_run_time(html_text: str) -> str:
    """The page as a reader sees it once its scripts ran: template placeholders filled
    (`filled_placeholders`), and each empty element a script writes a text into by its id
    (`<span id="artDate"></span>` … `getElementById("artDate").innerHTML = "2026-03-02"`) holding
    that text. Only a page with "{{", "getElementById(" or "$(" is read."""
    html_text = document_written(filled_placeholders(html_text))
    if "getElementById(" not in html_text and (
        "$" not in html_text or _JQUERY_CALL.search(html_text) is None
    ):
        return html_text
    writes = {
        m[1]: m[3] for pattern in _WRITTEN for m in pattern.finditer(html_text)
    }  # (the last write wins)
    for element_id, text in list(writes.items())[:_WRITES_MAX]:
        html_text = _written_into(html_text, element_id, text)
    return html_text


# a script writing a dated line where it stands (`<script>document.write("发布日期：" +
# getPubDate("2026-01-15 16:32:05"));</script>`): its string literals, joined, are what a reader sees
_DOC_WRITE = re.compile(r"document\.write(?:ln)?\(")
_JS_LITERAL = re.compile(r"'([^'\\\n]{0,200})'|\"([^\"\\\n]{0,200})\"")
_WHOLE_DATE = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]|年\d{1,2}月)\d{1,2}")
_WRITE_ARGS_MAX = 400  # characters from a write call to the end of its script
_WRITTEN_MAX = 100  # characters of a dated line; more is a script writing markup or a list
_TAGS = re.compile(r"<[^<>]{0,200}>")


def document_written(html_text: str) -> str:
    """The page with the text a script's `document.write(…)` writes put right after that script,
    where the write is a short line holding one whole date (a byline's 发布日期 written at run
    time); a write of a variable only, of a list of dated items or of no date changes nothing.
    Only a page with "document.write" is read."""
    if "document.write" not in html_text:
        return html_text
    out: list[str] = []
    last = 0
    for n, m in enumerate(_DOC_WRITE.finditer(html_text)):
        if n >= _WRITES_MAX:
            break
        close = html_text.find("</script", m.end(), m.end() + _WRITE_ARGS_MAX)
        if close < 0:
            close = html_text.find("</SCRIPT", m.end(), m.end() + _WRITE_ARGS_MAX)
        end = html_text.find(">", close) + 1 if close >= 0 else 0
        if end <= last:
            continue
        args = html_text[m.end() : close]
        literals = _JS_LITERAL.findall(args) or _declared(html_text, m.start(), args)
        text = _TAGS.sub("", "".join(a or b for a, b in literals))
        if (
            literals
            and "=" in html_text[max(0, m.start() - _WRITE_ARGS_MAX) : m.start()]
            and not _WHOLE_DATE.search(text)
        ):
            text = _TAGS.sub("", _joined(html_text, m.start(), args))  # ("发布时间：" + fbsj + …)
        text = text.replace("<", "").replace(">", "").strip()
        if len(text) <= _WRITTEN_MAX and len(_WHOLE_DATE.findall(text)) == 1:  # (a list has several)
            out += (html_text[last:end], "<span>", text, "</span>")
            last = end
    return "".join(out) + html_text[last:] if out else html_text


_JS_NAME = re.compile(r"\s*([A-Za-z_$][\w$]{0,40})")


def _declared(html_text: str, at: int, args: str) -> list[tuple[str, str]]:
    """The string a write's first variable holds where the same script declares it just before
    (`var str_pub = "发布时间：2026-05-11 15:20";document.write(str_pub.substring(0,15));`)."""
    name = _JS_NAME.match(args)
    if name is None:
        return []
    before = html_text[max(0, at - _WRITE_ARGS_MAX) : at]
    decl = re.search(r"(?:var|let|const)\s+" + re.escape(name.group(1)) + r"\s*=\s*", before)
    value = _JS_LITERAL.match(before, decl.end()) if decl else None
    return [(value.group(1) or "", value.group(2) or "")] if value else []


_JS_PIECE = re.compile(r"'([^'\\\n]{0,200})'|\"([^\"\\\n]{0,200})\"|([A-Za-z_$][\w$]{0,40})")
_PIECES_MAX = 24  # literals and names of a write read


def _joined(html_text: str, at: int, args: str) -> str:
    """A write's literals and the strings of the variables it joins them with, in order, where the
    same script declares each just before (`var fbsj = "2026-01-29 10:05:12"; document.write(
    "<span>发布时间：" + fbsj.substring(0,10) + "</span>")`); names declared nowhere add nothing."""
    before = html_text[max(0, at - _WRITE_ARGS_MAX) : at]
    out: list[str] = []
    for n, m in enumerate(_JS_PIECE.finditer(args)):
        if n >= _PIECES_MAX:
            break
        if m.group(3) is None:
            out.append(m.group(1) or m.group(2) or "")
        elif (
            d := re.search(r"(?:var|let|const)\s+" + re.escape(m.group(3)) + r"\s*=\s*", before)
        ) is not None:
            value = _JS_LITERAL.match(before, d.end())
            out.append((value.group(1) or value.group(2) or "") if value else "")
    return "".join(out)


_ID_ATTR = r"""\bid\s*=\s*["']{}["']"""
_TAG_MAX = 300  # characters of an element's opening tag around its id


def _written_into(html_text: str, element_id: str, text: str) -> str:
    """The page with `text` in the element of id `element_id` where that element is empty."""
    for m in re.finditer(_ID_ATTR.format(re.escape(element_id)), html_text):
        start = html_text.rfind("<", max(0, m.start() - _TAG_MAX), m.start())
        close = html_text.find(">", m.end(), m.end() + _TAG_MAX)
        if start < 0 or close < 0 or "<" in html_text[start + 1 : m.start()]:
            continue
        after = close + 1
        while after < len(html_text) and html_text[after] in " \t\r\n":
            after += 1
        if html_text.startswith("</", after):
            return html_text[: close + 1] + text + html_text[after:]
    return html_text


def held_fragments(tree, html_text: str) -> list[str]:
    """The markup the page holds out of sight, in page order: srcdoc documents, textareas with
    markup, script strings. Cheap substring tests come before any walk or regex."""
    return tree_held(tree, html_text) + script_held(html_text)


_HELD_SEL = "iframe[srcdoc], textarea"


def tree_held(tree, html_text: str) -> list[str]:
    """The srcdoc documents and textareas with markup: read from the tree before the rendering
    drops iframes and textareas.

    lexbor's walk for such an element comes before the three substring tests of the page: a page
    without one (nearly all) is done after the walk (≈ 15 µs on a 60–90 KB portal page, where the
    three `in` scans of its CJK text took ≈ 60 µs); with one, the tests and the walk run as before.
    """
    out: list[str] = []
    if tree is not None and tree.css_first(_HELD_SEL) is None:  # (None: a caller with no tree)
        return out
    if "srcdoc" in html_text or "<textarea" in html_text or "<TEXTAREA" in html_text:
        for node in tree.css(_HELD_SEL):
            held = node.attributes.get("srcdoc") if node.tag == "iframe" else node.text(deep=True)
            if held and len(held) >= _MIN_HELD and any(m in held for m in _MARKUP):
                out.append(held)
    return out


def script_held(html_text: str) -> list[str]:
    """The script strings holding markup (`var content = "<p>…"`). A scan of the whole page (its
    variable names are common words of markup), so `with_held` runs it only for a weak body."""
    out: list[str] = []
    if any(v in html_text for v in _VARS):
        for m in _declarations(html_text):
            raw = _string_at(html_text, m.end(), m.group(1))
            if raw and len(raw) >= _MIN_HELD and any(t in raw for t in _MARKUP):
                out.append(js_unescape(raw))
    return out


def _declarations(text: str) -> list[re.Match[str]]:
    """The declarations of a body variable, in page order, each keyword a whole word (as `\\b`
    would have it: no letter, digit, CJK character or underscore before it)."""
    found = [
        m
        for pattern in _SCRIPT_STRINGS
        for m in pattern.finditer(text)
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ]
    return sorted(found, key=lambda m: m.start())


def _string_at(text: str, start: int, quote: str) -> str | None:
    """The body of a script string literal opened just before `start`, up to its closing quote
    (one not escaped by a backslash); None when it does not close on the page."""
    i = start
    while True:
        j = text.find(quote, i)
        if j < 0:
            return None
        k = j
        while k > start and text[k - 1] == "\\":
            k -= 1
        if (j - k) % 2 == 0:  # an even run of backslashes escapes none
            return text[start:j]
        i = j + 1


def js_unescape(s: str) -> str:
    """A script string's escapes read (\\" \\n \\u4e00 \\x41 \\/): the markup it holds."""
    if "\\" not in s:
        return s
    return _JS_ESCAPE.sub(_char, s)


def _char(m: re.Match[str]) -> str:
    esc = m.group(1)
    if len(esc) > 1:
        return chr(int(esc[1:], 16))
    return _JS_CHARS.get(esc, esc)


_WEAK_SOURCES = frozenset(("density", "page"))
_WEAK_LEN = 200  # characters of a body found by a selector that may be a shell's placeholder


def with_held(tree_found: list[str], html_text: str, text: str, source: str, render) -> tuple[str, str]:
    """The body found (`text`, by rule `source`), or the longest held one rendered (`render`:
    `transform.html.render`) when the body found is weak (a density pick, the whole page, a short
    text) and the held one is longer. `tree_found` is `tree_held`'s (read before the rendering);
    the page's script strings are read here, only for a weak body."""
    if source not in _WEAK_SOURCES and len(text) >= _WEAK_LEN:
        return text, source
    held = tree_found + script_held(html_text)
    if not held:
        return text, source
    best = max((render(h) for h in held), key=len)
    return (best, "held") if len(best) > len(text) else (text, source)
