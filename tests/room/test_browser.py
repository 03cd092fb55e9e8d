"""The participant page in a real browser: Debian's chromium, driven headless by chromium-driver (selenium),
as a 360-pixel phone. It joins through the page, taps and drags the marker and uses the keyboard, and the
votes are checked in the workshop file; the page keeps to its Content Security Policy throughout, and
speaks the workshop's language."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from pem_desktop.maturity.catalog import resolve_model_in
from pem_desktop.room.codes import RoomSecrets
from pem_desktop.room.server import RoomApp, RoomServer

pytestmark = pytest.mark.slow

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

PHONE = (360, 740)


def _browser(width: int, height: int):
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or driver is None:
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver are not installed; .ci/setup installs them")
        pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium  # given explicitly: selenium must not look for (or download) a browser
    for argument in ("--headless=new", "--no-sandbox", f"--window-size={width},{height}", "--disable-gpu"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(driver), options=options)
    # Headless windows have a minimum width; the page is laid out for the phone's own viewport.
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True},
    )
    browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
    return browser


@pytest.fixture
def served(owner):
    secrets = RoomSecrets(join_code="246810")
    app = RoomApp(owner.channel, owner.host, secrets=secrets)
    server = RoomServer(app, "127.0.0.1", 0)
    server.start()
    owner.run(lambda host: host.attach(app.publish))
    yield server, secrets
    owner.run(lambda host: host.detach())
    server.stop()


@pytest.fixture
def phone():
    browser = _browser(*PHONE)
    yield browser
    browser.quit()


def _wait(browser, condition, timeout: float = 30):
    return WebDriverWait(browser, timeout).until(lambda _browser: condition())


def _text(browser, element_id: str) -> str:
    return browser.find_element(By.ID, element_id).text


def _votes(owner):
    return owner.run(lambda host: host.votes.votes())


def _wait_for_votes(owner, check, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _votes(owner)
        if check(found):
            return found
        time.sleep(0.05)
    raise AssertionError(f"the votes in the file are {found}")


def test_a_phone_joins_places_its_marker_and_the_vote_is_in_the_file(owner, served, phone):
    server, _secrets = served
    phone.get(server.url)
    assert phone.execute_script("return window.innerWidth") == PHONE[0]
    _wait(phone, lambda: phone.find_element(By.ID, "join").is_displayed())

    # A wrong code first: a clear message, nobody joined.
    phone.find_element(By.ID, "code").send_keys("111111")
    phone.find_element(By.ID, "join-button").click()
    _wait(phone, lambda: "not right" in _text(phone, "join-error"))
    assert owner.run(lambda host: host.votes.participants()) == []

    code = phone.find_element(By.ID, "code")
    code.clear()
    code.send_keys("246 810")
    phone.find_element(By.ID, "name").send_keys("Ada")
    phone.find_element(By.ID, "join-button").click()
    _wait(phone, lambda: phone.find_element(By.ID, "wait").is_displayed())
    assert [p.name for p in owner.run(lambda host: host.votes.participants())] == ["Ada"]

    round_id = owner.run(lambda host: host.votes.open_round("adoption").id)
    _wait(phone, lambda: phone.find_element(By.ID, "vote").is_displayed())
    assert _text(phone, "aspect-name") == "Adoption"
    levels = phone.find_elements(By.CSS_SELECTOR, "#level-strip .level-cell")
    assert [cell.find_element(By.CLASS_NAME, "name").text for cell in levels] == [
        "Provisional",
        "Operational",
        "Scalable",
        "Optimizing",
    ]
    # The level list: a one-line meaning each, and more on a tap.
    first = phone.find_element(By.CSS_SELECTOR, "#level-list details")
    assert first.find_element(By.CLASS_NAME, "summary").text
    first.find_element(By.TAG_NAME, "summary").click()
    assert first.get_attribute("open") is not None

    # A tap before choosing a team says so and sends nothing.
    strip = phone.find_element(By.ID, "level-strip")
    ActionChains(phone).move_to_element(strip).click().perform()
    _wait(phone, lambda: "team first" in _text(phone, "status"))
    assert _votes(owner) == []

    Select(phone.find_element(By.ID, "team")).select_by_visible_text("Search")
    search = owner.run(lambda host: next(t.id for t in host.workshop.teams() if t.name == "Search"))
    width = strip.size["width"]
    # Tap three quarters of the way into Operational: 1.75 levels along a line of four.
    offset = int(width * (1.75 / 4) - width / 2)
    ActionChains(phone).move_to_element_with_offset(strip, offset, 0).click().perform()
    _wait(phone, lambda: "Received" in _text(phone, "status"))
    votes = _votes(owner)
    assert [(v.round_id, v.team_id) for v in votes] == [(round_id, search)]
    assert votes[0].position == pytest.approx(1.75, abs=0.03)
    assert _text(phone, "position-words") == owner.run(lambda host: host.workshop.model.describe_position(1.75))

    # Drag it into Scalable: the same vote changes.
    ActionChains(phone).move_to_element_with_offset(strip, offset, 0).click_and_hold().move_by_offset(
        int(width * 0.25), 0
    ).release().perform()
    votes = _wait_for_votes(owner, lambda found: found and found[0].position > 2.5)
    assert len(votes) == 1 and votes[0].position == pytest.approx(2.75, abs=0.05)

    # The keyboard: the marker is a slider; End puts it at the very top.
    continuum = phone.find_element(By.ID, "continuum")
    assert continuum.get_attribute("role") == "slider"
    continuum.send_keys(Keys.END)
    _wait_for_votes(owner, lambda found: found and found[0].position == 4.0)
    top_words = owner.run(lambda host: host.workshop.model.describe_position(4.0))
    assert continuum.get_attribute("aria-valuetext") == top_words

    # Closed: the page says so and takes no more votes.
    owner.run(lambda host: host.votes.close_round(round_id))
    _wait(phone, lambda: "closed" in _text(phone, "status"))
    continuum.send_keys(Keys.HOME)
    # The key was handled (send_keys returns once it has been dispatched) and did not move the marker, so no
    # vote is on its way: the page moves the marker first and sends the new position after it.
    assert continuum.get_attribute("aria-valuenow") == "4.00"
    assert "closed" in _text(phone, "status")
    assert [v.position for v in _votes(owner)] == [4.0]

    refused = [e["message"] for e in phone.get_log("browser") if "Content Security Policy" in e["message"]]
    assert refused == []


def test_the_qr_link_lets_a_phone_in_without_typing_the_code(owner, served, phone):
    server, secrets = served
    phone.get(f"{server.url}#t={secrets.link_token}")
    _wait(phone, lambda: phone.find_element(By.ID, "join").is_displayed())
    assert not phone.find_element(By.ID, "code").is_displayed()
    assert "#" not in phone.current_url  # the token does not stay in the address bar
    phone.find_element(By.ID, "join-button").click()
    _wait(phone, lambda: phone.find_element(By.ID, "wait").is_displayed())
    assert [p.name for p in owner.run(lambda host: host.votes.participants())] == [""]
    # A reload keeps the identity: the page is welcomed back as the same participant, and no second one joins.
    _wait(phone, lambda: _text(phone, "who") == "Anonymous")
    phone.refresh()  # returns once the new page has loaded: what it shows from now on is the new page's
    _wait(phone, lambda: phone.find_element(By.ID, "wait").is_displayed() and _text(phone, "who") == "Anonymous")
    assert len(owner.run(lambda host: host.votes.participants())) == 1


def test_a_phone_votes_by_answering_the_questions_and_the_answers_place_its_vote(owner, served, phone):
    server, secrets = served
    phone.get(f"{server.url}#t={secrets.link_token}")
    _wait(phone, lambda: phone.find_element(By.ID, "join").is_displayed())
    phone.find_element(By.ID, "join-button").click()
    _wait(phone, lambda: phone.find_element(By.ID, "wait").is_displayed())
    payments = owner.run(lambda host: next(t.id for t in host.workshop.teams() if t.name == "Payments"))
    owner.run(lambda host: host.votes.open_round("adoption", payments))
    _wait(phone, lambda: phone.find_element(By.ID, "vote").is_displayed())

    # Two ways to vote; the questions are the aspect's, one answer per level.
    modes = phone.find_element(By.ID, "modes")
    assert modes.is_displayed() and modes.get_attribute("role") == "radiogroup"
    assert not phone.find_element(By.ID, "questions").is_displayed()
    phone.find_element(By.ID, "mode-questions").click()
    _wait(phone, lambda: phone.find_element(By.ID, "questions").is_displayed())
    assert phone.find_element(By.ID, "continuum").get_attribute("aria-disabled") == "true"
    aspect = owner.run(lambda host: host.workshop.model.aspect("adoption"))
    fieldsets = phone.find_elements(By.CSS_SELECTOR, "#question-list fieldset")
    assert len(fieldsets) == len(aspect.questions) == 4
    first = fieldsets[0]
    assert aspect.questions[0].text in first.find_element(By.TAG_NAME, "legend").text
    labels = first.find_elements(By.CSS_SELECTOR, "label.answer")
    assert [label.text for label in labels] == [answer.text for answer in aspect.questions[0].answers]
    # Nothing is cut or wider than the phone.
    assert phone.execute_script("return document.documentElement.scrollWidth") <= PHONE[0]

    # A tap on an answer is a vote at once: Operational for the first question...
    labels[1].click()
    _wait(phone, lambda: "Received" in _text(phone, "status"))
    (vote,) = _votes(owner)
    assert (vote.team_id, vote.position) == (payments, 1.5)
    assert _text(phone, "position-words") == "Your answers place it: Operational"
    # ... and Optimizing for the third moves it to where both answers place it.
    fieldsets[2].find_elements(By.CSS_SELECTOR, "label.answer")[3].click()
    _wait_for_votes(owner, lambda found: found and found[0].position == 2.5)
    behind = owner.run(lambda host: host.votes.vote_answers())
    assert [(a.question_id, a.level_id) for a in behind] == [
        (aspect.questions[0].id, "operational"),
        (aspect.questions[2].id, "optimizing"),
    ]
    _wait(phone, lambda: "Scalable" in _text(phone, "position-words"))
    # Skipping a question takes its answer out of the vote.
    fieldsets[2].find_element(By.CLASS_NAME, "clear").click()
    _wait_for_votes(owner, lambda found: found and found[0].position == 1.5)
    assert len(owner.run(lambda host: host.votes.vote_answers())) == 1

    # After a reload the page shows the answers given, in the questions mode.
    phone.refresh()
    _wait(phone, lambda: phone.find_element(By.ID, "questions").is_displayed())
    checked = phone.find_elements(By.CSS_SELECTOR, "#question-list input:checked")
    assert [(c.get_attribute("name"), c.get_attribute("value")) for c in checked] == [("question-0", "1")]

    # Back to the line: placing the marker there is the vote, and the answers behind it go.
    phone.find_element(By.ID, "mode-line").click()
    continuum = phone.find_element(By.ID, "continuum")
    _wait(phone, lambda: continuum.get_attribute("aria-disabled") == "false")
    continuum.send_keys(Keys.END)
    _wait_for_votes(owner, lambda found: found and found[0].position == 4.0)
    assert owner.run(lambda host: host.votes.vote_answers()) == []
    refused = [e["message"] for e in phone.get_log("browser") if "Content Security Policy" in e["message"]]
    assert refused == []


def test_the_page_speaks_the_workshop_s_language_and_follows_a_change(owner, served, phone):
    server, _secrets = served

    def speak(language: str) -> None:
        owner.run(
            lambda host: host.workshop.set_model_language(resolve_model_in("cncf-platform-engineering", language))
        )

    speak("de")
    phone.get(server.url)
    _wait(phone, lambda: phone.find_element(By.ID, "join").is_displayed())
    assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    assert _text(phone, "join-button") == "Beitreten"
    assert _text(phone, "join-title") == "An der Abstimmung teilnehmen"
    assert phone.title == "Abstimmung — PEM-Desktop-Raum"
    phone.find_element(By.ID, "join-button").click()  # no code: the page's own message, in German
    _wait(phone, lambda: _text(phone, "join-error") == "Der Code hat sechs Ziffern.")
    phone.find_element(By.ID, "code").send_keys("111111")
    phone.find_element(By.ID, "join-button").click()  # a wrong code: the room's message, in German
    _wait(phone, lambda: _text(phone, "join-error").startswith("Dieser Code stimmt nicht."))
    code = phone.find_element(By.ID, "code")
    code.clear()
    code.send_keys("246810")
    phone.find_element(By.ID, "join-button").click()
    _wait(phone, lambda: phone.find_element(By.ID, "wait").is_displayed())
    _wait(phone, lambda: _text(phone, "who") == "Anonym")

    owner.run(lambda host: host.votes.open_round("adoption"))
    _wait(phone, lambda: phone.find_element(By.ID, "vote").is_displayed())
    assert _text(phone, "mode-line") == "Auf der Linie setzen"
    assert _text(phone, "mode-questions") == "Fragen beantworten"
    assert phone.find_element(By.ID, "modes").get_attribute("aria-label") == "Wie Sie abstimmen"
    assert _text(phone, "aspect-name") == "Adoption"
    assert _text(phone, "team-label") == "Welches Team ordnen Sie ein?"
    assert phone.execute_script("return document.documentElement.scrollWidth") <= PHONE[0]
    # "Provisorisch" and "Optimierend" fit their columns on one line each, unbroken.
    lines = """return [...document.querySelectorAll('#level-strip .name')].map((name) => {
        const range = document.createRange();
        range.selectNodeContents(name);
        return range.getClientRects().length;
    })"""
    assert phone.execute_script(lines) == [1, 1, 1, 1]

    # Live: the facilitator shows the model in Japanese; the page follows, and back to English.
    speak("ja")
    _wait(phone, lambda: phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja")
    _wait(phone, lambda: _text(phone, "aspect-name") == "採用")
    assert _text(phone, "mode-line") == "ライン上に配置"
    assert _text(phone, "who") == "匿名"
    assert phone.find_element(By.ID, "team").find_elements(By.TAG_NAME, "option")[0].text == "チームを選択…"
    speak("en")
    _wait(phone, lambda: _text(phone, "mode-line") == "Place on the line")
    assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert _text(phone, "team-label") == "Which team are you placing?"
    refused = [e["message"] for e in phone.get_log("browser") if "Content Security Policy" in e["message"]]
    assert refused == []
