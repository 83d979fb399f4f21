"""Records you can trust: checking a document, backups and restoring one."""
