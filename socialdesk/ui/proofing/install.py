"""Proofing in the main window: `install_proofing(window)` adds spell checking and the
typography findings to the editors, Tools ▸ Proofing, and the cards' Chinese script
conversions. The dictionaries load on a pool thread after the first paint."""

from __future__ import annotations

from typing import Any

from socialdesk.ui.proofing.controller import ProofingController


def install_proofing(window: Any) -> ProofingController:
    """Add proofing to the main window; once per window."""
    existing = getattr(window, "proofing", None)
    if isinstance(existing, ProofingController):
        return existing
    controller = ProofingController(window)
    window.proofing = controller
    return controller
