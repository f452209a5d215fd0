"""Per-language word lists for the faux-pas checks (JSON: {language: [terms]})."""
