"""Publishing in the window (core `socialdesk.publishing`, `socialdesk.accounts`): the
File ▸ Publish… and Tools ▸ Accounts… entries (install), the publish dialog and the
accounts dialog."""
