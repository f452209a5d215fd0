"""Each faux-pas rule: positive and negative cases, in several languages, with the span it highlights."""

import pytest

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.services.checks import REGISTRY, CheckContext, register
from ghostdesk.services.checks.engine import FunctionRule, run


def findings(rule_id: str, text: str, **context) -> list[Finding]:
    return REGISTRY[rule_id].check(text, CheckContext(**context))


def spans(found: list[Finding], text: str) -> list[str]:
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("language", "text", "marked"),
    [
        ("en", "This deck is CONFIDENTIAL, please read.", "CONFIDENTIAL"),
        ("en", "Slides marked internal   only were shared.", "internal   only"),
        ("fr", "Document strictement confidentiel : la feuille de route.", "strictement confidentiel"),
        ("de", "Dieses Papier ist streng vertraulich.", "streng vertraulich"),
        ("ja", "この資料は社外秘です。", "社外秘"),
        ("zh", "本文件为内部资料，请勿外传。", "内部资料"),
        ("fr", "Signé sous NDA avec le client.", "NDA"),
    ],
)
def test_confidential_markers(language, text, marked):
    found = findings("confidential_marker", text, language=language)
    assert marked in spans(found, text)
    assert all(f.severity == Severity.BLOCK for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "We are confident about the grid.",  # "confident" is not "confidential"
        "Nous sommes confiants pour 2027.",
        "Die Zusammenarbeit ist international.",  # "intern" only as a whole word
        "このプロジェクトは公開済みです。",
    ],
)
def test_no_confidential_marker(text):
    assert findings("confidential_marker", text) == []


def test_sensitive_terms_from_the_workspace():
    text = "Project Heron ships soon; heron is our bird."
    found = findings("sensitive_term", text, sensitive_terms=("Project Heron", "Heron"))
    assert spans(found, text) == ["Project Heron", "heron"]
    assert findings("sensitive_term", "Herons fly south.", sensitive_terms=("Heron",)) == []
    assert findings("sensitive_term", text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Revenue grew 12% last year.", "12%"),
        ("Le chiffre d'affaires progresse de 18 % au premier semestre.", "18 %"),
        ("Umsatz von 4,2 Mio. € im Jahr.", "4,2 Mio. €"),
        ("We raised $25 million.", "$25 million"),
        ("Our Q3 2026 results are in.", "Q3 2026"),
        ("売上は2026年第3四半期に伸びた", "2026年第3四半期"),
    ],
)
def test_unapproved_figures(text, figure):
    found = findings("unapproved_figure", text)
    assert figure in spans(found, text)


def test_figures_in_the_approved_facts_pass():
    facts = ("Le chiffre d'affaires du premier semestre progresse de 18 %.", "Revenue grew 12 % in 2025")
    assert findings("unapproved_figure", "Nous progressons de 18 % !", approved_facts=facts) == []
    assert findings("unapproved_figure", "Revenue grew 12%.", approved_facts=facts) == []
    assert findings("unapproved_figure", "Revenue grew 13%.", approved_facts=facts) != []


def test_plain_numbers_and_years_are_not_figures():
    assert findings("unapproved_figure", "Three ideas for 2027, and 14 people in the room.") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Write to claire.vasseur@lumenvale.example today.", "email", "claire.vasseur@lumenvale.example"),
        ("Appelez-moi au 06 12 34 56 78.", "phone", "06 12 34 56 78"),
        ("Ruf an: +49 30 1234 5678", "phone", "+49 30 1234 5678"),
        ("Call (415) 555-0199 now", "phone", "(415) 555-0199"),
        ("IBAN FR76 3000 6000 0112 3456 7890 189 pour le don", "iban", "FR76 3000 6000 0112 3456 7890 189"),
        ("Spende an DE89370400440532013000", "iban", "DE89370400440532013000"),
    ],
)
def test_personal_data(text, kind, value):
    found = findings("personal_data", text)
    assert [(f.params["kind"], text[f.start : f.end]) for f in found] == [(kind, value)]


def test_no_personal_data_in_ordinary_text():
    text = "Join us on 12/03/2026 at 9:30 — 3 talks, 2026-2030 plan, follow @lumenvale. FR76 is a road."
    assert findings("personal_data", text) == []
    # An IBAN-shaped string with a wrong checksum is not reported.
    assert findings("personal_data", "Ref FR00 3000 6000 0112 3456 7890 189") == []


@pytest.mark.parametrize(
    ("language", "text", "term"),
    [
        ("en", "Only an idiot would ignore the grid.", "idiot"),
        ("fr", "Quel connard a écrit ça ?", "connard"),
        ("de", "Das ist doch Scheiße.", "Scheiße"),
        ("es", "Es una mierda de plan.", "mierda"),
        ("ja", "そんなのバカだ", "バカ"),
    ],
)
def test_offensive_terms(language, text, term):
    assert spans(findings("offensive_term", text, language=language), text) == [term]


def test_offensive_lists_are_per_language_and_user_extendable():
    # "con" is an insult in French but means "with" in Spanish.
    assert findings("offensive_term", "Trabajo con el equipo.", language="es") == []
    assert findings("offensive_term", "Quel con.", language="fr") != []
    assert findings("offensive_term", "A real dimwit move.", language="en") == []
    extended = findings("offensive_term", "A real dimwit move.", language="en", extra_offensive=("dimwit",))
    assert len(extended) == 1


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("en", "Results guaranteed.", "guaranteed"),
        ("en", "We are the best in Europe.", "the best"),
        ("fr", "Le n°1 de l'équilibrage réseau.", "n°1"),
        ("fr", "Une solution garantie.", "garantie"),
        ("de", "Wir sind die Nummer 1.", "Nummer 1"),
        ("es", "Somos el mejor socio.", "el mejor"),
    ],
)
def test_absolute_claims(language, text, claim):
    found = findings("absolute_claim", text, language=language)
    assert spans(found, text) == [claim]
    assert found[0].severity == Severity.WARN


