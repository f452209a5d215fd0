"""The share kit as the employee reads it: one link to use, no empty section, no stray spaces in CJK."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from _kits import kit, share

from ghostdesk.export import kit_docx

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "kits"
LANGUAGES = ["en", "fr", "de", "ja", "zh", "es"]


def _texts(language: str) -> dict:
    return json.loads((RESOURCES / f"{language}.json").read_text(encoding="utf-8"))


def _paragraphs(tmp_path, the_kit) -> list[str]:
    target = tmp_path / "kit.docx"
    kit_docx.write(the_kit, target)
    return [p.text for p in docx.Document(str(target)).paragraphs]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_share_with_a_link_gives_only_the_tracked_link(tmp_path, language):
    # the bare link under "Approved version" beside the personal link invited people to paste the untracked one
    texts = _texts(language)
    paragraphs = _paragraphs(tmp_path, kit(language=language))
    assert not any(p.startswith(texts["approved_version"]) for p in paragraphs)
    links = [p for p in paragraphs if p.startswith(texts["link"])]
    assert len(links) == 1 and "utm_source=linkedin" in links[0]


def test_a_link_that_cannot_be_tracked_is_still_given(tmp_path):
    paragraphs = _paragraphs(tmp_path, kit(shares=(share(link="ftp://acme.example/deck"),)))
    assert "Approved version\tftp://acme.example/deck" in paragraphs


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_disclosure_line_still_asks_to_say_you_work_here(tmp_path, language):
    texts = _texts(language)
    paragraphs = _paragraphs(tmp_path, kit(language=language, disclosure=""))
    heading = paragraphs.index(texts["disclosure_heading"])
    assert paragraphs[heading + 1] == texts["disclosure_own_words"]  # never a heading over nothing
    assert texts["disclosure_own_words"] != _texts("en")["disclosure_own_words"] or language == "en"


@pytest.mark.parametrize(("language", "expected"), [("ja", "参加をやめる方法：Anna"), ("zh", "如何退出：Anna"),
                                                    ("fr", "Pour ne plus participer : Anna")])  # fmt: skip
def test_the_opt_out_line_has_no_space_after_a_full_width_colon(tmp_path, language, expected):
    paragraphs = _paragraphs(tmp_path, kit(language=language, opt_out="Anna, anna@example.com"))
    assert any(p.startswith(expected) for p in paragraphs)
