"""The live preview cards (core `socialdesk.preview` and `socialdesk.platforms`): one card
per platform with its header, text and media grid, the grid that lays them out, and the
updater that counts and renders them off the GUI thread for long texts."""
