"""Phones read the model, the page's own texts and the room's messages in the workshop's language, and
follow it when the facilitator changes it."""

from __future__ import annotations

from room_helpers import run_async
from test_protocol import connect, joined, next_of, open_round, room_client

from pem_desktop.maturity.catalog import resolve_model_in
from pem_desktop.room.limits import RoomLimits


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


def _speak(owner, language: str) -> None:
    def change(host):
        host.workshop.set_model_language(resolve_model_in("cncf-platform-engineering", language))

    owner.run(change)


@run_async
async def test_the_page_s_texts_and_the_room_s_messages_are_in_the_workshop_s_language(owner):
    async with room_client(owner, RoomLimits(max_participants=1)) as (client, _app):
        english = await (await client.get("/api/texts")).json()
        assert english == {"language": "en", "texts": {}}  # the page's own English
        _speak(owner, "de")
        german = await (await client.get("/api/texts")).json()
        assert german["language"] == "de"
        assert german["texts"]["Join"] == "Beitreten"
        assert german["texts"]["Question {number} of {count}"] == "Frage {number} von {count}"
        assert "The room is full ({count} person)." not in german["texts"]  # the page's texts only
        wrong = await client.post("/api/join", json={"code": "000000"})
        assert (await wrong.json())["error"].startswith("Dieser Code stimmt nicht.")

        token = await joined(client)
        full = await client.post("/api/join", json={"code": "482913"})
        assert (await full.json())["error"] == "Der Raum ist voll (1 Person)."  # the plural for one
        socket = await client.ws_connect("/api/socket")
        await socket.send_json({"type": "hello", "participant": token, "protocol": 1})
        assert (await socket.receive_json(timeout=20))["type"] == "welcome"
        texts = await socket.receive_json(timeout=20)
        assert texts["type"] == "texts" and texts == {"type": "texts", **german}
        await socket.send_json({"type": "vote", "round": 1, "team": None, "position": 1, "ref": 1})
        assert (await next_of(socket, "error"))["message"] == "Gerade ist keine Abstimmung geöffnet."

        # A change of the model's language: the texts first, then the ballot in it.
        _speak(owner, "ja")
        texts = await next_of(socket, "texts")
        assert texts["language"] == "ja" and texts["texts"]["Join"] == "参加"
        await next_of(socket, "ballot")
        open_round(owner, "adoption")
        ballot = (await next_of(socket, "ballot"))["ballot"]
        words = {words for _start, _end, words in ballot["words"]}
        assert "運用的とスケーラブルの間" in words  # the words for positions in the workshop's language too
        _speak(owner, "pt_BR")
        assert (await next_of(socket, "texts"))["language"] == "pt-BR"
        _speak(owner, "en")
        assert await next_of(socket, "texts") == {"type": "texts", "language": "en", "texts": {}}
        await socket.close()
