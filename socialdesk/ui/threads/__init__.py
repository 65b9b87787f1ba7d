"""X threads in the window (core `socialdesk.platforms.twitter.thread`): "Post as a
thread" and "Number the parts" on the X card and in the Edit menu, kept in step with
the draft; the card itself draws the thread (`ui/cards/thread_view.py`)."""
