"""Storage: m009 — campaigns, their posts and wave templates, the stored plan (executive slots, ambassador
shares) and approvals bound to content hashes. Planned shares are indexed by campaign, ambassador and time:
the calendar and the kits read them by each of those at 200,000 rows."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m009_campaigns")
def m009_campaigns(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE campaigns (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            objective TEXT NOT NULL DEFAULT 'visibility',
            target_reach INTEGER NOT NULL DEFAULT 0,
            target_engagement INTEGER NOT NULL DEFAULT 0,
            target_clicks INTEGER NOT NULL DEFAULT 0,
            target_conversions INTEGER NOT NULL DEFAULT 0,
            start_date TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '',
            markets TEXT NOT NULL DEFAULT '[]',
            executives TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'draft',
            contact TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX campaigns_name ON campaigns (name COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE campaign_posts (
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            local_time TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (campaign_id, post_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE wave_templates (
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            min_minutes INTEGER NOT NULL DEFAULT 0,
            max_minutes INTEGER NOT NULL DEFAULT 0,
            days_later INTEGER NOT NULL DEFAULT 0,
            start_time TEXT NOT NULL DEFAULT '',
            end_time TEXT NOT NULL DEFAULT '',
            roll_days INTEGER NOT NULL DEFAULT 0,
            group_name TEXT NOT NULL DEFAULT '',
            size INTEGER,
            stagger_minutes INTEGER NOT NULL DEFAULT 10,
            PRIMARY KEY (campaign_id, position)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE planned_slots (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            variant_id TEXT NOT NULL,
            post_id TEXT NOT NULL,
            market TEXT NOT NULL,
            network TEXT NOT NULL,
            language TEXT NOT NULL,
            utc TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            holiday TEXT NOT NULL DEFAULT '',
            weekend INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX planned_slots_campaign ON planned_slots (campaign_id, utc)")
    db.execute(
        """
        CREATE TABLE planned_shares (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            ambassador_id TEXT NOT NULL,
            ambassador_name TEXT NOT NULL DEFAULT '',
            slot_id TEXT NOT NULL REFERENCES planned_slots(id) ON DELETE CASCADE,
            wave TEXT NOT NULL,
            utc TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            share_text_index INTEGER NOT NULL DEFAULT 0,
            share_text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned'
        )
        """
    )
    db.execute("CREATE INDEX planned_shares_campaign ON planned_shares (campaign_id, utc)")
    db.execute("CREATE INDEX planned_shares_ambassador ON planned_shares (ambassador_id, utc, campaign_id, status)")
    db.execute("CREATE INDEX planned_shares_utc ON planned_shares (utc)")
    db.execute("CREATE INDEX planned_shares_slot ON planned_shares (slot_id)")
    db.execute(
        """
        CREATE TABLE approvals (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            item_type TEXT NOT NULL,
            item_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            decision TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX approvals_item ON approvals (campaign_id, item_type, item_id, decided_at)")
