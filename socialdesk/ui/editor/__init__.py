"""Editing the draft (core `socialdesk.draft`): the master text editor with entity
highlighting, the per-platform variant editors and the free fields panel."""
