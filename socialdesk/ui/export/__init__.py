"""Export in the window (core `socialdesk.export`): the File ▸ Export… entry (install), the
export dialog and the Qt renderer that prints PDF proofs."""
