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
