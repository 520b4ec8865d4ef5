#!/usr/bin/env python3
"""Drives a field page in headless Chromium as a phone would: opens the link, taps a button
(and fills the note before it, if given), and waits for the page that says it was done.

usage: field_browser.py URL BUTTON_TEXT DONE_TEXT SCREENSHOT_PREFIX [--note TEXT] [--photo PATH]
Prints the final page's visible text. Screenshots at 390x844: PREFIX-before.png, PREFIX-after.png.
"""
import argparse
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def page_text(driver) -> str:
    """The visible text of the page now shown (empty while a navigation replaces it)."""
    return driver.execute_script("return document.body ? document.body.innerText : ''") or ""


def main() -> int:
    parser = argparse.ArgumentParser()
    for name in ("url", "button", "done", "prefix"):
        parser.add_argument(name)
    parser.add_argument("--note")
    parser.add_argument("--photo")
    args = parser.parse_args()
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=390,844", "--lang=zh-CN", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0},
        "userAgent": "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Mobile Safari/537.36 wxwork/4.1",
    })
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_page_load_timeout(20)
        driver.get(args.url)
        driver.save_screenshot(args.prefix + "-before.png")
        button = driver.find_element(By.XPATH, f"//button[normalize-space()='{args.button}']")
        form = button.find_element(By.XPATH, "./ancestor::form")
        if args.note is not None:
            form.find_element(By.NAME, "note").send_keys(args.note)
        if args.photo is not None:
            form.find_element(By.NAME, "photo").send_keys(args.photo)
        button.click()
        # The tap navigates: reading the old page while the new one replaces it fails with an
        # inspector error in Chromium, so such errors only mean "not yet" until the timeout.
        WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(lambda d: args.done in page_text(d))
        driver.save_screenshot(args.prefix + "-after.png")
        print(page_text(driver))
        return 0
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
