"""A real HTTP client in the browser's place for sign-in tests."""

from __future__ import annotations

import threading

import requests


class Browser:
    """Opens the authorize page in a thread (the app waits on its listener meanwhile)
    and follows the redirect to wherever the platform sends it."""

    def __init__(self) -> None:
        self.pages: list[requests.Response] = []
        self.threads: list[threading.Thread] = []

    def open(self, url: str) -> None:
        def visit() -> None:
            self.pages.append(requests.get(url, timeout=10))

        thread = threading.Thread(target=visit)
        thread.start()
        self.threads.append(thread)

    def last_page(self) -> requests.Response:
        for thread in self.threads:
            thread.join(timeout=10)
        return self.pages[-1]


def final_address(url: str) -> str:
    """Where the platform's page sends the browser (what the writer copies and pastes)."""
    answer = requests.get(url, allow_redirects=False, timeout=5)
    assert answer.status_code == 302, answer.text
    return answer.headers["Location"]
