"""Backups for the user interface and the command line: list them, restore one as a new workshop."""

from pem_desktop.store.backups import Backup, backup_folder, data_folder, list_backups, make_backup, restore_backup

__all__ = ["Backup", "backup_folder", "data_folder", "list_backups", "make_backup", "restore_backup"]
