"""Export: writers for Word documents, calendars and CSV."""
