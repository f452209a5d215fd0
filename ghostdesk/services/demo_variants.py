"""Services: the demo's market variants — three posts adapted for US, FR, DE, JP and CN, some whose master
changed since, some with findings (a tu in Germany's Sie register, LinkedIn in China, a public holiday …)."""

from __future__ import annotations

import random
from dataclasses import replace

from ghostdesk.domain.posts import PostFilter, PostStatus
from ghostdesk.services import posts, variants
from ghostdesk.storage.workspace import Workspace

ACTOR = "Inès (ghostwriter)"
APPROVER = "Marc (comms)"
REVIEWERS = {
    "US": "Dana (US comms)",
    "FR": "Marc (comms)",
    "DE": "Jonas (DACH)",
    "JP": "佐藤 (Tokyo)",
    "CN": "王 (上海)",
}
S = PostStatus

# title → market → (body, status, extra fields)
VARIANTS: dict[str, dict[str, tuple[str, PostStatus, dict]]] = {
    "Why grids need humility": {
        "US": (
            "Best thing I heard this quarter, from a control-room operator: “The forecast is a conversation, "
            "not a verdict.”\n\nOur software serves the people who balance the grid minute by minute. Our job is "
            "to bring them better questions, sooner — not to pretend we can call the weather.",
            S.APPROVED,
            {},
        ),
        "FR": (
            "La phrase la plus juste entendue ce trimestre vient d'une opératrice de salle de contrôle : « La "
            "prévision est une conversation, pas un verdict. »\n\nNos logiciels servent celles et ceux qui "
            "équilibrent le réseau minute après minute. Notre rôle : leur apporter plus tôt de meilleures "
            "questions, sans prétendre connaître la météo.",
            S.IN_REVIEW,
            {"networks": ("linkedin",), "hashtags": ("réseauxélectriques",)},
        ),
        "DE": (
            "Der klügste Satz dieses Quartals kam aus einer Leitwarte: „Die Prognose ist ein Gespräch, kein "
            "Urteil.“\n\nWir entwickeln Software für Menschen, die das Netz Minute für Minute im Gleichgewicht "
            "halten. Unsere Aufgabe: ihnen früher bessere Fragen zu liefern – nicht, das Wetter vorherzusagen.",
            S.APPROVED,
            {"networks": ("linkedin",)},
        ),
        "JP": (
            "今期いちばん心に残ったのは、制御室のオペレーターの言葉です。「予測は判決ではなく、対話です。」\n\n"
            "私たちは、電力網を刻々と調整する方々のためのソフトウェアを作っています。",
            S.DRAFT,
            {"networks": ("x",), "planned_date": "2027-05-03"},  # Constitution Memorial Day (Golden Week)
        ),
        "CN": (
            "本季度最有启发的一句话，来自一位调度员：“预测是一场对话，而不是一纸判决。”\n\n"
            "我们为时刻平衡电网的人们开发软件，帮助他们更早提出更好的问题。",
            S.DRAFT,
            {"networks": ("weibo",)},
        ),
    },
    "Open-sourcing our test harness": {
        "US": (
            "We just open-sourced the harness we use to replay a full day of grid telemetry against our "
            "forecasting engine.\n\nIt has caught more of our bugs than any code review. Working on time-series "
            "systems? I'd love your feedback.",
            S.PUBLISHED,
            {},
        ),
        "FR": (
            "Nous publions en open source l'outil qui rejoue une journée complète de télémesures du réseau face "
            "à notre moteur de prévision.\n\nIl a trouvé plus de bogues que n'importe quelle revue de code. Si "
            "vous travaillez sur des séries temporelles, vos retours m'intéressent.",
            S.PUBLISHED,
            {},
        ),
        "DE": (
            "Wir haben unser Test-Harness als Open Source veröffentlicht: Es spielt einen ganzen Tag "
            "Netz-Telemetrie gegen unsere Prognose-Engine ab.\n\nEs hat mehr Fehler gefunden als jedes "
            "Code-Review. Wenn Sie an Zeitreihensystemen arbeiten, freue ich mich auf Ihr Feedback.",
            S.APPROVED,
            {},
        ),
        "JP": (
            "電力網の1日分のデータを予測エンジンで再生する検証ツールを、オープンソースで公開しました。\n\n"
            "どのコードレビューよりも多くの不具合を見つけてくれました。ご意見をお待ちしています。",
            S.IN_REVIEW,
            {"networks": ("linkedin",)},
        ),
        "CN": (
            "我们开源了一款测试工具，可以把电网一整天的遥测数据回放给预测引擎。\n\n"
            "它发现的缺陷比任何一次代码评审都多，欢迎您提出宝贵意见。",
            S.IN_REVIEW,
            {"networks": ("wechat_moments",)},
        ),
    },
    "On-call without heroics": {
        "US": (
            "We no longer celebrate the engineer who fixed the outage at 3 a.m. We celebrate the one whose "
            "runbook meant nobody had to.\n\nOn-call should be boring. Here's how we made ours boring.",
            S.DRAFT,
            {},
        ),
        "FR": (
            "Nous avons cessé d'applaudir l'ingénieur qui répare la panne à 3 h du matin. Nous applaudissons "
            "celle dont la procédure a évité à quiconque de se lever.\n\nUne astreinte devrait être ennuyeuse. "
            "Retour d'expérience le 03/12.",
            S.DRAFT,
            {},
        ),
        "DE": (
            "Wir feiern nicht mehr die Ingenieurin, die um 3 Uhr nachts den Ausfall behebt, sondern den "
            "Kollegen, dessen Runbook das überflüssig machte.\n\nRufbereitschaft sollte langweilig sein. Kennst "
            "du das?",
            S.DRAFT,
            {},
        ),
        "JP": (
            "午前3時に障害を直したエンジニアを称えるのをやめ、誰も起きずに済む手順書を書いた人を称えることにしました。"
            "\n\nオンコールは退屈であるべきです。",
            S.DRAFT,
            {"networks": ("x",)},
        ),
        "CN": (
            "我们不再表彰凌晨三点修复故障的工程师，而是表彰写好运维手册、让大家不必半夜起床的人。\n\n值班本该平淡无奇。",
            S.DRAFT,
            {"networks": ("linkedin",)},  # not available in China: a blocking finding
        ),
    },
}

