"""ParsedDocument rows -> polars frames in the contract schema (documents, tasks, task_units, targets,
attachments)."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from planwatch.records import ParsedDocument
from warehouse.contract import CONTENT_TABLES, conform


def build_tables(parsed: Iterable[ParsedDocument]) -> dict[str, pl.DataFrame]:
    """Concatenate the rows of many parsed documents into the content tables.

    A document parsed twice (same doc_id) keeps its last version, so keys stay unique.
    """
    docs: dict[str, ParsedDocument] = {}
    for p in parsed:
        docs[p.document["doc_id"]] = p
    rows: dict[str, list[dict]] = {name: [] for name in CONTENT_TABLES}
    for p in docs.values():
        rows["documents"].append(p.document)
        rows["tasks"].extend(p.tasks)
        rows["task_units"].extend(p.task_units)
        rows["targets"].extend(p.targets)
        rows["attachments"].extend(p.attachments)
    return {name: conform(name, rows[name]) for name in CONTENT_TABLES}
