"""Window code of `socialdesk.schedule`: View ▸ Calendar (week and month of everything
scheduled or published, drag to move, cancel, open the draft) and the Scheduling page
of Settings (market time zones, grace period, the OS scheduler entry)."""
