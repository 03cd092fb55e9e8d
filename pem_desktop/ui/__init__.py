"""PySide6 widgets: start screen, board, panels, dialogs, undo commands, theme. No SQL, no business rules."""
