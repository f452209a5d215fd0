<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CrashDialog</name>
    <message>
        <source>GhostDesk hit an unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the crash file could not be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that GhostDesk did not expect. Your saved work is safe in the workspace file. If it happens again, please send the details below.

Crash file: {0}
Log: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GhostDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GhostDesk {0}

Write in an executive&apos;s voice, adapt each post for every market, plan the ambassadors&apos; waves and send each one a personal share kit. Everything stays in one local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GhostDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Workspace not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a GhostDesk workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by a newer GhostDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GhostDesk could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at {path}. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a GhostDesk workspace. Choose a .ghostdesk file made by GhostDesk. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. The file was not changed. You can restore the newest good backup into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of GhostDesk. Update GhostDesk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open in another GhostDesk window (process {pid} on {host}). You can open it read-only, or close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. GhostDesk never overwrites a file: choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only file or folder). Your work is safe; save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was half-written; free some space and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive voice profiles will live here: who each executive is, their tone and habits, sample posts, and a fingerprint that scores every draft against their real voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafting studio will live here: posts in the executive&apos;s voice, live counters for each network, faux-pas checks, version history and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amplification calendar will live here: when the executive posts, the waves of ambassador shares that follow in each market, and their approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ambassador roster will live here: the employees who chose to share, their markets and networks, and the consent register that records every opt-in and opt-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share kits will be made here: one Word document per ambassador, in their language, with their own share texts, tracked links and the do&apos;s and don&apos;ts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign results will live here: reach and engagement by market, network and wave, fair recognition for the people who shared, and reports to share the results back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup into a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest good backup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into {0}. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Ghostwriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in approvals and the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this many backups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full copy of the workspace was saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was backed up to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Schema version {0} of {1}; {2} backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
