"""Small pieces every UI feature shares: interface translation (i18n, core_texts), the
theme, QSettings helpers, shared widgets and colours, background tasks, screen fitting,
and how a feature adds a File-menu entry or opens its dialog (menu_entries)."""
