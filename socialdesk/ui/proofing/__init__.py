"""Proofing in the editors (the core is `socialdesk.proofing`): spelling marked as you
type with right-click suggestions (`spell_binding`), typography and Chinese-script
findings with one-click fixes under each editor (`findings_bar`), Chinese script
conversion of a platform's text, and the Tools ▸ Proofing menu (`controller`)."""
