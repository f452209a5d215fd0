"""Services: the demo's ambassadors — about sixty fictional Lumenvale employees across the markets."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from ghostdesk.domain.ambassador import Ambassador, NetworkProfile, Visibility
from ghostdesk.markets import profiles
from ghostdesk.services import ambassadors
from ghostdesk.storage.workspace import Workspace

ACTOR = "demo"

# (market, given names, family names, teams, e-mail style) — every person is invented.
PEOPLE = {
    "US": (
        [
            "Emily",
            "Marcus",
            "Jasmine",
            "Tyler",
            "Olivia",
            "Andre",
            "Megan",
            "Carlos",
            "Rachel",
            "Derek",
            "Priya",
            "Jordan",
            "Hannah",
            "Kevin",
        ],
        [
            "Carter",
            "Reed",
            "Brooks",
            "Nguyen",
            "Patel",
            "Johnson",
            "Ramirez",
            "Sullivan",
            "Kim",
            "Foster",
            "Hughes",
            "Coleman",
            "Bennett",
            "Price",
        ],
        ["Sales", "Engineering", "Customer success", "Marketing"],
    ),
    "FR": (
        [
            "Amélie",
            "François",
            "Zoé",
            "Hélène",
            "Julien",
            "Camille",
            "Thibault",
            "Léa",
            "Mathieu",
            "Inès",
            "Antoine",
            "Chloé",
            "Romain",
            "Manon",
        ],
        [
            "Lefèvre",
            "Dubois",
            "Mercier",
            "Garnier",
            "Moreau",
            "Fournier",
            "Girard",
            "Bonnet",
            "Lambert",
            "Rousseau",
            "Faure",
            "Chevalier",
            "Leroy",
            "Perrin",
        ],
        ["Ventes Paris", "R&D", "Marketing", "Service client"],
    ),
    "DE": (
        [
            "Jürgen",
            "Anna",
            "Lukas",
            "Katrin",
            "Felix",
            "Sabine",
            "Tobias",
            "Lena",
            "Matthias",
            "Julia",
            "Stefan",
            "Miriam",
        ],
        [
            "Schäfer",
            "Weiß",
            "Müller",
            "Becker",
            "Hoffmann",
            "Krüger",
            "Wagner",
            "Schulz",
            "Neumann",
            "Fischer",
            "Zimmermann",
            "Braun",
        ],
        ["Vertrieb", "Technik", "Marketing", "Netzbetrieb"],
    ),
    "JP": (
        ["健", "由紀", "翔太", "美咲", "大輔", "彩", "拓也", "恵", "直樹"],
        ["佐藤", "田中", "鈴木", "高橋", "伊藤", "渡辺", "山本", "中村", "小林"],
        ["営業", "技術", "マーケティング"],
    ),
    "CN": (
        ["芳", "伟", "静", "磊", "敏", "洋", "丽", "强"],
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"],
        ["销售", "研发", "市场"],
    ),
    "UK": (["Oliver", "Charlotte"], ["Whitfield", "Ashworth"], ["Sales", "Partnerships"]),
    "ES": (["Lucía", "Javier"], ["García", "Martínez"], ["Ventas", "Ingeniería"]),
}
ROMAJI = {"佐藤": "sato", "田中": "tanaka", "鈴木": "suzuki", "高橋": "takahashi", "伊藤": "ito", "渡辺": "watanabe",
          "山本": "yamamoto", "中村": "nakamura", "小林": "kobayashi", "健": "ken", "由紀": "yuki", "翔太": "shota",
          "美咲": "misaki", "大輔": "daisuke", "彩": "aya", "拓也": "takuya", "恵": "megumi", "直樹": "naoki"}  # fmt: skip
PINYIN = {"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "赵": "zhao", "黄": "huang",
          "芳": "fang", "伟": "wei", "静": "jing", "磊": "lei", "敏": "min", "洋": "yang", "丽": "li", "强": "qiang"}  # fmt: skip
TOPICS = ["grid balancing", "energy storage", "AI forecasting", "sustainability", "careers", "customer stories",
          "renewables", "cybersecurity"]  # fmt: skip
GROUPS = {"US": "New York launch", "FR": "Paris sales", "DE": "Berlin engineering", "JP": "Tokyo partners",
          "CN": "Shanghai launch"}  # fmt: skip
QUIET = {"US": ("21:00", "07:00"), "FR": ("20:00", "08:00"), "DE": ("19:00", "08:00"), "JP": ("22:00", "07:00"),
         "CN": ("22:00", "07:30")}  # fmt: skip


def _ascii(text: str) -> str:
    from ghostdesk.storage.ambassadors_repo import fold

    return "".join(c for c in fold(text) if c.isalnum())


def _person(market: str, index: int, rng: random.Random) -> Ambassador:
    given, family, teams = PEOPLE[market]
    first, last = given[index], family[index]
    if market == "JP":
        name, email = f"{last} {first}", f"{ROMAJI[first]}.{ROMAJI[last]}"
    elif market == "CN":
        name, email = f"{last}{first}", f"{PINYIN[last]}.{PINYIN[first]}{index}"
    else:
        name, email = f"{first} {last}", f"{_ascii(first)}.{_ascii(last)}"
    profile = profiles.get(market)
    networks = []
    for network in profile.networks[: rng.choice((1, 1, 2))]:
        size = int(rng.lognormvariate(6.3, 0.9))
        slug = email.replace(".", "-")
        url = {"linkedin": f"https://www.linkedin.com/in/{slug}", "x": f"https://x.com/{slug.replace('-', '_')}",
               "xing": f"https://www.xing.com/profile/{slug}", "weibo": f"https://weibo.com/{slug}"}.get(network, "")  # fmt: skip
        networks.append(NetworkProfile(network, url, size))
    groups = [GROUPS[market]] if market in GROUPS and rng.random() < 0.45 else []
    if rng.random() < 0.15:
        groups.insert(0, "Inner circle")
    quiet = QUIET.get(market, ("", "")) if rng.random() < 0.6 else ("", "")
    return Ambassador(
        id="",
        name=name,
        email=f"{email}@lumenvale.example",
        market=market,
        language="",
        time_zone=rng.choice(profile.time_zones) if market == "US" else "",
        team=rng.choice(teams),
        networks=tuple(networks),
        topics=tuple(rng.sample(TOPICS, rng.choice((1, 2, 2, 3)))),
        max_shares_per_week=rng.choice((1, 2, 3, 3, 5)),
        quiet_start=quiet[0],
        quiet_end=quiet[1],
        visibility=rng.choices(list(Visibility), weights=(7, 2, 1))[0],
        groups=tuple(groups),
    )


def populate(workspace: Workspace, rng: random.Random) -> None:
    db = workspace.db
    start = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
    for market, (given, _family, _teams) in PEOPLE.items():
        for index in range(len(given)):
            person = ambassadors.create(db, _person(market, index, rng), actor=ACTOR)
            roll = rng.random()
            when = (start + timedelta(days=rng.randint(0, 80), minutes=rng.randint(0, 600))).isoformat()
            if roll < 0.72:
                ambassadors.opt_in(db, [person.id], actor=ACTOR, source="demo", at=when)
            elif roll < 0.85:
                ambassadors.opt_in(db, [person.id], actor=ACTOR, source="demo", at=when)
                later = (datetime.fromisoformat(when) + timedelta(days=rng.randint(5, 40))).isoformat()
                ambassadors.opt_out(db, [person.id], actor=ACTOR, source="demo", at=later)
