"""The secrets of a room: the join code people type, the token in the QR code's link, participants' tokens."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field

JOIN_CODE_DIGITS = 6  # digits are the quickest to type on a phone; wrong guesses are rate limited


def new_join_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(JOIN_CODE_DIGITS))


def new_token() -> str:
    """A random, URL-safe secret of 128 bits."""
    return secrets.token_urlsafe(16)


def normalise_code(text: object) -> str:
    """A typed code without the spaces or dashes people add ("482 913", "482-913"); "" if it is no code."""
    if not isinstance(text, str) or len(text) > 32:
        return ""
    digits = "".join(ch for ch in text if ch not in " -\u00a0")
    return digits if digits.isascii() and digits.isdigit() else ""


def same_secret(given: str, expected: str) -> bool:
    """Compare secrets in constant time."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


def spaced(code: str) -> str:
    """A join code as shown: "482 913"."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"


@dataclass(frozen=True)
class RoomSecrets:
    """Made anew each time a room opens, so a code from an earlier workshop lets no one in."""

    join_code: str = field(default_factory=new_join_code)
    link_token: str = field(default_factory=new_token)  # in the QR code's link, after "#", never sent in a URL
    room_id: str = field(default_factory=lambda: secrets.token_hex(8))  # tells a phone the room restarted