# Edited after its variants were written, so they all show "master changed".
MASTER_EDITS = {"On-call without heroics": "\n\nThree changes did most of the work: runbooks, alerts, rehearsals."}

_PATH = {
    S.DRAFT: [],
    S.IN_REVIEW: [S.IN_REVIEW],
    S.APPROVED: [S.IN_REVIEW, S.APPROVED],
    S.SCHEDULED: [S.IN_REVIEW, S.APPROVED, S.SCHEDULED],
    S.PUBLISHED: [S.IN_REVIEW, S.APPROVED, S.SCHEDULED, S.PUBLISHED],
}


def populate(workspace: Workspace, rng: random.Random) -> None:
    db = workspace.db
    by_title = {posts.get(workspace, i).title: i for i in posts.list_ids(workspace, PostFilter())}
    for title, markets in VARIANTS.items():
        post_id = by_title.get(title)
        if post_id is None:
            continue
        for market, (body, status, extra) in markets.items():
            variant = variants.create(db, post_id, market, actor=ACTOR, body=body, reviewer=REVIEWERS[market], **extra)
            for step in _PATH[status]:
                variants.set_status(db, variant.id, step, actor=APPROVER if step == S.APPROVED else ACTOR)
    for title, addition in MASTER_EDITS.items():
        if title in by_title:
            post = posts.get(workspace, by_title[title])
            posts.save(workspace, replace(post, body=post.body + addition), actor=ACTOR)
