"""Phones read the model in the workshop's language, and follow it when the facilitator changes it."""

from __future__ import annotations

from room_helpers import run_async
from test_protocol import connect, joined, next_of, open_round, room_client

from pem_desktop.maturity.catalog import resolve_model_in


@run_async
async def test_phones_see_the_model_in_the_workshop_s_language_and_follow_a_change(owner):
    async with room_client(owner) as (client, _app):
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        open_round(owner, "adoption")
        ballot = (await next_of(socket, "ballot"))["ballot"]
        assert ballot["aspect"]["name"] == "Adoption"
        assert ballot["aspect"]["levels"][2]["label"] == "Intrinsic pull"

        def to_japanese(host):
            model = resolve_model_in("cncf-platform-engineering", "ja")
            host.workshop.set_model_language(model)

        owner.run(to_japanese)
        ballot = (await next_of(socket, "ballot"))["ballot"]
        assert ballot["aspect"]["name"] == "採用"
        assert ballot["aspect"]["levels"][2]["label"] == "内発的動機"
        assert ballot["aspect"]["levels"][2]["name"] == "スケーラブル"
        await socket.close()
