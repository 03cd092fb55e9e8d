"""Make the README's screenshots of the participant page: python docs/make_room_screenshots.py [OUT_DIR].

Serves a room on 127.0.0.1 for a fresh demo workshop and opens the page in Debian's chromium, headless,
as a 360 x 740 phone (light and dark): it joins, chooses a team and taps the continuum, as a person
would; then, for another team, it votes by answering the aspect's guided questions. Needs chromium and
chromium-driver (apt-get install chromium chromium-driver) and selenium.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.room.headless import HeadlessRoom
from pem_desktop.services import Workshop
from pem_desktop.services.demo import write_demo_workshop


def phone(width: int, height: int, dark: bool):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True}
    )
    scheme = "dark" if dark else "light"
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )
    return browser


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "Acme Retail workshop.pemw"
        write_demo_workshop(path, bundled_model(), today=date(2026, 11, 25)).close()
        ready, holder = threading.Event(), {}

        def owner() -> None:  # the workshop lives on this thread, as it does on the window's in the app
            workshop = Workshop.open(path)
            room = HeadlessRoom(workshop, bind="127.0.0.1", port=0)
            room.start()
            room.command("open adoption")
            holder["room"] = room
            ready.set()
            room.serve()
            room.close()
            workshop.close()

        threading.Thread(target=owner, daemon=True).start()
        ready.wait(30)
        room = holder["room"]
        for name, dark in (("room-phone.png", False), ("room-phone-dark.png", True)):
            browser = phone(360, 740, dark)
            try:
                browser.get(room.url)
                WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "join").is_displayed())
                browser.find_element(By.ID, "code").send_keys(room.secrets.join_code)
                browser.find_element(By.ID, "name").send_keys("Anna")
                browser.find_element(By.ID, "join-button").click()
                WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "vote").is_displayed())
                Select(browser.find_element(By.ID, "team")).select_by_visible_text("Payments")
                strip = browser.find_element(By.ID, "level-strip")
                width = strip.size["width"]
                ActionChains(browser).move_to_element_with_offset(
                    strip, int(width * (1.8 / 4 - 0.5)), 0
                ).click().perform()
                WebDriverWait(browser, 10).until(lambda b: "Received" in b.find_element(By.ID, "status").text)
                time.sleep(0.3)
                browser.save_screenshot(str(out / name))
                print(f"wrote {out / name}")
                # The second way to vote: the guided questions, for another team.
                Select(browser.find_element(By.ID, "team")).select_by_visible_text("Checkout")
                browser.find_element(By.ID, "mode-questions").click()
                questions = browser.find_elements(By.CSS_SELECTOR, "#question-list fieldset")
                for question, level in zip(questions[:2], (1, 2), strict=True):
                    question.find_elements(By.CSS_SELECTOR, "label.answer")[level].click()
                    WebDriverWait(browser, 10).until(lambda b: "Received" in b.find_element(By.ID, "status").text)
                browser.execute_script("document.getElementById('modes').scrollIntoView()")
                time.sleep(0.3)
                questions_name = name.replace("room-phone", "room-phone-questions")
                browser.save_screenshot(str(out / questions_name))
                print(f"wrote {out / questions_name}")
            finally:
                browser.quit()
        room.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
