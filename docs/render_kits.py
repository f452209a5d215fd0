"""Render one share kit per language to PNG (page 1): docs/kit-<lang>-page1.png.

    .venv/bin/python docs/render_kits.py [--all-pages] [--out DIR]
    .venv/bin/python docs/render_kits.py --demo [--market FR]   # a real kit from the demo campaign

`--demo` builds the demo workspace in a temporary folder, runs the campaigns adapter
(services.kit_inputs.build) and writes the kit of the demo campaign's first ambassador of that market
to docs/kit-demo-page1.png (the demo is only partly approved; this renders, it does not export).

Needs LibreOffice (soffice) and poppler (pdftoppm), plus CJK fonts for ja/zh. On Debian/Ubuntu:
    apt-get install -y libreoffice-writer poppler-utils fonts-noto-cjk
The tests never need these tools; this script is for looking at the documents.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ghostdesk.domain.kits import KitAmbassador, KitCampaign, KitImage, KitInput, KitShare  # noqa: E402
from ghostdesk.export import kit_docx  # noqa: E402
from ghostdesk.markets.rules import disclosure_texts  # noqa: E402

SAMPLES = {
    # language: (name, market, zone, locale, networks, [share texts], opt-out)
    "en": (
        "Jordan Miller",
        "US",
        "America/Chicago",
        "en_US",
        ("linkedin", "x"),
        [
            "Three months ago our customers asked for a planner that respects their holidays. Today it ships, "
            "and I got to watch the team turn a wish list into something I now use every morning.",
            "Small detail I love in this release: the calendar knows when your market is closed.",
        ],
        "Reply “stop” to Anna, or untick “share kits” in your profile.",
    ),
    "fr": (
        "Camille Dubois",
        "FR",
        "Europe/Paris",
        "fr_FR",
        ("linkedin", "x"),
        [
            "Il y a trois mois, nos clients nous demandaient un planificateur qui respecte leurs jours fériés. "
            "Il sort aujourd’hui, et j’ai vu l’équipe transformer une liste d’envies en outil que j’utilise chaque matin.",
            "Le détail que je préfère : le calendrier sait quand votre marché est fermé.",
        ],
        "Répondez « stop » à Anna, ou décochez « kits de partage » dans votre profil.",
    ),
    "de": (
        "Lena Schmidt",
        "DE",
        "Europe/Berlin",
        "de_DE",
        ("linkedin", "xing"),
        [
            "Vor drei Monaten wünschten sich unsere Kunden einen Planer, der ihre Feiertage kennt. Heute ist er da – "
            "und ich durfte miterleben, wie das Team aus einer Wunschliste ein Werkzeug gemacht hat.",
            "Mein Lieblingsdetail: Der Kalender weiß, wann Ihr Markt geschlossen ist.",
        ],
        "Antworten Sie Anna mit „Stopp“ oder entfernen Sie das Häkchen bei „Share-Kits“ in Ihrem Profil.",
    ),
    "ja": (
        "田中 優子",
        "JP",
        "Asia/Tokyo",
        "ja_JP",
        ("x", "linkedin"),
        [
            "3か月前、お客様から「祝日を考慮してくれるプランナーがほしい」という声をいただきました。"
            "本日リリースです。チームが要望を形にしていく様子を間近で見られて、とてもうれしく思います。",
            "個人的に気に入っているのは、市場の休業日をカレンダーが把握してくれる点です。",
        ],
        "アンナ宛てに「停止」とご返信いただくか、プロフィールの「シェアキット」のチェックを外してください。",
    ),
    "zh": (
        "王芳",
        "CN",
        "Asia/Shanghai",
        "zh_Hans_CN",
        ("weibo", "wechat_moments"),
        [
            "三个月前，客户希望有一个能识别节假日的排期工具。今天它正式上线了，我亲眼看到团队把一份愿望清单变成了我每天早上都在用的工具。",
            "我最喜欢的细节：日历知道您所在市场哪天休息。",
        ],
        "回复“退订”给 Anna，或在个人资料中取消勾选“分享资料包”。",
    ),
    "es": (
        "Lucía García",
        "ES",
        "Europe/Madrid",
        "es_ES",
        ("linkedin", "x"),
        [
            "Hace tres meses nuestros clientes nos pidieron un planificador que respetara sus festivos. Hoy sale, "
            "y he visto al equipo convertir una lista de deseos en algo que uso cada mañana.",
            "Mi detalle favorito: el calendario sabe cuándo su mercado está cerrado.",
        ],
        "Responda «stop» a Anna o desmarque «kits para compartir» en su perfil.",
    ),
}


def banner(width: int = 480, height: int = 200) -> bytes:
    """A simple two-colour picture standing in for the campaign visual."""
    import struct
    import zlib

    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            row += b"\x1f\x4e\x79" if (x + y) % 160 < 110 else b"\xf2\xa9\x3b"
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def sample_kit(language: str) -> KitInput:
    name, market, zone, locale, networks, texts, opt_out = SAMPLES[language]
    campaign = KitCampaign(
        id="c-spring",
        name="Spring launch 2027",
        objective="visibility",
        contact_name="Anna Comms",
        contact_email="anna.comms@acme.example",
        company="Acme",
        slug="spring-launch-2027",
    )
    person = KitAmbassador("amb-42", name, "someone@acme.example", language, market, zone, locale)
    shares = tuple(
        KitShare(
            id=f"s-{n}",
            planned_at=datetime(2027, 3, 16 + n * 2, 8, 30, tzinfo=UTC),
            network=networks[n],
            link="https://acme.example/news/planner",
            texts=(texts[n],),
            hashtags=("Acme", "planner") if n == 0 else ("Acme",),
            images=(KitImage("spring-visual.png", banner()),) if n == 0 else (),
            slot=f"wave-{n + 1}",
            approved=True,
        )
        for n in range(2)
    )
    disclosure = (disclosure_texts(market, "Acme") or [""])[0]
    return KitInput(campaign, person, shares, disclosure, opt_out)


def missing_tools() -> list[str]:
    return [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]


def demo_kit(work: Path, market: str) -> KitInput:
    from ghostdesk.services import campaigns, demo, kit_inputs

    workspace = demo.build(work / "demo")
    try:
        campaign = campaigns.list_campaigns(workspace.db)[0]
        plan = kit_inputs.build(workspace.db, campaign.id, user_name="Demo", actor="render_kits")
        return next(k for k in plan.inputs if k.ambassador.market == market.upper())
    finally:
        workspace.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--all-pages", action="store_true")
    parser.add_argument("--languages", default="en,fr,de,ja,zh,es")
    parser.add_argument("--demo", action="store_true", help="render a real kit from the demo campaign")
    parser.add_argument("--market", default="FR", help="with --demo: whose kit (the first person of that market)")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(
            f"Cannot render: {', '.join(missing)} not found on PATH.\n"
            "Install LibreOffice and poppler (and CJK fonts), e.g.\n"
            "    apt-get install -y libreoffice-writer poppler-utils fonts-noto-cjk",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        kits = {language: sample_kit for language in args.languages.split(",")}
        if args.demo:
            kits = {"demo": lambda _language: demo_kit(work, args.market)}
        for language, make in kits.items():
            document = work / f"kit-{language}.docx"
            kit_docx.write(make(language), document, "Kit_images")
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{work}/profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(document),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            pages = [] if args.all_pages else ["-f", "1", "-l", "1"]
            prefix = work / f"kit-{language}-page"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", *pages, str(document.with_suffix(".pdf")), str(prefix)], check=True
            )
            for png in sorted(work.glob(f"kit-{language}-page-*.png")):
                number = int(png.stem.rsplit("-", 1)[1])
                target = args.out / f"kit-{language}-page{number}.png"
                shutil.copyfile(png, target)
                print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
