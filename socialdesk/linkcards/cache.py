"""Link cards kept in the data folder, keyed by URL, so a draft shows its cards offline.

`<data>/linkcards/<key>.json` holds the card, `<key>.jpg` or `.png` its scaled image.
A broken or missing cache file is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from socialdesk import paths
from socialdesk.draft import DraftError, atomic_write
from socialdesk.linkcards.model import LinkCard


def cache_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class LinkCardCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.data_dir() / "linkcards"

    def _card_path(self, url: str) -> Path:
        return self.folder / f"{cache_key(url)}.json"

    def get(self, url: str) -> LinkCard | None:
        try:
            data = json.loads(self._card_path(url).read_text(encoding="utf-8"))
            card = LinkCard.from_json(data)
        except (OSError, ValueError):
            return None
        if card.url != url or (card.image and not self.image_path(card).is_file()):
            return None
        return card

    def image_path(self, card: LinkCard) -> Path:
        return self.folder / card.image

    def image_name(self, url: str, suffix: str) -> str:
        return f"{cache_key(url)}{suffix}"

    def put(self, card: LinkCard, image: bytes | None = None) -> None:
        """Store a card (and its scaled image); a cache that cannot be written is skipped:
        the card is shown anyway, just fetched again next time."""
        with contextlib.suppress(OSError, DraftError):
            self.folder.mkdir(parents=True, exist_ok=True)
            if image is not None and card.image:
                atomic_write(self.image_path(card), image)
            payload = json.dumps(card.to_json(), ensure_ascii=False, indent=1)
            atomic_write(self._card_path(card.url), payload.encode("utf-8"))
