"""Everything the user sees: message rendering, keyboards and the callback-data codec."""
