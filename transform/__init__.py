"""planwatch transform: a plan page (HTML or text) -> documents, tasks, task_units, targets rows.

Entry points: `transform.document.parse_document` and `transform.tables.build_tables`.
"""

#: Bumped whenever parsing rules change, so re-parsed rows can be told apart.
PARSER_VERSION = "transform-1.0.0"
