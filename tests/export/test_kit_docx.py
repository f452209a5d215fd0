"""The share kit as a Word document: read back with python-docx, as Word would see it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import docx
import pytest
from _kits import kit, png, share
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostdesk.domain.kits import KitCampaign, KitImage, clean_text, utm_link
from ghostdesk.export import kit_docx

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "kits"


def _texts(language: str) -> dict:
    return json.loads((RESOURCES / f"{language}.json").read_text(encoding="utf-8"))


def _all_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def _write(tmp_path, the_kit, images_folder: str = "Person_images"):
    target = tmp_path / "kit.docx"
    written = kit_docx.write(the_kit, target, images_folder)
    return docx.Document(str(target)), written


def test_every_language_has_every_text_of_english():
    english = _texts("en")
    for language in ("fr", "de", "ja", "zh", "es"):
        texts = _texts(language)
        assert set(texts) == set(english), language
        assert set(texts["objectives"]) == {"visibility", "reputation", "leads"}
        assert len(texts["dos"]) == len(english["dos"]) and len(texts["donts"]) == len(english["donts"])
        assert texts["title"] != english["title"], f"{language} still in English"
    assert set(kit_docx.languages()) >= {"en", "fr", "de", "ja", "zh", "es"}


@pytest.mark.parametrize("language", ["en", "fr", "de", "ja", "zh", "es"])
def test_kit_is_written_in_the_ambassadors_language(tmp_path, language):
    document, _ = _write(tmp_path, kit(language=language))
    texts = _texts(language)
    body = _all_text(document)
    for key in ("title", "why_heading", "voluntary_heading", "voluntary", "dos_heading", "donts_heading"):
        assert texts[key] in body, key
    assert texts["objectives"]["leads"] in body
    for line in texts["dos"] + texts["donts"]:
        assert line in body
    assert document.core_properties.language == texts["lang_tag"]


def test_regional_language_falls_back_to_its_base_and_unknown_to_english(tmp_path):
    document, _ = _write(tmp_path, kit(language="fr-CA"))
    assert _texts("fr")["title"] in _all_text(document)
    assert kit_docx.kit_language("pt-BR") == "en"
    assert kit_docx.kit_language("zh_Hans") == "zh"


def test_share_text_hashtags_disclosure_opt_out_and_contact(tmp_path):
    the_kit = kit(3)
    document, _ = _write(tmp_path, the_kit)
    body = _all_text(document)
    assert the_kit.shares[0].texts[0] in body
    assert "#planner #launch" in body  # a missing # is added, an existing one kept
    assert "#employee — I work at Acme" in body
    assert "Reply STOP to anna@example.com" in body
    assert "Anna Comms (anna@example.com)" in body
    assert "Person 3" in body and "Spring launch" in body
    assert "https://acme.example/news/planner?ref=blog" in body  # the approved variant's link


def test_date_and_time_in_the_readers_zone_and_locale(tmp_path):
    # 08:30 UTC on 1 December is 09:30 in Paris and 17:30 in Tokyo.
    document, _ = _write(tmp_path, kit(language="fr", time_zone="Europe/Paris", locale="fr_FR"))
    assert "mardi 1 décembre 2026" in _all_text(document) and "09:30" in _all_text(document)
    document, _ = _write(tmp_path, kit(language="ja", time_zone="Asia/Tokyo", locale="ja_JP"))
    assert "2026年12月1日火曜日" in _all_text(document) and "17:30" in _all_text(document)
    document, _ = _write(tmp_path, kit(language="en", time_zone="America/New_York", locale="en_US"))
    assert "Tuesday, December 1, 2026" in _all_text(document) and "3:30" in _all_text(document)


def test_unknown_time_zone_shows_utc_and_warns(tmp_path):
    document, written = _write(tmp_path, kit(time_zone="Mars/Olympus"))
    assert "08:30" in _all_text(document) or "8:30" in _all_text(document)
    assert any("time zone" in w for w in written.warnings)


def test_personal_link_is_a_real_hyperlink_with_utm_parameters(tmp_path):
    document, written = _write(tmp_path, kit(7))
    links = [h for p in document.paragraphs for h in p.hyperlinks]
    assert len(links) == 1
    address = links[0].address
    assert written.utm_links == [address]
    rel_id = links[0]._hyperlink.get(qn("r:id"))
    relationship = document.part.rels[rel_id]
    assert relationship.is_external and relationship.reltype.endswith("/hyperlink")
    assert relationship.target_ref == address
    query = parse_qs(urlsplit(address).query)
    assert query == {
        "ref": ["blog"],
        "utm_source": ["linkedin"],
        "utm_medium": ["employee_advocacy"],
        "utm_campaign": ["spring-launch"],
        "utm_content": ["amb-7"],
    }


def test_utm_link_replaces_old_utm_values_and_refuses_other_schemes():
    link = utm_link("https://a.example/p?utm_source=x&k=1#top", "x", "c", "a-1")
    assert parse_qs(urlsplit(link).query) == {
        "k": ["1"],
        "utm_source": ["x"],
        "utm_medium": ["employee_advocacy"],
        "utm_campaign": ["c"],
        "utm_content": ["a-1"],
    }
    assert link.endswith("#top")
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "ftp://a.example/", "not a link", ""):
        assert utm_link(bad, "x", "c", "a") == ""
    campaign_without_slug = KitCampaign(id="c-9", name="N")
    assert campaign_without_slug.utm_campaign == "c-9"


def test_non_http_link_gives_no_hyperlink_and_a_warning(tmp_path):
    the_kit = kit(shares=(share(link="javascript:alert(1)"),))
    document, written = _write(tmp_path, the_kit)
    assert not [h for p in document.paragraphs for h in p.hyperlinks]
    assert written.utm_links == [] and written.warnings


def test_images_are_embedded_and_unreadable_ones_warn(tmp_path):
    images = (KitImage("one.png", png(30, 20)), KitImage("broken.png", b"not an image"))
    document, written = _write(tmp_path, kit(shares=(share(images=images),)))
    pictures = [r for r in document.part.rels.values() if r.reltype.endswith("/image")]
    assert len(pictures) == 1 and pictures[0].target_part.blob == png(30, 20)
    assert len(document.inline_shapes) == 1
    assert any("broken.png" in w for w in written.warnings)
    assert "Person_images" in _all_text(document)


def test_several_texts_and_shares_in_time_order(tmp_path):
    later = share("Second post text", id="s-b", planned_at=datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
    first = share(id="s-a", texts=("Option one text", "Option two text"))
    document, _ = _write(tmp_path, kit(shares=(later, first)))
    body = _all_text(document)
    assert body.index("Option one text") < body.index("Option two text") < body.index("Second post text")
    assert "Post 1 of 2" in body and "Post 2 of 2" in body


def _style_fonts(document, style_id: str):
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            rpr = style.find(qn("w:rPr"))
            return rpr.find(qn("w:rFonts")), rpr.find(qn("w:lang"))
    raise AssertionError(style_id)


@pytest.mark.parametrize(
    ("language", "font", "lang"), [("ja", "Yu Gothic", "ja-JP"), ("zh", "Microsoft YaHei", "zh-CN")]
)
def test_east_asian_fonts_and_language_set_on_styles(tmp_path, language, font, lang):
    document, _ = _write(tmp_path, kit(language=language))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia")) == font
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == lang
    for style_id in ("Normal", "Title", "Heading1", "Heading2", "ListBullet", "KitField", "KitShareText"):
        fonts, language_element = _style_fonts(document, style_id)
        assert fonts.get(qn("w:eastAsia")) == font, style_id
        # a theme font attribute would override the explicit one in Word
        assert fonts.get(qn("w:eastAsiaTheme")) is None, style_id
        assert language_element.get(qn("w:eastAsia")) == lang, style_id


def test_latin_kits_set_their_language_for_spelling(tmp_path):
    document, _ = _write(tmp_path, kit(language="de"))
    _, language_element = _style_fonts(document, "Normal")
    assert language_element.get(qn("w:val")) == "de-DE"


def test_template_is_lean(tmp_path):
    """The unused styles and parts of python-docx's default template are gone (they cost most of the time)."""
    document, _ = _write(tmp_path, kit())
    assert len(document.styles.element.findall(qn("w:style"))) < 30
    names = {str(p.partname) for p in document.part.package.iter_parts()}
    assert not any("stylesWithEffects" in n or "customXml" in n or "thumbnail" in n for n in names)


