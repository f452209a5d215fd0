"""Services: executive voice profiles — edit, version, add samples, fingerprint and score (the stable API).

The drafting studio calls `score_text(db, executive_id, text, language)` while the user types: the
fingerprint is cached per profile version and workspace samples, so a call is measure + compare (~2 ms for
a 3,000-character post).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ghostdesk.domain.errors import NotFound, ValidationError
from ghostdesk.domain.executive import Executive
from ghostdesk.domain.voice import (
    LANGUAGES,
    ExecutiveHasPosts,
    NoVoiceSamples,
    VoiceSettings,
    clean_sample,
    clean_settings,
)
from ghostdesk.storage import executives_repo, voices_repo
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:
    from ghostdesk.domain.voice_results import ImportResult, VoiceSample, VoiceScore, VoiceVersion
    from ghostdesk.services import voice_import
    from ghostdesk.services.voice_analysis import Fingerprint

# The analysis (voice_analysis, voice_match) and the file readers (voice_import) load on first use: the Voices
# page is the first one shown, and listing executives or showing a profile needs none of them.


def __getattr__(name: str) -> Any:
    if name == "Fingerprint":  # re-exported, see __all__
        from ghostdesk.services.voice_analysis import Fingerprint

        return Fingerprint
    if name in (
        "VoiceScore",
        "ImportResult",
    ):  # re-exported, see __all__ (made on first use, see domain/voice_results.py)
        from ghostdesk.domain import voice_results

        return getattr(voice_results, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Fingerprint",
    "ImportResult",
    "VoiceProfile",
    "VoiceScore",
    "add_samples",
    "create_executive",
    "delete_executive",
    "delete_sample",
    "fingerprint",
    "get_profile",
    "import_samples",
    "list_profiles",
    "save_profile",
    "score_text",
    "settings_of",
    "versions",
]


@dataclass(frozen=True, slots=True)
class VoiceProfile:
    """An executive, their voice settings, the profile's version and their samples counted by language."""

    executive: Executive
    settings: VoiceSettings
    version: int
    sample_counts: dict[str, int] = field(default_factory=dict)  # language → samples

    @property
    def samples(self) -> int:
        return sum(self.sample_counts.values())


# -- reading ---------------------------------------------------------------------------------------


def get_profile(db: Database, executive_id: str) -> VoiceProfile:
    executive = executives_repo.get(db, executive_id)
    return VoiceProfile(
        executive,
        voices_repo.settings(db, executive_id),
        voices_repo.current_version(db, executive_id),
        voices_repo.language_counts(db, executive_id),
    )


def settings_of(db: Database, executive_id: str | None) -> VoiceSettings | None:
    """An executive's voice settings, or None when there is no such executive (or none is given): one read, for
    callers that need only the settings (the checks' banned phrases, the variants' glossary), not the whole
    profile's four."""
    return voices_repo.settings_of(db, executive_id) if executive_id else None


def list_profiles(db: Database) -> list[VoiceProfile]:
    return [get_profile(db, e.id) for e in executives_repo.list_all(db)]


def executive_named(db: Database, name: str) -> Executive | None:
    return executives_repo.find_by_name(db, name)


def find_executive(db: Database, name_or_id: str) -> Executive:
    found = executives_repo.find_by_name(db, name_or_id)
    if found is not None:
        return found
    try:
        return executives_repo.get(db, name_or_id)
    except NotFound:
        raise NotFound(f"No executive named {name_or_id!r}", entity="executive", name=name_or_id) from None


def samples(db: Database, executive_id: str, language: str | None = None) -> list[VoiceSample]:
    return voices_repo.samples(db, executive_id, language)


def versions(db: Database, executive_id: str) -> list[VoiceVersion]:
    return voices_repo.versions(db, executive_id)


def current_version(db: Database, executive_id: str) -> int:
    """The number a post stores as 'written against profile version N'."""
    return voices_repo.current_version(db, executive_id)


def photo(db: Database, executive_id: str) -> bytes | None:
    return executives_repo.photo(db, executive_id)


# -- writing: every save makes a version -------------------------------------------------------------


def _snapshot(db: Database, executive_id: str) -> dict[str, Any]:
    # Only when a profile changes: the records module (and its audit and trash dataclasses, ≈1 ms each to
    # create) stays out of start-up.
    from ghostdesk.domain.records import content_hash

    e = executives_repo.get(db, executive_id)
    items = voices_repo.samples(db, executive_id)
    return {
        "executive": {
            "name": e.name,
            "title": e.title,
            "company": e.company,
            "bio": e.bio,
            "languages": list(e.languages),
            "markets": list(e.markets),
            "pillars": list(e.pillars),
            "photo": content_hash(len(executives_repo.photo(db, executive_id) or b"")) if e.has_photo else "",
        },
        "settings": voices_repo.settings(db, executive_id).to_dict(),
        "samples": voices_repo.language_counts(db, executive_id),
        "samples_hash": content_hash(sorted((s.id, s.language, content_hash(s.text)) for s in items)),
    }