def test_measured_claims_pass():
    assert findings("absolute_claim", "One of the better options we tested.", language="en") == []
    assert findings("absolute_claim", "Une des meilleures pratiques.", language="fr") == []


@pytest.mark.parametrize(
    ("text", "link", "code"),
    [
        ("See http://lumenvale.example/news", "http://lumenvale.example/news", "link_insecure"),
        ("Slides: https://wiki.lumenvale.internal/talks.", "https://wiki.lumenvale.internal/talks", "link_internal"),
        ("Try https://intranet/page", "https://intranet/page", "link_internal"),
        ("Open https//lumenvale.example now", "https//lumenvale.example", "link_malformed"),
        ("Go to https://lumenvale..example", "https://lumenvale..example", "link_malformed"),
    ],
)
def test_bad_links(text, link, code):
    found = findings("link", text)
    assert [(text[f.start : f.end], f.message_code) for f in found] == [(link, code)]


def test_good_links_pass_and_the_link_field_is_checked_too():
    assert findings("link", "Read https://lumenvale.example/blog/grid?ref=1 and www.lumenvale.example.") == []
    found = findings("link", "No link in the text", links=("http://lumenvale.example",))
    assert [f.message_code for f in found] == ["link_insecure"] and not found[0].has_span


def test_too_many_hashtags_depends_on_the_network():
    text = "Grid news #energy #grid #ai #data #climate #europe"
    assert [f.message_code for f in findings("tag_count", text, networks=("linkedin",))] == ["too_many_hashtags"]
    assert findings("tag_count", "Two tags #energy #grid", networks=("linkedin",)) == []
    assert findings("tag_count", "Three tags #energy #grid #ai", networks=("x",)) != []
    found = findings("tag_count", text, networks=("linkedin",))
    assert text[found[0].start :].startswith("#europe")


def test_too_many_mentions():
    text = "Thanks @a @b @c @d @e @f for the day"
    assert [f.message_code for f in findings("tag_count", text)] == ["too_many_mentions"]
    assert findings("tag_count", "Thanks @a and @b") == []


def test_shouting():
    text = "We did it. THIS IS A HUGE DAY FOR US. Thanks all!!!"
    found = findings("shouting", text)
    assert [f.message_code for f in found] == ["shouting", "exclamations"]
    assert text[found[0].start : found[0].end].startswith("THIS IS A HUGE DAY")


def test_acronyms_are_not_shouting():
    assert findings("shouting", "The EU and the US grid operators (TSO, DSO) met at CES.") == []
    assert findings("shouting", "Merci à tous !") == []


def test_banned_phrases_from_the_voice_profile():
    text = "Let's leverage synergies, as we say."
    found = findings("banned_phrase", text, banned_phrases=("leverage synergies",))
    assert spans(found, text) == ["leverage synergies"]
    assert findings("banned_phrase", text) == []


def test_engine_orders_by_severity_and_accepts_registered_rules():
    text = "CONFIDENTIAL: the best plan, guaranteed!!!"
    result = run(text, CheckContext())
    severities = [f.severity for f in result]
    assert severities == sorted(severities, key=["block", "warn", "info"].index)
    extra = FunctionRule(
        "test_no_hello", "test", lambda t, c: [Finding("test_no_hello", Severity.INFO, "x", "m", "a", 0, 1)]
    )
    register(extra)
    try:
        assert any(f.rule_id == "test_no_hello" for f in run("hello", CheckContext()))
        with pytest.raises(ValueError):
            register(extra)
    finally:
        REGISTRY.pop("test_no_hello")


def test_finding_to_dict_is_plain_json():
    found = findings("confidential_marker", "Confidential")[0].to_dict()
    assert found == {
        "rule_id": "confidential_marker",
        "severity": "block",
        "message_code": "confidential_marker",
        "message": found["message"],
        "advice": found["advice"],
        "span": [0, 12],
        "params": {"term": "Confidential"},
    }


def test_find_terms_skips_absent_terms_without_missing_any_match():
    """find_terms compiles and runs only the patterns of terms whose ASCII letters are in the text: the same
    hits as matching every term, including the four non-ASCII letters case-insensitive matching folds to
    ASCII (İ ı ſ K) and runs of spaces inside a term."""
    import re

    from ghostdesk.services.checks import wordlists

    def every_term(text, terms):
        hits = []
        for term in terms:
            if term.strip():
                hits.extend((m.start(), m.end(), term) for m in wordlists.term_pattern(term.strip()).finditer(text))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept = []
        for hit in hits:
            if not (kept and hit[0] < kept[-1][1]):
                kept.append(hit)
        return kept

    terms = ["internal only", "secret", "Kick-off", "réservé", "機密", "strictly  confidential", "ISO 9001", " "]
    texts = [
        "INTERNAL\n  ONLY: the ſecret plan",
        "İnternal only, for the \u212aick-off",
        "Réservé aux équipes. 機密です。",
        "Strictly confidential — ISO 9001",
        "nothing to see here",
        "",
    ]
    for text in texts:
        assert wordlists.find_terms(text, terms) == every_term(text, terms), text
    assert [h[2] for h in wordlists.find_terms(texts[0], terms)] == ["internal only", "secret"]
    assert re.search("ſecret", texts[0])  # the folded letter is really there
