"""Translation in the window (core `socialdesk.translation`): the controller behind the
cards' Translate buttons and Translate all, the glossary dialog and the translation
settings page."""
