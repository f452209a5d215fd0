"""Domain: a faux-pas finding — what a check rule reports about a text, and where."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    BLOCK = "block"  # must be fixed before the post goes out
    WARN = "warn"  # look again
    INFO = "info"  # for the record


SEVERITY_ORDER = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    severity: Severity
    message_code: str  # stable; the UI translates it, filling `params`
    message: str  # English, for the CLI and logs
    advice: str  # English, what to do next
    start: int = -1  # span in the checked text; -1 when the finding is about another field
    end: int = -1
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def has_span(self) -> bool:
        return 0 <= self.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "message_code": self.message_code,
            "message": self.message,
            "advice": self.advice,
            "span": [self.start, self.end] if self.has_span else None,
            "params": dict(self.params),
        }


def worst(findings: list[Finding]) -> Severity | None:
    return min((f.severity for f in findings), key=SEVERITY_ORDER.__getitem__, default=None)