def _diff(before: dict[str, Any] | None, after: dict[str, Any]) -> list[dict[str, Any]]:
    """What changed, as {field, before, after} (the UI and CLI choose the words)."""
    if before is None:
        return [{"field": "created", "before": None, "after": after["executive"]["name"]}]
    changes: list[dict[str, Any]] = []
    for section in ("executive", "settings"):
        old, new = before.get(section, {}), after.get(section, {})
        for key in sorted(set(old) | set(new)):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            if isinstance(a, dict) and isinstance(b, dict) and key != "glossary":
                for sub in sorted(set(a) | set(b)):
                    if a.get(sub) != b.get(sub):
                        changes.append({"field": f"{key}.{sub}", "before": a.get(sub), "after": b.get(sub)})
            else:
                changes.append({"field": key, "before": a, "after": b})
    old_counts, new_counts = before.get("samples", {}), after.get("samples", {})
    for language in sorted(set(old_counts) | set(new_counts)):
        if old_counts.get(language, 0) != new_counts.get(language, 0):
            changes.append(
                {
                    "field": f"samples.{language}",
                    "before": old_counts.get(language, 0),
                    "after": new_counts.get(language, 0),
                }
            )
    if not changes and before.get("samples_hash") != after.get("samples_hash"):
        changes.append({"field": "samples.edited", "before": None, "after": None})
    return changes


def _record_version(db: Database, executive_id: str, actor: str) -> int:
    """Inside an atomic block: a new version when anything changed since the last one."""
    after = _snapshot(db, executive_id)
    changes = _diff(voices_repo.latest_snapshot(db, executive_id), after)
    if not changes:
        return voices_repo.current_version(db, executive_id)
    return voices_repo.add_version(db, executive_id, actor=actor, changes=changes, snapshot=after)


def create_executive(
    db: Database, name: str, *, actor: str, settings: VoiceSettings | None = None, **fields: Any
) -> Executive:
    with db.atomic():
        executive = executives_repo.create(db, name, **fields)
        voices_repo.save_settings(db, executive.id, clean_settings(settings or VoiceSettings()))
        _record_version(db, executive.id, actor)
    return executive


def save_profile(db: Database, executive: Executive, settings: VoiceSettings, *, actor: str) -> int:
    """Save the executive's fields and voice settings; returns the (possibly new) version number."""
    unknown = [lang for lang in executive.languages if lang not in LANGUAGES]
    if unknown:
        raise ValidationError("Unknown language", field="languages", value=", ".join(unknown))
    clean = clean_settings(settings)
    with db.atomic():
        executives_repo.get(db, executive.id)
        executives_repo.save(db, executive)
        voices_repo.save_settings(db, executive.id, clean)
        return _record_version(db, executive.id, actor)


def set_photo(db: Database, executive_id: str, data: bytes | None, *, actor: str) -> int:
    with db.atomic():
        executives_repo.set_photo(db, executive_id, data)
        return _record_version(db, executive_id, actor)


def delete_executive(db: Database, executive_id: str, *, actor: str) -> None:
    """To the trash (photo included); the voice rows stay keyed by id, so a restore brings them back.

    Refused while posts are written in this executive's name: they would lose their author.
    """
    from ghostdesk.storage import posts_repo

    written = posts_repo.count_for_executive(db, executive_id)
    if written:
        executive = executives_repo.get(db, executive_id)
        raise ExecutiveHasPosts(f"{executive.name} has {written} post(s)", executive=executive.name, posts=written)
    executives_repo.delete(db, executive_id, deleted_by=actor)


def add_samples(
    db: Database, executive_id: str, posts: list[tuple[str, str | None]], *, actor: str, source: str = "paste"
) -> list[VoiceSample]:
    """Add (text, language) posts in one step; language None = detected. One version for the whole batch."""
    with db.atomic():
        added = _add(db, executive_id, [(text, language, source) for text, language in posts])
        _record_version(db, executive_id, actor)
    return added


def _add(db: Database, executive_id: str, posts: list[tuple[str, str | None, str]]) -> list[VoiceSample]:
    """Insert new posts; a post already among the executive's samples (same words) is skipped."""
    executives_repo.get(db, executive_id)
    from ghostdesk.services.voice_analysis import detect_language

    cleaned = [(*clean_sample(text, language or detect_language(text)), source) for text, language, source in posts]
    seen = {_key(s.text) for s in voices_repo.samples(db, executive_id)}
    added = []
    for body, lang, source in cleaned:
        if _key(body) in seen:
            continue
        seen.add(_key(body))
        added.append(voices_repo.add_sample(db, executive_id, lang, body, source))
    _add_languages(db, executive_id, {s.language for s in added})
    return added


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _add_languages(db: Database, executive_id: str, languages: set[str]) -> None:
    executive = executives_repo.get(db, executive_id)
    missing = [lang for lang in sorted(languages) if lang not in executive.languages]
    if missing:
        executives_repo.save(db, replace(executive, languages=(*executive.languages, *missing)))


