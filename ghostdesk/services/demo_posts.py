"""Services: the demo's posts — a dozen drafts in every state of the workflow, for two Lumenvale executives."""

from __future__ import annotations

import random

from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import checks, posts
from ghostdesk.storage import executives_repo
from ghostdesk.storage.workspace import Workspace

ACTOR = "Inès (ghostwriter)"
APPROVER = "Marc (comms)"

# The voices feature creates the same two people with full profiles; either side reuses what exists.
EXECUTIVES = {
    "Claire Moreau": {"title": "Chief Executive Officer", "languages": ("fr", "en"), "markets": ("FR", "US")},
    "Jordan Hale": {"title": "Chief Technology Officer", "languages": ("en",), "markets": ("US", "DE")},
}

S = PostStatus
POSTS = [
    (
        "Claire Moreau",
        "fr",
        S.PUBLISHED,
        "Bilan du salon Enlit",
        "Trois jours au salon Enlit, et une question revenait sans cesse : comment équilibrer un réseau quand le "
        "soleil et le vent décident du rythme ?\n\nNotre réponse tient en un mot : anticiper. Merci aux équipes "
        "qui ont fait tourner la démonstration en direct, et aux gestionnaires de réseau venus nous challenger.\n\n"
        "#transitionénergétique #réseaux",
        ("linkedin",),
    ),
    (
        "Claire Moreau",
        "fr",
        S.SCHEDULED,
        "Recrutement Lyon",
        "Nous ouvrons à Lyon une équipe dédiée aux réseaux de distribution régionaux.\n\nSi vous aimez les "
        "problèmes concrets, les données qui arrivent toutes les secondes et les collègues qui doutent avant "
        "d'affirmer, parlons-en. Les postes sont en lien ci-dessous.",
        ("linkedin",),
    ),
    (
        "Claire Moreau",
        "en",
        S.APPROVED,
        "Why grids need humility",
        "The most useful sentence I heard this quarter came from a control-room operator: “The forecast is a "
        "conversation, not a verdict.”\n\nWe build software for people who balance a grid minute by minute. "
        "Our job is to give them better questions, earlier — not to pretend we know the weather.",
        ("linkedin", "x"),
    ),
    (
        "Claire Moreau",
        "fr",
        S.IN_REVIEW,
        "Résultats semestriels",
        "Premier semestre solide pour Lumenvale : notre chiffre d'affaires progresse de 18 % et nous équipons "
        "désormais 14 gestionnaires de réseau en Europe.\n\nCe chiffre raconte surtout la confiance de nos clients. "
        "Merci à eux, et aux équipes qui rendent ces résultats possibles.",
        ("linkedin",),
    ),
    (
        "Claire Moreau",
        "fr",
        S.DRAFT,
        "Femmes et ingénierie",
        "Quand j'ai commencé, j'étais souvent la seule femme dans la salle de contrôle. Ce n'est plus le cas, et "
        "ce n'est pas arrivé par hasard : mentorat, horaires possibles, promotions expliquées.\n\nIl reste du "
        "chemin. Quelles pratiques ont changé les choses chez vous ?",
        ("linkedin",),
    ),
    (
        "Claire Moreau",
        "en",
        S.DRAFT,
        "Project Heron teaser",
        "Something big is coming in spring: Project Heron will change how operators plan a whole week. "
        "The best forecasting on the market, guaranteed. Stay tuned!!!\n\nWe tested it with three grid operators "
        "over the winter, and their planners told us what we got wrong before they told us what we got right. "
        "Details at http://lumenvale.example/heron #grid #energy",
        ("linkedin", "x"),
    ),
    (
        "Claire Moreau",
        "fr",
        S.IDEA,
        "Idée : la sobriété vue du réseau",
        "Angle : ce que la sobriété énergétique change concrètement pour un gestionnaire de réseau. "
        "Exemples à demander à l'équipe produit.",
        ("linkedin",),
    ),
    (
        "Jordan Hale",
        "en",
        S.PUBLISHED,
        "Open-sourcing our test harness",
        "Today we open-sourced the harness we use to replay a full day of grid telemetry against our "
        "forecasting engine.\n\nIt found more of our bugs than any code review. If you work on time-series "
        "systems, I'd love your feedback: https://github.com/lumenvale/replay-harness",
        ("linkedin", "x"),
    ),
    (
        "Jordan Hale",
        "en",
        S.SCHEDULED,
        "Latency budget",
        "Every millisecond in a grid-balancing loop has an owner. We publish our latency budget internally, "
        "line by line, so a slow query is a conversation and not a mystery. A few lessons from writing it down.",
        ("linkedin",),
    ),
    (
        "Jordan Hale",
        "en",
        S.IN_REVIEW,
        "Hiring engineers in Berlin",
        "We're growing the Berlin team: data engineers and SREs who like systems where correctness is not "
        "optional. Details on our careers page: http://lumenvale.example/careers",
        ("linkedin", "x"),
    ),
    (
        "Jordan Hale",
        "en",
        S.DRAFT,
        "On-call without heroics",
        "We stopped celebrating the engineer who fixed the outage at 3 a.m. We started celebrating the one whose "
        "runbook meant nobody had to.\n\nOn-call should be boring. Here is what made ours boring.",
        ("linkedin",),
    ),
    (
        "Jordan Hale",
        "en",
        S.ARCHIVED,
        "Conference recap (old)",
        "Great week at the conference. Slides are on the intranet: https://wiki.lumenvale.internal/talks",
        ("linkedin",),
    ),
]

SENSITIVE_TERMS = ("Project Heron", "Heron")
APPROVED_FACTS = ("Le chiffre d'affaires du premier semestre progresse de 18 %.", "14 gestionnaires de réseau")


def _executive(workspace: Workspace, name: str) -> str:
    found = executives_repo.find_by_name(workspace.db, name)
    if found:
        return found.id
    info = EXECUTIVES[name]
    return executives_repo.create(workspace.db, name, company="Lumenvale", **info).id


def _walk_to(workspace: Workspace, post_id: str, target: PostStatus) -> None:
    path = {
        S.IDEA: [S.IDEA],
        S.DRAFT: [],
        S.IN_REVIEW: [S.IN_REVIEW],
        S.APPROVED: [S.IN_REVIEW, S.APPROVED],
        S.SCHEDULED: [S.IN_REVIEW, S.APPROVED, S.SCHEDULED],
        S.PUBLISHED: [S.IN_REVIEW, S.APPROVED, S.SCHEDULED, S.PUBLISHED],
        S.ARCHIVED: [S.ARCHIVED],
    }[target]
    for step in path:
        actor = APPROVER if step == S.APPROVED else ACTOR
        posts.set_status(workspace, post_id, step, actor=actor)


def populate(workspace: Workspace, rng: random.Random) -> None:
    for term in SENSITIVE_TERMS:
        checks.add_term(workspace, checks.SENSITIVE, term)
    for fact in APPROVED_FACTS:
        checks.add_term(workspace, checks.FACT, fact)
    for name, language, status, title, body, nets in POSTS:
        post = posts.new_post(
            workspace,
            _executive(workspace, name),
            actor=ACTOR,
            title=title,
            language=language,
            body=body,
            networks=nets,
        )
        _walk_to(workspace, post.id, status)
        if status in (S.SCHEDULED, S.PUBLISHED):
            posts.sign_off(workspace, post.id, relayed_by=APPROVER, how=rng.choice(["email", "chat", "in_person"]))
