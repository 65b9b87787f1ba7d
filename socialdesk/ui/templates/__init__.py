"""Templates in the window (core `socialdesk.templates`): the template chooser and fields
form, the templates dialog, and translated names of the built-in templates."""