def import_samples(
    db: Database, executive_id: str, paths: list[Path], *, actor: str, language: str | None = None
) -> ImportResult:
    """Read every file first; add all posts in one transaction, or nothing when any file has a bad row."""
    from ghostdesk.services import voice_import

    posts: list[voice_import.ImportedPost] = []
    for path in paths:
        posts += voice_import.read_posts(Path(path))
    return add_imported(db, executive_id, posts, actor=actor, language=language)


def read_sample_files(paths: list[Path]) -> list[voice_import.ImportedPost]:
    """The slow half of an import (files only, no database): safe on a worker thread."""
    from ghostdesk.services import voice_import

    posts: list[voice_import.ImportedPost] = []
    for path in paths:
        posts += voice_import.read_posts(Path(path))
    return posts


def add_imported(
    db: Database, executive_id: str, posts: list[voice_import.ImportedPost], *, actor: str, language: str | None = None
) -> ImportResult:
    if not posts:
        raise ValidationError("No posts found in the file(s)", field="samples")
    with db.atomic():
        added = _add(db, executive_id, [(p.text, language, p.source) for p in posts])
        _record_version(db, executive_id, actor)
    counts: dict[str, int] = {}
    for item in added:
        counts[item.language] = counts.get(item.language, 0) + 1
    from ghostdesk.domain.voice_results import ImportResult

    return ImportResult(
        len(added), counts, voices_repo.current_version(db, executive_id), duplicates=len(posts) - len(added)
    )


def update_sample(db: Database, sample_id: str, text: str, language: str, *, actor: str) -> None:
    body, lang = clean_sample(text, language)
    with db.atomic():
        item = voices_repo.sample(db, sample_id)
        voices_repo.update_sample(db, sample_id, text=body, language=lang)
        _record_version(db, item.executive_id, actor)


def delete_sample(db: Database, sample_id: str, *, actor: str) -> None:
    with db.atomic():
        item = voices_repo.delete_sample(db, sample_id, deleted_by=actor)
        _record_version(db, item.executive_id, actor)


def restore_sample(db: Database, trash_id: str, *, actor: str) -> VoiceSample:
    """Bring a sample back from the trash (its executive must be there); one new profile version."""
    with db.atomic():
        item = voices_repo.restore_sample(db, trash_id)
        _record_version(db, item.executive_id, actor)
    return item


def restore_executive(db: Database, trash_id: str) -> Executive:
    """Bring an executive back from the trash: photo and voice profile (kept keyed by id) come back with them."""
    return executives_repo.restore(db, trash_id)


# -- fingerprint and score -----------------------------------------------------------------------------

_CACHE: OrderedDict[tuple, Fingerprint] = OrderedDict()
_CACHE_SIZE = 32


def fingerprint(db: Database, executive_id: str, language: str) -> Fingerprint:
    """The voice in one language, cached per profile version and workspace sample state."""
    key = (executive_id, language, voices_repo.current_version(db, executive_id), voices_repo.samples_stamp(db))
    cached = _CACHE.get(key)
    if cached is not None:
        _CACHE.move_to_end(key)
        return cached
    texts = [s.text for s in voices_repo.samples(db, executive_id, language)]
    if not texts:
        raise NoVoiceSamples(
            f"No {language} samples for this executive",
            executive_id=executive_id,
            language=language,
            available=sorted(voices_repo.language_counts(db, executive_id)),
        )
    from ghostdesk.services.voice_analysis import build_fingerprint

    result = build_fingerprint(texts, language, voices_repo.background_texts(db, executive_id, language))
    _CACHE[key] = result
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


def score_text(db: Database, executive_id: str, text: str, language: str | None = None) -> VoiceScore:
    """Score `text` against the executive's voice: 0–100 and one line per dimension.

    `language` None = detected from the text. Raises NoVoiceSamples when the voice has no samples in it.
    """
    from ghostdesk.domain.voice_results import VoiceScore
    from ghostdesk.services.voice_analysis import detect_language
    from ghostdesk.services.voice_match import score_text as _score

    lang = language or detect_language(text, default=_main_language(db, executive_id))
    fp = fingerprint(db, executive_id, lang)
    score, dims = _score(text, fp, voices_repo.settings(db, executive_id))
    return VoiceScore(score, lang, executive_id, voices_repo.current_version(db, executive_id), tuple(dims))


def _main_language(db: Database, executive_id: str) -> str:
    counts = voices_repo.language_counts(db, executive_id)
    return next(iter(counts), "en")
