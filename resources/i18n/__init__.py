"""Package data: i18n."""
