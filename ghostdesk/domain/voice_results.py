"""Domain: what voice work reports — an import file's row problems and result, a match's dimensions and its
score, a profile's saved versions.

Re-exported by ghostdesk.domain.voice (import them from there); kept apart so the GUI start-up does not create
them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # 1-based line number of the row's start in the file (header = 1)
    code: str  # "columns" | "quote" | "too_long" | "missing_column"
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class Dimension:
    """One line of a voice match: what was measured, what the voice expects, what to do."""

    name: str  # stable key: "sentence_length", "person", "banned_phrases" …
    value: float
    expected: float
    advice: str  # English sentence for the CLI; the UI builds its own words from `code` and `facts`
    code: str = "ok"  # "ok" or what differs: "longer", "shorter", "more", "fewer", "banned", "missing" …
    similarity: float = 1.0  # 0–1
    weight: float = 1.0
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.code == "ok"


@dataclass(frozen=True, slots=True)
class VoiceScore:
    score: int  # 0–100
    language: str
    executive_id: str
    profile_version: int
    dimensions: tuple[Dimension, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "language": self.language,
            "executive_id": self.executive_id,
            "profile_version": self.profile_version,
            "dimensions": [
                {"name": d.name, "value": d.value, "expected": d.expected, "advice": d.advice, "code": d.code}
                for d in self.dimensions
            ],
        }


@dataclass(frozen=True, slots=True)
class VoiceVersion:
    executive_id: str
    number: int
    created_at: str
    actor: str
    changes: tuple[str, ...]
    snapshot: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What `services.voices.import_samples` / `add_samples` report (re-exported there)."""

    added: int
    languages: dict[str, int]
    version: int
    duplicates: int = 0  # posts already among the samples, skipped


@dataclass(frozen=True, slots=True)
class VoiceSample:
    """One sample post of an executive's voice, in one language (read by the Samples tab, the fingerprint and
    the match; start-up only counts them)."""

    id: str
    executive_id: str
    language: str
    text: str
    source: str = "paste"  # paste | txt | docx | linkedin
    created_at: str = ""
    updated_at: str = ""
