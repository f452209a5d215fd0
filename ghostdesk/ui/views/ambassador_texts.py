"""UI: the translated words for ambassador fields, consent states, import problems and errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui import messages
from ghostdesk.ui.i18n import count

translate = QCoreApplication.translate

NETWORK_NAMES = {"linkedin": "LinkedIn", "x": "X", "xing": "XING", "facebook": "Facebook", "line": "LINE",
                 "weibo": "Weibo", "wechat_moments": "WeChat Moments", "wecom_moments": "WeCom Moments",
                 "maimai": "Maimai"}  # fmt: skip


def consent_label(value: str) -> str:
    return {
        "pending": translate("Ambassadors", "Not asked yet"),
        "opted_in": translate("Ambassadors", "Opted in"),
        "opted_out": translate("Ambassadors", "Opted out"),
        "erased": translate("Ambassadors", "Erased"),
    }.get(value, value)


def visibility_label(value: str) -> str:
    return {
        "named": translate("Ambassadors", "Named"),
        "anonymous": translate("Ambassadors", "Anonymous"),
        "hidden": translate("Ambassadors", "Hidden"),
    }.get(value, value)


def field_label(name: str | None) -> str:
    if not name:
        return translate("Ambassadors", "(ignore this column)")
    from ghostdesk.services import ambassador_import  # the import wizard's words: loaded with the wizard

    if name.startswith(ambassador_import.NETWORK_URL):
        network = NETWORK_NAMES.get(name[len(ambassador_import.NETWORK_URL) :], name)
        return translate("Ambassadors", "{0} profile address").format(network)
    if name.startswith(ambassador_import.NETWORK_SIZE):
        network = NETWORK_NAMES.get(name[len(ambassador_import.NETWORK_SIZE) :], name)
        return translate("Ambassadors", "{0} followers").format(network)
    return {
        "first_name": translate("Ambassadors", "First name"),
        "last_name": translate("Ambassadors", "Last name"),
        "name": translate("Ambassadors", "Full name"),
        "email": translate("Ambassadors", "E-mail"),
        "team": translate("Ambassadors", "Team"),
        "market": translate("Ambassadors", "Market"),
        "language": translate("Ambassadors", "Language"),
        "time_zone": translate("Ambassadors", "Time zone"),
        "topics": translate("Ambassadors", "Topics"),
        "groups": translate("Ambassadors", "Groups"),
        "max_shares_per_week": translate("Ambassadors", "Max shares per week"),
        "quiet_hours": translate("Ambassadors", "Quiet hours"),
        "quiet_start": translate("Ambassadors", "Quiet hours start"),
        "quiet_end": translate("Ambassadors", "Quiet hours end"),
        "visibility": translate("Ambassadors", "Leaderboard visibility"),
        "notes": translate("Ambassadors", "Notes"),
        "network_size": translate("Ambassadors", "Network size"),
    }.get(name, name)


def reason_label(reason: str) -> str:
    return {
        "bad_email": translate("Ambassadors", "Not an e-mail address"),
        "missing_email": translate("Ambassadors", "E-mail missing"),
        "bad_name": translate("Ambassadors", "Name not usable"),
        "missing_name": translate("Ambassadors", "Name missing"),
        "unknown_market": translate("Ambassadors", "Unknown market"),
        "missing_market": translate("Ambassadors", "Market missing"),
        "bad_time_zone": translate("Ambassadors", "Not a time zone"),
        "bad_language": translate("Ambassadors", "Not a language"),
        "bad_number": translate("Ambassadors", "Not a valid number"),
        "bad_visibility": translate("Ambassadors", "Unknown leaderboard visibility"),
        "bad_quiet_hours": translate("Ambassadors", "Quiet hours not understood"),
        "bad_url": translate("Ambassadors", "Not a web address"),
        "duplicate": translate("Ambassadors", "Same e-mail as an earlier row"),
        "wrong_column_count": translate("Ambassadors", "Wrong number of cells"),
        "broken_quoting": translate("Ambassadors", "Broken quotes: the row cannot be read"),
    }.get(reason, translate("Ambassadors", "Value not usable"))


def error_title(exc: GhostDeskError) -> str:
    titles = {
        "import_unreadable": translate("Ambassadors", "The file cannot be read"),
        "import_too_large": translate("Ambassadors", "The file is too large"),
        "import_too_many_rows": translate("Ambassadors", "The file has too many rows"),
        "import_empty": translate("Ambassadors", "The file is empty"),
        "import_missing_columns": translate("Ambassadors", "Required columns are missing"),
        "import_rejected": translate("Ambassadors", "Nothing was imported"),
        "ambassador_duplicate_email": translate("Ambassadors", "This e-mail is already on the roster"),
        "ambassador_erased": translate("Ambassadors", "This person was erased"),
        "ambassador_not_opted_in": translate("Ambassadors", "Not opted in"),
        "invalid": translate("Ambassadors", "Please check this value"),
        "not_found": translate("Ambassadors", "Not found"),
    }
    return titles.get(exc.code) or messages.error_title(exc)


def error_text(exc: GhostDeskError) -> str:
    f = exc.fields
    if exc.code == "import_unreadable":
        if f.get("reason") == "old_excel":
            return translate(
                "Ambassadors", "This is an old Excel (.xls) file. Save it as .xlsx or CSV and import again."
            )
        if f.get("reason") == "encoding":
            return translate("Ambassadors", "The file is not written in {0}. Choose another encoding.").format(
                f.get("encoding", "")
            )
        return translate("Ambassadors", "This is not a CSV or .xlsx file GhostDesk can read. Nothing was imported.")
    if exc.code == "import_too_large":
        return translate("Ambassadors", "The file is larger than {0} MB. Split it into smaller files.").format(
            int(f.get("limit", 0)) // (1024 * 1024)
        )
    if exc.code == "import_too_many_rows":
        return translate("Ambassadors", "The file has more than {0} rows. Split it into smaller files.").format(
            f.get("limit", "")
        )
    if exc.code == "import_empty":
        return translate("Ambassadors", "The file holds no rows to import.")
    if exc.code == "import_missing_columns":
        names = ", ".join(field_label(n) for n in f.get("fields", []))
        return translate("Ambassadors", "Choose a column for: {0}.").format(names)
    if exc.code == "import_rejected":
        return count(
            int(f.get("count", 0)),
            translate("Ambassadors", "{0} row is invalid. Fix it, or choose to skip invalid rows."),
            translate("Ambassadors", "{0} rows are invalid. Fix them, or choose to skip invalid rows."),
        )
    if exc.code == "ambassador_duplicate_email":
        return translate("Ambassadors", "{0} is already on the roster.").format(f.get("email", ""))
    if exc.code == "invalid":
        return translate("Ambassadors", "{0}: this value cannot be used.").format(field_label(f.get("field", "")))
    if exc.code == "not_found" and f.get("entity") == "market":
        return translate("Ambassadors", "Unknown market: {0}").format(f.get("id", ""))
    return messages.error_text(exc)
