"""XML of Office and OFD parts, parsed safely: no entities resolved, no DTD, no network, and the
namespace of a part read from its root (transitional and strict OOXML alike)."""

from __future__ import annotations

from lxml import etree

from transform.exceptions import AttachmentError

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    recover=True,
    remove_comments=True,
)


def parse(data: bytes, what: str) -> etree._Element:
    """The root element of an XML part; `AttachmentError` when it is not XML at all."""
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise AttachmentError(f"{what} is not readable XML: {exc}") from None
    if root is None:
        raise AttachmentError(f"{what} is empty or not XML")
    return root


def local(tag: object) -> str:
    """The local name of an element's tag ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def ns_of(root: etree._Element) -> str:
    """'{namespace}' of the root element, to build qualified names."""
    tag = root.tag if isinstance(root.tag, str) else ""
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""
