"""Storage: the workspace file, its migrations, backups and repositories. The only SQL lives here."""
