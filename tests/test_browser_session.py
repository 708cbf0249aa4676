"""A saved query and the style file in a real Neo4j Browser page, driven in headless Chromium.

What a user pastes (``govkg queries --browser-style``, ``govkg query NAME --browser``) is typed
into Browser's editor line by line; the table must hold the rows the store returns and the graph
view must caption nodes by name in the colours of ``queries/browser-style.grass``.
"""
from __future__ import annotations

import os
import re
import time
from urllib.parse import urlparse

import pytest

from graph.browser import browser_commands, style_command
from graph.saved_queries import get_query, run_query
from tests.conftest import neo4j_connection
from tests.webdriver import ELEMENT, KEYS, Chrome, WebDriverError

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

FRAME_OF = ("const f = Array.from(document.querySelectorAll('[data-testid=\"frame\"]')).find(f => {"
            "  const c = f.querySelector('[data-testid=\"frameCommand\"]');"
            "  return c && c.innerText.replace(/\\s+/g, ' ').includes(arguments[0]); });"
            "const s = f && f.querySelector('[data-testid=\"frameStatusbar\"]');"
            "const done = (s && s.innerText.trim()) || (f && f.querySelector('svg g.node') ? 'graph' : '');"
            "return f ? [f.innerText, done] : ['', ''];")


@pytest.fixture
def browser():
    try:
        chrome = Chrome()
    except WebDriverError as exc:
        pytest.fail(str(exc))
    yield chrome
    chrome.close()


def connect(chrome: Chrome) -> None:
    http = os.environ.get("GOVKG_NEO4J_HTTP")
    if not http:
        pytest.fail("GOVKG_NEO4J_HTTP is not set: run the suite with `make test`, which starts Neo4j")
    uri, user, password = neo4j_connection()
    chrome.get(f"{http}/browser/")
    chrome.wait_for("return document.querySelector(\"[data-testid='boltaddress']\")", 60)
    chrome.wait_for("const e = document.querySelector(\"[data-testid='boltaddress']\");"
                    "return e.offsetWidth > 0 && !e.getAnimations({subtree: true}).length;", 30)
    address = chrome.find("[data-testid='boltaddress']")
    if chrome.script("return arguments[0].value", {ELEMENT: address}) != urlparse(uri).netloc:
        chrome.clear(address)
        chrome.type(address, urlparse(uri).netloc)
    chrome.type(chrome.find("[data-testid='username']"), user)
    chrome.type(chrome.find("[data-testid='password']"), password)
    chrome.click(chrome.find("[data-testid='connect']"))
    chrome.wait_for("return (document.querySelector(\"[data-testid='activeEditor']\") || {}).innerText"
                    "?.includes('$') && !document.querySelector(\"[data-testid='connect']\")", 60)


def submit(chrome: Chrome, command: str) -> str:
    """Type one command into the editor, press Enter, and return the text of its result frame
    (the newest frame showing that command: Browser may add its own frames around it) once it has
    stopped changing and, for Cypher, once its status bar reports the result or it draws nodes."""
    editor = chrome.find(".monaco-editor textarea")
    chrome.type(editor, command)
    chrome.type(editor, KEYS["enter"])
    deadline = time.monotonic() + 30
    seen = None
    while time.monotonic() < deadline:
        text, status = chrome.script(FRAME_OF, command[:20])
        if text and text == seen and "Loading" not in text and (command.startswith(":") or status):
            return text
        seen = text
        time.sleep(0.5)
    shown = chrome.script("return Array.from(document.querySelectorAll('[data-testid=\"frameCommand\"]'))"
                          ".map(e => e.innerText.slice(0, 60));")
    raise WebDriverError(f"no settled frame for {command[:60]!r}; frames: {shown}")


def test_saved_query_and_style_in_neo4j_browser(browser, neo4j_store, seed_graph, tmp_path):
    neo4j_store.upsert(seed_graph)
    expected = run_query(neo4j_store, "partners", {"name": "河西区"})
    assert expected
    connect(browser)

    styled = submit(browser, style_command())
    assert "node.Region" in styled and "#4e79a7" in styled.lower()

    for command in browser_commands(get_query("partners"), {"name": "河西区"}):
        frame = submit(browser, command)
    for row in expected:
        assert row["partner"] in frame and row["article"] in frame
    assert frame.count('"河西区"') == len(expected)

    submit(browser, "MATCH (:Name {key: $name})-[:NAMES]->(a)-[r:PARTNERS_WITH]-(b) RETURN a, r, b")
    nodes = browser.wait_for(
        "const g = Array.from(document.querySelectorAll('svg g.node'));"
        "return g.length ? g.map(n => [n.textContent.trim(), n.querySelector('circle.b-outline').getAttribute('fill')])"
        " : null;", 30)
    colours = dict(nodes)
    region_colour = re.search(r"node\.Region \{[^}]*?color: (#[0-9a-fA-F]{6})", style_command()).group(1)
    assert colours["河西区"].lower() == region_colour.lower()
    assert {row["partner"] for row in expected} <= set(colours)
    shot = tmp_path / "browser.png"
    browser.screenshot(shot)
    assert shot.stat().st_size > 20_000
