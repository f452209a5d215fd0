"""Markets: market profiles as data, and the pure functions that read them.

profiles   MarketProfile, get/codes/shipped, parse_profile/profile_to_raw
calendar   is_holiday, holidays_between, is_working_day, windows_on, next_posting_window
formats    format_date, format_number, format_money, number_symbols, date_order, examples
rules      network_available, network_rule, unavailable_reason, register_slips, disclosure_texts
"""
