"""The drafts library in the window (core `socialdesk.library`): the library dock and its
View ▸ Library entry."""
