"""Qt widgets. Imports the core; the core never imports this package."""
