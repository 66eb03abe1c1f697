"""Small core every part uses: configuration, the clock, structured logs."""
