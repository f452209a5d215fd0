"""Markets: market profiles as data, and the pure functions that read them.

Every function takes a MarketProfile or a market code (a code means the shipped profile; pass the
workspace's effective profile from `services.markets.effective` to honour its overrides).

    profiles   MarketProfile (+ NetworkRule, RegisterRule, DisclosureRule, DailyWindow), get, codes,
               shipped, resolve, parse_profile, profile_to_raw, known_network_rules, FIELDS
    calendar   is_holiday, holidays_between, is_working_day, windows_on, next_posting_window
    formats    format_date, format_number, format_money, number_symbols, date_order, examples
    rules      network_available, network_rule, unavailable_reason, register_slips, disclosure_texts,
               has_disclosure
    checks     verify (locale and holiday calendar known to Babel / holidays)
    errors     MarketProfileInvalid, MarketExists, MarketFieldUnknown, MarketNotRemovable, MarketInUse
"""
