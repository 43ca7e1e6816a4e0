"""What loading one run did: per-table counts, committed versions, new/changed documents."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LoadResult:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    new_docs: list[str] = field(default_factory=list)
    changed_docs: list[str] = field(default_factory=list)
    unchanged_docs: list[str] = field(default_factory=list)
    committed: dict[str, int] = field(default_factory=dict)  # tables this run committed → version

    @property
    def changed(self) -> bool:
        return bool(self.committed)

    def add(self, other: LoadResult) -> None:
        """Add what one more chunk of the same run loaded (counts summed, latest versions)."""
        for table, counts in other.counts.items():
            mine = self.counts.setdefault(table, {})
            for k, n in counts.items():
                mine[k] = mine.get(k, 0) + n
        self.committed.update(other.committed)
        self.new_docs.extend(other.new_docs)
        self.changed_docs.extend(other.changed_docs)
        self.unchanged_docs.extend(other.unchanged_docs)
