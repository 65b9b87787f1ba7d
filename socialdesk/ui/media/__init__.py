"""Pictures in the window (core `socialdesk.media`): the Images panel and the controller that
attaches, orders and fits a draft's pictures."""
