"""Small pieces of wording shared by every screen and document (no Qt): counts with their noun."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 action", "2 actions", "0 teams"; `plural` for nouns that do not just take an "s"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def sentence_end(text: str) -> str:
    """The full stop a sentence still needs before another follows it ("" when it has one)."""
    return "" if not text.strip() or text.rstrip()[-1] in ".!?…" else "."