def test_clean_text_drops_only_what_xml_cannot_hold():
    assert clean_text("a\x00b\x07c\x1fd\ufffee\uffff\ud800f") == "abcdef"
    assert clean_text("tab\tline\r\nnext\rend") == "tab\tline\nnext\nend"
    assert clean_text("日本語 😀 \u200b é") == "日本語 😀 \u200b é"
    assert clean_text(None) == ""


_ANY = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_ANY, text=_ANY, tag=_ANY, disclosure=_ANY, opt_out=_ANY, campaign=_ANY, link=_ANY, image=_ANY)
def test_any_unicode_in_any_field_exports_and_survives(
    tmp_path, name, text, tag, disclosure, opt_out, campaign, link, image
):
    the_kit = kit(
        name=name,
        shares=(share(text, hashtags=(tag,), link="https://a.example/" + link, images=(KitImage(image, png()),)),),
        disclosure=disclosure,
        opt_out=opt_out,
        participation=text,
        campaign=KitCampaign(id=campaign, name=campaign, contact_name=name, contact_email=tag, company=campaign),
    )
    document, _ = _write(tmp_path, the_kit)  # must not raise; must open again
    paragraphs = [p.text for p in document.paragraphs]
    assert clean_text(text) in paragraphs  # the share text, exactly, minus illegal characters
    if clean_text(disclosure).strip():
        assert clean_text(disclosure) in paragraphs
    else:  # nothing to show: the section asks for it in the person's own words, never stays empty
        assert _texts("en")["disclosure_own_words"] in paragraphs
    body = "\n".join(paragraphs)
    assert clean_text(name) in body and clean_text(campaign) in body


def test_utm_values_that_utf8_cannot_encode_are_cleaned_not_fatal():
    link = utm_link("https://a.example/p", "linked\ud800in", "spring\ud800", "amb\udfff-1")
    assert parse_qs(urlsplit(link).query)["utm_campaign"] == ["spring"]
    assert parse_qs(urlsplit(link).query)["utm_content"] == ["amb-1"]
    assert parse_qs(urlsplit(link).query)["utm_source"] == ["linkedin"]
