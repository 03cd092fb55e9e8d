"""PySide6 widgets: start screen, board, panels, dialogs, undo commands, theme. No SQL, no business rules."""

import sys


def _keep_none_alive() -> None:
    """Work around a crash of PySide6 6.12 on Python 3.11: give None, True and False references they cannot
    run out of.

    With shiboken6 6.12 on Python 3.11, every call of a Qt method that returns nothing (setPen, update,
    setPos, ...) takes one reference away from None, so after some tens of thousands of such calls (a
    few hundred drag moves on a full board) the interpreter stops with "Fatal Python error:
    none_dealloc". Methods that return a bool do the same to True or False: a signal's emit() (the room
    emits one per message from the phones) stopped the interpreter with "bool_dealloc" after about a
    thousand. Python 3.12 made these objects immortal, which hides the bug; this does the same for 3.11.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):  # immortal None; a debug build's layout
        return
    import ctypes

    import shiboken6

    if tuple(shiboken6.__version_info__[:2]) >= (6, 12):
        for singleton in (None, True, False):  # ob_refcnt is the first field of an object
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


def _import_without_feature_scan() -> None:
    """Take PySide6's `__feature__` layer off Python's import, keeping the layers beneath it.

    Once shiboken6 is loaded, every import statement goes through a Python function of PySide6's, and every
    newly imported module has its source file read to see whether it mentions PySide6, for the sake of
    `from __feature__ import snake_case, true_property`, which this app never uses. For the app's 70-odd
    modules that reading was about 14 ms of a 270 ms start-up. Only that layer is removed: the import
    beneath it (`__orig_import__`, PySide6's own lazy import of Qt's classes) stays as PySide6 set it.
    """
    import builtins

    import shiboken6  # noqa: F401  (installs the layer, if this PySide6 has it)

    feature_import = getattr(builtins, "__feature_import__", None)
    beneath = getattr(builtins, "__orig_import__", None)
    if feature_import is not None and beneath is not None and builtins.__import__ is feature_import:
        builtins.__import__ = beneath


_keep_none_alive()
_import_without_feature_scan()
