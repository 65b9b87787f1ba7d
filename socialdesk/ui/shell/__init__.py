"""The window around the features: the application (app, icon, start-up), the main
window (layout, the open document, files, autosave), its menus and the Help menu, About,
Settings, the first-run tour, the smoke-test exit and the screenshot tool."""
