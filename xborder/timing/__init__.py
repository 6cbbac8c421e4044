"""Time zones, business calendars and reply-time promises."""
